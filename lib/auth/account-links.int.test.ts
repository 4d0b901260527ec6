import { and, desc, eq } from "drizzle-orm";
import { beforeEach, describe, expect, it, vi } from "vitest";
import {
  cancelInvitationAction,
  inviteStaffAction,
  resendInvitationAction,
  setActiveAction,
} from "@/app/(admin)/admin/staff/actions";
import {
  acceptInvitationAction,
  requestPasswordResetAction,
  resetPasswordWithLinkAction,
} from "@/app/(auth)/login/link-actions";
import {
  createInvitation,
  INVITE_TTL_MS,
  requestPasswordReset,
  RESET_LIMITS,
  RESET_TTL_MS,
  spendAccountLink,
} from "@/db/mutations/account-links";
import { createSession } from "@/db/mutations/sessions";
import { writer } from "@/db/mutations/writer";
import { getAccountLink } from "@/db/queries/account-links";
import { listStaff } from "@/db/queries/users";
import { accountLinks, auditEvents, mailOutbox, users } from "@/db/schema";
import { resolveActor } from "@/lib/auth/actor";
import { authenticate } from "@/lib/auth/authenticate";
import { LINK_PROBLEM, RESET_SENT } from "@/lib/auth/messages";
import { beginTotpSetup, confirmTotpSetup } from "@/lib/auth/two-factor";
import { timeStep, totpCode } from "@/lib/auth/totp";
import { hashPassword, verifyPassword } from "@/lib/password";
import { mailedToken } from "@/test/account-links";
import { withTestDatabase } from "@/test/db";
import { makeStaff } from "@/test/staff";

// The real actions, as the staff-admin test calls them: only Auth.js's auth()/signIn() and the request's headers are
// replaced (the claims a cookie would carry, the address a proxy would name); every read and write is real.
const session = vi.hoisted(() => ({ claims: null as unknown, headers: new Headers() }));
vi.mock("@/auth", () => ({
  auth: async () => session.claims,
  signIn: async () => undefined,
  signOut: async () => undefined,
}));
vi.mock("next-auth", () => ({ AuthError: class AuthError extends Error {} }));
vi.mock("next/headers", async (original) => ({
  ...(await original<typeof import("next/headers")>()),
  headers: async () => session.headers,
}));
vi.mock("next/cache", () => ({
  revalidateTag: () => undefined,
  revalidatePath: () => undefined,
  updateTag: () => undefined,
}));

const testDb = withTestDatabase();
process.env.AUTH_SECRET ??= "account-links-test-secret-0123456789";
type Staff = Awaited<ReturnType<typeof makeStaff>>;
let admin: Staff;
beforeEach(async () => {
  admin = await makeStaff("admin");
  session.claims = admin.claims;
  session.headers = new Headers();
  delete process.env.TRUSTED_PROXY_HOPS;
});

const mailsTo = (to: string) =>
  testDb()
    .db.select({ subject: mailOutbox.subject, text: mailOutbox.text })
    .from(mailOutbox)
    .where(eq(mailOutbox.to, to))
    .orderBy(desc(mailOutbox.id));
const audits = (action: string, entityId: string) =>
  testDb()
    .db.select({ actorId: auditEvents.actorId })
    .from(auditEvents)
    .where(and(eq(auditEvents.action, action), eq(auditEvents.entityId, entityId)));
const userByEmail = async (email: string) => (await testDb().db.select().from(users).where(eq(users.email, email)))[0];
const choose = (token: string, password: string, confirm = password) => ({ token, password, confirm });
const uniqueEmail = (who: string) => `${who}-${Math.random().toString(36).slice(2, 8)}@example.com`;

