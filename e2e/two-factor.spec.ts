import type { Page } from "@playwright/test";
import { timeStep, totpCode } from "../lib/auth/totp";
import { createAccount, firstSignIn, signIn, signInAs } from "./desk-helpers";
import { expect, test } from "./fixtures";

// A person turns on two factors from the secret the account page shows (the codes are computed here, as an
// authenticator app would), then signs in with password and code; a used code and a used recovery code are refused.
test.describe.configure({ mode: "serial" });

const email = `two-factor-${Date.now() % 1_000_000}@example.com`;
const password = "a-chosen-pass-phrase-for-2fa";
let secret = "";
let recovery: string[] = [];
let lastUsedStep = 0;

async function signOut(page: Page) {
  await page.getByRole("button", { name: "Sign out", exact: true }).click();
  await expect(page).toHaveURL(/\/login/);
}

/**
 * A code for a step this account has not used yet (a code works once). The server takes one step either side of
 * now, as from a phone whose clock runs a little ahead, so the next step's code works at once; after that, the
 * next one comes within 30 s.
 */
async function freshCode(after: number): Promise<{ code: string; step: number }> {
  await expect.poll(() => timeStep() + 1, { timeout: 35_000, intervals: [500] }).toBeGreaterThan(after);
  // The current step, or the next one when the current one is spent.
  const step = Math.max(after + 1, timeStep());
  return { code: totpCode(secret, step), step };
}

test("two factors are set up from the account page: QR code, key, a code to confirm, recovery codes", async ({
  browser,
  page,
}) => {
  test.setTimeout(90_000);
  const admin = await createAccount(browser, {
    name: "Min Park",
    email,
    role: "editor",
    password: "temporary-pass-123",
  });
  await admin.close();
  await firstSignIn(page, email, "temporary-pass-123", password);
  await page.goto("/admin/account");
  await page.getByRole("button", { name: "Set up two-factor authentication" }).click();
  await expect(page.getByRole("img", { name: "QR code for your authenticator app" })).toBeVisible();
  secret = (await page.getByTestId("totp-secret").textContent()) ?? "";
  expect(secret).toMatch(/^[A-Z2-7]{32}$/);
  // A wrong code is refused, with the words on the field.
  await page.getByLabel("Code from the app").fill("000000");
  await page.getByRole("button", { name: "Turn on" }).click();
  await expect(page.getByText("That code did not match.")).toBeVisible();
  for (const width of [390, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `test-results/screens/two-factor-setup-${width}.png`, fullPage: true });
  }
  lastUsedStep = timeStep();
  await page.getByLabel("Code from the app").fill(totpCode(secret, lastUsedStep));
  await page.getByRole("button", { name: "Turn on" }).click();
  const list = page.getByTestId("recovery-codes");
  await expect(list).toBeVisible();
  recovery = (await list.getByRole("listitem").allTextContents()).map((c) => c.trim());
  expect(recovery).toHaveLength(10);
  await page.reload();
  await expect(page.getByText("Two-factor authentication is on. 10 recovery codes left.")).toBeVisible();
  // Shown once: the page no longer has them.
  await expect(page.getByTestId("recovery-codes")).toHaveCount(0);
});

test("sign-in asks for the code after the password; a code works once", async ({ page }) => {
  test.setTimeout(120_000);
  await signIn(page, email, password);
  // The right password alone opens nothing.
  await expect(page.getByLabel("Authentication code")).toBeVisible();
  expect((await page.request.get("/admin", { maxRedirects: 0 })).status()).toBe(307);
  await page.screenshot({ path: "test-results/screens/two-factor-code-step-390.png" });
  // The code that confirmed set-up is spent: the first sign-in waits for the next one, as a person would.
  const first = await freshCode(lastUsedStep);
  await page.getByLabel("Authentication code").fill(first.code);
  await page.getByRole("button", { name: "Verify" }).click();
  await expect(page).toHaveURL(/\/admin$/);
  await signOut(page);

  // The same code again is refused, however recent.
  await signIn(page, email, password);
  await page.getByLabel("Authentication code").fill(first.code);
  await page.getByRole("button", { name: "Verify" }).click();
  await expect(page.getByText("That code did not work.")).toBeVisible();
  await expect(page).toHaveURL(/\/login/);
  // A later code works.
  const next = await freshCode(first.step);
  await page.getByLabel("Authentication code").fill(next.code);
  await page.getByRole("button", { name: "Verify" }).click();
  await expect(page).toHaveURL(/\/admin$/);
  await signOut(page);
});

