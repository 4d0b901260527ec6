import { expect, test, type Browser, type Page } from "@playwright/test";
import { slugify } from "../lib/content/slug";
import { heartbeatAnswered, signIn, staff } from "./desk-helpers";
import { Coverage, deskPayloads } from "./hostile/desk-plan";
import { deskValues } from "./hostile/desk-values";
import { hostileJpeg } from "./hostile/photo-file";
import { norm, openWatched, readXml, watch } from "./hostile/watch";
import { startOwnServer, type OwnServer } from "./own-server";

// Hostile text through the desk, as people type it: staff sign in through the login form and type or paste payloads
// into every text field the desk has (story editor, link dialog, photo words, library, notes, authors, staff,
// settings) and upload a photo whose metadata carries them. Then every desk and reader page, feed and sitemap that
// shows them is opened in Chromium: nothing may run, and each text reads back as typed, or as the validation says.
const PORT = Number(process.env.E2E_PORT ?? 3100) + 14; // its own: route-fuzz has +2
const base = `http://127.0.0.1:${PORT}`;
test.use({ baseURL: base });
test.describe.configure({ mode: "serial" });

const coverage = new Coverage();
const V = deskValues(coverage);
const opened = new Set<string>();
let server: OwnServer;
const story = { url: "", id: "", slug: "hostile-desk-story", liveUrl: "", share: "", authorSlug: "" };

test.beforeAll(async () => {
  test.setTimeout(180_000);
  server = await startOwnServer({ port: PORT });
});
test.afterAll(async () => {
  await server?.stop();
  const c = coverage.summary();
  console.log(
    `Hostile desk: ${deskPayloads.length} payloads; ${c.payloads} reached ${c.fields} fields (${c.pairs} payload-field pairs); ${opened.size} pages opened; 0 ran.\n  ${c.perField.join("; ")}`,
  );
});

/** A signed-in desk person in a context of their own, every page watched. */
async function desk(browser: Browser, who: keyof typeof staff): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await watch(page);
  await signIn(page, staff[who].email, staff[who].password);
  // A cold server on a loaded machine takes a while over its first sign-in.
  await expect(page).toHaveURL(/\/admin$/, { timeout: 30_000 });
  return page;
}
const open = (page: Page, path: string) => openWatched(page, base + path, opened);
const ranOn = async (page: Page) => expect(await watch(page)).toEqual([]);

const SAVED = /Saved \d{2}:\d{2}/;
async function expectSaved(page: Page) {
  await expect(page.getByText("Unsaved changes")).toHaveCount(0, { timeout: 15_000 });
  await expect(page.getByRole("status").filter({ hasText: SAVED }).first()).toBeVisible({ timeout: 15_000 });
}
const body = (page: Page) => page.getByRole("textbox", { name: "Body" });

// The pasted document: what a web page or Word hands the clipboard, with script in every place HTML allows it.
const PASTE = [
  `<meta charset="utf-8"><style>p{background:url(javascript:__xss())}</style>`,
  `<p>Pasted first <img src=x onerror="__xss()"> <script>__xss()</script>after the script</p>`,
  `<p><a href="javascript:__xss()">js link words</a> and <a href="https://example.com/safe">safe link words</a></p>`,
  `<iframe src="javascript:__xss()"></iframe><iframe srcdoc="<script>parent.__xss()</script>"></iframe>`,
  `<p style="color:red" onclick="__xss()"><span onmouseover="__xss()">span words</span> <u>under</u> <code>code</code></p>`,
  `<h1>Pasted big heading</h1><table><tr><td>cell words</td></tr></table>`,
  `<p>&lt;script&gt;__xss()&lt;/script&gt; [click](javascript:__xss()) <svg onload=__xss()></svg>end of paste</p>`,
].join("");
const PASTED_WORDS = [
  "Pasted first",
  "after the script",
  "js link words",
  "safe link words",
  "span words",
  "under",
  "code",
  "Pasted big heading",
  "cell words",
  "<script>__xss()</script> [click](javascript:__xss())",
  "end of paste",
];

