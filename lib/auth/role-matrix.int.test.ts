import fs from "node:fs";
import path from "node:path";
import { eq, sql, type SQL } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createStory } from "@/db/mutations/stories";
import { createPlan } from "@/db/mutations/budget";
import { postBanner, saveFrontLayout } from "@/db/mutations/front-page";
import { postLiveUpdate, startCoverage } from "@/db/mutations/live";
import { createSession } from "@/db/mutations/sessions";
import { createPreviewLink } from "@/db/mutations/story-desk";
import { applyTransition } from "@/db/mutations/story-workflow";
import { endAllSessions, setUserActive, setUserRole } from "@/db/mutations/users";
import { authors, media, notifications, revisions, sections } from "@/db/schema";
import { permits, resolveActor } from "@/lib/auth/actor";
import { actionRegistry, type ActionInput } from "@/lib/desk-action";
import { deskPages, deskRouteHandlers } from "@/lib/desk-registry";
import { deniedState } from "@/lib/form-state";
import { withTestDatabase } from "@/test/db";
import { makeStaff } from "@/test/staff";
import { emptyWorkingCopy } from "@/lib/story/model";
import { emptyFrontLayout } from "@/lib/content/front-page";
import { writer } from "@/db/mutations/writer";
import { clearTwoFactor } from "@/db/mutations/two-factor";
import { beginTotpSetup, confirmTotpSetup } from "@/lib/auth/two-factor";
import { timeStep, totpCode } from "@/lib/auth/totp";
import { makeInvitation, makeResetLink } from "@/test/account-links";
import { addPasskey } from "@/db/mutations/passkeys";
import { getPasskeyForSignIn } from "@/db/queries/passkeys";
import { setPasskeyChallenge } from "@/lib/auth/passkey-challenge";

// The session cookie is Auth.js's business; from the claims on, everything is real: the user is read from the
// database, the action's own guard decides, and a refusal must leave every table as it was.
const session = vi.hoisted(() => ({ claims: null as { uid: string; sv: number; sid?: string } | null }));
vi.mock("@/auth", () => ({
  auth: async () => session.claims,
  signIn: async () => undefined,
  signOut: async () => undefined,
}));
vi.mock("next-auth", () => ({ AuthError: class AuthError extends Error {} }));
// Cache expiry needs a request in flight; what it would expire is tested in e2e.
vi.mock("next/cache", () => ({
  revalidateTag: () => undefined,
  revalidatePath: () => undefined,
  updateTag: () => undefined,
}));

// The request's headers (the client address a proxy names) exist only in a request; none here. Passkey challenges
// live in a cookie: one jar for the whole file. The browser's signed answer to a registration
// is WebAuthn's business (e2e/passkeys.spec.ts makes real ones); here a checked answer is taken as given.
const jar = vi.hoisted(() => new Map<string, string>());
vi.mock("next/headers", async (original) => ({
  ...(await original<typeof import("next/headers")>()),
  headers: async () => new Headers(),
  cookies: async () => ({
    get: (name: string) => (jar.has(name) ? { name, value: jar.get(name) } : undefined),
    set: (name: string, value: string) => void jar.set(name, value),
    delete: (name: string) => void jar.delete(name),
  }),
}));
vi.mock("@simplewebauthn/server", async (original) => ({
  ...(await original<typeof import("@simplewebauthn/server")>()),
  verifyRegistrationResponse: async () => ({
    verified: true,
    registrationInfo: {
      credential: { id: `cred-${Math.random()}`, publicKey: new Uint8Array([1]), counter: 0, transports: [] },
      credentialDeviceType: "singleDevice",
      credentialBackedUp: false,
    },
  }),
}));

const testDb = withTestDatabase();

function walk(dir: string, out: string[] = []): string[] {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) walk(p, out);
    else out.push(p);
  }
  return out;
}
const appFiles = walk(path.resolve("app"));
const routeOf = (file: string) =>
  "/" +
  path
    .relative(path.resolve("app"), path.dirname(file))
    .split(path.sep)
    .filter((s) => !/^\(.*\)$/.test(s))
    .join("/");
const sourceFiles = ["app", "lib", "components"]
  .flatMap((d) => walk(path.resolve(d)))
  .filter((f) => /\.(ts|tsx)$/.test(f) && !/\.test\.tsx?$/.test(f));