test("a recovery code signs in once", async ({ page }) => {
  await signIn(page, email, password);
  await page.getByLabel("Authentication code").fill(recovery[3]!.toUpperCase());
  await page.getByRole("button", { name: "Verify" }).click();
  await expect(page).toHaveURL(/\/admin$/);
  await page.goto("/admin/account");
  await expect(page.getByText("Two-factor authentication is on. 9 recovery codes left.")).toBeVisible();
  await signOut(page);
  await signIn(page, email, password);
  await page.getByLabel("Authentication code").fill(recovery[3]!);
  await page.getByRole("button", { name: "Verify" }).click();
  await expect(page.getByText("That code did not work.")).toBeVisible();
  await expect(page).toHaveURL(/\/login/);
});

async function setPolicy(page: Page, label: string, outcome = "Settings saved.") {
  await page.goto("/admin/settings");
  await page.getByLabel("Require two-factor authentication").selectOption({ label });
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByText(outcome)).toBeVisible();
}

test.describe("the newsroom requires two factors of editors", () => {
  const adminEmail = `admin-${email}`;
  let adminSecret = "";
  let adminStep = 0;
  /** The admin of this test, who has two factors (the rule cannot be set by an admin without them). */
  async function signInAdmin(page: Page) {
    await signIn(page, adminEmail, password);
    await expect.poll(() => timeStep(), { timeout: 35_000, intervals: [500] }).toBeGreaterThan(adminStep);
    adminStep = timeStep();
    await page.getByLabel("Authentication code").fill(totpCode(adminSecret, adminStep));
    await page.getByRole("button", { name: "Verify" }).click();
    await expect(page).toHaveURL(/\/admin$/);
  }

  test.afterAll(async ({ browser }) => {
    if (!adminSecret) return;
    const context = await browser.newContext();
    const page = await context.newPage();
    await signInAdmin(page);
    await setPolicy(page, "Not required");
    await context.close();
  });

  test("an admin without two factors cannot set the rule that would lock them out", async ({ page }) => {
    await signInAs(page, "admin");
    await setPolicy(page, "For editors and admins", "Turn on two-factor authentication for your own account first");
  });

  test("a new editor is led to set them up before the dashboard, and can do nothing else until then", async ({
    browser,
    page,
  }) => {
    test.setTimeout(180_000);
    // An admin with two factors sets the rule.
    const made = await createAccount(browser, {
      name: "Ara Choi",
      email: adminEmail,
      role: "admin",
      password: "temporary-pass-789",
    });
    await made.close();
    const adminContext = await browser.newContext();
    const admin = await adminContext.newPage();
    await firstSignIn(admin, adminEmail, "temporary-pass-789", password);
    await admin.goto("/admin/account");
    await admin.getByRole("button", { name: "Set up two-factor authentication" }).click();
    adminSecret = (await admin.getByTestId("totp-secret").textContent()) ?? "";
    adminStep = timeStep();
    await admin.getByLabel("Code from the app").fill(totpCode(adminSecret, adminStep));
    await admin.getByRole("button", { name: "Turn on" }).click();
    await expect(admin.getByTestId("recovery-codes")).toBeVisible();
    const editor = await createAccount(browser, {
      name: "Joon Lee",
      email: `policy-${email}`,
      role: "editor",
      password: "temporary-pass-456",
    });
    await editor.close();
    await setPolicy(admin, "For editors and admins");
    await adminContext.close();

    await signIn(page, `policy-${email}`, "temporary-pass-456");
    await expect(page).toHaveURL(/\/admin\/account/);
    await page.getByLabel("Current password").fill("temporary-pass-456");
    await page.getByLabel("New password", { exact: true }).fill(password);
    await page.getByLabel("New password again").fill(password);
    await page.getByRole("button", { name: "Change password" }).click();
    await expect(page).toHaveURL(/\/login\?changed=1/);
    await signIn(page, `policy-${email}`, password);
    await expect(page).toHaveURL(/\/admin\/account\?two-factor=1$/);
    await expect(
      page.getByText("Your newsroom asks everyone in your role to use two-factor authentication."),
    ).toBeVisible();
    // Any other desk page leads back here.
    await page.goto("/admin/stories");
    await expect(page).toHaveURL(/\/admin\/account\?two-factor=1$/);
    await page.getByRole("button", { name: "Set up two-factor authentication" }).click();
    const key = (await page.getByTestId("totp-secret").textContent()) ?? "";
    await page.getByLabel("Code from the app").fill(totpCode(key, timeStep()));
    await page.getByRole("button", { name: "Turn on" }).click();
    await expect(page.getByTestId("recovery-codes")).toBeVisible();
    await page.goto("/admin/stories");
    await expect(page).toHaveURL(/\/admin\/stories$/);
  });
});
