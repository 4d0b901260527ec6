import { request as http } from "@playwright/test";
import { answerChecker } from "../test/openapi";
import { expect, test } from "./fixtures";
import { signInAs } from "./desk-helpers";
import { hidden, newestFirst, published, story } from "./helpers";

// The content API as a partner uses it: a key made by an admin on the desk, every route answered and checked
// against the OpenAPI document the server serves, ETags, the key's limit, and a revoked key refused.
test.describe.configure({ mode: "serial" });
let key = "";

test("an admin makes a key on the desk, shown once", async ({ page }) => {
  await signInAs(page, "admin");
  await page.goto("/admin/api-keys");
  await page.getByLabel("Name").fill(`Partner app ${Date.now()}`);
  await page.getByLabel("Requests a minute").fill("40");
  await page.getByRole("button", { name: "Make key" }).click();
  await expect(page.getByText("Copy this key now")).toBeVisible();
  key = (await page.getByTestId("new-api-key").textContent())!.trim();
  expect(key).toMatch(/^mh_live_[\w-]{32}$/);
  await page.reload();
  await expect(page.getByTestId("new-api-key")).toHaveCount(0);
  await expect(page.locator("body")).not.toContainText(key);
});

test("every route answers the key, in the shapes its OpenAPI document gives", async ({ baseURL }) => {
  const api = await http.newContext({ baseURL, extraHTTPHeaders: { Authorization: `Bearer ${key}` } });
  const doc = await (await api.get("/api/v1/openapi.json")).json();
  const check = answerChecker(doc);
  const expectOk = async (route: string, url: string) => {
    const res = await api.get(url);
    expect(res.status(), url).toBe(200);
    expect(res.headers()["cache-control"]).toBe("private, max-age=30");
    const body = await res.json();
    expect(check(route, 200, body)).toEqual([]);
    return body;
  };
  const lead = story(newestFirst(published)[0]!.slug);
  // Other specs publish stories meanwhile: the second page must still go on exactly where the first stopped.
  type Summary = { slug: string; published_at: string };
  const list = await expectOk("/stories", "/api/v1/stories?limit=5");
  const second = await expectOk("/stories", `/api/v1/stories?limit=5&cursor=${list.next_cursor}`);
  const first: Summary[] = list.data;
  const next: Summary[] = second.data;
  expect(first).toHaveLength(5);
  expect(next.filter((s) => first.some((f) => f.slug === s.slug))).toEqual([]);
  expect(next[0]!.published_at <= first[4]!.published_at).toBe(true);
  const seeded = new Set(published.map((s) => s.slug));
  expect(next.every((s) => seeded.has(s.slug))).toBe(true);
  await expectOk("/stories", `/api/v1/stories?section=${lead.section}&language=en&since=2000-01-01T00:00:00Z`);
  const one = await expectOk("/stories/{slug}", `/api/v1/stories/${lead.slug}`);
  expect(one.data.body_html).toContain("<p>");
  await expectOk("/sections", "/api/v1/sections");
  await expectOk("/tags", "/api/v1/tags");
  await expectOk("/authors", "/api/v1/authors");
  await expectOk("/search", "/api/v1/search?q=council");
  const draft = hidden[0]!;
  const missing = await api.get(`/api/v1/stories/${draft.slug}`);
  expect(missing.status()).toBe(404);
  expect(check("/stories/{slug}", 404, await missing.json())).toEqual([]);
  const bad = await api.get("/api/v1/stories?limit=1000");
  expect(bad.status()).toBe(400);
  expect(check("/stories", 400, await bad.json())).toEqual([]);
  const etag = (await api.get("/api/v1/sections")).headers().etag!;
  expect((await api.get("/api/v1/sections", { headers: { "If-None-Match": etag } })).status()).toBe(304);
  const anonymous = await http.newContext({ baseURL });
  const refused = await anonymous.get("/api/v1/stories");
  expect(refused.status()).toBe(401);
  expect(check("/stories", 401, await refused.json())).toEqual([]);
  await anonymous.dispose();
  await api.dispose();
});

test("past its limit a minute the key gets 429 with Retry-After; a revoked key gets 401", async ({ page, baseURL }) => {
  const api = await http.newContext({ baseURL, extraHTTPHeaders: { Authorization: `Bearer ${key}` } });
  let limited = null;
  // 85 requests: however a minute's window splits them, one side holds more than 40.
  for (let i = 0; i < 85 && !limited; i++) {
    const res = await api.get("/api/v1/sections");
    if (res.status() === 429) limited = res;
  }
  expect(limited, "no 429 within 85 requests of a 40-a-minute key").not.toBeNull();
  expect(Number(limited!.headers()["retry-after"])).toBeGreaterThan(0);
  await signInAs(page, "admin");
  await page.goto("/admin/api-keys");
  const row = page.getByRole("listitem").filter({ hasText: key.slice(0, 14) });
  await row.getByRole("button", { name: /Revoke/ }).click();
  await expect(row.getByText("Revoked", { exact: true })).toBeVisible();
  expect((await api.get("/api/v1/sections")).status()).toBe(401);
  await api.dispose();
});
