import { expect, test } from "@playwright/test";
import sharp from "sharp";
import { signInAs } from "../e2e/desk-helpers";
import { cluster, instanceUrl } from "./cluster";

// Photos live in the shared bucket (the cluster runs a local S3-compatible server): a photo uploaded through one
// instance is served, as the original and as a resized image, by every instance.
test("a photo uploaded through one instance is served by the others", async ({ page, request }) => {
  const { instances } = cluster();
  const desk = instanceUrl(instances[0]!.port);
  const name = `Cluster Photographer ${Date.now()}`;
  const portrait = await sharp({ create: { width: 600, height: 600, channels: 3, background: "#2a6f97" } })
    .png()
    .toBuffer();

  await page.goto(`${desk}/`);
  await signInAs(page, "editor");
  await page.goto(`${desk}/admin/authors`);
  await page.waitForLoadState("networkidle");
  await page.getByRole("button", { name: "New author" }).click();
  await page.getByLabel("Name").fill(name);
  await page.getByLabel("Photo").setInputFiles({ name: "portrait.png", mimeType: "image/png", buffer: portrait });
  await page.getByRole("button", { name: "Save author" }).click();
  await expect(page.getByRole("status").filter({ hasText: "saved" })).toBeVisible();

  await page.reload();
  const src = await page.getByRole("listitem").filter({ hasText: name }).locator("img").getAttribute("src");
  expect(src).toMatch(/^\/media\/\d{4}\/\d{2}\/author-cluster-photographer-/);

  const originals = [];
  for (const i of instances) {
    const res = await request.get(`${instanceUrl(i.port)}${src}`);
    expect(res.status(), i.name).toBe(200);
    expect(res.headers()["content-type"]).toBe("image/jpeg");
    originals.push(await res.body());
    // A reader size next/image makes on this instance, from the shared original (160 is one of next.config's imageSizes).
    const resized = await request.get(`${instanceUrl(i.port)}/_next/image?url=${encodeURIComponent(src!)}&w=160&q=75`);
    expect(resized.status(), `${i.name} resized`).toBe(200);
    expect((await sharp(await resized.body()).metadata()).width).toBe(160);
  }
  expect((await sharp(originals[0]!).metadata()).width).toBe(600);
  for (const o of originals.slice(1)) expect(o.equals(originals[0]!)).toBe(true);
});
