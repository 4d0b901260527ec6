import fs from "node:fs";
import nodePath from "node:path";
import type { APIRequestContext, APIResponse, Browser } from "@playwright/test";
import sharp from "sharp";
import { type DeskPage, deskPages } from "../lib/desk-registry";
import { schedulerToken } from "../lib/scheduler";
import { callServerAction } from "./desk-actions";
import { createAccount, signIn, signInAs, staff } from "./desk-helpers";
import { e2eDataDir } from "../playwright.config";
import { expect, test } from "./fixtures";
import { hidden, path, story } from "./helpers";

// Every route handler over HTTP against the production build, as each role with a real session and anonymously;
// and the desk's refusals proven over HTTP: actions above a role, the sign-in redirect, the password-change gate.
// (Named to run after the desk specs: the photos uploaded here would otherwise be the library's newest.)
test.describe.configure({ mode: "serial" });

type Who = "anonymous" | "journalist" | "editor" | "admin";
type PublicPage = { [P in DeskPage]: (typeof deskPages)[P] extends "public" ? P : never }[DeskPage];
const everyone: Who[] = ["anonymous", "journalist", "editor", "admin"];
const sessions = {} as Record<Who, APIRequestContext>;
const closers: (() => Promise<void>)[] = [];

async function sessionOf(browser: Browser, who: Who): Promise<APIRequestContext> {
  const context = await browser.newContext();
  closers.push(() => context.close());
  if (who !== "anonymous") await signInAs(await context.newPage(), who);
  return context.request;
}

test.beforeAll(async ({ browser }) => {
  test.setTimeout(120_000);
  for (const who of everyone) sessions[who] = await sessionOf(browser, who);
});
test.afterAll(async () => {
  for (const close of closers) await close();
});

const appDir = nodePath.resolve("app");
function routeFiles(dir = appDir): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = nodePath.join(dir, e.name);
    return e.isDirectory() ? routeFiles(p) : e.name === "route.ts" ? [p] : [];
  });
}
const routeKey = (file: string) =>
  "/" +
  nodePath
    .relative(appDir, nodePath.dirname(file))
    .split(nodePath.sep)
    .filter((s) => !/^\(.*\)$/.test(s))
    .join("/");

const mediaDir = nodePath.join(e2eDataDir, "media");
const filesIn = (dir: string): number => (fs.existsSync(dir) ? fs.readdirSync(dir, { recursive: true }).length : 0);
// A live story with a hero that no other spec edits or unpublishes.
const lead = story("olympic-boulevard-water-main-break");
let photoUrl = "";
let jpeg: Buffer;

type Case = {
  label: string;
  expect: Record<Who, number | number[]>;
  send: (r: APIRequestContext) => Promise<APIResponse>;
  check?: (res: APIResponse, who: Who) => Promise<void>;
};
const all = (status: number | number[]) => ({ anonymous: status, journalist: status, editor: status, admin: status });
const noRedirect = { maxRedirects: 0 };
const upload =
  (extra: Record<string, string> = {}) =>
  (r: APIRequestContext) =>
    r.post("/admin/media/upload", {
      headers: { "X-File-Name": "access-check.jpg", "Content-Type": "image/jpeg", ...extra },
      data: jpeg,
      ...noRedirect,
    });

