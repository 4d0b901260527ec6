import { expect, test } from "./fixtures";
import { signInAs } from "./desk-helpers";

const deskPages = ["/admin", "/admin/stories", "/admin/authors", "/admin/staff", "/admin/settings", "/admin/account"];

test("no desk page or response ever carries a password hash", async ({ page }) => {
  test.setTimeout(90_000); // seven desk pages, each scanned by axe, and a form post
  // Every response's body is awaited before the check (none is dropped because it arrived late), server-action
  // POSTs included; redirects have none. A body the browser dropped because the page moved on is listed, and no
  // page this test went to may be among them.
  const bodies: Promise<{ url: string; text: string | null }>[] = [];
  page.on("response", (res) => {
    if (res.url().includes("/_next/static") || (res.status() >= 300 && res.status() < 400)) return;
    const url = `${res.request().method()} ${res.url()}`;
    bodies.push(
      res.text().then(
        (text) => ({ url, text }),
        () => ({ url, text: null }),
      ),
    );
  });
  await signInAs(page, "admin");
  const story = await (async () => {
    await page.goto("/admin/stories");
    return page.locator("main a[href^='/admin/stories/']").first().getAttribute("href");
  })();
  for (const path of [...deskPages, story!]) {
    await page.goto(path);
    expect(await page.content(), path).not.toContain("$argon2");
  }
  // An action's answer too: the profile form posts and renders the account back.
  await page.goto("/admin/account");
  await page.getByLabel("Name").fill(await page.getByLabel("Name").inputValue());
  // Its answer is read on the way to the page: the page refreshes after the save, and Chromium drops the body of a
  // response the page has moved on from.
  const post = { url: "POST /admin/account", text: null as string | null };
  await page.route("**/admin/account", async (route) => {
    if (route.request().method() !== "POST") return route.fallback();
    const response = await route.fetch();
    post.text = await response.text();
    await route.fulfill({ response });
  });
  await page.getByRole("button", { name: "Save profile" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Profile saved." })).toBeVisible();
  await page.unrouteAll();
  const session = await page.request.get("/api/auth/session");
  const all = [...(await Promise.all(bodies)), post, { url: "GET /api/auth/session", text: await session.text() }];
  const unread = all.filter((b) => b.text === null).map((b) => b.url);
  for (const path of [...deskPages, story!])
    expect(unread, path).not.toContain(`GET ${new URL(path, page.url()).href}`);
  const read = all.filter((b) => b.text !== null);
  expect(read.some((b) => b.url.startsWith("POST "))).toBe(true);
  expect(read.length).toBeGreaterThan(8);
  for (const body of read) expect(body.text, body.url).not.toMatch(/\$argon2|passwordHash|password_hash/);
});

test("security headers: a nonce CSP on the desk, a strict cacheable one for readers, a safe session cookie", async ({
  page,
}) => {
  const login = await page.goto("/login");
  const deskCsp = login!.headers()["content-security-policy"]!;
  expect(deskCsp).toMatch(/script-src 'self' 'nonce-[^']+'/);
  expect(deskCsp).not.toMatch(/script-src[^;]*unsafe-inline/);
  expect(deskCsp).toContain("frame-ancestors 'none'");
  const home = await page.request.get("/");
  // The desk is never kept by a cache; the reader policy has no per-request nonce, so a cached page stays valid.
  expect(login!.headers()["cache-control"]).toBe("private, no-store");
  expect((await page.request.get("/")).headers()["content-security-policy"]).toBe(
    home.headers()["content-security-policy"],
  );
  expect(home.headers()["content-security-policy"]).not.toContain("nonce-");
  for (const res of [login!, home]) {
    expect(res.headers()["x-content-type-options"]).toBe("nosniff");
    expect(res.headers()["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    expect(res.headers()["strict-transport-security"]).toContain("max-age=");
  }
  const readerCsp = home.headers()["content-security-policy"]!;
  expect(readerCsp).toContain("object-src 'none'");
  expect(readerCsp).toContain("base-uri 'self'");
  expect(readerCsp).not.toMatch(/https?:\/\//);
  await signInAs(page, "journalist");
  const cookie = (await page.context().cookies()).find((c) => c.name.endsWith("authjs.session-token"))!;
  expect(cookie.httpOnly).toBe(true);
  expect(cookie.sameSite).toBe("Lax");
});

test("a failed validation keeps every word typed", async ({ page }) => {
  await signInAs(page, "admin");
  await page.goto("/admin/settings");
  await page.getByLabel("Site name").fill("The Pacific Ledger Daily");
  await page.getByLabel("Latitude").fill("123");
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Latitude is between -90 and 90." })).toBeVisible();
  await expect(page.getByLabel("Site name")).toHaveValue("The Pacific Ledger Daily");
  await expect(page.getByLabel("Latitude")).toHaveValue("123");
});

test("an editor adds an author with a photo", async ({ page }) => {
  await signInAs(page, "editor");
  await page.goto("/admin/authors");
  await page.getByRole("button", { name: "New author" }).click();
  await page.getByLabel("Name").fill("Metro Desk");
  await page.getByLabel("Kind").selectOption("desk");
  await page.getByLabel("Public email").fill("metro@example.com");
  await page.getByLabel("Bio").fill("The team covering Los Angeles city hall and neighborhoods.");
  await page.getByLabel("Photo").setInputFiles({
    name: "x.png",
    mimeType: "image/png",
    buffer: Buffer.from(
      "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==",
      "base64",
    ),
  });
  await page.getByRole("button", { name: "Save author" }).click();
  await expect(page.getByRole("status").filter({ hasText: 'Author "Metro Desk" saved.' })).toBeVisible();
  const row = page.locator("main li", { hasText: "Metro Desk" });
  await expect(row).toContainText("metro@example.com");
  // The photo was stored and is served: the row shows it, and its URL answers with an image.
  const src = await row.locator("img").getAttribute("src");
  expect(src).toMatch(/\/media\//);
  const photo = await page.request.get(src!);
  expect(photo.status()).toBe(200);
  expect(photo.headers()["content-type"]).toMatch(/^image\//);
});
