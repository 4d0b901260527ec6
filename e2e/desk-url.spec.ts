import { expect, test } from "@playwright/test";
import { staff } from "./desk-helpers";
import { startOwnServer, type OwnServer } from "./own-server";

// With DESK_URL set, the desk answers only on its host and the reader host never sets or receives the session
// cookie. Two host names, both mapped to 127.0.0.1 inside Chromium, on a server of its own.
const PORT = Number(process.env.E2E_PORT ?? 3100) + 3;
const desk = `http://desk.masthead.test:${PORT}`;
const news = `http://news.masthead.test:${PORT}`;
let server: OwnServer;

test.use({
  launchOptions: {
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-dev-shm-usage",
      "--disable-background-networking",
      "--no-first-run",
      "--host-resolver-rules=MAP desk.masthead.test 127.0.0.1, MAP news.masthead.test 127.0.0.1",
    ],
  },
});
test.describe.configure({ mode: "serial" });
test.beforeAll(async () => {
  test.setTimeout(120_000);
  server = await startOwnServer({ port: PORT, env: { DESK_URL: desk, SITE_URL: news } });
});
test.afterAll(async () => {
  await server?.stop();
});

test("the desk answers only on its host, the reader site only on its own, and the cookie stays on the desk", async ({
  page,
  context,
}) => {
  test.setTimeout(90_000);
  const readerCookies: string[] = [];
  page.on("request", async (req) => {
    if (new URL(req.url()).host === new URL(news).host) readerCookies.push((await req.allHeaders()).cookie ?? "");
  });
  page.on("response", async (res) => {
    if (new URL(res.url()).host === new URL(news).host)
      readerCookies.push((await res.allHeaders())["set-cookie"] ?? "");
  });

  await page.goto(`${news}/admin`);
  await expect(page).toHaveURL(new RegExp(`^${desk}/login`));
  await page.goto(`${news}/login`);
  await expect(page).toHaveURL(new RegExp(`^${desk}/login`));
  await page.goto(`${news}/api/auth/session`);
  expect(page.url()).toBe(`${desk}/api/auth/session`);
  await page.goto(`${news}/login`);

  // "load", not "networkidle": the desk page's prefetches of reader links redirect to the other host.
  await page.waitForLoadState("load");
  await page.getByLabel("Email").fill(staff.editor.email);
  await page.getByLabel("Password").fill(staff.editor.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(`${desk}/admin`);

  const session = (await context.cookies(desk)).filter((c) => c.name.includes("authjs.session-token"));
  expect(session.length).toBe(1);
  expect(session[0]!.domain).toBe("desk.masthead.test"); // host-only: no leading dot, no parent domain
  expect((await context.cookies(news)).filter((c) => c.name.includes("authjs"))).toEqual([]);

  // Reader pages: on their own host, without the cookie; asked for on the desk host, sent to the reader host.
  await page.goto(`${news}/`);
  await page.goto(`${news}/local`);
  await page.goto(`${desk}/local`);
  await expect(page).toHaveURL(`${news}/local`);
  expect(readerCookies.length).toBeGreaterThan(0);
  expect(readerCookies.filter((c) => c.includes("authjs"))).toEqual([]);

  // The desk still knows the editor on its own host.
  await page.goto(`${desk}/admin/stories`);
  await expect(page).toHaveURL(`${desk}/admin/stories`);
});