test("an admin types payloads into settings, a new author and a new staff account", async ({ browser }) => {
  test.setTimeout(90_000);
  const page = await desk(browser, "admin");
  await open(page, "/admin/settings");
  await page.getByLabel("Site name").fill(V.siteName);
  await page.getByLabel("City").fill(V.city);
  // A refused value: its message shows, and every other typed word is still in the form.
  await page.getByLabel("Ad script URL").fill(V.refusedAdUrl);
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Use the ad tag's https script URL" })).toBeVisible();
  await expect(page.getByLabel("Site name")).toHaveValue(V.siteName);
  await expect(page.getByLabel("City")).toHaveValue(V.city);
  await expect(page.getByLabel("Ad script URL")).toHaveValue(V.refusedAdUrl);
  await page.getByLabel("Ad script URL").fill("");
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByRole("status").filter({ hasText: /saved/i })).toBeVisible();
  await ranOn(page);

  await open(page, "/admin/authors");
  await page.getByRole("button", { name: "New author" }).click();
  await page.getByLabel("Name").fill(V.authorName);
  await page.getByLabel("Bio").fill(V.bio);
  await page.getByRole("button", { name: "Save author" }).click();
  await expect(page.getByRole("status").filter({ hasText: `Author "${V.authorName}" saved.` })).toBeVisible();

  await open(page, "/admin/staff");
  const form = page.getByRole("form", { name: "Invite staff" });
  await form.getByLabel("Name").fill(V.staffName);
  await form.getByLabel("Email").fill("hostile.name@example.com");
  await form.getByRole("button", { name: "Send invitation" }).click();
  await expect(page.getByRole("status").filter({ hasText: /invit/i })).toBeVisible();
  await ranOn(page);
  await page.context().close();
});

test("a journalist names themselves, uploads hostile photo files and edits the library's words", async ({
  browser,
}) => {
  test.setTimeout(90_000);
  const page = await desk(browser, "journalist");
  await open(page, "/admin/account");
  const profile = page.locator("form", { has: page.getByRole("button", { name: "Save profile" }) });
  await profile.getByLabel("Name").fill(V.profileName);
  await profile.getByRole("button", { name: "Save profile" }).click();
  await expect(page.getByRole("status").filter({ hasText: /saved/i })).toBeVisible();

  // A photo whose EXIF carries the words, uploaded to the library under a hostile file name.
  await open(page, "/admin/media");
  await page.waitForLoadState("networkidle"); // hydrated: the upload button works
  const chooser = page.waitForEvent("filechooser");
  await page.getByRole("button", { name: "Upload photos" }).click();
  await (
    await chooser
  ).setFiles({ name: V.fileName, mimeType: "image/jpeg", buffer: await hostileJpeg({ exif: V.exif }) });
  const card = page.getByRole("listitem").filter({ hasText: V.fileName }).filter({ hasText: "Edit details" });
  await expect(card).toBeVisible({ timeout: 30_000 });
  // Read from the file: the caption and credit as written there (whitespace runs folded, as the upload route does).
  await expect(card).toContainText(norm(V.exif.description));
  await expect(card).toContainText(`Credit: ${norm(V.exif.artist)}`);
  await ranOn(page);

  // The library's own form: alt text, caption and credit.
  await card.getByText("Edit details").click();
  await card.getByLabel("Alt text").fill(V.library.alt);
  await card.getByLabel("Caption").fill(V.library.caption);
  await card.getByLabel("Credit").fill(V.library.credit);
  await card.getByRole("button", { name: "Save details" }).click();
  await expect(card.getByRole("status")).toHaveText("Photo details saved.");
  await page.context().close();
});

