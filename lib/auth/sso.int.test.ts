import { and, eq, sql } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { updateSettingsAction } from "@/app/(admin)/admin/settings/actions";
import { setUserActive } from "@/db/mutations/users";
import { writer } from "@/db/mutations/writer";
import { auditEvents, sessions, siteSettings } from "@/db/schema";
import { withTestDatabase } from "@/test/db";
import { makeStaff } from "@/test/staff";
import { resolveActor } from "./actor";
import { authenticate } from "./authenticate";
import { signInWithSso } from "./sso-sign-in";

// The SSO sign-in's matching, and SSO-only mode's refusal of passwords on the server, against a real database.
// Only Auth.js's auth() is replaced, for the settings action (it hands over the claims a session cookie carries).
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
const request = { ip: "203.0.113.9", userAgent: "test" };
const withSso = () => {
  vi.stubEnv("SSO_ISSUER", "https://idp.example.com");
  vi.stubEnv("SSO_CLIENT_ID", "masthead");
  vi.stubEnv("SSO_CLIENT_SECRET", "secret");
  vi.stubEnv("SSO_NAME", "Example Workspace");
};
beforeEach(() => vi.stubEnv("AUTH_SECRET", "test-secret-for-device-cookies-0123456789"));
afterEach(async () => {
  vi.unstubAllEnvs();
  await setSsoOnly(false);
});

async function setSsoOnly(on: boolean) {
  await testDb()
    .db.insert(siteSettings)
    .values({ id: 1, ssoOnly: on })
    .onConflictDoUpdate({ target: siteSettings.id, set: { ssoOnly: on } });
}
async function sessionsOf(userId: string) {
  return testDb().db.select({ method: sessions.method }).from(sessions).where(eq(sessions.userId, userId));
}
async function lastAudit(action: string) {
  const [row] = await testDb()
    .db.select({ entityId: auditEvents.entityId, detail: auditEvents.detail })
    .from(auditEvents)
    .where(eq(auditEvents.action, action))
    .orderBy(sql`${auditEvents.id} desc`)
    .limit(1);
  return row;
}

describe("an SSO sign-in is matched to an existing staff account by verified email", () => {
  it("opens a session row for the account whose email matches, whatever the case; the role stays ours", async () => {
    const editor = await makeStaff("editor", `Sso.Editor.${Date.now()}@Example.com`);
    const before = (await sessionsOf(editor.id)).length;
    const result = await signInWithSso(
      { email: editor.email.toUpperCase(), email_verified: true, role: "admin", roles: ["admin"] },
      request,
    );
    expect(result).toMatchObject({ ok: true, uid: editor.id, role: "editor", sv: 1 });
    const rows = await sessionsOf(editor.id);
    expect(rows).toHaveLength(before + 1);
    expect(rows.filter((r) => r.method === "sso")).toHaveLength(1);
    expect(await lastAudit("auth.sign_in")).toMatchObject({ entityId: editor.id, detail: { method: "sso" } });
    // The session works like a password one: the desk resolves it to the person, with their own role.
    if (!result.ok) throw new Error("refused");
    expect(await resolveActor({ uid: result.uid, sv: result.sv, sid: result.sid })).toMatchObject({
      id: editor.id,
      role: "editor",
      signInMethod: "sso",
    });
  });

  it("refuses an email the provider has not verified, or does not say it verified", async () => {
    const editor = await makeStaff("editor");
    for (const email_verified of [false, undefined, "false", 1]) {
      expect(await signInWithSso({ email: editor.email, email_verified }, request)).toEqual({
        ok: false,
        reason: "sso_unverified",
      });
    }
    expect(await signInWithSso({ email_verified: true }, request)).toMatchObject({
      ok: false,
      reason: "sso_unverified",
    });
    expect((await sessionsOf(editor.id)).filter((r) => r.method === "sso")).toHaveLength(0);
  });

  it("refuses an unknown email and creates no account", async () => {
    const email = `nobody-${Date.now()}@example.com`;
    expect(await signInWithSso({ email, email_verified: true }, request)).toEqual({
      ok: false,
      reason: "sso_no_account",
    });
    const found = await testDb().db.execute(sql`select count(*)::int as n from users where lower(email) = ${email}`);
    expect((found as unknown as { rows: { n: number }[] }).rows[0]!.n).toBe(0);
    expect(await lastAudit("auth.failure")).toMatchObject({ detail: { method: "sso", reason: "unknown_email" } });
  });

  it("refuses a deactivated account", async () => {
    const admin = await makeStaff("admin");
    const gone = await makeStaff("journalist");
    await setUserActive(await writer(), gone.id, false, admin.id);
    expect(await signInWithSso({ email: gone.email, email_verified: true }, request)).toEqual({
      ok: false,
      reason: "sso_no_account",
    });
    expect(await sessionsOf(gone.id)).toHaveLength(1); // only makeStaff's own
  });

  it("meets the two-factor policy through the provider, while a password session of the same person does not", async () => {
    const editor = await makeStaff("editor");
    await testDb()
      .db.insert(siteSettings)
      .values({ id: 1, requireTwoFactor: "everyone" })
      .onConflictDoUpdate({ target: siteSettings.id, set: { requireTwoFactor: "everyone" } });
    try {
      const viaSso = await signInWithSso({ email: editor.email, email_verified: true }, request);
      if (!viaSso.ok) throw new Error("refused");
      expect(await resolveActor({ uid: viaSso.uid, sv: viaSso.sv, sid: viaSso.sid })).toMatchObject({
        mustSetUpTwoFactor: false,
      });
      expect(await resolveActor(editor.claims)).toMatchObject({ mustSetUpTwoFactor: true });
    } finally {
      await testDb().db.update(siteSettings).set({ requireTwoFactor: "off" });
    }
  });
});

