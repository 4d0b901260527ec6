import { expect, test } from "@playwright/test";
import { signInAs } from "../e2e/desk-helpers";
import { story } from "../e2e/helpers";
import { allWithin, cluster, instanceUrl, type Check } from "./cluster";

// An editor works through one instance; every instance (asked directly, not through nginx) shows each change
// within one second: the article, the home page, the section page and the feeds. One deadline for all of them.
const draft = story("second-entrance-wilshire-western-station-study");
const WITHIN_MS = 1_000;

function checksFor(token: string, present: boolean): Check[] {
  const pages = [`/${draft.section}/${draft.slug}`, "/", `/${draft.section}`, "/feed.xml", `/feeds/section/${draft.section}`];
  const { instances } = cluster();
  // Page n is asked of instance n first (then the others), so the first renders spread over the instances.
  return pages.flatMap((p, n) => instances.map((_, k) => instances[(n + k) % instances.length]!).map((i) => ({
    name: `${i.name} ${p}`,
    url: `${instanceUrl(i.port)}${p}`,
    // The article itself: 200 with the token, or a 404 once unpublished. Listings: the token, or not.
    ok: (status: number, body: string) => n === 0
      ? (present ? status === 200 && body.includes(token) : status === 404)
      : status === 200 && body.includes(token) === present,
  })));
}

test("publish, edit and unpublish through one instance reach every instance within a second", async ({ page, request }) => {
  test.setTimeout(120_000);
  const [first] = cluster().instances;
  const desk = instanceUrl(first!.port);
  const warm = async () => {
    for (const c of checksFor("", true)) await request.get(c.url, { failOnStatusCode: false });
  };
  const headlineToken = "second entrance for the Wilshire";
  await warm(); // every page cached on every instance first, so this proves invalidation, not a first render

  await page.goto(`${desk}/`);
  await signInAs(page, "editor");
  await page.goto(`${desk}/admin/stories`);
  await page.getByRole("link", { name: draft.headline }).click();
  await expect(page.getByRole("heading", { name: "Edit story" })).toBeVisible();

  // A rerun against a kept cluster (E2E_CLUSTER_REUSE) may find it published by an earlier failed run.
  if (await page.getByRole("button", { name: "Unpublish" }).isVisible()) {
    await page.getByRole("button", { name: "Unpublish" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Unpublished." })).toBeVisible();
    await page.reload();
    await warm();
  }
  await page.getByRole("button", { name: "Publish" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Published." })).toBeVisible();
  console.log(`published: every instance within ${await allWithin(request, checksFor(headlineToken, true), WITHIN_MS)} ms`);

  await warm();
  const token = `edited ${Date.now()}`;
  await page.reload();
  await page.getByLabel("Headline").fill(`${draft.headline} (${token})`);
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
  console.log(`edited: every instance within ${await allWithin(request, checksFor(token, true), WITHIN_MS)} ms`);

  await warm();
  await page.getByRole("button", { name: "Unpublish" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Unpublished." })).toBeVisible();
  console.log(`unpublished: every instance within ${await allWithin(request, checksFor(token, false), WITHIN_MS)} ms`);
});
