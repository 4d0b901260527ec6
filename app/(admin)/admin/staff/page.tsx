import type { Metadata } from "next";
import { findSections } from "@/db/queries/desk-lookups";
import { listSectionEditors, listStaff } from "@/db/queries/users";
import { roleCan } from "@/lib/capabilities";
import { requirePage } from "@/lib/authz";
import { getSiteSettings } from "@/db/queries/settings";
import { formatDateTime } from "@/lib/format";
import { InviteForm } from "./invite-form";
import { NewStaffForm } from "./new-staff-form";
import { StaffRow } from "./staff-row";

export const instant = false;

export const metadata: Metadata = { title: "Staff" };

export default async function StaffPage() {
  const me = await requirePage("/admin/staff");
  const [staff, sections, edits, settings] = await Promise.all([
    listStaff(),
    findSections(),
    listSectionEditors(),
    getSiteSettings(),
  ]);
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
            invited={
              u.invitedUntil
                ? { until: formatDateTime(u.invitedUntil, settings.timeZone), expired: u.invitedUntil <= now }
                : null
            }
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
      <h2 className="mb-3 font-serif text-xl font-bold">Invite staff</h2>
      <InviteForm />
      <details className="mt-8 max-w-md">
        <summary className="cursor-pointer font-sans text-sm font-semibold">
          No mail server? Create an account with a temporary password
        </summary>
        <div className="mt-4">
          <NewStaffForm />
        </div>
      </details>
    </>
  );
}