describe("SSO only refuses passwords on the server", () => {
  it("refuses a right password while SSO only is on and SSO configured, and audits why", async () => {
    const editor = await makeStaff("editor");
    withSso();
    await setSsoOnly(true);
    expect(await authenticate(editor.email, editor.password, request.ip)).toBeNull();
    expect(await lastAudit("auth.failure")).toMatchObject({ detail: { email: editor.email, reason: "sso_only" } });
  });

  it("lets passwords in when SSO is not configured, or an operator set SSO_ONLY_OVERRIDE=0", async () => {
    const editor = await makeStaff("editor");
    await setSsoOnly(true);
    expect(await authenticate(editor.email, editor.password, request.ip)).toMatchObject({ uid: editor.id });
    withSso();
    vi.stubEnv("SSO_ONLY_OVERRIDE", "0");
    expect(await authenticate(editor.email, editor.password, request.ip)).toMatchObject({ uid: editor.id });
  });

  it("lets an admin turn SSO only on only with SSO configured and while signed in through it", async () => {
    const admin = await makeStaff("admin");
    const form = {
      siteName: "Masthead",
      timeZone: "UTC",
      weatherCity: "X",
      weatherLatitude: "1",
      weatherLongitude: "1",
      weatherUnits: "celsius",
      adPlacement: "none",
      adAfterParagraph: "3",
      adScriptUrl: "",
      requireTwoFactor: "off",
      mainLanguage: "en",
      languages: [],
      ssoOnly: "on",
    };
    const ssoOnlyNow = async () =>
      (await testDb().db.select({ on: siteSettings.ssoOnly }).from(siteSettings).where(eq(siteSettings.id, 1)))[0]?.on;
    session.claims = admin.claims;
    expect(await updateSettingsAction(undefined, form)).toMatchObject({
      ok: false,
      fieldErrors: { ssoOnly: expect.stringContaining("not configured") },
    });
    withSso();
    expect(await updateSettingsAction(undefined, form)).toMatchObject({
      ok: false,
      fieldErrors: { ssoOnly: expect.stringContaining("Sign in through Example Workspace yourself first") },
    });
    expect(await ssoOnlyNow()).toBeFalsy();
    const viaSso = await signInWithSso({ email: admin.email, email_verified: true }, request);
    if (!viaSso.ok) throw new Error("refused");
    session.claims = { uid: viaSso.uid, sv: viaSso.sv, sid: viaSso.sid };
    expect(await updateSettingsAction(undefined, form)).toMatchObject({ ok: true });
    expect(await ssoOnlyNow()).toBe(true);
    // The refusal reads the admin's session, not their account: their password session still may not turn it on.
    const rows = await testDb()
      .db.select({ id: sessions.id })
      .from(sessions)
      .where(and(eq(sessions.userId, admin.id), eq(sessions.method, "password")));
    expect(rows).toHaveLength(1);
  });
});
