import type { Browser } from "@playwright/test";
import { saved, signInAs, staff } from "./desk-helpers";
import { expect, test } from "./fixtures";

const headline = `Library extends its night hours ${Date.now() % 100000}`;

/** The journalist starts a story (in the first section, Local), gives it a headline and submits it; its desk path. */
async function submitNewStory(browser: Browser, title: string): Promise<string> {
  const writer = await browser.newContext();
  const page = await writer.newPage();
  await signInAs(page, "journalist");
  await page.getByRole("button", { name: "New story" }).first().click();
  await expect(page).toHaveURL(/\/admin\/stories\/[0-9a-f-]{36}$/);
  await expect(page.getByLabel("Section").locator("option:checked")).toHaveText("Local");
  const storyUrl = new URL(page.url()).pathname;
  await page.getByLabel("Headline").fill(title);
  await saved(page);
  await page.getByRole("button", { name: "Submit for review" }).click();
  await expect(page.getByText("Submitted for review")).toBeVisible();
  await writer.close();
  return storyUrl;
}

test("a journalist submits; an editor sees the count and the notification, and opens the story", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const storyUrl = await submitNewStory(browser, headline);

  const desk = await browser.newContext();
  const editor = await desk.newPage();
  await signInAs(editor, "editor");
  const bell = editor.getByRole("link", { name: /^Notifications \d+ unread$/ });
  await expect(bell).toBeVisible();
  const before = Number(/\d+/.exec((await bell.textContent()) ?? "")![0]);
  expect(before).toBeGreaterThan(0);
  await bell.click();
  await expect(editor.getByRole("heading", { level: 1, name: "Notifications" })).toBeVisible();
  const item = editor.getByRole("link", { name: `${staff.journalist.name} submitted “${headline}” for review.` });
  // Newest first: this one heads the list.
  await expect(editor.getByRole("main").getByRole("listitem").first().getByRole("link")).toHaveText(
    `${staff.journalist.name} submitted “${headline}” for review.`,
  );
  for (const width of [390, 1280]) {
    await editor.setViewportSize({ width, height: 900 });
    await editor.screenshot({ path: `test-results/screens/notifications-${width}.png`, fullPage: true });
  }
  // Marking one read lowers the count; the link opens the story.
  await editor.getByRole("main").getByRole("listitem").first().getByRole("button", { name: "Mark read" }).click();
  await expect(editor.getByRole("link", { name: new RegExp(`^Notifications( ${before - 1} unread)?$`) })).toBeVisible();
  await item.click();
  await expect(editor).toHaveURL(new RegExp(`${storyUrl}$`));
  await expect(editor.getByLabel("Headline")).toHaveValue(headline);
  await desk.close();
});

test("an admin gives an editor a section: a story submitted there goes to that editor alone", async ({ browser }) => {
  test.setTimeout(120_000);
  const desk = await browser.newContext();
  const admin = await desk.newPage();
  await signInAs(admin, "admin");
  const sections = async (tick: boolean) => {
    await admin.goto("/admin/staff");
    const row = admin.getByRole("listitem", { name: staff.editor.name });
    await row.getByText("Sections they edit").click();
    await row.getByRole("checkbox", { name: "Local" }).setChecked(tick);
    await row.getByRole("button", { name: "Save sections" }).click();
    await expect(row.getByRole("status")).toHaveText(
      tick
        ? `${staff.editor.name} edits 1 section: submissions there go to them first.`
        : `${staff.editor.name} edits no section of their own.`,
    );
  };
  await sections(true);
  try {
    await expect(admin.getByRole("listitem", { name: staff.editor.name })).toContainText("Sections they edit: Local");
    const title = `Council adds a night bus ${Date.now() % 100000}`;
    await submitNewStory(browser, title);

    const line = `${staff.journalist.name} submitted “${title}” for review.`;
    const editor = await (await browser.newContext()).newPage();
    await signInAs(editor, "editor");
    await editor.goto("/admin/notifications");
    await expect(editor.getByRole("link", { name: line })).toBeVisible();
    await admin.goto("/admin/notifications");
    await expect(admin.getByRole("heading", { level: 1, name: "Notifications" })).toBeVisible();
    await expect(admin.getByRole("link", { name: line })).toHaveCount(0);
    await editor.context().close();
  } finally {
    await sections(false);
    await desk.close();
  }
});
