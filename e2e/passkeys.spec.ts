import type { Page } from "@playwright/test";
type Credential = Awaited<ReturnType<typeof virtualAuthenticatorCredentials>>[number];
import { baseURL } from "../playwright.config";
import { createAccount, firstSignIn, signIn } from "./desk-helpers";
import { expect, test } from "./fixtures";

// A person adds a passkey (Chromium's virtual authenticator, through CDP), names it, signs out and signs in with the
// passkey alone; the newsroom's two-factor rule is met by it; the last one cannot be removed while the rule holds.
// WebAuthn takes no IP address as its relying party: the desk's passkeys live at localhost (lib/auth/passkeys.ts).
test.describe.configure({ mode: "serial" });
test.use({ baseURL: baseURL.replace("127.0.0.1", "localhost") });

const email = `passkey-${Date.now() % 1_000_000}@example.com`;
const password = "a-chosen-pass-phrase-for-keys";
const hostileName = `<img src=x onerror="window.pwned=1">Work laptop`;

async function virtualAuthenticator(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("WebAuthn.enable");
  const { authenticatorId } = await cdp.send("WebAuthn.addVirtualAuthenticator", {
    options: {
      protocol: "ctap2",
      transport: "internal",
      hasResidentKey: true,
      hasUserVerification: true,
      isUserVerified: true,
    },
  });
  return { cdp, authenticatorId };
}

async function virtualAuthenticatorCredentials(a: Awaited<ReturnType<typeof virtualAuthenticator>>) {
  return (await a.cdp.send("WebAuthn.getCredentials", { authenticatorId: a.authenticatorId })).credentials;
}

async function signOut(page: Page) {
  await page.getByRole("button", { name: "Sign out", exact: true }).click();
  await expect(page).toHaveURL(/\/login/);
}

async function setPolicy(page: Page, label: string) {
  await page.goto("/admin/settings");
  await page.getByLabel("Require two-factor authentication").selectOption({ label });
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByText("Settings saved.")).toBeVisible();
}

// The rule must not outlive this spec, whatever failed in it (the next specs sign in as editors and admins): the
// passkey admin, with their passkey copied into a fresh authenticator, turns it off again. (The copy's counter is set
// ahead: one copied earlier and behind the desk's count is refused as a clone, which the desk does.)
let rule: { credential: Credential } | null = null;
test.afterAll(async ({ browser }) => {
  if (!rule) return;
  const context = await browser.newContext({ baseURL: baseURL.replace("127.0.0.1", "localhost") });
  const page = await context.newPage();
  const { cdp, authenticatorId } = await virtualAuthenticator(page);
  await cdp.send("WebAuthn.addCredential", { authenticatorId, credential: { ...rule.credential, signCount: 1_000 } });
  await page.goto("/login");
  await page.waitForLoadState("networkidle");
  await page.getByRole("button", { name: "Use a passkey" }).click();
  await expect(page).toHaveURL(/\/admin$/);
  await setPolicy(page, "Not required");
  await context.close();
});

test("a passkey is added and named, signs in alone, meets the two-factor rule, and is removed", async ({
  browser,
  page,
}) => {
  test.setTimeout(120_000);
  const made = await createAccount(browser, { name: "Dana Cho", email, role: "admin", password: "temporary-pass-321" });
  await made.close();
  const authenticator = await virtualAuthenticator(page);
  const held = () => virtualAuthenticatorCredentials(authenticator);
  await firstSignIn(page, email, "temporary-pass-321", password);

  await page.goto("/admin/account");
  const panel = page.getByRole("region", { name: "Passkeys" });
  // A wrong password adds nothing, and the browser is not asked.
  await panel.getByLabel("Device").fill(hostileName);
  await panel.getByLabel("Your password").fill("not-my-password-at-all");
  await panel.getByRole("button", { name: "Add a passkey" }).click();
  await expect(panel.getByText("That is not your current password.")).toBeVisible();
  expect(await held()).toHaveLength(0);
  await panel.getByLabel("Your password").fill(password);
  await panel.getByRole("button", { name: "Add a passkey" }).click();
  await expect(panel.getByRole("status").filter({ hasText: "added." })).toBeVisible();
  const item = panel.getByTestId("passkeys").getByRole("listitem");
  // The name is the person's text: shown as typed, never as markup.
  await expect(item).toHaveCount(1);
  await expect(item.getByText(hostileName, { exact: true })).toBeVisible();
  await expect(item).toContainText("not used yet");
  expect(await page.evaluate(() => "pwned" in window)).toBe(false);
  expect(await panel.locator("img").count()).toBe(0);
  const [credential] = await held();
  expect(credential?.isResidentCredential).toBe(true);
  // Renamed.
  await item.getByRole("button", { name: /^Rename/ }).click();
  await item.getByLabel(/^New name for/).fill("Work laptop");
  await item.getByRole("button", { name: "Save name" }).click();
  await expect(item.getByText("Work laptop", { exact: true })).toBeVisible();
  for (const width of [390, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    await panel.screenshot({ path: `test-results/screens/passkeys-panel-${width}.png` });
  }

  // An admin with a passkey may require two factors of editors and admins: the passkey meets the rule.
  rule = { credential: (await held())[0]! };
  await setPolicy(page, "For editors and admins");
  await signOut(page);
  for (const width of [390, 1280]) {
    await page.setViewportSize({ width, height: 800 });
    await page.screenshot({ path: `test-results/screens/passkeys-login-${width}.png`, fullPage: true });
  }
  await page.waitForLoadState("networkidle");
  await page.getByRole("button", { name: "Use a passkey" }).click();
  await expect(page).toHaveURL(/\/admin$/);
  await page.goto("/admin/account");
  await expect(item).toContainText("last used");
  expect((await held())[0]!.signCount).toBeGreaterThan(credential!.signCount);

  // A password alone does not open an account that has a passkey: the passkey is asked for.
  await signOut(page);
  await signIn(page, email, password);
  await expect(page.getByText(`${email} signs in with a passkey`)).toBeVisible();
  await expect(page).toHaveURL(/\/login/);
  await page.getByRole("button", { name: "Use your passkey" }).click();
  await expect(page).toHaveURL(/\/admin$/);

  // The last passkey stays while the rule needs it; without the rule it goes, and the account page says so.
  await page.goto("/admin/account");
  await item.getByRole("button", { name: /^Remove/ }).click();
  await expect(panel.getByText("Your newsroom requires two factors")).toBeVisible();
  await setPolicy(page, "Not required");
  rule = null;
  await page.goto("/admin/account");
  await item.getByRole("button", { name: /^Remove/ }).click();
  await expect(panel.getByTestId("passkeys")).toHaveCount(0);

  // The authenticator still holds it, but the desk no longer knows it.
  await signOut(page);
  await page.waitForLoadState("networkidle");
  await page.getByRole("button", { name: "Use a passkey" }).click();
  await expect(page.getByText("That passkey did not sign you in.")).toBeVisible();
  await expect(page).toHaveURL(/\/login/);
});