// Every route file needs an entry; a new route without one fails the first test.
const routes: Record<string, Case[]> = {
  "/api/auth/[...nextauth]": [
    {
      label: "GET session",
      expect: all(200),
      send: (r) => r.get("/api/auth/session"),
      check: async (res, who) => {
        const body = await res.json();
        if (who === "anonymous") expect(body).toBeNull();
        else expect(JSON.stringify(body)).not.toMatch(/argon2|passwordHash/);
      },
    },
    { label: "GET csrf", expect: all(200), send: (r) => r.get("/api/auth/csrf") },
  ],
  "/api/scheduler": [
    // A signed-in session is no token: only the server's own timer may run the scheduler.
    { label: "POST without token", expect: all(403), send: (r) => r.post("/api/scheduler") },
    {
      label: "POST with a wrong token",
      expect: all(403),
      send: (r) => r.post("/api/scheduler", { headers: { "x-scheduler-token": schedulerToken("some-other-secret") } }),
    },
    {
      label: "POST with the server's token",
      expect: all(200),
      send: (r) =>
        r.post("/api/scheduler", {
          headers: { "x-scheduler-token": schedulerToken("e2e-secret-not-for-production-0123456789abcdef") },
        }),
    },
    { label: "GET", expect: all(405), send: (r) => r.get("/api/scheduler") },
  ],
  "/api/bench/story": [
    // Absent unless the server runs with BENCH_TOKEN (the e2e server does not): a session is no token either.
    {
      label: "POST without token",
      expect: all(404),
      send: (r) => r.post("/api/bench/story", { data: { slug: lead.slug, headline: "Benched" } }),
    },
    {
      label: "POST with a made-up token",
      expect: all(404),
      send: (r) =>
        r.post("/api/bench/story", {
          headers: { "x-bench-token": "x".repeat(32) },
          data: { slug: lead.slug, headline: "Benched" },
        }),
    },
  ],
  "/healthz": [{ label: "GET", expect: all(200), send: (r) => r.get("/healthz") }],
  "/readyz": [{ label: "GET", expect: all(200), send: (r) => r.get("/readyz") }],
  "/media/[...key]": [
    {
      label: "a stored photo",
      expect: all(200),
      send: (r) => r.get(photoUrl),
      check: async (res) => {
        expect(res.headers()["content-type"]).toMatch(/^image\//);
        expect(res.headers()["x-content-type-options"]).toBe("nosniff");
        expect(res.headers()["cache-control"]).toContain("immutable");
        expect((await res.body()).subarray(0, 2).toString("hex")).toBe("ffd8"); // a JPEG, not a page
      },
    },
    { label: "a missing key", expect: all(404), send: (r) => r.get("/media/no/such-photo.jpg") },
    // Out of the media folder, by encoded and double-dot segments: never a file from elsewhere on disk.
    { label: "traversal ..%2F", expect: all([400, 404]), send: (r) => r.get("/media/..%2F..%2Fpackage.json") },
    { label: "traversal %2e%2e", expect: all([400, 404]), send: (r) => r.get("/media/%2e%2e/%2e%2e/package.json") },
    { label: "traversal ..%5C", expect: all([400, 404]), send: (r) => r.get("/media/..%5C..%5Cpackage.json") },
  ],
  "/admin/media/upload": [
    { label: "POST a photo", expect: { anonymous: 401, journalist: 201, editor: 201, admin: 201 }, send: upload() },
    {
      label: "POST from another site",
      expect: { anonymous: 401, journalist: 403, editor: 403, admin: 403 },
      send: upload({ "Sec-Fetch-Site": "cross-site" }),
    },
  ],
  "/admin/media/search": [
    // The proxy sends anonymous desk requests to sign in before the handler runs.
    {
      label: "GET",
      expect: { anonymous: 307, journalist: 200, editor: 200, admin: 200 },
      send: (r) => r.get("/admin/media/search?q=", noRedirect),
    },
  ],
  "/admin/stories/[id]/release": [
    // Lets go only of one's own lock held from that tab: for a story nobody holds it changes nothing, and says so
    // with a 204; a beacon without its tab's id is refused.
    {
      label: "POST",
      expect: { anonymous: 307, journalist: 204, editor: 204, admin: 204 },
      send: (r) => r.post(`/admin/stories/${crypto.randomUUID()}/release?tab=${crypto.randomUUID()}`, noRedirect),
    },
    {
      label: "POST without the tab",
      expect: { anonymous: 307, journalist: 400, editor: 400, admin: 400 },
      send: (r) => r.post(`/admin/stories/${crypto.randomUUID()}/release`, noRedirect),
    },
    {
      label: "POST from another site",
      expect: { anonymous: 307, journalist: 403, editor: 403, admin: 403 },
      send: (r) =>
        r.post(`/admin/stories/${crypto.randomUUID()}/release`, {
          ...noRedirect,
          headers: { "Sec-Fetch-Site": "cross-site" },
        }),
    },
  ],
  "/feed.xml": [{ label: "GET", expect: all(200), send: (r) => r.get("/feed.xml") }],
  "/feeds/section/[slug]": [{ label: "GET", expect: all(200), send: (r) => r.get(`/feeds/section/${lead.section}`) }],
  "/feeds/language/[lang]": [
    { label: "GET", expect: all(200), send: (r) => r.get("/feeds/language/ko") },
    { label: "GET an unknown language", expect: all(404), send: (r) => r.get("/feeds/language/xx") },
  ],
  "/feeds/author/[slug]": [{ label: "GET", expect: all(200), send: (r) => r.get(`/feeds/author/${lead.authors[0]}`) }],
  "/sitemap.xml": [{ label: "GET", expect: all(200), send: (r) => r.get("/sitemap.xml") }],
  "/sitemaps/[file]": [
    { label: "GET stories", expect: all(200), send: (r) => r.get("/sitemaps/stories-1.xml") },
    { label: "GET past the last file", expect: all(404), send: (r) => r.get("/sitemaps/stories-999.xml") },
  ],
  "/news-sitemap.xml": [{ label: "GET", expect: all(200), send: (r) => r.get("/news-sitemap.xml") }],
  "/robots.txt": [{ label: "GET", expect: all(200), send: (r) => r.get("/robots.txt") }],
  // The content API answers keys, not sessions: a desk session is no key (e2e/content-api.spec.ts uses real ones).
  "/api/v1/stories": [{ label: "GET without a key", expect: all(401), send: (r) => r.get("/api/v1/stories") }],
  "/api/v1/stories/[slug]": [
    { label: "GET without a key", expect: all(401), send: (r) => r.get(`/api/v1/stories/${lead.slug}`) },
  ],
  "/api/v1/sections": [{ label: "GET without a key", expect: all(401), send: (r) => r.get("/api/v1/sections") }],
  "/api/v1/tags": [{ label: "GET without a key", expect: all(401), send: (r) => r.get("/api/v1/tags") }],
  "/api/v1/authors": [{ label: "GET without a key", expect: all(401), send: (r) => r.get("/api/v1/authors") }],
  "/api/v1/search": [{ label: "GET without a key", expect: all(401), send: (r) => r.get("/api/v1/search?q=bus") }],
  "/api/v1/openapi.json": [{ label: "GET", expect: all(200), send: (r) => r.get("/api/v1/openapi.json") }],
  // A live story's updates (the open page's poll); e2e/live-coverage.spec.ts reads them from a story made live.
  "/[section]/[slug]/updates.json": [
    { label: "GET a story not live", expect: all(404), send: (r) => r.get(`${path(lead)}/updates.json`) },
    {
      label: "GET under the wrong section",
      expect: all(404),
      send: (r) => r.get(`/no-such-section/${lead.slug}/updates.json`),
    },
    {
      label: "GET an unknown story",
      expect: all(404),
      send: (r) => r.get(`/${lead.section}/no-such-story/updates.json`),
    },
  ],
};

test("every route handler answers each role and anonymous as it should, and a refused upload stores nothing", async () => {
  test.setTimeout(120_000);
  expect(routeFiles().map(routeKey).sort()).toEqual(Object.keys(routes).sort());
  const article = await (await sessions.anonymous.get(path(lead))).text();
  photoUrl = /\/media\/[^"'\s?&]+\.jpe?g/.exec(article)![0];
  jpeg = await sharp({ create: { width: 64, height: 48, channels: 3, background: "#3a6" } })
    .jpeg()
    .toBuffer();
  // The library's first page, newest first, as the editor's photo picker sees it.
  const library = async () =>
    ((await (await sessions.editor.get("/admin/media/search?q=")).json()).items as { id: string }[]).map((m) => m.id);
  const results: string[] = [];
  for (const [route, cases] of Object.entries(routes)) {
    for (const c of cases) {
      for (const who of everyone) {
        const files = filesIn(mediaDir);
        const photos = await library();
        const res = await c.send(sessions[who]);
        const wanted = ([] as number[]).concat(c.expect[who]);
        results.push(
          `${route} ${c.label} as ${who}: ${res.status()}${wanted.includes(res.status()) ? "" : ` (expected ${wanted.join(" or ")})`}`,
        );
        if (wanted.includes(res.status())) await c.check?.(res, who);
        // A refused upload leaves no file and no library row; an accepted one adds exactly one photo.
        if (route === "/admin/media/upload") {
          const after = await library();
          if (res.status() === 201) {
            expect(after.slice(0, 2), `${c.label} as ${who}`).toEqual([(await res.json()).media.id, photos[0]]);
          } else {
            expect(after, `${c.label} as ${who}`).toEqual(photos);
            expect(filesIn(mediaDir), `${c.label} as ${who}`).toBe(files);
          }
        }
      }
    }
  }
  expect(
    results.filter((r) => r.includes("expected")),
    results.join("\n"),
  ).toEqual([]);
  // No call above changed the story the bench route names.
  expect(await (await sessions.anonymous.get(path(lead))).text()).not.toContain("Benched");
  // Reader feeds are the same for staff: a signed-in editor's feed lists no hidden story either.
  const feed = await (await sessions.editor.get("/feed.xml")).text();
  expect(feed).toContain(path(lead));
  for (const s of hidden) expect(feed).not.toContain(path(s));
});

test("a journalist's or editor's session calling an action above its role over HTTP is refused, and nothing changes", async () => {
  test.setTimeout(90_000);
  const refused =
    /You do not have permission to do that\.|Your role cannot do that\.|That story does not exist, or you cannot open it\./;
  // The live story's id and current version, as the editor's desk knows them.
  const list = await (await sessions.editor.get("/admin/stories")).text();
  const at = list.indexOf(lead.headline.slice(0, 30));
  const storyId = [...list.slice(0, Math.max(at, 0)).matchAll(/\/admin\/stories\/([0-9a-f-]{36})/g)].pop()?.[1];
  expect(at > 0 && storyId, "the editor's desk lists the live story").toBeTruthy();
  const beat = await callServerAction(sessions.editor, "/admin", "heartbeatAction", { id: storyId });
  const version = Number(/"version":(\d+)/.exec(beat.text)?.[1]);
  expect(version).toBeGreaterThan(0);

  const unpublish = await callServerAction(sessions.journalist, "/admin", "transitionStoryAction", {
    id: storyId,
    version,
    transition: "unpublish",
  });
  expect(unpublish.text).toMatch(refused);
  const author = await callServerAction(sessions.journalist, "/admin", "createAuthorAction", {
    name: "Sneaky Byline",
    kind: "person",
    publicEmail: "",
    bio: "",
  });
  expect(author.text).toMatch(refused);
  const settings = await callServerAction(sessions.editor, "/admin", "updateSettingsAction", {
    siteName: "Taken Over",
    tagline: "",
    timeZone: "UTC",
    weatherCity: "X",
    weatherLatitude: "1",
    weatherLongitude: "1",
    weatherUnits: "celsius",
    adPlacement: "none",
    adAfterParagraph: "3",
    adScriptUrl: "",
    requireTwoFactor: "everyone",
    mainLanguage: "en",
  });
  expect(settings.text).toMatch(refused);

  // Nothing changed: the story is live, no byline was made, the site keeps its name.
  expect((await sessions.anonymous.get(path(lead))).status()).toBe(200);
  expect(await (await sessions.anonymous.get("/feed.xml")).text()).toContain(`/${lead.section}/${lead.slug}`);
  expect(await (await sessions.editor.get("/admin/authors")).text()).not.toContain("Sneaky Byline");
  expect((await sessions.anonymous.get("/authors/sneaky-byline")).status()).toBe(404);
  expect(await (await sessions.anonymous.get("/")).text()).not.toContain("Taken Over");
  expect(await (await sessions.admin.get("/admin/settings")).text()).not.toContain("Taken Over");
});

// Every desk page as each role, written out here rather than read from the registry, so that a capability loosened
// there (staff.manage to story.publish, say) fails this table. "own" and "foreign" are a journalist's own draft
// and an editor's; a webhook endpoint that does not exist is a 404 only to those who may see the page at all.
type Staff = Exclude<Who, "anonymous">;
// A story's pages: a journalist's own draft opens for everyone; an editor's is refused to the journalist alone.
const storyPage = {
  own: { journalist: 200, editor: 200, admin: 200 },
  foreign: { journalist: 403, editor: 200, admin: 200 },
};
const pageAccess: Record<
  Exclude<DeskPage, PublicPage>,
  Record<Staff, number> | Record<"own" | "foreign", Record<Staff, number>>
> = {
  "/admin": { journalist: 200, editor: 200, admin: 200 },
  "/admin/stories": { journalist: 200, editor: 200, admin: 200 },
  "/admin/stories/[id]": storyPage,
  "/admin/stories/[id]/revisions": storyPage,
  "/admin/preview/[id]": storyPage,
  "/admin/audit": { journalist: 403, editor: 200, admin: 200 },
  "/admin/media": { journalist: 200, editor: 200, admin: 200 },
  "/admin/authors": { journalist: 403, editor: 200, admin: 200 },
  "/admin/staff": { journalist: 403, editor: 403, admin: 200 },
  "/admin/settings": { journalist: 403, editor: 403, admin: 200 },
  "/admin/api-keys": { journalist: 403, editor: 403, admin: 200 },
  "/admin/webhooks": { journalist: 403, editor: 403, admin: 200 },
  "/admin/webhooks/[id]": { journalist: 403, editor: 403, admin: 404 },
  "/admin/account": { journalist: 200, editor: 200, admin: 200 },
  "/admin/notifications": { journalist: 200, editor: 200, admin: 200 },
  "/admin/front-page": { journalist: 403, editor: 200, admin: 200 },
  "/admin/front-page/preview": { journalist: 403, editor: 200, admin: 200 },
  "/admin/budget": { journalist: 200, editor: 200, admin: 200 },
};

/** A new draft of this person's own, made through the desk's New story button; its id. */
async function draftOf(browser: Browser, who: Staff): Promise<string> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signInAs(page, who);
  await page.getByRole("button", { name: "New story" }).first().click();
  await expect(page).toHaveURL(/\/admin\/stories\/[0-9a-f-]{36}$/);
  const id = page.url().split("/").pop()!;
  await context.close();
  return id;
}

test("every desk page answers each role as the table says; a journalist opens only their own stories", async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const ids = { own: await draftOf(browser, "journalist"), foreign: await draftOf(browser, "editor") };
  const listed = Object.keys(deskPages).filter((p) => deskPages[p as DeskPage] !== "public");
  expect(Object.keys(pageAccess).sort()).toEqual(listed.sort());
  const results: string[] = [];
  const misses: string[] = [];
  for (const [page, access] of Object.entries(pageAccess)) {
    const variants: [string, Record<Staff, number>][] =
      "own" in access
        ? (["own", "foreign"] as const).map((k) => [page.replace("[id]", ids[k]), access[k]])
        : [[page.replace("[id]", crypto.randomUUID()), access]];
    for (const [url, wanted] of variants) {
      for (const who of everyone) {
        const res = await sessions[who].get(url, noRedirect);
        const expected = who === "anonymous" ? 307 : wanted[who];
        results.push(`${url} as ${who}: ${res.status()}`);
        if (res.status() !== expected) misses.push(`${url} as ${who}: ${res.status()}, expected ${expected}`);
        if (who === "anonymous") expect(res.headers().location ?? "", url).toMatch(/\/login\?/);
      }
    }
  }
  test.info().annotations.push({ type: "desk pages", description: `${results.length} requests` });
  expect(misses).toEqual([]);
  // The story list: a journalist sees their own draft and not an editor's; an editor sees both.
  const list = async (who: Staff) => (await sessions[who].get("/admin/stories")).text();
  const journalistList = await list("journalist");
  expect(journalistList).toContain(`/admin/stories/${ids.own}`);
  expect(journalistList).not.toContain(`/admin/stories/${ids.foreign}`);
  const editorList = await list("editor");
  for (const id of Object.values(ids)) expect(editorList).toContain(`/admin/stories/${id}`);
});

