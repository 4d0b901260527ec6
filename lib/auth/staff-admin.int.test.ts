import { and, eq, sql } from "drizzle-orm";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { signOutEverywhereAction, updateProfileAction } from "@/app/(admin)/admin/account/actions";
import {
  changeRoleAction,
  createStaffAction,
  resetPasswordAction,
  setActiveAction,
} from "@/app/(admin)/admin/staff/actions";
import { auditEvents, users } from "@/db/schema";
import { resolveActor } from "@/lib/auth/actor";
import { authenticate, MAX_FAILURES } from "@/lib/auth/authenticate";
import { verifyPassword } from "@/lib/password";
import { withTestDatabase } from "@/test/db";
import { makeStaff } from "@/test/staff";

// Staff administration through the real actions, as the role matrix calls them: only Auth.js's auth() is replaced
// (it hands over the claims a session cookie would carry); the user, the guard and every write are real.
const session = vi.hoisted(() => ({ claims: null as unknown }));
vi.mock("@/auth", () => ({
  auth: async () => session.claims,
  signIn: async () => undefined,
  signOut: async () => undefined,
}));
vi.mock("next-auth", () => ({ AuthError: class AuthError extends Error {} }));
vi.mock("next/cache", () => ({
  revalidateTag: () => undefined,
  revalidatePath: () => undefined,
  updateTag: () => undefined,
}));

const testDb = withTestDatabase();
type Staff = Awaited<ReturnType<typeof makeStaff>>;
let admin: Staff;
beforeEach(async () => {
  admin = await makeStaff("admin");
  session.claims = admin.claims;
});

async function userRow(id: string) {
  const [row] = await testDb().db.select().from(users).where(eq(users.id, id));
  return row!;
}
/** Every user row and audit event, hashed: a refusal must leave both as they were. */
async function staffFingerprint(): Promise<string> {
  const r = await testDb().db.execute(
    sql`select md5(coalesce((select string_agg(u::text, '|' order by u.id) from users u), '') || coalesce((select string_agg(a::text, '|' order by a.id) from audit_events a), '')) as h`,
  );
  return (r as unknown as { rows: { h: string }[] }).rows[0]!.h;
}
async function audits(action: string, entityId: string): Promise<{ actorId: string | null }[]> {
  return testDb()
    .db.select({ actorId: auditEvents.actorId })
    .from(auditEvents)
    .where(and(eq(auditEvents.action, action), eq(auditEvents.entityId, entityId)));
}

