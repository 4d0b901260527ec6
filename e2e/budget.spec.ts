import type { Browser, Page } from "@playwright/test";
import { dayIn } from "../lib/zoned-days";
import { signInAs } from "./desk-helpers";
import { expect, test } from "./fixtures";

// An editor plans a story and assigns it; the reporter finds the draft in their stories, prefilled from the plan.
// The week view and the plan form are photographed at a phone's and a desktop's width (test-results/screens/, to look at).

// One day for the whole file, in the demo newsroom's zone: a test that ran across midnight in Los Angeles planned on
// one day's board and then opened the next day's, where its plan was not.
const DAY = dayIn(new Date(), "America/Los_Angeles");
const board = (query = "") => `/admin/budget?date=${DAY}${query}`;

async function asRole(browser: Browser, who: "editor" | "journalist", javaScriptEnabled = true) {
  const context = await browser.newContext({ javaScriptEnabled });
  const page = await context.newPage();
  await signInAs(page, who);
  return { page, close: () => context.close() };
}

async function planStory(page: Page, slugLine: string, slot: string, confirmed = true) {
  await page.getByText("Plan a story").click();
  await page.getByLabel("Slug line").fill(slugLine);
  await page.getByLabel("Budget line").fill("Ferry service resumes after the storm; 500 words and a photo.");
  await page.getByLabel("Section").selectOption({ label: "Business" });
  await page.getByLabel("Reporter", { exact: true }).selectOption({ label: "Sarah Kim" });
  await page.getByLabel("Editor", { exact: true }).selectOption({ label: "Erin Editor" });
  await page.getByLabel("Front-page slot").selectOption({ label: slot });
  await page.getByRole("button", { name: "Plan story" }).click();
  if (confirmed)
    await expect(page.getByRole("status").filter({ hasText: `“${slugLine}” is on the budget` })).toBeVisible();
}

const item = (page: Page, slugLine: string) => page.getByTestId("budget-item").filter({ hasText: slugLine });

test("a planned story assigned to a reporter is their draft, prefilled from the plan", async ({ page, browser }) => {
  test.setTimeout(90_000);
  await signInAs(page, "editor");
  await page.getByRole("navigation", { name: "Desk" }).getByRole("link", { name: "Budget" }).click();
  await expect(page).toHaveTitle(/^Budget/);
  await expect(page.getByRole("heading", { level: 1, name: "Budget" })).toBeVisible();
  await page.goto(board());
  await page.waitForLoadState("networkidle");

  await planStory(page, "HARBOR-FERRY", "Lead");
  const row = item(page, "HARBOR-FERRY");
  await expect(row).toContainText("Planned");
  await expect(row).toContainText("Business");
  await expect(row).toContainText("Sarah Kim");
  await expect(row).toContainText("Erin Editor");
  await expect(row).toContainText("Lead");
  await expect(row).toContainText("Due 5:00 PM");

  await row.getByRole("button", { name: "Assign" }).click();
  await expect(row.getByRole("status")).toHaveText("Assigned to Sarah Kim: the draft is in their stories.");
  await expect(row).toContainText("Draft");
  // Assigning again makes no second draft.
  await item(page, "HARBOR-FERRY").getByRole("button", { name: "Assign" }).click();
  await expect(item(page, "HARBOR-FERRY").getByRole("status")).toHaveText(
    "Already assigned to Sarah Kim; nothing changed.",
  );

  const reporter = await asRole(browser, "journalist");
  await reporter.page.goto("/admin/stories");
  const drafts = reporter.page.getByRole("link", { name: "HARBOR-FERRY" });
  await expect(drafts).toHaveCount(1);
  await drafts.click();
  await expect(reporter.page.getByLabel("Headline")).toHaveValue("HARBOR-FERRY");
  await expect(reporter.page.getByLabel("Section").locator("option:checked")).toHaveText("Business");
  // On the budget the reporter sees it as theirs, and may neither plan nor assign.
  await reporter.page.goto(board());
  await expect(item(reporter.page, "HARBOR-FERRY")).toContainText("You");
  await expect(reporter.page.getByRole("button", { name: "Plan story" })).toHaveCount(0);
  await expect(reporter.page.getByRole("button", { name: "Assign" })).toHaveCount(0);
  await reporter.close();
});