test("sign-in returns only to a desk path: never to another site", async ({ browser }) => {
  // A browser of its own for each sign-in. Clearing the cookies between them was not enough: once in CI the next
  // /login showed the desk, signed in (most likely a response the desk page had under way set the cookie again).
  const signInWith = async (next: string, lands: RegExp) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`/login?next=${encodeURIComponent(next)}`);
    await signInThroughForm(page);
    await expect(page, next).toHaveURL(lands);
    await context.close();
  };
  for (const next of ["//evil.example/admin", "https://evil.example/admin", "/\\evil.example", "/admin/../../evil"])
    await signInWith(next, /^http:\/\/127\.0\.0\.1:\d+\/admin$/);
  // A valid desk path is where the person lands.
  await signInWith("/admin/settings", /^http:\/\/127\.0\.0\.1:\d+\/admin\/settings$/);
});

async function signInThroughForm(page: import("@playwright/test").Page) {
  await page.getByLabel("Email").fill(staff.admin.email);
  await page.getByLabel("Password").fill(staff.admin.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/login"));
}

test("a user with a password change pending is sent to change it from every desk page", async ({ browser }) => {
  test.setTimeout(120_000);
  const account = {
    name: "Gate Keeper",
    email: "gate.keeper@example.com",
    role: "admin",
    password: "temporary-pass-gate-1",
  };
  const { close } = await createAccount(browser, account);
  await close();
  const storyHref = /href="(\/admin\/stories\/[0-9a-f-]{36})"/.exec(
    await (await sessions.editor.get("/admin/stories")).text(),
  )![1]!;
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, account.email, account.password);
  await expect(page).toHaveURL(/\/admin\/account\?first=1$/);
  const id = storyHref.split("/").pop()!;
  const urls = Object.keys(deskPages)
    .filter((p) => deskPages[p as keyof typeof deskPages] !== "public" && p !== "/admin/account")
    .map((p) => p.replace("[id]", id));
  expect(urls.length).toBeGreaterThanOrEqual(10);
  for (const url of urls) {
    await page.goto(url);
    await expect(page, url).toHaveURL(/\/admin\/account\?first=1$/);
  }
  await context.close();
});
