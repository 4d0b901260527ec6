import { expect, test } from "./fixtures";
import { signInAs } from "./desk-helpers";

const deskPages = ["/admin", "/admin/stories", "/admin/authors", "/admin/staff", "/admin/settings", "/admin/account"];

test("no desk page or response ever carries a password hash", async ({ page }) => {
  const bodies: string[] = [];
  page.on("response", async (res) => {
    if (!res.url().includes("/_next/static")) bodies.push(await res.text().catch(() => ""));
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
  const session = await page.request.get("/api/auth/session");
  bodies.push(await session.text());
  expect(bodies.length).toBeGreaterThan(8);
  for (const body of bodies) expect(body).not.toMatch(/\$argon2|passwordHash|password_hash/);
});

test("security headers: a nonce CSP on the desk, a strict cacheable one for readers, a safe session cookie", async ({ page }) => {
  const login = await page.goto("/login");
  const deskCsp = login!.headers()["content-security-policy"]!;
  expect(deskCsp).toMatch(/script-src 'self' 'nonce-[^']+'/);
  expect(deskCsp).not.toMatch(/script-src[^;]*unsafe-inline/);
  expect(deskCsp).toContain("frame-ancestors 'none'");
  const home = await page.request.get("/");
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

test("an editor's headline edit reaches the article page, and a stale save is refused with both texts", async ({ page, browser }) => {
  await signInAs(page, "editor");
  await page.goto("/admin/stories");
  const published = page.locator("main li", { hasText: "Published" }).first();
  await published.locator("a").click();
  await expect(page.getByRole("heading", { name: "Edit story" })).toBeVisible();
  const articleHref = await page.getByRole("link", { name: "View on the site" }).getAttribute("href");
  // A second tab opens the same version before the first saves.
  const other = await page.context().newPage();
  await other.goto(page.url());
  const headline = `Council approves the budget ${Date.now()}`;
  await page.getByLabel("Headline").fill(headline);
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
  const reader = await browser.newPage();
  await reader.goto(articleHref!);
  await expect(reader.getByRole("heading", { level: 1 })).toHaveText(headline);
  await reader.close();
  await other.getByLabel("Dek").fill("My own dek from the stale tab");
  await other.getByRole("button", { name: "Save" }).click();
  await expect(other.getByRole("alert").filter({ hasText: "Someone else saved this story" })).toBeVisible();
  await expect(other.getByRole("heading", { name: /Their version/ })).toBeVisible();
  await expect(other.getByText(headline)).toBeVisible();
  await expect(other.getByLabel("Dek")).toHaveValue("My own dek from the stale tab");
  await other.close();
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
  await page.getByLabel("Photo").setInputFiles({ name: "x.png", mimeType: "image/png", buffer: Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==", "base64") });
  await page.getByRole("button", { name: "Save author" }).click();
  await expect(page.getByRole("status").filter({ hasText: 'Author "Metro Desk" saved.' })).toBeVisible();
  await expect(page.locator("main li", { hasText: "Metro Desk" })).toContainText("metro@example.com");
});
