import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { staff } from "./desk-helpers";
import { startOidcProvider, type TestIdp } from "./oidc-provider";
import { startOwnServer, type OwnServer } from "./own-server";

// Single sign-on against a real OpenID Connect provider (oidc-provider) started here, with a server of its own whose
// environment configures SSO, so the main server stays without it. The provider's development login page takes any
// login: the login typed is the account's email (e2e/oidc-provider.ts).
const PORT = Number(process.env.E2E_PORT ?? 3100) + 40;
const IDP_PORT = PORT + 1;
const NAME = "Example Workspace";
let server: OwnServer;
let idp: TestIdp;

test.describe.configure({ mode: "serial" });
test.beforeAll(async () => {
  test.setTimeout(120_000);
  const url = `http://127.0.0.1:${PORT}`;
  idp = await startOidcProvider({
    port: IDP_PORT,
    clientId: "masthead-desk",
    clientSecret: "sso-spec-client-secret-0123456789",
    redirectUri: `${url}/api/auth/callback/sso`,
  });
  server = await startOwnServer({
    port: PORT,
    env: {
      SSO_ISSUER: idp.issuer,
      SSO_CLIENT_ID: "masthead-desk",
      SSO_CLIENT_SECRET: "sso-spec-client-secret-0123456789",
      SSO_NAME: NAME,
    },
  });
});
test.afterAll(async () => {
  await server?.stop();
  await idp?.stop();
});

/** From the login page, through the provider's login page, as `login`; back on the desk or the login page. */
async function signInThroughProvider(page: Page, login: string) {
  await page.goto(`${server.url}/login`);
  await page.getByRole("button", { name: `Sign in with ${NAME}` }).click();
  await expect(page).toHaveURL(new RegExp(`^${idp.issuer}/interaction/`));
  await page.locator('input[name="login"]').fill(login);
  await page.locator('input[name="password"]').fill("anything");
  await page.getByRole("button", { name: "Sign-in" }).click();
  await page.waitForURL((u) => u.origin === server.url);
}

test("an existing editor signs in through SSO and lands on the desk with their own role", async ({ page }) => {
  // The provider's address differs in case from the account's; the match ignores case.
  await signInThroughProvider(page, staff.editor.email.toUpperCase());
  await expect(page).toHaveURL(`${server.url}/admin`);
  await page.goto(`${server.url}/admin/account`);
  await expect(page.getByText(`${staff.editor.email} · editor`)).toBeVisible();
  await expect(page.getByTestId("sessions").getByText("through single sign-on")).toBeVisible();
});

test("an unknown or unverified email is refused on the login page, with what to do", async ({ page }) => {
  await signInThroughProvider(page, "stranger@example.com");
  await expect(page).toHaveURL(/\/login\?error=sso_no_account$/);
  await expect(page.getByRole("alert").filter({ hasText: "ask an admin to invite you" })).toBeVisible();
  await page.context().clearCookies();
  await signInThroughProvider(page, `unverified.${staff.editor.email}`);
  await expect(page.getByRole("alert").filter({ hasText: "has not verified that email address" })).toBeVisible();
  await expect(page.getByLabel("Password")).toBeVisible();
});

test("SSO only, turned on by an admin signed in through SSO, refuses passwords in the form and on the server", async ({
  page,
  browser,
  request,
}) => {
  await signInThroughProvider(page, staff.admin.email);
  await expect(page).toHaveURL(`${server.url}/admin`);
  await page.goto(`${server.url}/admin/settings`);
  await page.getByLabel(`Staff sign in only through ${NAME} (SSO only)`).check();
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Settings saved." })).toBeVisible();

  // A new browser: no password form, only the provider.
  const other = await browser.newPage();
  await other.goto(`${server.url}/login`);
  await expect(other.getByRole("button", { name: `Sign in with ${NAME}` })).toBeVisible();
  await expect(other.getByLabel("Password")).toHaveCount(0);
  await expect(other.getByText(`signs in through ${NAME} only`)).toBeVisible();
  await other.close();

  // Straight to Auth.js with the right password: refused, and no session cookie.
  const csrf = await request.get(`${server.url}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const res = await request.post(`${server.url}/api/auth/callback/credentials`, {
    form: { email: staff.editor.email, password: staff.editor.password, csrfToken },
    maxRedirects: 0,
  });
  expect(res.status()).toBe(302);
  expect(res.headers()["location"]).toContain("code=sso_only");
  expect(res.headers()["set-cookie"] ?? "").not.toContain("session-token");
  expect((await request.get(`${server.url}/api/auth/session`).then((r) => r.json())) ?? {}).not.toHaveProperty("user");
});
