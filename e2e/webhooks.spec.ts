import { expect, test } from "./fixtures";
import { signInAs } from "./desk-helpers";

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