test("an editor edits a plan, then takes it off the budget; the draft it made stays with the reporter", async ({
  page,
}) => {
  await signInAs(page, "editor");
  await page.goto(board());
  await page.waitForLoadState("networkidle");
  await planStory(page, "BRIDGE-REPAIR", "None");

  await item(page, "BRIDGE-REPAIR").getByRole("link", { name: "Edit plan: BRIDGE-REPAIR" }).click();
  await expect(page.getByLabel("Slug line")).toHaveValue("BRIDGE-REPAIR");
  await page.getByLabel("Slug line").fill("BRIDGE-REOPENS");
  const due = page.getByLabel("Due");
  await due.fill(`${(await due.inputValue()).slice(0, 10)}T09:30`);
  await page.getByRole("button", { name: "Save plan" }).click();
  await expect(page.getByRole("status").filter({ hasText: "“BRIDGE-REOPENS” saved" })).toBeVisible();
  await expect(item(page, "BRIDGE-REOPENS")).toContainText("Due 9:30 AM");
  await expect(item(page, "BRIDGE-REPAIR")).toHaveCount(0);

  await page.getByRole("link", { name: "Close", exact: true }).click();
  await item(page, "BRIDGE-REOPENS").getByRole("button", { name: "Assign" }).click();
  await expect(item(page, "BRIDGE-REOPENS").getByRole("status")).toHaveText(
    "Assigned to Sarah Kim: the draft is in their stories.",
  );
  await item(page, "BRIDGE-REOPENS").getByRole("link", { name: "Edit plan: BRIDGE-REOPENS" }).click();
  // The draft is made: the reporter changes by "Assign" on the board, not here.
  await expect(page.getByLabel("Reporter", { exact: true })).toHaveCount(0);
  await page.getByRole("button", { name: "Remove from budget" }).click();
  await expect(
    page
      .getByRole("status")
      .filter({ hasText: "“BRIDGE-REOPENS” is off the budget; its draft stays with its writer." }),
  ).toBeVisible();
  await expect(item(page, "BRIDGE-REOPENS")).toHaveCount(0);
  await page.goto("/admin/stories");
  await expect(page.getByRole("link", { name: "BRIDGE-REOPENS" })).toHaveCount(1);
});

// Plain forms and links: the board changes as it should. (The form's own message after a post without JavaScript
// is not shown yet: Next.js renders the page again, but without the action's state.)
test("planning and assigning work without JavaScript", async ({ browser }) => {
  const editor = await asRole(browser, "editor", false);
  await editor.page.goto(board());
  await planStory(editor.page, "NIGHT-MARKET", "Top stories", false);
  await expect(item(editor.page, "NIGHT-MARKET")).toContainText("Planned");
  await item(editor.page, "NIGHT-MARKET").getByRole("button", { name: "Assign" }).click();
  await expect(item(editor.page, "NIGHT-MARKET")).toContainText("Draft");
  await editor.page.getByRole("link", { name: "Week", exact: true }).click();
  await expect(editor.page).toHaveURL(/\/admin\/budget\?view=week(&date=\d{4}-\d{2}-\d{2})?$/);
  await expect(item(editor.page, "NIGHT-MARKET")).toContainText("Draft");
  await editor.close();
});

for (const width of [390, 1280]) {
  test(`the week view at ${width}px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await signInAs(page, "editor");
    await page.goto(board("&view=week"));
    await expect(page.getByRole("heading", { level: 1, name: "Budget" })).toBeVisible();
    const days = page.getByTestId("budget-day");
    await expect(days).toHaveCount(7);
    await expect(days.first().getByRole("heading")).toContainText("Mon");
    await expect(days.last().getByRole("heading")).toContainText("Sun");
    await expect(page.getByTestId("budget-item").filter({ hasText: "HARBOR-FERRY" })).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    // Monday to Sunday side by side on a desktop; one under another on a phone.
    const tops = await days.evaluateAll((els) => els.map((e) => Math.round(e.getBoundingClientRect().top)));
    if (width >= 1024) expect(new Set(tops).size).toBe(1);
    else expect(tops).toEqual([...tops].sort((a, b) => a - b));
    await page.screenshot({ path: `test-results/screens/budget-week-${width}.png`, fullPage: true });
    await page.screenshot({ path: `test-results/screens/budget-week-${width}-top.png` });
    await days
      .filter({ hasText: "HARBOR-FERRY" })
      .screenshot({ path: `test-results/screens/budget-week-${width}-today.png` });
    await page.goto(board());
    await page.screenshot({ path: `test-results/screens/budget-day-${width}.png`, fullPage: true });
  });

  test(`the plan form at ${width}px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await signInAs(page, "editor");
    await page.goto(board());
    await page.waitForLoadState("networkidle");
    const slugLine = `SCHOOL-BOARD-${width}`;
    await planStory(page, slugLine, "Section front");
    await item(page, slugLine)
      .getByRole("link", { name: `Edit plan: ${slugLine}` })
      .click();
    await expect(page.getByLabel("Slug line")).toHaveValue(slugLine);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: `test-results/screens/budget-edit-${width}.png`, fullPage: true });
  });
}
