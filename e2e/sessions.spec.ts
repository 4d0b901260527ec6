import type { Browser, BrowserContext } from "@playwright/test";
import { createAccount, firstSignIn, signIn, signInAs } from "./desk-helpers";
import { expect, test } from "./fixtures";

/** A second browser holding a copy of the first one's cookies, as a thief would. */
async function copyOf(browser: Browser, from: BrowserContext): Promise<BrowserContext> {
  const thief = await browser.newContext();
  await thief.addCookies(await from.cookies());
  return thief;
}

test("a copied session cookie stops working when its owner signs out", async ({ page, browser }) => {
  await signInAs(page, "editor");
  const thief = await copyOf(browser, page.context());
  const stolen = await thief.newPage();
  await stolen.goto("/admin/stories");
  await expect(stolen).toHaveURL(/\/admin\/stories$/); // the copy works while the session lives
  // Unsaved text kept in this browser, by this user and an older one: none of it outlives the sign-out.
  await page.evaluate(() =>
    ["masthead:draft:u1:s1:3", "masthead:draft:s2:4:theirs"].forEach((k) => localStorage.setItem(k, "{}")),
  );
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/login/);
  expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith("masthead:draft:")))).toEqual(
    [],
  );
  await stolen.goto("/admin/stories");
  await expect(stolen).toHaveURL(/\/login/);
  await thief.close();
});

test("a session opened with a temporary password ends at the first change; the new password opens a new one", async ({
  page,
  browser,
}) => {
  const account = {
    name: "Tem Porary",
    email: "temporary.session@example.com",
    role: "journalist",
    password: "temporary-pass-tem-1",
  };
  const { close } = await createAccount(browser, account);
  await close();
  await signIn(page, account.email, account.password);
  await expect(page).toHaveURL(/\/admin\/account/);
  const thief = await copyOf(browser, page.context());
  await page.waitForLoadState("networkidle");
  await page.getByLabel("Current password").fill(account.password);
  await page.getByLabel("New password", { exact: true }).fill("tem-own-password-2026");
  await page.getByLabel("New password again").fill("tem-own-password-2026");
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page).toHaveURL(/\/login\?changed=1/);
  const stolen = await thief.newPage();
  await stolen.goto("/admin/account");
  await expect(stolen).toHaveURL(/\/login/);
  await signIn(page, account.email, "tem-own-password-2026");
  await expect(page).toHaveURL(/\/admin$/);
  await page.goto("/admin/stories");
  await expect(page).toHaveURL(/\/admin\/stories$/);
  await thief.close();
});

test("the account page lists sessions and ends another browser's; an admin can end all of a person's", async ({
  page,
  browser,
}) => {
  test.setTimeout(90_000);
  const account = {
    name: "Ses Sions",
    email: "sessions.list@example.com",
    role: "journalist",
    password: "temporary-pass-ses-1",
  };
  const { admin, close } = await createAccount(browser, account);
  const elsewhere = await browser.newContext();
  const other = await elsewhere.newPage();
  // First sign-in and password change in one browser, then a second browser signs in with the new password.
  await firstSignIn(page, account.email, account.password, "ses-own-password-2026");
  await signIn(other, account.email, "ses-own-password-2026");
  await expect(other).toHaveURL(/\/admin$/);

  await page.goto("/admin/account");
  const rows = page.getByTestId("sessions").locator("li");
  await expect(rows).toHaveCount(2);
  await rows.filter({ hasNotText: "This browser" }).getByRole("button", { name: "End session" }).click();
  await expect(rows).toHaveCount(1);
  await other.goto("/admin/stories");
  await expect(other).toHaveURL(/\/login/);

  await admin.goto("/admin/staff");
  await admin.getByRole("listitem", { name: account.name }).getByRole("button", { name: "End sessions" }).click();
  await expect(admin.getByText("Ended 1 session.")).toBeVisible();
  await page.goto("/admin/stories");
  await expect(page).toHaveURL(/\/login/);
  await elsewhere.close();
  await close();
});

// With Cache Components a page streams its prerendered shell with a 200 before its own checks run, so proxy.ts
// checks the session against the database first.
test("a request for the desk with an ended session's cookie is answered with a redirect, not a streamed page", async ({
  page,
  browser,
}) => {
  await signInAs(page, "editor");
  const thief = await copyOf(browser, page.context());
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/login/);
  // The same answer as for no cookie at all: a redirect before any byte of the desk is sent.
  for (const path of ["/admin", "/admin/stories"]) {
    const res = await thief.request.get(path, { maxRedirects: 0 });
    expect(res.status(), path).toBe(307);
    expect(new URL(res.headers()["location"]!, "http://x").pathname, path).toBe("/login");
  }
  await thief.close();
});
