import { expect, test, type APIRequestContext } from "@playwright/test";
import { signInAs } from "../e2e/desk-helpers";
import { newestFirst, path, published } from "../e2e/helpers";
import { cluster, instanceUrl } from "./cluster";

// One instance dies (SIGKILL, no goodbye) while readers read and an editor types, all through nginx. Readers see
// no error except, at most, requests that instance was answering at that moment; every autosave lands on a
// surviving instance; nothing saved is lost. Runs last (its own project): the cluster has one instance fewer afterwards.
const lead = newestFirst(published)[1]!;
const READERS = 3;
const SAVES = 6;

type Outcome = { start: number; end: number; ok: boolean; detail: string };

async function readLoop(request: APIRequestContext, base: string, stop: { now: boolean }, out: Outcome[]) {
  const pages = [path(lead), "/", `/${lead.section}`, "/feed.xml"];
  for (let n = 0; !stop.now; n++) {
    const start = Date.now();
    try {
      const res = await request.get(`${base}${pages[n % pages.length]}`, { failOnStatusCode: false, timeout: 15_000 });
      await res.body();
      out.push({ start, end: Date.now(), ok: res.status() === 200, detail: `${res.status()} ${res.url()}` });
    } catch (error) {
      out.push({ start, end: Date.now(), ok: false, detail: String(error) });
    }
  }
}

test("killing one instance: readers keep reading, the editor keeps saving, nothing saved is lost", async ({
  page,
  request,
}) => {
  test.setTimeout(180_000);
  const { url, instances } = cluster();
  const victim = instances[1]!;

  await page.goto(`${url}/`);
  await signInAs(page, "editor");
  await page.goto(`${url}/admin/stories`);
  await page.getByRole("link", { name: lead.headline }).first().click();
  await expect(page.getByLabel("Headline")).toBeVisible();
  await page.waitForLoadState("networkidle"); // hydrated: typing reaches autosave
  const editorPath = new URL(page.url()).pathname;

  const stop = { now: false };
  const outcomes: Outcome[] = [];
  const readers = Array.from({ length: READERS }, () => readLoop(request, url, stop, outcomes));
  let killedAt = 0;
  const token = `kill-${Date.now()}`;
  for (let k = 1; k <= SAVES; k++) {
    const words = `${token} save ${k}`;
    // The autosave of this edit: a server-action POST carrying these words (the soft lock's heartbeat posts too).
    const response = page.waitForResponse(
      (r) => r.request().method() === "POST" && !!r.request().postData()?.includes(words),
      { timeout: 30_000 },
    );
    await page.getByLabel("Headline").fill(`${lead.headline} (${words})`);
    expect((await response).status(), `save ${k}`).toBe(200);
    await expect(page.getByRole("status").filter({ hasText: /^Saved \d/ }), `save ${k}`).toBeVisible({
      timeout: 15_000,
    });
    if (k === 2) {
      process.kill(victim.pid, "SIGKILL");
      killedAt = Date.now();
    }
    await new Promise((r) => setTimeout(r, 300)); // readers keep going between saves
  }
  stop.now = true;
  await Promise.all(readers);

  // The instance is gone, and the readers went on after it died.
  expect(
    await request.get(`${instanceUrl(victim.port)}/healthz`).then(
      () => "answered",
      () => "refused",
    ),
  ).toBe("refused");
  expect(outcomes.filter((o) => o.start > killedAt && o.ok).length).toBeGreaterThan(10);
  // Failures, if any, were requests already running when it died: no more than one per reader.
  const failures = outcomes.filter((o) => !o.ok);
  for (const f of failures)
    expect(f.start <= killedAt && f.end >= killedAt, `failed after the kill: ${f.detail}`).toBe(true);
  expect(failures.length).toBeLessThanOrEqual(READERS);
  console.log(`${outcomes.length} reads, ${failures.length} failed (in flight at the kill)`);

  // Nothing saved is lost: every surviving instance's desk opens the story with the last autosaved working copy,
  // while readers still see the published headline (the edits were never published).
  const last = `${lead.headline} (${token} save ${SAVES})`;
  for (const i of instances.filter((i) => i !== victim)) {
    await page.goto(`${instanceUrl(i.port)}${editorPath}`);
    await expect(page.getByLabel("Headline"), `${i.name} desk`).toHaveValue(last);
    const article = await (await request.get(`${instanceUrl(i.port)}${path(lead)}`)).text();
    expect(article, `${i.name} article`).not.toContain(token);
  }
});
