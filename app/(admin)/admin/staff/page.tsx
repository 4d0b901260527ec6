import type { Metadata } from "next";
import { findSections } from "@/db/queries/desk-lookups";
import { listSectionEditors, listStaff } from "@/db/queries/users";
import { roleCan } from "@/lib/capabilities";
import { requirePage } from "@/lib/authz";
import { NewStaffForm } from "./new-staff-form";
import { StaffRow } from "./staff-row";

export const instant = false;

export const metadata: Metadata = { title: "Staff" };

export default async function StaffPage() {
  const me = await requirePage("/admin/staff");
  const [staff, sections, edits] = await Promise.all([listStaff(), findSections(), listSectionEditors()]);
  const now = new Date();
  return (
    <>
      <h1 className="mb-6 font-serif text-3xl font-bold">Staff</h1>
      <h2 className="mb-3 font-serif text-xl font-bold">Accounts</h2>
      <ul className="mb-10 divide-y divide-rule border-y border-rule">
        {staff.map((u) => (
          <StaffRow
            key={u.id}
            self={u.id === me.id}
            sections={roleCan(u.role, "story.approve") ? sections : null}
            edits={edits.get(u.id) ?? []}
            locked={Boolean(u.lockedUntil && u.lockedUntil > now)}
            user={{
              id: u.id,
              name: u.name,
              email: u.email,
              role: u.role,
              active: u.active,
              mustChangePassword: u.mustChangePassword,
              twoFactor: u.twoFactor,
            }}
          />
        ))}
      </ul>
      <h2 className="mb-3 font-serif text-xl font-bold">New staff account</h2>
      <NewStaffForm />
    </>
  );
}
