import { expect, test } from "@playwright/test";
import { startOwnServer, type OwnServer } from "./own-server";

// Every public route with malformed values answers 400 or 404, and the server logs no error. A server of its own,
// so its log can be read.
let server: OwnServer;
const PORT = Number(process.env.E2E_PORT ?? 3100) + 2;
test.describe.configure({ mode: "serial" });
test.beforeAll(async () => {
  test.setTimeout(120_000);
  server = await startOwnServer({ port: PORT });
});
test.afterAll(async () => {
  await server?.stop();
});

const bad = [
  "%00",
  "a%00b",
  "%01",
  "%1F",
  "%7F",
  "%C2%80",
  "x".repeat(5000),
  "%E0%A4%A",
  "%FF%FE",
  "%C0%AF",
  "%",
  "%ZZ",
  "%F0%9F%98",
  "%ED%A0%80",
  "..%2F..%2Fetc%2Fpasswd",
  "__placeholder__",
  "%EF%BF%BF",
  "%0d%0aSet-Cookie:%20x=1",
  "a%2Fb",
];
const segmentRoutes = [
  (v: string) => `/${v}`,
  (v: string) => `/local/${v}`,
  (v: string) => `/${v}/${v}`,
  (v: string) => `/tags/${v}`,
  (v: string) => `/authors/${v}`,
  (v: string) => `/feeds/section/${v}`,
  (v: string) => `/feeds/author/${v}`,
  (v: string) => `/media/${v}`,
  (v: string) => `/media/2026/${v}`,
  // A mailed link's token: anything not shaped like one is a 404 before any query.
  (v: string) => `/login/join/${v}`,
  (v: string) => `/login/reset/${v}`,
];
const pages = ["1e309", "99999999999999999999", "-1", "0", "1.5", "%00", "NaN", "x".repeat(3000)];
const listings = ["/local", "/tags/koreatown", "/authors/sarah-kim", "/search?q=fire&", "/"];

test("malformed path segments answer 400 or 404", async ({ request }) => {
  test.setTimeout(180_000);
  const wrong: string[] = [];
  for (const route of segmentRoutes) {
    for (const v of bad) {
      const url = route(v);
      const status = (await request.get(server.url + url, { maxRedirects: 0 })).status();
      if (![400, 404].includes(status)) wrong.push(`${status} ${url.slice(0, 80)}`);
    }
  }
  expect(wrong).toEqual([]);
});

test("malformed page numbers, arrays and search queries never give a server error", async ({ request }) => {
  test.setTimeout(120_000);
  const wrong: string[] = [];
  const check = async (url: string, allowed: (s: number) => boolean) => {
    const status = (await request.get(server.url + url, { maxRedirects: 0 })).status();
    if (!allowed(status)) wrong.push(`${status} ${url.slice(0, 80)}`);
  };
  for (const base of listings) {
    const sep = base.includes("?") ? "" : "?";
    // Nonsense is the first page; a number past the last page is a 404 (the front page has no pages).
    for (const p of pages)
      await check(`${base}${sep}page=${p}`, (s) => s === (p === "99999999999999999999" && base !== "/" ? 404 : 200));
    await check(`${base}${sep}page=2&page=3&page[]=1`, (s) => s === 200 || s === 404);
  }
  for (const q of ["%00", "a%01b", "x".repeat(201)]) await check(`/search?q=${q}`, (s) => s === 400);
  // Query strings decode leniently (an invalid escape becomes U+FFFD): a search for that, or a 400.
  for (const q of ["%E0%A4%A", "%ED%A0%80", "%FF"]) await check(`/search?q=${q}`, (s) => s === 200 || s === 400);
  for (const q of ["q[]=fire", "q=fire&q=%00", "q=", "q=%20", "q=%25", "q=*", "q=%22%22", "q=!%26|"])
    await check(`/search?${q}`, (s) => s < 500);
  expect(wrong).toEqual([]);
});

test("the fuzzed server logged no error", () => {
  expect(server.log()).not.toMatch(/⨯|Error:|\b500\b/);
});
