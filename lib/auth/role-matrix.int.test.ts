import fs from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { endAllSessions, setUserActive, setUserRole } from "@/db/mutations/users";
import { canEditStory, permits, resolveActor, type Actor } from "@/lib/auth/actor";
import { roles } from "@/lib/capabilities";
import { deskActions, deskPages, deskRouteHandlers } from "@/lib/desk-registry";
import { withTestDatabase } from "@/test/db";
import { makeStaff } from "@/test/staff";

withTestDatabase();

// The policy, written out by hand: who may reach each page, action and route handler (A = anonymous,
// J = journalist, E = editor, D = admin). The registry and capability table must produce exactly this.
const policy: Record<string, string> = {
  "page /admin": "JED", "page /admin/stories": "JED", "page /admin/stories/[id]": "JED", "page /admin/authors": "ED",
  "page /admin/staff": "D", "page /admin/settings": "D", "page /admin/account": "JED", "page /login": "AJED",
  "action loginAction": "AJED", "action signOutAction": "AJED", "action updateStoryAction": "JED",
  "action publishStoryAction": "ED", "action unpublishStoryAction": "ED", "action createAuthorAction": "ED",
  "action createStaffAction": "D", "action changeRoleAction": "D", "action setActiveAction": "D",
  "action resetPasswordAction": "D", "action updateSettingsAction": "D", "action changePasswordAction": "JED",
  "action updateProfileAction": "JED", "action signOutEverywhereAction": "JED",
  "action endSessionAction": "JED", "action endStaffSessionsAction": "D",
  "route /api/auth/[...nextauth]": "AJED", "route /media/[...key]": "AJED", "route /feed.xml": "AJED",
  "route /feeds/section/[slug]": "AJED", "route /feeds/author/[slug]": "AJED", "route /sitemap.xml": "AJED",
  "route /news-sitemap.xml": "AJED", "route /robots.txt": "AJED",
};
const entries = [
  ...Object.entries(deskPages).map(([k, c]) => [`page ${k}`, c] as const),
  ...Object.entries(deskActions).map(([k, c]) => [`action ${k}`, c] as const),
  ...Object.entries(deskRouteHandlers).map(([k, c]) => [`route ${k}`, c] as const),
];
const letter = { anonymous: "A", journalist: "J", editor: "E", admin: "D" } as const;

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

