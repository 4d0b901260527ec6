import http from "node:http";
import type { Page } from "@playwright/test";
import type { AddressInfo } from "node:net";
import { nginxPort } from "../playwright.config";
import { startNginx, type RunningNginx } from "../scripts/nginx";
import { restoringSeedStory, staff } from "./desk-helpers";
import { expect, test } from "./fixtures";
import { clickAt, newestFirst, path, published } from "./helpers";

// The shipped nginx configuration (deploy/nginx), run by a real nginx in front of the e2e server: what it may
// keep, what it must never keep, and that an unpublish reaches readers through it within 1.5 s of the click.
const appPort = Number(process.env.E2E_PORT ?? 3100);
let nginx: RunningNginx;
const at = (p: string) => `${nginx.url}${p}`;
const status = (res: { headers: () => Record<string, string> }) => res.headers()["x-cache-status"];

/** Signs the editor in through nginx: the sign-in action and the desk pass through it uncached. */
async function signInThroughNginx(page: Page) {
  await page.goto(at("/login"));
  await page.waitForLoadState("networkidle");
  await page.getByLabel("Email").fill(staff.editor.email);
  await page.getByLabel("Password").fill(staff.editor.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(`${nginx.url}/admin`);
}

test.beforeAll(async () => {
  nginx = await startNginx({ port: nginxPort, upstreams: [`127.0.0.1:${appPort}`], appDir: process.cwd() });
});
test.afterAll(async () => {
  await nginx?.stop();
});

test("a reader page is served from the micro-cache on the second request; build files are long-lived", async ({
  request,
}) => {
  const story = path(newestFirst(published)[1]!);
  const first = await request.get(at(story));
  expect(first.status()).toBe(200);
  expect(first.headers()["cache-control"]).toMatch(/public.*s-maxage=1\b/);
  const second = await request.get(at(story));
  expect(status(second)).toBe("HIT");
  expect(await second.text()).toBe(await first.text());

  const html = await (await request.get(at("/"))).text();
  const script = html.match(/\/_next\/static\/[^"]+\.js/)?.[0];
  expect(script).toBeTruthy();
  const asset = await request.get(at(script!));
  expect(asset.status()).toBe(200);
  expect(asset.headers()["cache-control"]).toBe("public, max-age=31536000, immutable");
});

test("the desk, sign-in and previews are never cached, even for the same URL twice", async ({ page, request }) => {
  for (const p of ["/login", "/admin", "/preview/anything", "/api/auth/session"]) {
    for (let i = 0; i < 2; i++) {
      const res = await request.get(at(p), { maxRedirects: 0 });
      expect(status(res), p).toBe("BYPASS");
      expect(res.headers()["cache-control"] ?? "", p).not.toMatch(/public/);
    }
  }
  // A signed-in editor's desk page, fetched through nginx, must not be handed to the next (anonymous) visitor.
  await signInThroughNginx(page);
  await page.goto(at("/admin/stories"));
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  const anonymous = await request.get(at("/admin/stories"), { maxRedirects: 0 });
  expect(anonymous.status()).toBe(307);
  expect(anonymous.headers()["location"]).toContain("/login");
});

test("a response that sets a cookie is never stored, even if it says it may be", async () => {
  // A real upstream that answers every path with a cacheable page and a cookie.
  const upstream = http.createServer((_req, res) => {
    res.writeHead(200, {
      "Content-Type": "text/html",
      "Cache-Control": "public, s-maxage=60",
      "Set-Cookie": "who=someone; Path=/",
    });
    res.end(`<p>${Math.random()}</p>`);
  });
  await new Promise<void>((r) => upstream.listen(0, "127.0.0.1", r));
  const proxy = await startNginx({
    port: nginxPort + 1,
    upstreams: [`127.0.0.1:${(upstream.address() as AddressInfo).port}`],
    appDir: process.cwd(),
  });
  try {
    const bodies = new Set<string>();
    for (let i = 0; i < 3; i++) {
      const res = await fetch(`${proxy.url}/local/some-story`);
      expect(res.headers.get("x-cache-status")).not.toBe("HIT");
      expect(res.headers.get("set-cookie")).toContain("who=someone");
      bodies.add(await res.text());
    }
    expect(bodies.size).toBe(3);
  } finally {
    await proxy.stop();
    upstream.close();
  }
});

test("an unpublished story stops being served through nginx within 1.5 s of the click", async ({
  browser,
  page,
  request,
}) => {
  // One with a hero photo, so the desk's checklist lets it be published again.
  const story = newestFirst(published).filter((s) => s.hero)[2]!;
  // Hot in the cache: the second request is a hit.
  await request.get(at(path(story)));
  expect(status(await request.get(at(path(story))))).toBe("HIT");

  await signInThroughNginx(page);
  await page.goto(at("/admin/stories"));
  await page.getByRole("link", { name: story.headline }).click();
  // Timed from the click: the action, its cache expiry and nginx's refetch of the cold page all fall inside it
  // (the republish measured 1.0 s on a busy 2-core machine).
  const servedWithin = async (button: string, done: RegExp, expected: number) => {
    const clickedAt = await clickAt(page.getByRole("button", { name: button }));
    await expect(page.getByRole("status").filter({ hasText: done })).toBeVisible();
    await expect
      .poll(async () => (await request.get(at(path(story)))).status(), { timeout: 5_000, intervals: [50] })
      .toBe(expected);
    expect(Date.now() - clickedAt, `${expected} through nginx, ms after the click`).toBeLessThanOrEqual(1_500);
  };
  await restoringSeedStory(
    browser,
    request,
    story,
    (html) => html.includes(story.headline),
    async () => {
      await page.getByRole("button", { name: "Unpublish", exact: true }).click();
      await servedWithin("Unpublish now", /^Unpublished\./, 404);
      await page.getByRole("button", { name: "Publish", exact: true }).click();
      await servedWithin("Publish now", /^Published\./, 200);
    },
  );
});
