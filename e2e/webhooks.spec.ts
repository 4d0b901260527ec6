import { expect, test } from "./fixtures";
import { signInAs, staff } from "./desk-helpers";
import { newestFirst, published } from "./helpers";
import { startOwnServer, type OwnServer } from "./own-server";
import { startWebhookReceiver } from "../test/webhook-receiver";

// The webhooks page as an admin uses it. Deliveries themselves (signatures, retries, one instance each, a restart)
// are tested against a real receiver in lib/webhooks/webhooks.int.test.ts.
test("an admin adds an endpoint, sees its secret once, pauses, resumes and removes it; a local address is refused", async ({
  page,
}) => {
  await signInAs(page, "admin");
  await page.goto("/admin/webhooks");
  await page.getByLabel("Address").fill("http://127.0.0.1:5432/");
  await page.getByRole("button", { name: "Add endpoint" }).click();
  await expect(page.getByText(/private or local network/)).toBeVisible();
  await expect(page.getByLabel("Address")).toHaveValue("http://127.0.0.1:5432/");

  const url = `https://93.184.215.14/hooks/${Date.now()}`;
  await page.getByLabel("Address").fill(url);
  await page.getByLabel("Description").fill("Partner app");
  await page.getByRole("checkbox", { name: /story\.corrected/ }).uncheck();
  await page.getByRole("button", { name: "Add endpoint" }).click();
  const secret = (await page.getByTestId("webhook-secret").textContent())!.trim();
  expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
  const row = page.getByRole("listitem").filter({ hasText: url });
  await expect(row).toContainText("story.published, story.updated, story.unpublished");
  await expect(row).not.toContainText("story.corrected");
  await page.reload();
  await expect(page.locator("body")).not.toContainText(secret);

  await row.getByRole("button", { name: /Pause/ }).click();
  await expect(row.getByText("Paused", { exact: true })).toBeVisible();
  await page.goto("/admin");
  await expect(page.getByRole("note").filter({ hasText: "Webhooks:" })).toBeVisible();
  await page.goto("/admin/webhooks");
  await row.getByRole("button", { name: /Resume/ }).click();
  await expect(row.getByText("Paused", { exact: true })).toHaveCount(0);
  await row.getByRole("link", { name: url }).click();
  await expect(page.getByRole("heading", { name: "Deliveries" })).toBeVisible();
  await page.goto("/admin/webhooks");
  await row.getByRole("button", { name: /Remove/ }).click();
  await expect(page.getByRole("listitem").filter({ hasText: url })).toHaveCount(0);
});

test.describe("a publish from the desk", () => {
  // A server of its own that may send to this machine (WEBHOOKS_ALLOW_PRIVATE), with its scheduler slowed to an
  // hour: what arrives within seconds was sent by the move itself.
  const PORT = Number(process.env.E2E_PORT ?? 3100) + 7;
  let server: OwnServer;
  let receiver: Awaited<ReturnType<typeof startWebhookReceiver>>;
  test.beforeAll(async () => {
    test.setTimeout(180_000);
    receiver = await startWebhookReceiver();
    server = await startOwnServer({
      port: PORT,
      env: { WEBHOOKS_ALLOW_PRIVATE: "1", SCHEDULER_INTERVAL_SECONDS: "3600" },
    });
  });
  test.afterAll(async () => {
    await server?.stop();
    await receiver?.close();
  });

  test("reaches the partner's receiver, signed, within seconds of the click", async ({ page }) => {
    await page.goto(`${server.url}/login`);
    await page.getByLabel("Email").fill(staff.admin.email);
    await page.getByLabel("Password").fill(staff.admin.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(`${server.url}/admin`);
    await page.goto(`${server.url}/admin/webhooks`);
    await page.getByLabel("Address").fill(receiver.url);
    await page.getByRole("button", { name: "Add endpoint" }).click();
    receiver.secret = (await page.getByTestId("webhook-secret").textContent())!.trim();
    const story = newestFirst(published).filter((s) => s.hero)[1]!;
    await page.goto(`${server.url}/admin/stories`);
    await page.getByRole("link", { name: story.headline }).click();
    await page.getByRole("button", { name: "Unpublish", exact: true }).click();
    await page.getByRole("button", { name: "Unpublish now" }).click();
    const clicked = Date.now();
    await expect(page.getByRole("status").filter({ hasText: /^Unpublished\./ })).toBeVisible();
    await expect.poll(() => receiver.received.map((g) => g.event), { timeout: 5_000 }).toEqual(["story.unpublished"]);
    await page.getByRole("button", { name: "Publish", exact: true }).click();
    await page.getByRole("button", { name: "Publish now" }).click();
    await expect(page.getByRole("status").filter({ hasText: /^Published\./ })).toBeVisible();
    await expect
      .poll(() => receiver.received.map((g) => g.event), { timeout: 5_000 })
      .toEqual(["story.unpublished", "story.published"]);
    expect(receiver.received.every((g) => g.verified)).toBe(true);
    expect(receiver.received[0]!.at - clicked).toBeLessThan(5_000);
  });
});
