import type { APIRequestContext, Browser, Page } from "@playwright/test";
import { demoStaff } from "../db/seed/demo-staff";
import { expect } from "./fixtures";
import { path } from "./helpers";

type Role = (typeof demoStaff)[number]["role"];
/** The seeded demo logins, by role. */
export const staff = Object.fromEntries(demoStaff.map((s) => [s.role, s])) as Record<Role, (typeof demoStaff)[number]>;

// The one message the server shows for every sign-in failure.
export { LOGIN_FAILED } from "../lib/auth/messages";

export async function signIn(page: Page, email: string, password: string): Promise<void> {
  await page.goto("/login");
  await page.waitForLoadState("networkidle");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

export async function signInAs(page: Page, who: keyof typeof staff): Promise<void> {
  await signIn(page, staff[who].email, staff[who].password);
  await expect(page).toHaveURL(/\/admin$/);
}

/** An admin (in its own browser context) creates an account with a temporary password (the no-mail way). */
export async function createAccount(
  browser: Browser,
  account: { name: string; email: string; role: string; password: string },
) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signInAs(page, "admin");
  await page.goto("/admin/staff");
  await page.getByText("No mail server? Create an account with a temporary password").click();
  const form = page.locator("form", { has: page.getByRole("button", { name: "Create account" }) });
  await form.getByLabel("Name").fill(account.name);
  await form.getByLabel("Email").fill(account.email);
  await form.getByLabel("Role").selectOption(account.role);
  await form.getByLabel("Temporary password").fill(account.password);
  await form.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Account created" })).toBeVisible();
  return { admin: page, close: () => context.close() };
}

/** First sign-in with a temporary password: the desk asks for a new one before anything else. */
export async function firstSignIn(page: Page, email: string, temporary: string, chosen: string): Promise<void> {
  await signIn(page, email, temporary);
  await expect(page).toHaveURL(/\/admin\/account/);
  await page.waitForLoadState("networkidle"); // hydrated, so the form submits through React
  await page.getByLabel("Current password").fill(temporary);
  await page.getByLabel("New password", { exact: true }).fill(chosen);
  await page.getByLabel("New password again").fill(chosen);
  await page.getByRole("button", { name: "Change password" }).click();
  // The temporary password's session ends with it: sign in again with the chosen one.
  await expect(page).toHaveURL(/\/login\?changed=1/);
  await signIn(page, email, chosen);
  await expect(page).toHaveURL(/\/admin$/);
}

/** The story editor's soft-lock heartbeat (the only desk call that carries the tab's id) is answered. */
export const heartbeatAnswered = (page: Page) =>
  page.waitForResponse((r) => r.request().method() === "POST" && (r.request().postData() ?? "").includes('"tab"'));

/**
 * The editor's status line says "Saved" with no "Unsaved changes" beside it, both seen at once (autosave waits 2.5 s
 * after the last keystroke). "Saved" alone can be an earlier save that ended after the last change was made.
 */
export const saved = (page: Page) =>
  expect
    .poll(
      async () =>
        (await page
          .getByRole("status")
          .filter({ hasText: /Saved \d/ })
          .count()) > 0 && (await page.getByText("Unsaved changes").count()) === 0,
      { message: "saved, with no unsaved changes", timeout: 15_000 },
    )
    .toBe(true);

/**
 * When the seed story a test edited or unpublished does not read as the seed has it, an editor in a fresh browser
 * puts its headline back and publishes it, and the reader page must then read right. Later specs count on the
 * seed's stories being live as seeded.
 */
async function restoreSeedStory(
  browser: Browser,
  request: APIRequestContext,
  story: { headline: string; section: string; slug: string },
  readsAsSeeded: (html: string) => boolean,
): Promise<void> {
  const right = async () => {
    const res = await request.get(path(story));
    return res.status() === 200 && readsAsSeeded(await res.text());
  };
  if (await right()) return;
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await signInAs(page, "editor");
    await page.goto("/admin/stories");
    await page.getByRole("link", { name: story.headline }).first().click();
    const headline = page.getByLabel("Headline");
    if ((await headline.inputValue()) !== story.headline) {
      await headline.fill(story.headline);
      await saved(page);
    }
    // Live with nothing pending offers no Publish: the reader page may only have been catching up.
    const publish = page.getByRole("button", { name: "Publish", exact: true });
    if (
      await publish.waitFor({ timeout: 5_000 }).then(
        () => true,
        () => false,
      )
    ) {
      await publish.click();
      await page.getByRole("button", { name: /^Publish (changes )?now$/ }).click();
      await expect(page.getByText("Published.", { exact: true })).toBeVisible();
    }
  } finally {
    await context.close();
  }
  await expect.poll(right, { message: `${story.slug} is live as seeded again`, timeout: 5_000 }).toBe(true);
}

/**
 * Runs a test's steps on a seed story, then puts the story back (restoreSeedStory) whether they passed or not. When
 * the steps failed, theirs is the error reported, and a failure to put the story back is logged beside it.
 */
export async function restoringSeedStory(
  browser: Browser,
  request: APIRequestContext,
  story: { headline: string; section: string; slug: string },
  readsAsSeeded: (html: string) => boolean,
  steps: () => Promise<void>,
): Promise<void> {
  try {
    await steps();
  } catch (error) {
    await restoreSeedStory(browser, request, story, readsAsSeeded).catch((e: unknown) =>
      console.error(`${story.slug} was not put back as seeded: ${String(e)}`),
    );
    throw error;
  }
  await restoreSeedStory(browser, request, story, readsAsSeeded);
}

/** Leaves the story editor for the story list, as a person does, and waits until the tab has let go of the lock. */
export async function leaveForStoryList(page: Page): Promise<void> {
  const released = page.waitForEvent("requestfinished", (r) => r.url().includes("/release?tab="));
  await page.getByRole("link", { name: "Stories", exact: true }).first().click();
  await released;
}