test("the journalist types and pastes payloads into every field of a new story, and a note", async ({ browser }) => {
  test.setTimeout(150_000);
  const page = await desk(browser, "journalist");
  await page.getByRole("button", { name: "New story" }).first().click();
  await expect(page).toHaveURL(/\/admin\/stories\/[0-9a-f-]{36}$/);
  story.url = new URL(page.url()).pathname;
  story.id = story.url.split("/").pop()!;
  await expect(body(page)).toBeVisible();

  await page.getByLabel("Headline").fill(V.firstHeadline);
  await page.getByLabel("Dek").fill(V.dek);
  await expectSaved(page);
  await page.getByLabel("Headline").fill(V.headline);
  // The slug made from a hostile headline is a plain one; a hostile slug typed by hand is refused with its message,
  // and nothing else typed is lost.
  await expect(page.getByLabel("Slug")).toHaveValue(slugify(V.headline));
  await page.getByLabel("Slug").fill(V.refusedSlug);
  await page.getByLabel("Slug").blur();
  await expect(
    page.getByRole("status").filter({ hasText: "Use lowercase letters, digits and single hyphens in the slug." }),
  ).toBeVisible({ timeout: 15_000 });
  await expect(page.getByLabel("Headline")).toHaveValue(V.headline);
  await expect(page.getByLabel("Dek")).toHaveValue(V.dek);
  await expect(page.getByLabel("Slug")).toHaveValue(V.refusedSlug);
  await page.getByLabel("Slug").fill(story.slug);

  for (const tag of V.tags) {
    await page.getByRole("combobox", { name: "Tags" }).fill(tag);
    await page.getByRole("combobox", { name: "Tags" }).press("Enter");
  }
  await expectTags(page);
  await page.locator("#field-authors").selectOption({ label: await authorOption(page) });
  await page.getByRole("button", { name: "Add author" }).click();

  await page.getByText("Search and sharing").click();
  await page.getByLabel("SEO title").fill(V.seoTitle);
  await page.getByLabel("SEO description").fill(V.seoDescription);

  // The body: typed on the keyboard, then hostile HTML pasted, then a link through the dialog.
  await body(page).click();
  await page.keyboard.type(V.bodyTyped);
  await page.keyboard.press("Enter");
  await body(page).evaluate((el, html) => {
    const data = new DataTransfer();
    data.setData("text/html", html);
    data.setData("text/plain", "plain fallback");
    el.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
  }, PASTE);
  await expect(body(page)).toContainText("end of paste");
  await page.keyboard.press("Enter");
  await page.keyboard.type(V.linkText);
  await page.keyboard.press("Shift+Home");
  await page.getByRole("button", { name: "Link", exact: true }).click();
  for (const href of V.refusedHrefs) {
    await page.getByLabel("Link address").fill(href);
    await page.getByRole("button", { name: "Apply link" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "Links must start with" }), href).toBeVisible();
  }
  await page.getByLabel("Link address").fill(V.href);
  await page.getByRole("button", { name: "Apply link" }).click();
  await expect(body(page).locator("a")).toHaveCount(2);

  // A hero photo uploaded from the editor, its words from the file's XMP; then this story's own words over them.
  const chooser = page.waitForEvent("filechooser");
  await page.locator("#field-hero").getByRole("button", { name: "Upload photo" }).click();
  await (
    await chooser
  ).setFiles({ name: "xmp-hostile.jpg", mimeType: "image/jpeg", buffer: await hostileJpeg({ xmp: V.xmp }) });
  await expect(page.locator("#field-hero img")).toBeVisible({ timeout: 30_000 });
  await expect(page.locator("#hero-alt")).toHaveAttribute("placeholder", V.xmp.alt);
  await expect(page.locator("#hero-caption")).toHaveAttribute("placeholder", V.xmp.description);
  await expect(page.locator("#hero-credit")).toHaveAttribute("placeholder", V.xmp.credit);
  await page.locator("#hero-alt").fill(V.hero.alt);
  await page.locator("#hero-caption").fill(V.hero.caption);
  await page.locator("#hero-credit").fill(V.hero.credit);

  // The library photo (hostile file name and EXIF words) in the body, with its own words for this placement.
  await body(page).click();
  await page.keyboard.press("Control+End");
  await page.getByRole("button", { name: "Insert photo" }).click();
  await page.getByRole("dialog").getByRole("button").filter({ hasText: V.library.caption }).first().click();
  await expect(page.locator("#body-photo-0 img")).toBeVisible();
  await page.locator("#body-photo-0-alt").fill(V.bodyPhoto.alt);
  await page.locator("#body-photo-0-caption").fill(V.bodyPhoto.caption);
  await page.locator("#body-photo-0-credit").fill(V.bodyPhoto.credit);
  await page.getByRole("button", { name: "Save draft" }).click();
  await expectSaved(page);

  await page.getByLabel("New note").fill(V.note);
  await page.getByRole("button", { name: "Add note" }).click();
  await expect(page.getByRole("listitem").filter({ hasText: V.note })).toBeVisible();
  await ranOn(page);

  // What the server kept, in the editor after a reload.
  await page.reload();
  await expect(body(page)).toBeVisible();
  await expectWorkingCopy(page);
  await ranOn(page);
  await page.context().close();
});

