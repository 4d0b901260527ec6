import { expect, test } from "@playwright/test";
import { signInAs } from "../e2e/desk-helpers";
import { frontHeadlines, localIn, pick } from "../e2e/front-helpers";
import { clickAt, newestFirst, path, published } from "../e2e/helpers";
import { allWithin, cluster, instanceUrl, type Check } from "./cluster";

// An editor arranges the front page and posts a banner through one instance; every instance (asked directly, and
// the balancer with its micro-cache) shows each change within one second of the click that saves it.
const WITHIN_MS = 1_000;
const featured = new Set(published.filter((s) => s.featured).map((s) => s.slug));
const older = newestFirst(published)
  .filter((s) => !featured.has(s.slug))
  .slice(10);
const [lead, b, c, d] = [older[0]!, older[1]!, older[2]!, older[3]!];
const article = path(older[5]!);

/** Whether the lead and top stories of a front page's HTML are `order`, in that order. */
const leadsWith = (body: string, order: { headline: string }[]) =>
  JSON.stringify(frontHeadlines(body, order)) === JSON.stringify(order.map((s) => s.headline));

/** "/" (or another page) on every instance and through the balancer. */
function everywhere(page: string, ok: Check["ok"]): Check[] {
  const { instances, url } = cluster();
  return [
    ...instances.map((i) => ({ name: `${i.name} ${page}`, url: `${instanceUrl(i.port)}${page}`, ok })),
    { name: `nginx ${page}`, url: `${url}${page}`, ok },
  ];
}

test("a front page layout and a banner saved through one instance reach every instance within a second", async ({
  page,
  request,
}) => {
  test.setTimeout(180_000);
  const [first] = cluster().instances;
  const desk = instanceUrl(first!.port);
  const warm = async (checks: Check[]) => {
    for (const ch of checks) await request.get(ch.url, { failOnStatusCode: false });
  };
  await page.goto(`${desk}/`);
  await signInAs(page, "editor");
  await page.goto(`${desk}/admin/front-page`);
  await page.waitForLoadState("networkidle");

  let clickedAt: number;
  const arranged = everywhere("/", (status, body) => status === 200 && leadsWith(body, [lead, b, c, d]));
  await warm(arranged);
  await pick(page, lead.headline, "Make lead");
  for (const s of [b, c, d]) await pick(page, s.headline, "Add to top");
  clickedAt = await clickAt(page.getByRole("button", { name: "Save front page" }));
  await expect(page.getByRole("status").filter({ hasText: "Front page saved" })).toBeVisible();
  console.log(
    `front page: every instance and nginx within ${await allWithin(request, arranged, WITHIN_MS, clickedAt)} ms of the click`,
  );

  const text = `Freeway 10 closed both ways ${Date.now() % 100000}`;
  const shown = [
    ...everywhere("/", (s, body) => s === 200 && body.includes(text)),
    ...everywhere(article, (s, body) => s === 200 && body.includes(text)),
  ];
  await warm(shown);
  await page.getByLabel("Banner text").fill(text);
  await page.getByLabel("Link").fill("/local");
  await page.getByLabel("Ends at").fill(await localIn(page, 3_600_000));
  clickedAt = await clickAt(page.getByRole("button", { name: "Post banner" }));
  await expect(page.getByRole("status").filter({ hasText: "Banner posted." })).toBeVisible();
  console.log(
    `banner up: every instance and nginx within ${await allWithin(request, shown, WITHIN_MS, clickedAt)} ms of the click`,
  );

  const gone = [
    ...everywhere("/", (s, body) => s === 200 && !body.includes(text)),
    ...everywhere(article, (s, body) => s === 200 && !body.includes(text)),
  ];
  clickedAt = await clickAt(page.getByRole("button", { name: "Take down banner" }));
  await expect(page.getByRole("status").filter({ hasText: "Banner taken down." })).toBeVisible();
  console.log(
    `banner down: every instance and nginx within ${await allWithin(request, gone, WITHIN_MS, clickedAt)} ms of the click`,
  );

  // Back to time order for the specs that follow.
  await page.getByRole("button", { name: "Clear lead" }).click();
  for (const s of [b, c, d]) await page.getByRole("button", { name: `Remove ${s.headline}` }).click();
  await page.getByRole("button", { name: "Save front page" }).click();
  await expect(page.getByTestId("layout-history").locator("li")).toHaveCount(2);
});
