import { expect, test } from "@playwright/test";
import { startOwnServer, type OwnServer } from "./own-server";

// `npm run start` listens on 0.0.0.0 by default. Auth.js builds its redirects from the request's URL, whose origin
// is that address, so without AUTH_URL they went to http://0.0.0.0:PORT. SITE_URL alone must be enough.
const PORT = Number(process.env.E2E_PORT ?? 3100) + 4;
const site = `http://localhost:${PORT}`;
let server: OwnServer;

test.beforeAll(async () => {
  test.setTimeout(120_000);
  server = await startOwnServer({
    port: PORT,
    serverScriptHost: "0.0.0.0",
    env: { SITE_URL: site, AUTH_URL: "", LOG_REQUESTS: "0" },
  });
});
test.afterAll(async () => {
  await server?.stop();
});

test("Auth.js redirects stay on SITE_URL's host when the server listens on every address", async ({ request }) => {
  const direct = `http://127.0.0.1:${PORT}`;
  for (const path of ["/api/auth/signin", "/api/auth/signin?callbackUrl=%2Fadmin"]) {
    const res = await request.get(`${direct}${path}`, { maxRedirects: 0 });
    expect(res.status(), path).toBe(302);
    // Auth.js answers with a relative Location carrying the address to return to after sign-in.
    const location = new URL(res.headers()["location"]!, direct);
    expect(location.pathname, path).toBe("/login");
    expect(new URL(location.searchParams.get("callbackUrl")!).origin, path).toBe(site);
  }
});