describe("invitations", () => {
  it("an invited account has no usable password and is listed as invited until the link is used, once", async () => {
    const email = uniqueEmail("ina");
    expect(await inviteStaffAction(undefined, { name: "Ina Vite", email, role: "editor" })).toMatchObject({
      ok: true,
    });
    const person = (await userByEmail(email))!;
    expect(person).toMatchObject({ role: "editor", active: true, mustChangePassword: false });
    expect(await audits("staff.invite", person.id)).toEqual([{ actorId: admin.id }]);
    const [mail] = await mailsTo(email);
    expect(mail!.subject).toBe("You are invited to the newsroom's desk");
    const token = await mailedToken(email, "join");
    // Only the hash is stored.
    const stored = await testDb().db.select().from(accountLinks).where(eq(accountLinks.userId, person.id));
    expect(stored).toHaveLength(1);
    expect(stored[0]!.tokenHash).not.toContain(token);
    const listed = (await listStaff()).find((u) => u.id === person.id)!;
    expect(listed.invitedUntil!.getTime()).toBeGreaterThan(Date.now() + INVITE_TTL_MS - 60_000);
    expect(await authenticate(email, "", "10.9.0.1")).toBeNull();

    // A bad password is refused, says why, and leaves the link open; so does a confirmation that differs.
    session.claims = null;
    expect(await acceptInvitationAction(undefined, choose(token, "password1234"))).toMatchObject({
      ok: false,
      fieldErrors: { password: "This password is among the most common ones. Choose another." },
    });
    expect(await acceptInvitationAction(undefined, choose(token, "ina-chose-this-2026", "other"))).toMatchObject({
      ok: false,
      fieldErrors: { confirm: expect.any(String) },
    });
    expect((await getAccountLink(token, "invite")).state).toBe("open");
    // Not a reset link: the purposes do not mix.
    expect(await resetPasswordWithLinkAction(undefined, choose(token, "ina-chose-this-2026"))).toMatchObject({
      ok: false,
      message: LINK_PROBLEM.unknown,
    });

    const earlier = await createSession(await writer(), {
      userId: person.id,
      expiresAt: new Date(Date.now() + 86_400_000),
      ip: null,
      userAgent: "test",
    });
    expect(await acceptInvitationAction(undefined, choose(token, "ina-chose-this-2026"))).toMatchObject({ ok: true });
    expect(await verifyPassword((await userByEmail(email))!.passwordHash, "ina-chose-this-2026")).toBe(true);
    expect(await authenticate(email, "ina-chose-this-2026", "10.9.0.1")).toMatchObject({ uid: person.id });
    expect(await resolveActor({ uid: person.id, sv: 1, sid: earlier })).toBeNull(); // other sessions ended
    expect(await audits("staff.invite_accept", person.id)).toEqual([{ actorId: person.id }]);
    expect((await listStaff()).find((u) => u.id === person.id)!.invitedUntil).toBeNull();

    // The link used again is refused, and changes nothing.
    expect(await acceptInvitationAction(undefined, choose(token, "someone-else-2026-x"))).toMatchObject({
      ok: false,
      message: LINK_PROBLEM.used,
    });
    expect(await verifyPassword((await userByEmail(email))!.passwordHash, "ina-chose-this-2026")).toBe(true);
    // Joined: nothing to resend or cancel any more.
    session.claims = admin.claims;
    expect(await resendInvitationAction(undefined, { id: person.id })).toMatchObject({ ok: false });
    expect(await cancelInvitationAction(undefined, { id: person.id })).toMatchObject({ ok: false });
    expect(await userByEmail(email)).toBeDefined();
  });

  it("an invitation's link works for 72 hours and no longer", async () => {
    const t0 = new Date("2026-12-01T09:00:00Z");
    const open = async (offsetMs: number) => {
      const email = uniqueEmail("exp");
      await createInvitation(
        await writer(),
        { email, name: "Ex Pire", role: "journalist", unusableHash: await hashPassword("x") },
        { id: admin.id, name: "Admin" },
        t0,
      );
      const token = await mailedToken(email, "join");
      const hash = await hashPassword("chosen-in-time-2026");
      return spendAccountLink(
        await writer(),
        { token, purpose: "invite", passwordHash: hash, ip: null },
        new Date(t0.getTime() + offsetMs),
      );
    };
    expect(await open(INVITE_TTL_MS - 1000)).toMatchObject({ ok: true });
    expect(await open(INVITE_TTL_MS)).toEqual({ ok: false, reason: "expired" });
    expect(INVITE_TTL_MS).toBe(72 * 3600_000);
  });

  it("resending ends the old link; cancelling ends the invitation and the account", async () => {
    const email = uniqueEmail("res");
    await inviteStaffAction(undefined, { name: "Re Send", email, role: "journalist" });
    const person = (await userByEmail(email))!;
    const first = await mailedToken(email, "join");
    expect(await resendInvitationAction(undefined, { id: person.id })).toMatchObject({ ok: true });
    const second = await mailedToken(email, "join");
    expect(second).not.toBe(first);
    expect((await getAccountLink(first, "invite")).state).toBe("expired");
    expect((await getAccountLink(second, "invite")).state).toBe("open");
    expect(await audits("staff.invite_resend", person.id)).toEqual([{ actorId: admin.id }]);

    expect(await cancelInvitationAction(undefined, { id: person.id })).toMatchObject({ ok: true });
    expect(await userByEmail(email)).toBeUndefined();
    expect((await getAccountLink(second, "invite")).state).toBe("unknown");
    expect(await audits("staff.invite_cancel", person.id)).toEqual([{ actorId: admin.id }]);
    // The address is free for a new invitation.
    expect(await inviteStaffAction(undefined, { name: "Re Send", email, role: "journalist" })).toMatchObject({
      ok: true,
    });
    // An address that has an account cannot be invited twice.
    expect(await inviteStaffAction(undefined, { name: "Twice", email, role: "journalist" })).toMatchObject({
      ok: false,
      fieldErrors: { email: "A staff account with this email exists." },
    });
  });
});

