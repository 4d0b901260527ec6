import { expect, test } from "./fixtures";
import { createAccount, firstSignIn, LOGIN_FAILED, signIn, signInAs } from "./desk-helpers";

test("an anonymous visitor is sent from the desk to sign in", async ({ page }) => {
  await page.goto("/admin/staff");
  await expect(page).toHaveURL(/\/login\?next=%2Fadmin%2Fstaff$/);
  await expect(page.getByRole("heading", { name: "Sign in to the desk" })).toBeVisible();
});

test("a journalist gets a plain 403 on staff and settings, and sees no link to them", async ({ page, browser }) => {
  await signInAs(page, "journalist");
  const nav = page.getByRole("navigation", { name: "Desk" });
  // A positive control first: the nav is there and lists what a journalist may open.
  await expect(nav.getByRole("link", { name: "Stories" })).toBeVisible();
  for (const name of ["Staff", "Settings", "Authors", "Audit log"])
    await expect(nav.getByRole("link", { name })).toHaveCount(0);
  for (const path of ["/admin/staff", "/admin/settings", "/admin/authors"]) {
    const res = await page.goto(path);
    expect(res?.status(), path).toBe(403);
    await expect(page.getByRole("heading", { name: "Not allowed" })).toBeVisible();
  }
  const ok = await page.goto("/admin/stories");
  expect(ok?.status()).toBe(200);
  // A story someone else wrote: the page itself refuses, after loading the story.
  const editor = await browser.newContext();
  const editorPage = await editor.newPage();
  await signInAs(editorPage, "editor");
  await editorPage.goto("/admin/stories");
  const href = await editorPage.locator("main a[href^='/admin/stories/']").first().getAttribute("href");
  await editor.close();
  await page.goto(href!);
  await expect(page.getByRole("heading", { name: "Not allowed" })).toBeVisible();
  await expect(page.getByLabel("Headline")).toHaveCount(0);
});

test("a wrong password, an unknown email and a locked account all get the same message", async ({ page, browser }) => {
  const account = {
    name: "Lock Test",
    email: "lock.test@example.com",
    role: "journalist",
    password: "temporary-pass-lock-1",
  };
  const { close } = await createAccount(browser, account);
  await close();
  await signIn(page, "no.such.person@example.com", "whatever-password-1");
  await expect(page.getByRole("alert").filter({ hasText: LOGIN_FAILED })).toBeVisible();
  await page.getByLabel("Email").fill(account.email);
  const tryPassword = async (password: string) => {
    await page.getByLabel("Password").fill(password);
    // Each try waits for the server's answer: a click while the last one is pending would send nothing.
    await Promise.all([
      page.waitForResponse((r) => r.request().method() === "POST" && new URL(r.url()).pathname === "/login"),
      page.getByRole("button", { name: "Sign in" }).click(),
    ]);
    await expect(page.getByRole("alert").filter({ hasText: LOGIN_FAILED })).toBeVisible();
    await expect(page.getByRole("button", { name: "Sign in" })).toBeEnabled();
  };
  // The server's waits (pairDelayMs in db/mutations/login-attempts.ts): none for three failures, then 1 s, 4 s, 16 s.
  // The test waits each one out, so its fifth failure is counted for certain and the account then waits 16 s, more
  // than the next try takes on the busiest machine. (Twenty tries as fast as possible raced the 4 s wait.)
  for (const [i, pause] of [0, 0, 0, 1_200, 4_200].entries()) {
    await page.waitForTimeout(pause);
    await tryPassword(`wrong-password-${i}`);
  }
  // The right password is refused while the account waits, with the very same words.
  await tryPassword(account.password);
  await expect(page).toHaveURL(/\/login/);
});