describe("role matrix", () => {
  const actors: Record<string, Actor | null> = { anonymous: null };
  beforeAll(async () => {
    for (const role of roles) actors[role] = await resolveActor((await makeStaff(role)).claims);
  });

  it("every exported …Action in app/**/actions.ts has an entry", () => {
    const exported = appFiles.filter((f) => f.endsWith("actions.ts"))
      .flatMap((f) => [...fs.readFileSync(f, "utf8").matchAll(/export\s+async\s+function\s+(\w+Action)\b/g)].map((m) => m[1]!));
    expect(exported.length).toBeGreaterThan(10);
    expect(exported.filter((name) => !(name in deskActions))).toEqual([]);
  });

  it("every desk page and every route handler has an entry", () => {
    const pages = appFiles.filter((f) => /page\.tsx$/.test(f) && !f.includes(`${path.sep}(site)${path.sep}`)).map(routeOf);
    expect(pages.filter((p) => !(p in deskPages))).toEqual([]);
    const routes = appFiles.filter((f) => /route\.ts$/.test(f)).map(routeOf);
    expect(routes.filter((r) => !(r in deskRouteHandlers))).toEqual([]);
  });

  it("each page and action runs its registered guard (pages: requirePage, actions: guardAction)", () => {
    for (const f of appFiles.filter((x) => /page\.tsx$/.test(x) && !x.includes(`${path.sep}(site)${path.sep}`))) {
      const route = routeOf(f);
      if (deskPages[route as keyof typeof deskPages] === "public") continue;
      expect(fs.readFileSync(f, "utf8"), f).toContain(`requirePage("${route}")`);
    }
    for (const f of appFiles.filter((x) => x.endsWith("actions.ts"))) {
      const src = fs.readFileSync(f, "utf8");
      for (const [, name] of src.matchAll(/export\s+async\s+function\s+(\w+Action)\b/g)) {
        if (deskActions[name as keyof typeof deskActions] === "public") continue;
        // Each guarded action names itself in a guardAction() call (directly or through a shared helper).
        expect(src, `${name} in ${f}`).toMatch(new RegExp(`guardAction\\(("${name}"|action)\\)|changePublication\\("${name}"`));
      }
    }
  });

  it("each role is allowed or denied exactly as the policy says", () => {
    expect(Object.keys(policy).sort()).toEqual(entries.map(([k]) => k).sort());
    const table: Record<string, Record<string, string>> = {};
    for (const [key, capability] of entries) {
      table[key] = {};
      for (const [who, actor] of Object.entries(actors)) {
        const allowed = permits(actor, capability);
        table[key][who] = allowed ? "allow" : "deny";
        expect(allowed, `${key} for ${who}`).toBe(policy[key]!.includes(letter[who as keyof typeof letter]));
      }
    }
    console.table(table);
  });

  it("journalists edit only their own drafts and returned stories; editors edit any", () => {
    const j = actors.journalist!;
    for (const status of ["draft", "returned"]) expect(canEditStory(j, { createdBy: j.id, status }), status).toBe(true);
    // Once submitted, only an editor changes it: otherwise a writer could edit an approved or scheduled story.
    for (const status of ["in_review", "approved", "scheduled", "published", "unpublished"]) {
      expect(canEditStory(j, { createdBy: j.id, status }), status).toBe(false);
      expect(canEditStory(actors.editor!, { createdBy: j.id, status }), `editor ${status}`).toBe(true);
    }
    expect(canEditStory(j, { createdBy: actors.editor!.id, status: "draft" })).toBe(false);
    expect(canEditStory(actors.editor!, { createdBy: j.id, status: "published" })).toBe(true);
    expect(canEditStory(null, { createdBy: null, status: "draft" })).toBe(false);
  });

  it("a deactivated user's session resolves to nobody on its next request", async () => {
    const staff = await makeStaff("editor");
    expect(await resolveActor(staff.claims)).not.toBeNull();
    await setUserActive(staff.id, false, actors.admin!.id);
    expect(await resolveActor(staff.claims)).toBeNull();
    expect(await resolveActor({ ...staff.claims, sv: 2 })).toBeNull(); // inactive, whatever the version
  });

  it("a demoted editor can no longer publish, even with a fresh session", async () => {
    const staff = await makeStaff("editor");
    expect(permits(await resolveActor(staff.claims), "story.publish")).toBe(true);
    await setUserRole(staff.id, "journalist", actors.admin!.id);
    expect(await resolveActor(staff.claims)).toBeNull(); // the old cookie is void
    const fresh = await resolveActor({ ...staff.claims, sv: 2 });
    expect(fresh?.role).toBe("journalist");
    expect(permits(fresh, "story.publish")).toBe(false);
  });

  it("sign out everywhere ends every session of that user", async () => {
    const staff = await makeStaff("journalist");
    await endAllSessions(staff.id);
    expect(await resolveActor(staff.claims)).toBeNull();
    expect(await resolveActor({ ...staff.claims, sv: 2 })).not.toBeNull();
  });

  it("a user who must change their password can do only that", async () => {
    const staff = await makeStaff("admin");
    const actor = { ...(await resolveActor(staff.claims))!, mustChangePassword: true };
    expect(permits(actor, "staff.manage")).toBe(false);
    expect(permits(actor, "account.self")).toBe(true);
  });

  it("user records handed to pages never carry a password hash", async () => {
    for (const actor of Object.values(actors)) if (actor) expect(JSON.stringify(actor)).not.toContain("$argon2");
    const { listStaff } = await import("@/db/queries/users");
    expect(JSON.stringify(await listStaff())).not.toMatch(/argon2|passwordHash/);
  });
});