/** The tag chips, each with its remove button ("×") while the story is editable. */
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const expectTags = (page: Page) =>
  expect(page.getByRole("list", { name: "Tags on this story" }).getByRole("listitem")).toHaveText(
    V.tags.map((t) => new RegExp(`^${escapeRe(t)}×?$`)),
  );

/** The author created by the admin, as the byline picker names it. */
async function authorOption(page: Page): Promise<string> {
  const labels = await page.locator("#field-authors option").allTextContents();
  const label = labels.find((l) => l.startsWith(V.authorName));
  expect(label, `author ${V.authorName} in ${labels.join(" | ")}`).toBeTruthy();
  return label!;
}

/** Every field of the editor reads back exactly as typed; the body kept only the allowlist. */
async function expectWorkingCopy(page: Page) {
  await expect(page.getByLabel("Headline")).toHaveValue(V.headline);
  await expect(page.getByLabel("Dek")).toHaveValue(V.dek);
  await expect(page.getByLabel("Slug")).toHaveValue(story.slug);
  await expect(page.getByLabel("SEO title")).toHaveValue(V.seoTitle);
  await expect(page.getByLabel("SEO description")).toHaveValue(V.seoDescription);
  await expectTags(page);
  await expect(page.getByRole("list", { name: "Byline order" })).toContainText(V.authorName);
  await expect(page.locator("#hero-alt")).toHaveValue(V.hero.alt);
  await expect(page.locator("#hero-caption")).toHaveValue(V.hero.caption);
  await expect(page.locator("#hero-credit")).toHaveValue(V.hero.credit);
  await expect(page.locator("#body-photo-0-alt")).toHaveValue(V.bodyPhoto.alt);
  await expect(page.locator("#body-photo-0-caption")).toHaveValue(V.bodyPhoto.caption);
  await expect(page.locator("#body-photo-0-credit")).toHaveValue(V.bodyPhoto.credit);
  await expectBodyFiltered(body(page));
}

/** The body as stored: typed words exact, pasted words kept, and nothing outside the allowlist left. */
async function expectBodyFiltered(el: ReturnType<Page["locator"]>) {
  const text = (await el.textContent()) ?? "";
  expect(text).toContain(V.bodyTyped);
  expect(text).toContain(V.linkText);
  for (const w of PASTED_WORDS) expect(text, w).toContain(w);
  const found = await el.evaluate((root) => ({
    banned: [
      ...root.querySelectorAll(
        "script, style, iframe, svg, object, embed, table, u, code, h1, span:not(figure *), img:not(figure *), :is(p, a, li)[style]",
      ),
    ].map((e) => e.outerHTML.slice(0, 80)),
    handlers: [...root.querySelectorAll("*")].flatMap((e) =>
      [...e.attributes].filter((a) => /^on|^srcdoc$/i.test(a.name)).map((a) => `${e.tagName} ${a.name}`),
    ),
    hrefs: [...root.querySelectorAll("a[href]")].map((a) => a.getAttribute("href")!),
  }));
  expect(found.banned).toEqual([]);
  expect(found.handlers).toEqual([]);
  expect(found.hrefs.sort()).toEqual([new URL(V.href).toString(), "https://example.com/safe"].sort());
}