describe("password resets", () => {
  it("the same answer, no sooner, and a mail only for an active account that has joined", async () => {
    const known = await makeStaff("journalist");
    const gone = await makeStaff("journalist");
    await setActiveAction(undefined, { id: gone.id, active: "false" });
    const invited = uniqueEmail("inv");
    await inviteStaffAction(undefined, { name: "Not Yet", email: invited, role: "journalist" });
    session.claims = null;
    const ask = async (email: string) => {
      const started = Date.now();
      const answer = await requestPasswordResetAction(undefined, { email });
      return { answer, ms: Date.now() - started };
    };
    const answers = await Promise.all([
      ask(known.email.toUpperCase()),
      ask("nobody-here@example.com"),
      ask(gone.email),
      ask(invited),
    ]);
    for (const { answer, ms } of answers) {
      expect(answer).toEqual({ ok: true, message: RESET_SENT });
      expect(ms).toBeGreaterThanOrEqual(290);
    }
    expect(await mailsTo(known.email)).toHaveLength(1);
    expect(await mailsTo("nobody-here@example.com")).toHaveLength(0);
    expect(await mailsTo(gone.email)).toHaveLength(0);
    expect((await mailsTo(invited)).filter((m) => m.subject.includes("Reset"))).toHaveLength(0);
    expect(await audits("account.reset_request", known.id)).toHaveLength(1);
  });

  it("a new password ends every session, spends the link, and keeps two factors", async () => {
    const person = await makeStaff("editor");
    const secret = (await beginTotpSetup({ id: person.id, email: person.email }, "Test"))!.secret;
    expect(await confirmTotpSetup(person.id, totpCode(secret, timeStep()))).toHaveLength(10);
    const other = await createSession(await writer(), {
      userId: person.id,
      expiresAt: new Date(Date.now() + 86_400_000),
      ip: null,
      userAgent: "other browser",
    });
    session.claims = null;
    await requestPasswordResetAction(undefined, { email: person.email });
    const token = await mailedToken(person.email, "reset");
    const weak = await resetPasswordWithLinkAction(undefined, choose(token, person.email));
    expect(weak).toMatchObject({ ok: false, fieldErrors: { password: expect.any(String) } });
    await expect(resetPasswordWithLinkAction(undefined, choose(token, "a-brand-new-phrase-88"))).rejects.toMatchObject({
      digest: expect.stringContaining("/login?reset=1"),
    });
    expect(await resolveActor(person.claims)).toBeNull();
    expect(await resolveActor({ uid: person.id, sv: 2, sid: other })).toBeNull(); // the row is ended too
    expect(await authenticate(person.email, person.password, "10.8.0.1")).toBeNull();
    expect(await authenticate(person.email, "a-brand-new-phrase-88", "10.8.0.1")).toMatchObject({ twoFactor: true });
    expect(await audits("account.reset_done", person.id)).toEqual([{ actorId: person.id }]);
    expect(await resetPasswordWithLinkAction(undefined, choose(token, "yet-another-phrase-99"))).toMatchObject({
      ok: false,
      message: LINK_PROBLEM.used,
    });
  });

  it("a reset link works for 15 minutes, and a newer one ends it", async () => {
    const person = await makeStaff("journalist");
    const t0 = new Date("2026-12-01T09:00:00Z");
    const hash = await hashPassword("fifteen-minutes-2026");
    const spend = async (token: string, at: number) =>
      spendAccountLink(await writer(), { token, purpose: "reset", passwordHash: hash, ip: null }, new Date(at));
    expect(await requestPasswordReset(await writer(), person.email, "unknown", t0)).toBe(true);
    const late = await mailedToken(person.email, "reset");
    expect(await spend(late, t0.getTime() + RESET_TTL_MS)).toEqual({ ok: false, reason: "expired" });
    await requestPasswordReset(await writer(), person.email, "unknown", t0);
    const replaced = await mailedToken(person.email, "reset");
    await requestPasswordReset(await writer(), person.email, "unknown", new Date(t0.getTime() + 60_000));
    const newest = await mailedToken(person.email, "reset");
    expect(await spend(replaced, t0.getTime() + 120_000)).toEqual({ ok: false, reason: "expired" });
    expect(await spend(newest, t0.getTime() + 60_000 + RESET_TTL_MS - 1000)).toMatchObject({ ok: true });
    expect(RESET_TTL_MS).toBe(15 * 60_000);
  });

  it("is throttled per address and per client address, with the same answer", async () => {
    const person = await makeStaff("journalist");
    session.claims = null;
    for (let i = 0; i < RESET_LIMITS.perEmail + 2; i++)
      expect(await requestPasswordResetAction(undefined, { email: person.email })).toEqual({
        ok: true,
        message: RESET_SENT,
      });
    expect(await mailsTo(person.email)).toHaveLength(RESET_LIMITS.perEmail);

    // Behind a declared proxy, one client address asking for many mailboxes is stopped too.
    process.env.TRUSTED_PROXY_HOPS = "1";
    session.headers = new Headers({ "x-forwarded-for": "203.0.113.9" });
    const targets = await Promise.all(Array.from({ length: RESET_LIMITS.perIp + 1 }, () => makeStaff("journalist")));
    await Promise.all(targets.map((t) => requestPasswordResetAction(undefined, { email: t.email })));
    let mailed = 0;
    for (const t of targets) mailed += (await mailsTo(t.email)).length;
    expect(mailed).toBe(RESET_LIMITS.perIp);
  });
});