test("a deactivated user's open session loses access on its next request", async ({ page, browser }) => {
  const account = {
    name: "Dee Activated",
    email: "dee@example.com",
    role: "journalist",
    password: "temporary-pass-dee-1",
  };
  const { admin, close } = await createAccount(browser, account);
  await firstSignIn(page, account.email, account.password, "dee-own-password-2026");
  await page.goto("/admin/stories");
  await expect(page.getByRole("heading", { name: "Stories" })).toBeVisible();
  await admin.goto("/admin/staff");
  await admin.getByRole("listitem", { name: "Dee Activated" }).getByRole("button", { name: "Deactivate" }).click();
  await expect(admin.getByRole("status").filter({ hasText: "Account deactivated" })).toBeVisible();
  await close();
  // The next request (following a desk link) finds the session void and lands on the sign-in page.
  await page.getByRole("link", { name: /Dee Activated/ }).click();
  await expect(page).toHaveURL(/\/login/);
  await expect(page.getByRole("heading", { name: "Sign in to the desk" })).toBeVisible();
  await expect(page).toHaveTitle(/Sign in/);
});

test("a demoted editor's open session ends: their next action is refused and the desk sends them to sign in", async ({
  page,
  browser,
}) => {
  const account = { name: "Dem Oted", email: "demoted@example.com", role: "editor", password: "temporary-pass-dem-1" };
  const { admin, close } = await createAccount(browser, account);
  await firstSignIn(page, account.email, account.password, "demoted-own-password-2026");
  await page.goto("/admin/stories");
  await page.locator("main a[href^='/admin/stories/']").first().click();
  await expect(page.getByRole("button", { name: "Unpublish", exact: true })).toBeVisible();
  await admin.goto("/admin/staff");
  const row = admin.getByRole("listitem", { name: "Dem Oted" });
  await row.getByLabel("Role for Dem Oted").selectOption("journalist");
  await row.getByRole("button", { name: "Change role" }).click();
  await expect(admin.getByRole("status").filter({ hasText: "Role changed" })).toBeVisible();
  await close();
  // The page still shows the button; the server refuses.
  await page.getByRole("button", { name: "Unpublish", exact: true }).click();
  await page.getByRole("button", { name: "Unpublish now" }).click();
  // Refused on the server: the save the desk makes before a move, or the move itself, says so; or the desk finds the
  // session ended (a role change ends it) and goes straight to sign-in.
  const refused = page.getByText(/You do not have permission to do that\.|so nothing was sent/).first();
  await expect(async () => expect((await refused.isVisible()) || /\/login/.test(page.url())).toBe(true)).toPass();
  await page.reload();
  await expect(page).toHaveURL(/\/login/);
});

test("changing your own password signs out every browser, and the new password signs back in", async ({
  page,
  browser,
}) => {
  const account = {
    name: "Pat Password",
    email: "pat@example.com",
    role: "journalist",
    password: "temporary-pass-pat-1",
  };
  const { close } = await createAccount(browser, account);
  await close();
  await firstSignIn(page, account.email, account.password, "pat-first-password-2026");
  const elsewhere = await browser.newContext();
  const other = await elsewhere.newPage();
  await signIn(other, account.email, "pat-first-password-2026");
  await expect(other).toHaveURL(/\/admin$/);

  await page.goto("/admin/account");
  await page.getByLabel("Current password").fill("pat-first-password-2026");
  await page.getByLabel("New password", { exact: true }).fill("pat-second-password-2026");
  await page.getByLabel("New password again").fill("pat-second-password-2026");
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page).toHaveURL(/\/login\?changed=1/);
  await expect(page.getByRole("status").filter({ hasText: "Your password was changed" })).toBeVisible();
  await signIn(page, account.email, "pat-first-password-2026");
  await expect(page.getByRole("alert").filter({ hasText: LOGIN_FAILED })).toBeVisible();
  await signIn(page, account.email, "pat-second-password-2026");
  await expect(page).toHaveURL(/\/admin$/);

  await other.goto("/admin/stories");
  await expect(other).toHaveURL(/\/login/);
  await elsewhere.close();
});