test("an editor sees the writer's hostile name, is notified, takes over and publishes through the desk", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  // The writer holds the story: the editor's page names them in the lock banner.
  const writer = await desk(browser, "journalist");
  const holding = heartbeatAnswered(writer);
  await writer.goto(story.url);
  await holding;
  await expect(body(writer)).toHaveAttribute("contenteditable", "true");
  const page = await desk(browser, "editor");
  await open(page, story.url);
  await expect(page.getByText(`${V.profileName} is editing`)).toBeVisible();
  await ranOn(page);
  // The writer submits; the editor's notification names them and the headline.
  await writer.getByRole("button", { name: "Submit for review" }).click();
  await expect(writer.getByText("Submitted for review")).toBeVisible();
  await ranOn(writer);
  await writer.context().close();

  await open(page, "/admin/notifications");
  await expect(
    page.getByRole("main").getByRole("link", { name: `${V.profileName} submitted “${V.headline}” for review.` }),
  ).toBeVisible();
  await open(page, story.url);
  const takeOver = page.getByRole("button", { name: "Take over" });
  if (await takeOver.isVisible()) await takeOver.click();
  await expect(body(page)).toHaveAttribute("contenteditable", "true");
  await expectWorkingCopy(page);
  await page.getByRole("button", { name: "Publish", exact: true }).click();
  await page.getByRole("button", { name: "Publish now" }).click();
  await expect(page.getByText("Published.")).toBeVisible({ timeout: 15_000 });
  await page.getByRole("button", { name: "Create share link" }).click();
  await expect(page.getByRole("textbox", { name: "Share link", exact: true })).toHaveValue(/\/preview\//);
  story.share = new URL(await page.getByRole("textbox", { name: "Share link", exact: true }).inputValue()).pathname;
  await page.reload();
  story.liveUrl = await page
    .locator(`a[href$="/${story.slug}"]`)
    .first()
    .getAttribute("href")
    .then((h) => h!);
  const byline = page
    .getByRole("list", { name: "Byline order" })
    .getByRole("listitem")
    .filter({ hasText: V.authorName });
  story.authorSlug = /@([a-z0-9-]+)/.exec((await byline.textContent()) ?? "")![1]!;
  await ranOn(page);
  await page.context().close();
});

test("desk pages show every hostile text as text: editor, revisions, notes, library, audit, staff, settings", async ({
  browser,
}) => {
  test.setTimeout(90_000);
  const page = await desk(browser, "editor");
  await open(page, story.url);
  await expectWorkingCopy(page);
  await expect(
    page.getByRole("region", { name: "Notes" }).or(page.locator("section", { has: page.locator("#notes-heading") })),
  ).toContainText(V.note);
  await expect(page.locator("section", { has: page.locator("#notes-heading") })).toContainText(V.profileName);

  // The revisions page, comparing the first version (empty) with the published one: every field is in the diff.
  await open(page, `${story.url}/revisions`);
  const first = await page.locator('input[name="a"]').last().getAttribute("value");
  const last = await page.locator('input[name="b"]').first().getAttribute("value");
  await open(page, `${story.url}/revisions?a=${first}&b=${last}`);
  const revisions = norm((await page.locator("main").textContent()) ?? "");
  for (const t of [V.headline, V.dek, V.seoTitle, V.seoDescription, V.bodyTyped, V.linkText, V.authorName, ...V.tags])
    expect(revisions, t).toContain(norm(t));

  await open(page, "/admin/media");
  const library = (await page.locator("main").textContent()) ?? "";
  for (const t of [V.library.caption, V.library.credit, V.xmp.description, V.xmp.credit, V.fileName])
    expect(library, t).toContain(t);
  await expect(page.getByRole("img", { name: V.library.alt, exact: true })).toHaveCount(1);
  await expect(page.getByRole("img", { name: V.xmp.alt, exact: true })).toHaveCount(1);

  await open(page, "/admin/notifications");
  await open(page, "/admin/authors");
  await expect(page.locator("main")).toContainText(V.authorName);
  await open(page, "/admin/stories");
  await expect(page.locator("main")).toContainText(V.headline);

  await open(page, story.share);
  expect(await page.locator("h1").first().textContent()).toBe(V.headline);
  await page.context().close();

  const admin = await desk(browser, "admin");
  await open(admin, "/admin/audit");
  const audit = (await admin.locator("main").textContent()) ?? "";
  expect(audit).toContain(V.headline);
  expect(audit).toContain(V.profileName);
  await open(admin, "/admin/staff");
  await expect(admin.getByRole("listitem", { name: V.staffName, exact: true })).toBeVisible();
  await expect(admin.getByRole("listitem", { name: V.profileName, exact: true })).toBeVisible();
  await open(admin, "/admin/settings");
  await expect(admin.getByLabel("Site name")).toHaveValue(V.siteName);
  await expect(admin.getByLabel("City")).toHaveValue(V.city);
  await admin.context().close();
});

