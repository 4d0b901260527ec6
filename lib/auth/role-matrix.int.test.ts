import fs from "node:fs";
import path from "node:path";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createStory } from "@/db/mutations/stories";
import { postLiveUpdate, startCoverage } from "@/db/mutations/live";
import { createPreviewLink } from "@/db/mutations/story-desk";
import { applyTransition } from "@/db/mutations/story-workflow";
import { endAllSessions, setUserActive, setUserRole } from "@/db/mutations/users";
import { authors, media, revisions, sections } from "@/db/schema";
import { permits, resolveActor } from "@/lib/auth/actor";
import { actionRegistry, type ActionInput } from "@/lib/desk-action";
import { deskPages, deskRouteHandlers } from "@/lib/desk-registry";
import { deniedState } from "@/lib/form-state";
import { withTestDatabase } from "@/test/db";
import { makeStaff } from "@/test/staff";
import { emptyWorkingCopy } from "@/lib/story/model";

// The session cookie is Auth.js's business; from the claims on, everything is real: the user is read from the
// database, the action's own guard decides, and a refusal must leave every table as it was.
const session = vi.hoisted(() => ({ claims: null as { uid: string; sv: number; sid?: string } | null }));
vi.mock("@/auth", () => ({ auth: async () => session.claims, signIn: async () => undefined, signOut: async () => undefined }));
vi.mock("next-auth", () => ({ AuthError: class AuthError extends Error {} }));
// Cache expiry needs a request in flight; what it would expire is tested in e2e.
vi.mock("next/cache", () => ({ revalidateTag: () => undefined, revalidatePath: () => undefined, updateTag: () => undefined }));

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
const routeOf = (file: string) => "/" + path.relative(path.resolve("app"), path.dirname(file)).split(path.sep).filter((s) => !/^\(.*\)$/.test(s)).join("/");
/** Every module that declares server actions, found by its directive, not by its name. */
const serverModules = appFiles.filter((f) => /\.(ts|tsx)$/.test(f) && /^\s*(["'])use server\1/.test(fs.readFileSync(f, "utf8")));

// Sign-in and sign-out are Auth.js flows, open to anyone by nature; every other action is built by deskAction().
const plainPublicActions = new Set(["loginAction", "signOutAction"]);

type Who = "anonymous" | "journalist" | "editor" | "admin";
const whoLetter: Record<Who, string> = { anonymous: "A", journalist: "J", editor: "E", admin: "D" };

// Fixture rows the calls aim at: a story an editor wrote (so a journalist's ownership never lets them in).
const fx = {} as { published: string; live: string; liveEnd: string; update: string; update2: string; targetSession: string; photo: string; story: string; ready: string; readyVersion: number; revision: string; link: string; target: string; section: string; author: string };

// Who may run each action on the fixture (A anonymous, J journalist, E editor, D admin), and an input that would
// change something if the guard let it through. An action without a line here fails the suite.
const policy: Record<string, { who: string; input: () => ActionInput }> = {
  createStoryAction: { who: "JED", input: () => ({ sectionId: fx.section }) },
  saveStoryAction: { who: "ED", input: () => ({ id: fx.story, version: 1, autosave: false, working: emptyWorkingCopy({ sectionId: fx.section, headline: "Overwritten" }) }) },
  transitionStoryAction: { who: "ED", input: () => ({ id: fx.ready, version: fx.readyVersion, transition: "publish" }) },
  heartbeatAction: { who: "ED", input: () => ({ id: fx.story }) },
  takeOverAction: { who: "ED", input: () => ({ id: fx.story }) },
  addNoteAction: { who: "ED", input: () => ({ id: fx.story, body: "A note" }) },
  restoreRevisionAction: { who: "ED", input: () => ({ id: fx.story, version: 1, revisionId: fx.revision }) },
  createPreviewLinkAction: { who: "ED", input: () => ({ id: fx.story, hours: 2 }) },
  revokePreviewLinkAction: { who: "ED", input: () => ({ id: fx.story, linkId: fx.link }) },
  updateMediaAction: { who: "ED", input: () => ({ id: fx.photo, alt: "Changed alt", caption: "Changed", credit: "Changed" }) },
  createAuthorAction: { who: "ED", input: () => ({ name: "New Byline", kind: "person", publicEmail: "", bio: "" }) },
  createStaffAction: { who: "D", input: () => ({ email: `new-${Math.random()}@example.com`, name: "New Person", role: "admin", password: "a-quite-long-pass-phrase-91" }) },
  changeRoleAction: { who: "D", input: () => ({ id: fx.target, role: "admin" }) },
  setActiveAction: { who: "D", input: () => ({ id: fx.target, active: "false" }) },
  resetPasswordAction: { who: "D", input: () => ({ id: fx.target, password: "another-long-pass-phrase-77" }) },
  updateSettingsAction: {
    who: "D",
    input: () => ({ siteName: "Taken Over", tagline: "", timeZone: "UTC", weatherCity: "X", weatherLatitude: "1", weatherLongitude: "1", weatherUnits: "celsius", adPlacement: "none", adAfterParagraph: "3", adScriptUrl: "" }),
  },
  changePasswordAction: { who: "JED", input: () => ({ current: "a-long-test-password-42", password: "a-brand-new-pass-phrase-3", confirm: "a-brand-new-pass-phrase-3" }) },
  updateProfileAction: { who: "JED", input: () => ({ name: "Renamed" }) },
  signOutEverywhereAction: { who: "JED", input: () => ({}) },
  endSessionAction: { who: "JED", input: () => ({ sessionId: fx.targetSession }) },
  endStaffSessionsAction: { who: "D", input: () => ({ id: fx.target }) },
  // A journalist holds live.post but reports none of these stories (an editor wrote them): refused as not theirs.
  goLiveAction: { who: "ED", input: () => ({ id: fx.published }) },
  endCoverageAction: { who: "ED", input: () => ({ id: fx.liveEnd }) },
  postLiveUpdateAction: { who: "ED", input: () => ({ id: fx.live, body: "Crews arrive", key: "on" }) },
  editLiveUpdateAction: { who: "ED", input: () => ({ id: fx.live, updateId: fx.update, body: "Changed", linkUrl: "https://example.com/" }) },
  removeLiveUpdateAction: { who: "ED", input: () => ({ id: fx.live, updateId: fx.update2 }) },
};

/** Every row of every table, hashed: equal before and after a refused call, or something was written. */
async function fingerprint(): Promise<string> {
  const { db } = testDb();
  const tables = ["stories", "revisions", "editorial_notes", "preview_links", "users", "authors", "media", "site_settings", "audit_events", "story_redirects", "story_media", "tags", "corrections", "live_coverage", "live_updates"];
  const parts = [];
  for (const t of tables) {
    const r = await db.execute(sql.raw(`select md5(coalesce(string_agg(x::text, '|' order by x::text), '')) as h from ${t} x`));
    parts.push((r as unknown as { rows: { h: string }[] }).rows[0]!.h);
  }
  return parts.join(",");
}

async function call(name: string, input: ActionInput): Promise<{ message?: string } | "redirected"> {
  const mod = serverModules.find((f) => fs.readFileSync(f, "utf8").includes(`${name} = deskAction(`))!;
  const action = (await import(mod))[name] as (prev: unknown, input: ActionInput) => Promise<{ message?: string }>;
  try {
    return await action(undefined, input);
  } catch (error) {
    if (String((error as { digest?: string }).digest ?? "").startsWith("NEXT_REDIRECT")) return "redirected";
    throw error;
  }
}

const refusals = [deniedState.message, "That story does not exist, or you cannot open it.", "You can change the words of photos you uploaded; ask an editor for this one."];

describe("role matrix", () => {
  beforeAll(async () => {
    const { db } = testDb();
    for (const f of serverModules) await import(f);
    const editor = await makeStaff("editor");
    const target = await makeStaff("journalist");
    fx.target = target.id;
    fx.targetSession = target.claims.sid;
    const [section] = await db.insert(sections).values({ slug: "local", name: "Local" }).returning();
    const [author] = await db.insert(authors).values({ slug: "a", name: "A" }).returning();
    const [photo] = await db.insert(media).values({ storageKey: "m/x.jpg", mimeType: "image/jpeg", width: 1, height: 1, bytes: 1, altText: "a", caption: "c", credit: "r" }).returning();
    fx.section = section!.id;
    fx.photo = photo!.id;
    fx.author = author!.id;
    const ready = emptyWorkingCopy({ sectionId: section!.id, headline: "Ready", slug: "ready", authorIds: [author!.id], heroMediaId: photo!.id });
    fx.story = await createStory(db, { ...ready, slug: "draft-one", headline: "Editor's draft" }, editor.id);
    fx.ready = await createStory(db, ready, editor.id);
    await applyTransition(db, fx.ready, 1, "submit", editor.id);
    fx.readyVersion = 2;
    fx.revision = (await db.select({ id: revisions.id }).from(revisions).limit(1))[0]!.id;
    await createPreviewLink(db, fx.story, 1, editor.id);
    fx.link = ((await db.execute(sql`select id from preview_links limit 1`)) as unknown as { rows: { id: string }[] }).rows[0]!.id;
    const published = async (slug: string) => {
      const id = await createStory(db, { ...ready, slug }, editor.id);
      await applyTransition(db, id, 1, "publish", editor.id);
      return id;
    };
    fx.published = await published("on-air");
    fx.live = await published("live-one");
    fx.liveEnd = await published("live-two");
    for (const id of [fx.live, fx.liveEnd]) await startCoverage(db, id, editor.id);
    const text = { body: "First", mediaId: null, caption: null, credit: null, linkUrl: null, key: false };
    const posted = [await postLiveUpdate(db, fx.live, text, editor.id), await postLiveUpdate(db, fx.live, text, editor.id)];
    [fx.update, fx.update2] = posted.map((p) => (p.ok ? p.id! : "")) as [string, string];
  });
  afterAll(() => {
    session.claims = null;
  });

  it("finds every server action by its module's directive, each built by deskAction and in the policy", async () => {
    const exported: string[] = [];
    for (const f of serverModules) for (const [name, value] of Object.entries(await import(f))) if (typeof value === "function") exported.push(name);
    expect(exported.length).toBeGreaterThan(15);
    expect(exported.filter((n) => !actionRegistry.has(n) && !plainPublicActions.has(n))).toEqual([]);
    expect([...actionRegistry.keys()].sort()).toEqual(Object.keys(policy).sort());
  });

  it("runs every action as each role, and a refused call writes nothing", { timeout: 300_000 }, async () => {
    const table: Record<string, Record<string, string>> = {};
    for (const [name, spec] of actionRegistry) {
      table[name] = {};
      for (const who of ["anonymous", "journalist", "editor", "admin"] as Who[]) {
        // A fresh account per call: some actions end the caller's own sessions.
        session.claims = who === "anonymous" ? null : (await makeStaff(who)).claims;
        // The capability in the registry agrees with the policy for the roles it lets in.
        const capable = permits(await resolveActor(session.claims), spec.capability);
        if (who !== "anonymous") expect(capable || !policy[name]!.who.includes(whoLetter[who]), `${name}: ${spec.capability} for ${who}`).toBe(true);
        const before = await fingerprint();
        const result = await call(name, policy[name]!.input());
        const refused = result !== "redirected" && refusals.includes(result.message ?? "");
        const expected = policy[name]!.who.includes(whoLetter[who]);
        table[name][who] = refused ? "deny" : "allow";
        expect(refused, `${name} as ${who}: ${JSON.stringify(result)}`).toBe(!expected);
        if (refused) expect(await fingerprint(), `${name} as ${who} wrote to the database`).toBe(before);
      }
    }
    console.table(table);
  });

  it("every desk page and every route handler has an entry, and each desk page calls its guard", () => {
    const pages = appFiles.filter((f) => /page\.tsx$/.test(f) && !f.includes(`${path.sep}(site)${path.sep}`) && !f.includes(`${path.sep}preview${path.sep}[token]`)).map(routeOf);
    expect(pages.filter((p) => !(p in deskPages))).toEqual([]);
    const routes = appFiles.filter((f) => /route\.ts$/.test(f)).map(routeOf);
    expect(routes.filter((r) => !(r in deskRouteHandlers))).toEqual([]);
    for (const f of appFiles.filter((x) => /page\.tsx$/.test(x) && x.includes(`${path.sep}admin${path.sep}`))) {
      const route = routeOf(f);
      expect(fs.readFileSync(f, "utf8").replace(/\/\/.*$|\/\*[\s\S]*?\*\//gm, ""), f).toMatch(new RegExp(`await requirePage\\("${route.replace(/[[\]]/g, "\\$&")}"\\)`));
    }
  });
});

describe("sessions and roles", () => {
  it("a deactivated user's session resolves to nobody on its next request", async () => {
    const admin = await makeStaff("admin");
    const staff = await makeStaff("editor");
    expect(await resolveActor(staff.claims)).not.toBeNull();
    await setUserActive(staff.id, false, admin.id);
    expect(await resolveActor(staff.claims)).toBeNull();
    expect(await resolveActor({ ...staff.claims, sv: 2 })).toBeNull(); // inactive, whatever the version
  });

  it("a demoted editor's publish is refused by the action, and nothing changes", async () => {
    const admin = await makeStaff("admin");
    const staff = await makeStaff("editor");
    await setUserRole(staff.id, "journalist", admin.id);
    expect(await resolveActor(staff.claims)).toBeNull(); // the old cookie is void
    session.claims = { ...staff.claims, sv: (await resolveActor({ ...staff.claims, sv: 2 }))!.sessionVersion };
    const before = await fingerprint();
    const result = await call("transitionStoryAction", policy.transitionStoryAction!.input());
    expect(result).toMatchObject({ ok: false, message: "That story does not exist, or you cannot open it." });
    expect(await fingerprint()).toBe(before);
  });

  it("a journalist on a live story's byline may post to it, but not end its coverage", async () => {
    const { db } = testDb();
    const reporter = await makeStaff("journalist");
    const [byline] = await db.insert(authors).values({ slug: `r-${reporter.id}`, name: "Reporter", userId: reporter.id }).returning();
    await db.execute(sql`insert into story_authors (story_id, author_id, position) values (${fx.live}, ${byline!.id}, 1)`);
    session.claims = reporter.claims;
    expect(await call("postLiveUpdateAction", { id: fx.live, body: "From the scene" })).toMatchObject({ ok: true });
    expect(await call("endCoverageAction", { id: fx.live })).toMatchObject({ message: deniedState.message });
  });

  it("sign out everywhere ends every session of that user", async () => {
    const staff = await makeStaff("journalist");
    await endAllSessions(staff.id);
    expect(await resolveActor(staff.claims)).toBeNull();
  });

  it("a user who must change their password can do only that", async () => {
    const staff = await makeStaff("admin");
    await testDb().db.execute(sql`update users set must_change_password = true where id = ${staff.id}`);
    session.claims = staff.claims;
    const before = await fingerprint();
    expect(await call("updateSettingsAction", policy.updateSettingsAction!.input())).toMatchObject({ message: deniedState.message });
    expect(await call("createStaffAction", policy.createStaffAction!.input())).toMatchObject({ message: deniedState.message });
    expect(await fingerprint()).toBe(before);
    expect(await call("updateProfileAction", { name: "Still Me" })).toMatchObject({ ok: true });
  });
});