const leadingComments = /^(?:\s*(?:\/\/[^\n]*|\/\*[\s\S]*?\*\/))*/;
/** Every module that declares server actions, found by its directive (after any comments), not by its name. */
const serverModules = sourceFiles.filter((f) =>
  /^\s*(["'])use server\1/.test(fs.readFileSync(f, "utf8").replace(leadingComments, "")),
);
/** Files with a "use server" line anywhere: a directive inside a function is an action no module check finds. */
const directiveLines = sourceFiles.filter((f) => /^\s*(["'])use server\1;?\s*$/m.test(fs.readFileSync(f, "utf8")));

// Sign-in and sign-out are Auth.js flows, open to anyone by nature; every other action is built by deskAction().
const plainPublicActions = new Set(["loginAction", "passkeyChallengeAction", "ssoSignInAction", "signOutAction"]);

type Who = "anonymous" | "journalist" | "editor" | "admin";
const whoLetter: Record<Who, string> = { anonymous: "A", journalist: "J", editor: "E", admin: "D" };
type Staff = Awaited<ReturnType<typeof makeStaff>>;

const fx = {} as { editor: string; section: string; author: string; target: string; targetSession: string };

/** Rows, as one comparable string. */
async function rows(query: SQL): Promise<string> {
  return JSON.stringify(((await testDb().db.execute(query)) as unknown as { rows: unknown[] }).rows);
}

// A story that passes the publish checklist, written by `by` and moved to `status` (editor's moves, no checks).
type Made = { id: string; version: number; revision: string };
async function story(by: string, status: "draft" | "in_review" | "published" = "draft"): Promise<Made> {
  const { db } = testDb();
  const [photo] = await db
    .insert(media)
    .values({
      storageKey: `m/${Math.random()}.jpg`,
      mimeType: "image/jpeg",
      width: 1,
      height: 1,
      bytes: 1,
      altText: "a",
      caption: "c",
      credit: "r",
    })
    .returning();
  const w = emptyWorkingCopy({
    sectionId: fx.section,
    headline: "Ready",
    slug: `s-${Math.random().toString(36).slice(2, 10)}`,
    authorIds: [fx.author],
    heroMediaId: photo!.id,
  });
  const id = await createStory(db, w, by);
  let version = 1;
  if (status !== "draft")
    version = ((await applyTransition(db, id, version, "submit", by)) as { version: number }).version;
  if (status === "published")
    version = ((await applyTransition(db, id, version, "publish", fx.editor)) as { version: number }).version;
  const revision = (await db.select({ id: revisions.id }).from(revisions).where(eq(revisions.storyId, id)).limit(1))[0]!
    .id;
  return { id, version, revision };
}
const storyRow = (id: string) =>
  rows(sql`select status, version, headline, working->>'headline' as w, locked_by from stories where id = ${id}`);
const endpointRow = async () =>
  JSON.parse(
    await rows(
      sql`insert into webhook_endpoints (url, secret, events) values ('https://93.184.215.14/h', 'whsec_x', '{story.published}') returning id`,
    ),
  )[0].id as string;
const count = (table: string, where = sql`true`) =>
  rows(sql`select count(*)::int as n from ${sql.raw(table)} where ${where}`);
const save = (s: Made, headline = "Overwritten") => ({
  id: s.id,
  version: s.version,
  autosave: false,
  working: emptyWorkingCopy({ sectionId: fx.section, headline, authorIds: [fx.author] }),
});
async function newSession(userId: string) {
  return createSession(await writer(), {
    userId,
    expiresAt: new Date(Date.now() + 86_400_000),
    ip: null,
    userAgent: "test",
  });
}

// Two factors for the account actions: a pending secret and the code it makes now, or two factors on.
process.env.AUTH_SECRET ??= "role-matrix-test-secret-0123456789";
async function pendingCode(userId: string): Promise<string> {
  await clearTwoFactor(await writer(), userId, userId);
  const setup = await beginTotpSetup({ id: userId, email: "x@example.com" }, "Test");
  return totpCode(setup!.secret, timeStep());
}
async function passkeyOf(userId: string): Promise<string> {
  const credentialId = `cred-${Math.random()}`;
  await addPasskey(await writer(), userId, {
    credentialId,
    publicKey: "pk",
    counter: 0,
    transports: [],
    deviceType: "singleDevice",
    backedUp: false,
    name: "Laptop",
  });
  return (await getPasskeyForSignIn(credentialId))!.id;
}
async function twoFactorOn(userId: string): Promise<void> {
  expect(await confirmTotpSetup(userId, await pendingCode(userId))).toHaveLength(10);
}

/** A published story with live coverage started, and `updates` posts on it, all by the editor. */
async function liveStory(updates = 0): Promise<{ id: string; updates: string[] }> {
  const { db } = testDb();
  const { id } = await story(fx.editor, "published");
  await startCoverage(db, id, fx.editor);
  const text = { body: "First", mediaId: null, caption: null, credit: null, linkUrl: null, key: false };
  const posted = [];
  for (let i = 0; i < updates; i++) {
    const p = await postLiveUpdate(db, id, text, fx.editor);
    if (p.ok) posted.push(p.id!);
  }
  return { id, updates: posted };
}

/** What a call is aimed at (made fresh for each call), and the rows an allowed call must change. */
type Prepared = { input: ActionInput; effect: () => Promise<string> };

// Who may run each action (A anonymous, J journalist, E editor, D admin), and a fresh fixture for each call whose
// effect an allowed call must change. The story fixtures belong to an editor, so a journalist meets the ownership
// check here; the `own` table below takes them past it. An action without a line here fails the suite.
const policy: Record<string, { who: string; prepare: (me: Staff | null) => Promise<Prepared> }> = {
  createStoryAction: {
    who: "JED",
    prepare: async () => ({ input: { sectionId: fx.section }, effect: () => count("stories") }),
  },
  saveStoryAction: {
    who: "ED",
    prepare: async () => {
      const s = await story(fx.editor);
      return { input: save(s), effect: () => storyRow(s.id) };
    },
  },
  transitionStoryAction: {
    who: "ED",
    prepare: async () => {
      const s = await story(fx.editor, "in_review");
      return { input: { id: s.id, version: s.version, transition: "publish" }, effect: () => storyRow(s.id) };
    },
  },
  heartbeatAction: {
    who: "ED",
    prepare: async () => {
      const s = await story(fx.editor);
      return { input: { id: s.id }, effect: () => storyRow(s.id) };
    },
  },
  takeOverAction: {
    who: "ED",
    prepare: async () => {
      const s = await story(fx.editor);
      return { input: { id: s.id }, effect: () => storyRow(s.id) };
    },
  },
  addNoteAction: {
    who: "ED",
    prepare: async () => {
      const s = await story(fx.editor);
      return { input: { id: s.id, body: "A note" }, effect: () => count("editorial_notes", sql`story_id = ${s.id}`) };
    },
  },
  translateStoryAction: {
    who: "ED",
    prepare: async () => {
      const s = await story(fx.editor, "published");
      return { input: { id: s.id, language: "ko" }, effect: () => count("stories") };
    },
  },
  restoreRevisionAction: {
    who: "ED",
    prepare: async () => {
      const s = await story(fx.editor);
      return { input: { id: s.id, version: s.version, revisionId: s.revision }, effect: () => storyRow(s.id) };
    },
  },
  createPreviewLinkAction: {
    who: "ED",
    prepare: async () => {
      const s = await story(fx.editor);
      return { input: { id: s.id, hours: 2 }, effect: () => count("preview_links", sql`story_id = ${s.id}`) };
    },
  },
  createApiKeyAction: {
    who: "D",
    prepare: async () => ({ input: { name: "Partner app", perMinute: "60" }, effect: () => count("api_keys") }),
  },
  revokeApiKeyAction: {
    who: "D",
    prepare: async () => {
      const id = JSON.parse(
        await rows(
          sql`insert into api_keys (name, prefix, key_hash) values ('Partner', 'mh_live_abcdef', ${`h-${Math.random()}`}) returning id`,
        ),
      )[0].id as string;
      return { input: { id }, effect: () => rows(sql`select revoked_at from api_keys where id = ${id}`) };
    },
  },
  createWebhookAction: {
    who: "D",
    prepare: async () => ({
      input: { url: "https://93.184.215.14/hook", description: "Partner", "story.published": "on" },
      effect: () => count("webhook_endpoints"),
    }),
  },
  pauseWebhookAction: {
    who: "D",
    prepare: async () => {
      const id = await endpointRow();
      return {
        input: { id, paused: "true" },
        effect: () => rows(sql`select paused_at from webhook_endpoints where id = ${id}`),
      };
    },
  },
  deleteWebhookAction: {
    who: "D",
    prepare: async () => {
      const id = await endpointRow();
      return { input: { id }, effect: () => count("webhook_endpoints", sql`id = ${id}`) };
    },
  },
  resendWebhookAction: {
    who: "D",
    prepare: async () => {
      const endpoint = await endpointRow();
      const id = `msg_${crypto.randomUUID()}`;
      await rows(
        sql`insert into webhook_deliveries (id, endpoint_id, event, payload, status, attempts) values (${id}, ${endpoint}, 'story.published', '{}', 'failed', 7)`,
      );
      return {
        input: { id },
        effect: () => rows(sql`select status, attempts from webhook_deliveries where id = ${id}`),
      };
    },
  },
  revokePreviewLinkAction: {
    who: "ED",
    prepare: async () => {
      const s = await story(fx.editor);
      await createPreviewLink(testDb().db, s.id, 1, fx.editor);
      const link = JSON.parse(await rows(sql`select id from preview_links where story_id = ${s.id}`))[0].id as string;
      return {
        input: { id: s.id, linkId: link },
        effect: () => rows(sql`select revoked_at from preview_links where id = ${link}`),
      };
    },
  },
  updateMediaAction: {
    who: "ED",
    prepare: async () => {
      const [photo] = await testDb()
        .db.insert(media)
        .values({
          storageKey: `m/${Math.random()}.jpg`,
          mimeType: "image/jpeg",
          width: 1,
          height: 1,
          bytes: 1,
          altText: "a",
          caption: "c",
          credit: "r",
        })
        .returning();
      return {
        input: { id: photo!.id, alt: "Changed alt", caption: "Changed", credit: "Changed" },
        effect: () => rows(sql`select alt_text, caption, credit from media where id = ${photo!.id}`),
      };
    },
  },
  createAuthorAction: {
    who: "ED",
    prepare: async () => ({
      input: { name: "New Byline", kind: "person", publicEmail: "", bio: "" },
      effect: () => count("authors"),
    }),
  },
  createStaffAction: {
    who: "D",
    prepare: async () => ({
      input: {
        email: `new-${Math.random()}@example.com`,
        name: "New Person",
        role: "admin",
        password: "a-quite-long-pass-phrase-91",
      },
      effect: () => count("users"),
    }),
  },
  changeRoleAction: {
    who: "D",
    prepare: async () => {
      const t = await makeStaff("journalist");
      return { input: { id: t.id, role: "admin" }, effect: () => rows(sql`select role from users where id = ${t.id}`) };
    },
  },
  setActiveAction: {
    who: "D",
    prepare: async () => {
      const t = await makeStaff("journalist");
      return {
        input: { id: t.id, active: "false" },
        effect: () => rows(sql`select active from users where id = ${t.id}`),
      };
    },
  },
  resetPasswordAction: {
    who: "D",
    prepare: async () => {
      const t = await makeStaff("journalist");
      return {
        input: { id: t.id, password: "another-long-pass-phrase-77" },
        effect: () => rows(sql`select password_hash from users where id = ${t.id}`),
      };
    },
  },
  updateSettingsAction: {
    who: "D",
    prepare: async () => ({
      input: {
        siteName: `Taken Over ${Math.random()}`,
        tagline: "",
        timeZone: "UTC",
        weatherCity: "X",
        weatherLatitude: "1",
        weatherLongitude: "1",
        weatherUnits: "celsius",
        adPlacement: "none",
        adAfterParagraph: "3",
        adScriptUrl: "",
        requireTwoFactor: "off",
        ssoOnly: "",
        mainLanguage: "en",
        languages: ["ko"],
      },
      effect: () => rows(sql`select site_name from site_settings`),
    }),
  },
  setSectionEditorAction: {
    who: "D",
    prepare: async () => ({
      input: { id: fx.editor, sectionIds: [fx.section] },
      effect: () => rows(sql`select section_id from section_editors where user_id = ${fx.editor}`),
    }),
  },
  changePasswordAction: {
    who: "JED",
    prepare: async (me) => ({
      input: {
        current: "a-long-test-password-42",
        password: "a-brand-new-pass-phrase-3",
        confirm: "a-brand-new-pass-phrase-3",
      },
      effect: () => rows(sql`select password_hash from users where id = ${me?.id ?? fx.target}`),
    }),
  },
  beginTwoFactorAction: {
    who: "JED",
    prepare: async (me) => ({
      input: {},
      effect: () => rows(sql`select totp_secret from users where id = ${me?.id ?? fx.target}`),
    }),
  },
  confirmTwoFactorAction: {
    who: "JED",
    prepare: async (me) => {
      const code = await pendingCode(me?.id ?? fx.target);
      return {
        input: { code },
        effect: () => rows(sql`select totp_enabled_at from users where id = ${me?.id ?? fx.target}`),
      };
    },
  },
  renewRecoveryCodesAction: {
    who: "JED",
    prepare: async (me) => {
      await twoFactorOn(me?.id ?? fx.target);
      return {
        input: {},
        effect: () => rows(sql`select code_hash from recovery_codes where user_id = ${me?.id ?? fx.target}`),
      };
    },
  },
  turnOffTwoFactorAction: {
    who: "JED",
    prepare: async (me) => {
      await twoFactorOn(me?.id ?? fx.target);
      return {
        input: { current: "a-long-test-password-42" },
        effect: () => rows(sql`select totp_enabled_at from users where id = ${me?.id ?? fx.target}`),
      };
    },
  },
  beginPasskeyAction: {
    who: "JED",
    prepare: async () => {
      jar.clear();
      return { input: { name: "Laptop", current: "a-long-test-password-42" }, effect: async () => [...jar].join() };
    },
  },
  addPasskeyAction: {
    who: "JED",
    prepare: async (me) => {
      const uid = me?.id ?? fx.target;
      await setPasskeyChallenge({ purpose: "register", uid, challenge: "c", at: Date.now() });
      return {
        input: { name: "Laptop", response: JSON.stringify({ id: "x", response: {} }) },
        effect: () => count("passkeys", sql`user_id = ${uid}`),
      };
    },
  },
  renamePasskeyAction: {
    who: "JED",
    prepare: async (me) => {
      const id = await passkeyOf(me?.id ?? fx.target);
      return { input: { id, newName: "Phone" }, effect: () => rows(sql`select name from passkeys where id = ${id}`) };
    },
  },
  removePasskeyAction: {
    who: "JED",
    prepare: async (me) => {
      const id = await passkeyOf(me?.id ?? fx.target);
      return { input: { id }, effect: () => count("passkeys", sql`id = ${id}`) };
    },
  },
  resetTwoFactorAction: {
    who: "D",
    prepare: async () => {
      const person = await makeStaff("journalist");
      await twoFactorOn(person.id);
      await passkeyOf(person.id);
      return {
        input: { id: person.id },
        effect: () =>
          rows(
            sql`select totp_enabled_at, (select count(*) from passkeys where user_id = ${person.id}) from users where id = ${person.id}`,
          ),
      };
    },
  },
  updateProfileAction: {
    who: "JED",
    prepare: async (me) => ({
      input: { name: "Renamed" },
      effect: () => rows(sql`select name from users where id = ${me?.id ?? fx.target}`),
    }),
  },
  signOutEverywhereAction: {
    who: "JED",
    prepare: async (me) => ({
      input: {},
      effect: () =>
        rows(
          sql`select session_version, (select count(*) from sessions where user_id = u.id and revoked_at is null) as live from users u where id = ${me?.id ?? fx.target}`,
        ),
    }),
  },
  endSessionAction: {
    who: "JED",
    // One's own other session (a browser left signed in elsewhere); another user's session is the test below.
    prepare: async (me) => {
      const sid: string = me ? await newSession(me.id) : fx.targetSession;
      return { input: { sessionId: sid }, effect: () => rows(sql`select revoked_at from sessions where id = ${sid}`) };
    },
  },
  markNotificationReadAction: {
    who: "JED",
    prepare: async (me) => {
      const [n] = await testDb()
        .db.insert(notifications)
        .values({ userId: me?.id ?? fx.target, kind: "submitted", text: "Told" })
        .returning({ id: notifications.id });
      return { input: { id: n!.id }, effect: () => rows(sql`select read_at from notifications where id = ${n!.id}`) };
    },
  },
  markAllNotificationsReadAction: {
    who: "JED",
    prepare: async (me) => {
      const userId = me?.id ?? fx.target;
      await testDb().db.insert(notifications).values({ userId, kind: "returned", text: "Told" });
      return { input: {}, effect: () => count("notifications", sql`user_id = ${userId} and read_at is null`) };
    },
  },
  saveEmailChoicesAction: {
    who: "JED",
    prepare: async (me) => ({
      input: { submitted: "on" },
      effect: () => rows(sql`select kind, email from notification_prefs where user_id = ${me?.id ?? fx.target}`),
    }),
  },
  inviteStaffAction: {
    who: "D",
    prepare: async () => ({
      input: { email: `invitee-${Math.random()}@example.com`, name: "New Person", role: "admin" },
      effect: () => count("users"),
    }),
  },
  resendInvitationAction: {
    who: "D",
    prepare: async () => {
      const invited = await makeInvitation(fx.editor);
      return {
        input: { id: invited.id },
        effect: () => rows(sql`select token_hash from account_links where user_id = ${invited.id} order by created_at`),
      };
    },
  },
  cancelInvitationAction: {
    who: "D",
    prepare: async () => {
      const invited = await makeInvitation(fx.editor);
      return { input: { id: invited.id }, effect: () => count("users", sql`id = ${invited.id}`) };
    },
  },
  // The mailed links' actions are open to anyone: the token is the credential, and it is spent once.
  requestPasswordResetAction: {
    who: "AJED",
    prepare: async () => {
      const t = await makeStaff("journalist");
      return { input: { email: t.email }, effect: () => count("account_links", sql`user_id = ${t.id}`) };
    },
  },
  acceptInvitationAction: {
    who: "AJED",
    prepare: async () => {
      const invited = await makeInvitation(fx.editor);
      const password = "my-own-chosen-phrase-31";
      return {
        input: { token: invited.token, password, confirm: password },
        effect: () => rows(sql`select password_hash from users where id = ${invited.id}`),
      };
    },
  },
  resetPasswordWithLinkAction: {
    who: "AJED",
    prepare: async () => {
      const t = await makeStaff("journalist");
      const token = await makeResetLink(t.email);
      const password = "my-new-chosen-phrase-32";
      return {
        input: { token, password, confirm: password },
        effect: () => rows(sql`select password_hash from users where id = ${t.id}`),
      };
    },
  },
  endStaffSessionsAction: {
    who: "D",
    prepare: async () => {
      const t = await makeStaff("journalist");
      return { input: { id: t.id }, effect: () => rows(sql`select revoked_at from sessions where user_id = ${t.id}`) };
    },
  },
  saveFrontPageAction: {
    who: "ED",
    prepare: async () => {
      const s = await story(fx.editor, "published");
      return {
        input: { layout: JSON.stringify({ lead: s.id, top: [], pins: [], sections: [] }) },
        effect: () => count("front_page_layouts"),
      };
    },
  },
  restoreFrontPageAction: {
    who: "ED",
    prepare: async () => ({
      input: { id: await saveFrontLayout(await writer(), emptyFrontLayout, fx.editor) },
      effect: () => count("front_page_layouts"),
    }),
  },
  postBannerAction: {
    who: "ED",
    prepare: async () => ({
      input: { text: "Breaking", href: "/local", endsAt: new Date(Date.now() + 3_600_000).toISOString() },
      effect: () => count("breaking_banners"),
    }),
  },
  // A journalist holds live.post but reports none of these stories (an editor wrote them): refused as not theirs.
  goLiveAction: {
    who: "ED",
    prepare: async () => {
      const s = await story(fx.editor, "published");
      return { input: { id: s.id }, effect: () => count("live_coverage", sql`story_id = ${s.id}`) };
    },
  },
  endCoverageAction: {
    who: "ED",
    prepare: async () => {
      const l = await liveStory();
      return {
        input: { id: l.id },
        effect: () => rows(sql`select ended_at from live_coverage where story_id = ${l.id}`),
      };
    },
  },
  postLiveUpdateAction: {
    who: "ED",
    prepare: async () => {
      const l = await liveStory();
      return {
        input: { id: l.id, body: "Crews arrive", key: "on" },
        effect: () => count("live_updates", sql`story_id = ${l.id}`),
      };
    },
  },
  editLiveUpdateAction: {
    who: "ED",
    prepare: async () => {
      const l = await liveStory(1);
      return {
        input: { id: l.id, updateId: l.updates[0], body: "Changed", linkUrl: "https://example.com/" },
        effect: () => rows(sql`select body from live_updates where story_id = ${l.id}`),
      };
    },
  },
  removeLiveUpdateAction: {
    who: "ED",
    prepare: async () => {
      const l = await liveStory(1);
      return {
        input: { id: l.id, updateId: l.updates[0] },
        effect: () => count("live_updates", sql`story_id = ${l.id} and removed_at is null`),
      };
    },
  },
  planStoryAction: {
    who: "ED",
    prepare: async () => ({
      input: { slugLine: "COUNCIL-VOTE", sectionId: fx.section, due: "2026-12-10T10:00", slot: "lead" },
      effect: () => count("story_plans"),
    }),
  },
  // Makes the reporter's draft: the effect is the plan's link to it.
  assignPlanAction: {
    who: "ED",
    prepare: async () => {
      const p = { slugLine: "FIRE", notes: "", sectionId: fx.section, reporterId: null, editorId: null, slot: null };
      const id = await createPlan(testDb().db, { ...p, dueAt: new Date() }, fx.editor);
      return {
        input: { planId: id, reporterId: fx.target },
        effect: () => rows(sql`select story_id from story_plans where id = ${id}`),
      };
    },
  },
  updatePlanAction: {
    who: "ED",
    prepare: async () => {
      const p = { slugLine: "FIRE", notes: "", sectionId: fx.section, reporterId: null, editorId: null, slot: null };
      const id = await createPlan(testDb().db, { ...p, dueAt: new Date() }, fx.editor);
      return {
        input: { planId: id, slugLine: "FIRE-UPDATE", sectionId: fx.section, due: "2026-12-10T10:00" },
        effect: () => rows(sql`select slug_line from story_plans where id = ${id}`),
      };
    },
  },
  deletePlanAction: {
    who: "ED",
    prepare: async () => {
      const p = { slugLine: "FLOOD", notes: "", sectionId: fx.section, reporterId: null, editorId: null, slot: null };
      const id = await createPlan(testDb().db, { ...p, dueAt: new Date() }, fx.editor);
      return { input: { planId: id }, effect: () => rows(sql`select id from story_plans where id = ${id}`) };
    },
  },
  takeDownBannerAction: {
    who: "ED",
    prepare: async () => {
      await postBanner(
        await writer(),
        { text: "Breaking", href: "/local", endsAt: new Date(Date.now() + 3_600_000) },
        fx.editor,
      );
      return { input: {}, effect: () => count("breaking_banners", sql`taken_down_at is null`) };
    },
  },
};

const ownership = "That story does not exist, or you cannot open it.";
const role = "Your role cannot do that.";
const denied = deniedState.message ?? "";
const afterSubmit = (s: string) =>
  `This story is ${s} now and only an editor can change it. Your text is kept in this browser; copy it and send it to an editor.`;

// A journalist on stories of their own: past the ownership check, each call meets the role and status rules.
// `refusal` is the exact answer the rule gives (never the ownership one); null means allowed, with its effect.
const own: {
  action: string;
  what: string;
  on: "draft" | "in_review" | "published";
  input: (s: Made) => ActionInput;
  refusal: string | null;
}[] = [
  { action: "saveStoryAction", what: "save own draft", on: "draft", input: (s) => save(s, "Mine"), refusal: null },
  {
    action: "saveStoryAction",
    what: "save after submit",
    on: "in_review",
    input: (s) => save(s, "Mine"),
    refusal: afterSubmit("in review"),
  },
  {
    action: "saveStoryAction",
    what: "propose an edit to own live story",
    on: "published",
    input: (s) => save(s, "Mine"),
    refusal: null,
  },
  {
    action: "transitionStoryAction",
    what: "submit own draft",
    on: "draft",
    input: (s) => ({ id: s.id, version: s.version, transition: "submit" }),
    refusal: null,
  },
  {
    action: "transitionStoryAction",
    what: "publish own story",
    on: "in_review",
    input: (s) => ({ id: s.id, version: s.version, transition: "publish" }),
    refusal: role,
  },
  {
    action: "transitionStoryAction",
    what: "approve own story",
    on: "in_review",
    input: (s) => ({ id: s.id, version: s.version, transition: "approve" }),
    refusal: role,
  },
  {
    action: "transitionStoryAction",
    what: "return own story",
    on: "in_review",
    input: (s) => ({ id: s.id, version: s.version, transition: "return", note: "Fix it" }),
    refusal: role,
  },
  {
    action: "transitionStoryAction",
    what: "schedule own story",
    on: "draft",
    input: (s) => ({
      id: s.id,
      version: s.version,
      transition: "schedule",
      scheduledAt: new Date(Date.now() + 3_600_000).toISOString(),
    }),
    refusal: role,
  },
  {
    action: "transitionStoryAction",
    what: "unpublish own story",
    on: "published",
    input: (s) => ({ id: s.id, version: s.version, transition: "unpublish" }),
    refusal: role,
  },
  { action: "heartbeatAction", what: "lock own draft", on: "draft", input: (s) => ({ id: s.id }), refusal: null },
  {
    action: "heartbeatAction",
    what: "lock own story after submit",
    on: "in_review",
    input: (s) => ({ id: s.id }),
    refusal: denied,
  },
  { action: "takeOverAction", what: "take over own story", on: "draft", input: (s) => ({ id: s.id }), refusal: denied },
  {
    action: "restoreRevisionAction",
    what: "restore own draft",
    on: "draft",
    input: (s) => ({ id: s.id, version: s.version, revisionId: s.revision }),
    refusal: null,
  },
  {
    action: "restoreRevisionAction",
    what: "restore after submit",
    on: "in_review",
    input: (s) => ({ id: s.id, version: s.version, revisionId: s.revision }),
    refusal: afterSubmit("in review"),
  },
  {
    action: "translateStoryAction",
    what: "translate own story",
    on: "published",
    input: (s) => ({ id: s.id, language: "ko" }),
    refusal: null,
  },
  {
    action: "addNoteAction",
    what: "note on own story",
    on: "in_review",
    input: (s) => ({ id: s.id, body: "Mine" }),
    refusal: null,
  },
  {
    action: "createPreviewLinkAction",
    what: "share own draft",
    on: "draft",
    input: (s) => ({ id: s.id, hours: 1 }),
    refusal: null,
  },
];

/** Every row of every table in the public schema, hashed: equal before and after a refused call. */
async function fingerprint(): Promise<string> {
  const { db } = testDb();
  const list = await db.execute(
    sql`select table_name as t from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' and table_name <> '__drizzle_migrations' order by 1`,
  );
  const tables = (list as unknown as { rows: { t: string }[] }).rows.map((r) => r.t);
  expect(tables.length).toBeGreaterThanOrEqual(20);
  // One statement for every table: the matrix takes some 500 fingerprints, and a query per table each time was a
  // fifth of its time on PGlite.
  const hashes = await db.execute(
    sql.raw(
      tables
        .map(
          (t) =>
            `select '${t}' as t, (select md5(coalesce(string_agg(x::text, '|' order by x::text), '')) from "${t}" x) as h`,
        )
        .join(" union all "),
    ),
  );
  return (hashes as unknown as { rows: { t: string; h: string }[] }).rows.map((r) => `${r.t}:${r.h}`).join(",");
}

async function call(name: string, input: ActionInput): Promise<{ ok?: boolean; message?: string } | "redirected"> {
  const mod = serverModules.find((f) => fs.readFileSync(f, "utf8").includes(`${name} = deskAction(`))!;
  const action = (await import(mod))[name] as (prev: unknown, input: ActionInput) => Promise<{ message?: string }>;
  try {
    return await action(undefined, input);
  } catch (error) {
    if (String((error as { digest?: string }).digest ?? "").startsWith("NEXT_REDIRECT")) return "redirected";
    throw error;
  }
}
const succeeded = (r: Awaited<ReturnType<typeof call>>) => r === "redirected" || r.ok === true;

const refusals = [
  deniedState.message,
  ownership,
  "You can change the words of photos you uploaded; ask an editor for this one.",
];

describe("role matrix", () => {
  beforeAll(async () => {
    const { db } = testDb();
    for (const f of serverModules) await import(f);
    fx.editor = (await makeStaff("editor")).id;
    const target = await makeStaff("journalist");
    fx.target = target.id;
    fx.targetSession = target.claims.sid;
    const [section] = await db.insert(sections).values({ slug: "local", name: "Local" }).returning();
    const [author] = await db.insert(authors).values({ slug: "a", name: "A" }).returning();
    fx.section = section!.id;
    fx.author = author!.id;
  });
  afterAll(() => {
    session.claims = null;
  });

  it("finds every server action by its module's directive, each built by deskAction and in the policy", async () => {
    const exported: string[] = [];
    for (const f of serverModules)
      for (const [name, value] of Object.entries(await import(f))) if (typeof value === "function") exported.push(name);
    expect(exported.length).toBeGreaterThan(15);
    // Server actions live only in modules marked at the top, which the lines above read: none declared inline.
    expect(directiveLines.filter((f) => !serverModules.includes(f))).toEqual([]);
    expect(exported.filter((n) => !actionRegistry.has(n) && !plainPublicActions.has(n))).toEqual([]);
    expect([...actionRegistry.keys()].sort()).toEqual(Object.keys(policy).sort());
  });

  // One test per action, so scripts/mutations.ts can run just the row of the action whose guard it removed.
  describe("runs every action as each role: a refused call writes nothing, an allowed one does its work", () => {
    const table: Record<string, Record<string, string>> = {};
    afterAll(() => console.table(table));
    for (const name of Object.keys(policy)) {
      it(name, { timeout: 60_000 }, async () => {
        const spec = actionRegistry.get(name)!;
        table[name] = {};
        for (const who of ["anonymous", "journalist", "editor", "admin"] as Who[]) {
          // A fresh account and fresh fixtures per call: some actions end the caller's own sessions, others use up
          // what they act on (a story published once cannot be published again).
          const me = who === "anonymous" ? null : await makeStaff(who);
          session.claims = me?.claims ?? null;
          // The capability in the registry agrees with the policy for the roles it lets in.
          const capable = permits(await resolveActor(session.claims), spec.capability);
          if (who !== "anonymous")
            expect(
              capable || !policy[name]!.who.includes(whoLetter[who]),
              `${name}: ${spec.capability} for ${who}`,
            ).toBe(true);
          const { input, effect } = await policy[name]!.prepare(me);
          const before = await fingerprint();
          const rowsBefore = await effect();
          const result = await call(name, input);
          const expected = policy[name]!.who.includes(whoLetter[who]);
          table[name][who] = succeeded(result) ? "allow" : "deny";
          if (expected) {
            expect(succeeded(result), `${name} as ${who}: ${JSON.stringify(result)}`).toBe(true);
            expect(await effect(), `${name} as ${who} changed nothing`).not.toBe(rowsBefore);
          } else {
            expect(
              result !== "redirected" && refusals.includes(result.message ?? ""),
              `${name} as ${who}: ${JSON.stringify(result)}`,
            ).toBe(true);
            expect(await fingerprint(), `${name} as ${who} wrote to the database`).toBe(before);
          }
        }
      });
    }
  });

  it(
    "a journalist on their own stories meets the role and status rules, not the ownership check",
    { timeout: 120_000 },
    async () => {
      const table: Record<string, string> = {};
      for (const c of own) {
        const me = await makeStaff("journalist");
        session.claims = me.claims;
        const s = await story(me.id, c.on);
        const before = await fingerprint();
        const rowsBefore =
          (await storyRow(s.id)) +
          (await count("editorial_notes")) +
          (await count("preview_links")) +
          (await count("stories"));
        const result = await call(c.action, c.input(s));
        table[c.what] = succeeded(result) ? "allow" : "deny";
        if (c.refusal === null) {
          expect(succeeded(result), `${c.what}: ${JSON.stringify(result)}`).toBe(true);
          expect(
            (await storyRow(s.id)) +
              (await count("editorial_notes")) +
              (await count("preview_links")) +
              (await count("stories")),
            `${c.what} changed nothing`,
          ).not.toBe(rowsBefore);
        } else {
          expect(result, c.what).toMatchObject({ ok: false, message: c.refusal });
          expect(await fingerprint(), `${c.what} wrote to the database`).toBe(before);
        }
      }
      console.table(table);
      // An edit to one's own live story is a proposal: the working copy changes, what readers see does not.
      const me = await makeStaff("journalist");
      session.claims = me.claims;
      const live = await story(me.id, "published");
      expect(await call("saveStoryAction", save(live, "Proposed"))).toMatchObject({ ok: true });
      expect(JSON.parse(await storyRow(live.id))[0]).toMatchObject({
        status: "published",
        headline: "Ready",
        w: "Proposed",
      });
    },
  );

  it("ending another user's session is refused, writes nothing, and leaves it alive", async () => {
    for (const who of ["journalist", "editor", "admin"] as const) {
      const victim = await makeStaff("journalist");
      session.claims = (await makeStaff(who)).claims;
      const before = await fingerprint();
      expect(await call("endSessionAction", { sessionId: victim.claims.sid }), who).toMatchObject({
        ok: false,
        message: "That session had already ended.",
      });
      expect(await fingerprint(), who).toBe(before);
      expect(await resolveActor(victim.claims), who).not.toBeNull();
    }
  });

  it("every desk page and every route handler has an entry, and each desk page calls its guard", () => {
    const pages = appFiles
      .filter(
        (f) =>
          /page\.tsx$/.test(f) &&
          !f.includes(`${path.sep}(site)${path.sep}`) &&
          !f.includes(`${path.sep}preview${path.sep}[token]`),
      )
      .map(routeOf);
    expect(pages.filter((p) => !(p in deskPages))).toEqual([]);
    const routes = appFiles.filter((f) => /route\.ts$/.test(f)).map(routeOf);
    expect(routes.filter((r) => !(r in deskRouteHandlers))).toEqual([]);
    for (const f of appFiles.filter((x) => /page\.tsx$/.test(x) && x.includes(`${path.sep}admin${path.sep}`))) {
      const route = routeOf(f);
      expect(fs.readFileSync(f, "utf8").replace(/\/\/.*$|\/\*[\s\S]*?\*\//gm, ""), f).toMatch(
        new RegExp(`await requirePage\\("${route.replace(/[[\]]/g, "\\$&")}"\\)`),
      );
    }
  });
});

describe("sessions and roles", () => {
  it("a deactivated user's session resolves to nobody on its next request", async () => {
    const admin = await makeStaff("admin");
    const staff = await makeStaff("editor");
    expect(await resolveActor(staff.claims)).not.toBeNull();
    await setUserActive(await writer(), staff.id, false, admin.id);
    expect(await resolveActor(staff.claims)).toBeNull();
    expect(await resolveActor({ ...staff.claims, sv: 2 })).toBeNull(); // inactive, whatever the version
  });

  it("a demoted editor's publish of their own story is refused by the role rule, and nothing changes", async () => {
    const admin = await makeStaff("admin");
    const staff = await makeStaff("editor");
    const mine = await story(staff.id, "in_review");
    await setUserRole(await writer(), staff.id, "journalist", admin.id);
    expect(await resolveActor(staff.claims)).toBeNull(); // the old cookie is void
    session.claims = { ...staff.claims, sv: (await resolveActor({ ...staff.claims, sv: 2 }))!.sessionVersion };
    const before = await fingerprint();
    const result = await call("transitionStoryAction", { id: mine.id, version: mine.version, transition: "publish" });
    expect(result).toMatchObject({ ok: false, message: role });
    expect(await fingerprint()).toBe(before);
  });

  it("a journalist on a live story's byline may post to it, but not end its coverage", async () => {
    const { db } = testDb();
    const reporter = await makeStaff("journalist");
    const live = await liveStory();
    const [byline] = await db
      .insert(authors)
      .values({ slug: `r-${reporter.id}`, name: "Reporter", userId: reporter.id })
      .returning();
    await db.execute(
      sql`insert into story_authors (story_id, author_id, position) values (${live.id}, ${byline!.id}, 1)`,
    );
    session.claims = reporter.claims;
    expect(await call("postLiveUpdateAction", { id: live.id, body: "From the scene" })).toMatchObject({ ok: true });
    expect(await call("endCoverageAction", { id: live.id })).toMatchObject({ message: deniedState.message });
  });

  it("sign out everywhere ends every session of that user", async () => {
    const staff = await makeStaff("journalist");
    await endAllSessions(await writer(), staff.id);
    expect(await resolveActor(staff.claims)).toBeNull();
  });

  it("a user who must change their password can do only that", async () => {
    const staff = await makeStaff("admin");
    await testDb().db.execute(sql`update users set must_change_password = true where id = ${staff.id}`);
    session.claims = staff.claims;
    const settings = await policy.updateSettingsAction!.prepare(staff);
    const newStaff = await policy.createStaffAction!.prepare(staff);
    const before = await fingerprint();
    expect(await call("updateSettingsAction", settings.input)).toMatchObject({ message: deniedState.message });
    expect(await call("createStaffAction", newStaff.input)).toMatchObject({ message: deniedState.message });
    expect(await fingerprint()).toBe(before);
    expect(await call("updateProfileAction", { name: "Still Me" })).toMatchObject({ ok: true });
  });
});