test("reader pages show every hostile text as text: article, section, tags, author, search, home", async ({ page }) => {
  test.setTimeout(90_000);
  await open(page, story.liveUrl);
  expect(await page.locator("h1").first().textContent()).toBe(V.headline);
  const main = (await page.locator("main").textContent()) ?? "";
  for (const t of [
    V.dek,
    V.authorName,
    V.hero.caption,
    V.hero.credit,
    V.bodyPhoto.caption,
    V.bodyPhoto.credit,
    ...V.tags,
  ])
    expect(main, t).toContain(t);
  await expectBodyFiltered(page.locator("main .article-body").first());
  await expect(page.getByRole("img", { name: V.hero.alt, exact: true })).toHaveCount(1);
  await expect(page.getByRole("img", { name: V.bodyPhoto.alt, exact: true })).toHaveCount(1);
  expect(norm(await page.title())).toBe(norm(`${V.seoTitle} | ${V.siteName}`));
  expect(await page.locator('meta[name="description"]').getAttribute("content")).toBe(V.seoDescription);
  const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').first().textContent())!);
  expect(ld.headline).toBe(V.headline);
  expect(await page.locator("header").first().textContent()).toContain(V.siteName);

  const section = story.liveUrl.split("/")[1]!;
  await open(page, `/${section}`);
  await expect(page.locator("main")).toContainText(V.headline);
  for (const tag of V.tags) {
    await open(page, `/tags/${slugify(tag, 60)}`);
    expect(await page.locator("h1").first().textContent()).toBe(tag);
    await expect(page.locator("main")).toContainText(V.headline);
  }
  await open(page, `/authors/${story.authorSlug}`);
  expect(await page.locator("h1").first().textContent()).toBe(V.authorName);
  await expect(page.locator("main")).toContainText(V.bio);
  for (const q of ["DROP TABLE stories", "한국어 제목", V.headline.slice(0, 40)]) {
    await open(page, `/search?q=${encodeURIComponent(q)}`);
    await expect(page.getByTestId("search-results")).toContainText(V.headline);
  }
  await open(page, "/");
  await expect(page.locator("body")).toContainText(V.siteName);
  await expect(page.locator("body")).toContainText(V.headline);
});

test("feeds and sitemaps parse as XML in Chromium, run nothing, and read the texts back", async ({ page }) => {
  const section = story.liveUrl.split("/")[1]!;
  for (const path of [
    "/feed.xml",
    `/feeds/section/${section}`,
    `/feeds/author/${story.authorSlug}`,
    "/sitemap.xml",
    "/sitemaps/pages.xml",
    "/sitemaps/stories-1.xml",
    "/news-sitemap.xml",
  ]) {
    await open(page, path);
    const doc = await readXml(page, base + path);
    expect(doc.error, path).toBeNull();
    expect(doc.items.length, path).toBeGreaterThan(0);
    const mine = doc.items.filter((i) => i.link.endsWith(`/${story.slug}`));
    if (!path.includes("sitemap")) {
      expect(mine.length, path).toBe(1);
      expect(mine[0]!.title, path).toBe(V.headline);
      expect(mine[0]!.description, path).toBe(V.dek);
    }
    if (path === "/news-sitemap.xml") expect(mine[0]?.title, path).toBe(V.headline);
    if (path === "/feed.xml") expect(doc.channel).toBe(V.siteName);
  }
});

test("the server logged no error", () => {
  expect(server.log()).not.toMatch(/⨯|Error:|\b500\b/);
});