describe("staff administration", () => {
  it("an admin cannot demote or deactivate themselves, and nothing changes", async () => {
    const before = await staffFingerprint();
    expect(await changeRoleAction(undefined, { id: admin.id, role: "journalist" })).toMatchObject({
      ok: false,
      message: "Ask another admin to change your own role.",
    });
    expect(await setActiveAction(undefined, { id: admin.id, active: "false" })).toMatchObject({
      ok: false,
      message: "You cannot deactivate your own account.",
    });
    expect(await staffFingerprint()).toBe(before);
    expect(await resolveActor(admin.claims)).toMatchObject({ role: "admin", active: true });
  });

  it("a role change or a deactivation ends the person's open sessions, and the audit log names the admin", async () => {
    const editor = await makeStaff("editor");
    expect(await changeRoleAction(undefined, { id: editor.id, role: "journalist" })).toMatchObject({ ok: true });
    expect(await resolveActor(editor.claims)).toBeNull();
    expect((await userRow(editor.id)).role).toBe("journalist");
    expect(await audits("staff.role", editor.id)).toEqual([{ actorId: admin.id }]);
    const other = await makeStaff("journalist");
    expect(await setActiveAction(undefined, { id: other.id, active: "false" })).toMatchObject({ ok: true });
    expect(await resolveActor(other.claims)).toBeNull();
    expect(await authenticate(other.email, other.password, "10.1.0.1")).toBeNull(); // and cannot sign in again
    expect(await audits("staff.deactivate", other.id)).toEqual([{ actorId: admin.id }]);
  });

  it("reset password: a temporary password to change at next sign-in, open sessions ended, the lock lifted", async () => {
    const locked = await makeStaff("journalist");
    // Locked the real way: wrong passwords from many addresses close the account to addresses it never used.
    for (let i = 0; i < MAX_FAILURES; i++)
      expect(await authenticate(locked.email, `wrong-password-${i}`, `10.2.0.${i + 1}`)).toBeNull();
    expect(await authenticate(locked.email, locked.password, "10.1.0.2")).toBeNull(); // locked: even the right password fails

    // A weak temporary password is refused and changes nothing.
    const before = await staffFingerprint();
    expect(await resetPasswordAction(undefined, { id: locked.id, password: "password1234" })).toMatchObject({
      ok: false,
      fieldErrors: { password: expect.any(String) },
    });
    expect(await staffFingerprint()).toBe(before);

    expect(await resetPasswordAction(undefined, { id: locked.id, password: "fresh-temporary-pass-77" })).toMatchObject({
      ok: true,
    });
    const row = await userRow(locked.id);
    expect(row).toMatchObject({ mustChangePassword: true, lockedUntil: null });
    expect(await verifyPassword(row.passwordHash, "fresh-temporary-pass-77")).toBe(true);
    expect(await resolveActor(locked.claims)).toBeNull();
    expect(await authenticate(locked.email, "fresh-temporary-pass-77", "10.1.0.2")).not.toBeNull();
    expect(await audits("staff.reset_password", locked.id)).toEqual([{ actorId: admin.id }]);
  });

  it("a new account: a duplicate email (in any case) and a weak temporary password are refused with what was typed kept", async () => {
    const existing = await makeStaff("editor");
    const count = async () => (await testDb().db.select({ id: users.id }).from(users)).length;
    const n = await count();
    const duplicate = await createStaffAction(undefined, {
      email: existing.email.toUpperCase(),
      name: "Twin",
      role: "editor",
      password: "a-fine-long-pass-phrase-5",
    });
    expect(duplicate).toMatchObject({
      ok: false,
      fieldErrors: { email: "A staff account with this email exists." },
      values: { name: "Twin" },
    });
    const weak = await createStaffAction(undefined, {
      email: "weak@example.com",
      name: "Weak Pass",
      role: "journalist",
      password: "weakpass",
    });
    expect(weak).toMatchObject({
      ok: false,
      fieldErrors: { password: "Use at least 12 characters." },
      values: { email: "weak@example.com" },
    });
    const ownName = await createStaffAction(undefined, {
      email: "jane.doe@example.com",
      name: "Jane Doe",
      role: "journalist",
      password: "jane.doe@example.com",
    });
    expect(ownName).toMatchObject({
      ok: false,
      fieldErrors: { password: "Do not use your email or name as a password." },
    });
    expect(await count()).toBe(n);
    // And the form's own values never carry the password back to the page.
    expect(JSON.stringify([duplicate, weak, ownName])).not.toMatch(/a-fine-long-pass-phrase-5|weakpass"/);

    expect(
      await createStaffAction(undefined, {
        email: "new.hire@example.com",
        name: "New Hire",
        role: "journalist",
        password: "a-fine-long-pass-phrase-5",
      }),
    ).toMatchObject({ ok: true });
    const [hire] = await testDb().db.select().from(users).where(eq(users.email, "new.hire@example.com"));
    expect(hire).toMatchObject({ role: "journalist", mustChangePassword: true, active: true });
    expect(await audits("staff.create", hire!.id)).toEqual([{ actorId: admin.id }]);
  });
});

describe("your account", () => {
  it("updates your own name only, and records it", async () => {
    const writer = await makeStaff("journalist");
    session.claims = writer.claims;
    expect(await updateProfileAction(undefined, { name: "  Renamed Writer  " })).toMatchObject({
      ok: true,
      message: "Profile saved.",
    });
    expect((await userRow(writer.id)).name).toBe("Renamed Writer");
    expect((await userRow(admin.id)).name).toBe("Test admin");
    expect(await audits("account.profile", writer.id)).toEqual([{ actorId: writer.id }]);
    expect(await updateProfileAction(undefined, { name: "   " })).toMatchObject({
      ok: false,
      fieldErrors: { name: "Enter your name." },
    });
  });

  it("sign out everywhere, through its action, ends every session of that user and no one else's", async () => {
    const writer = await makeStaff("journalist");
    session.claims = writer.claims;
    await signOutEverywhereAction(undefined, {});
    expect(await resolveActor(writer.claims)).toBeNull();
    expect(await resolveActor(admin.claims)).not.toBeNull();
    expect(await audits("account.sign_out_everywhere", writer.id)).toEqual([{ actorId: writer.id }]);
  });
});
