import { expect, test } from "@playwright/test";
import sharp from "sharp";
import { signInAs } from "../e2e/desk-helpers";
import type { MediaSummary } from "../lib/content/media-summary";
import { BASE_PORT } from "./cluster";

// A photo straight from a camera is several MB: far over nginx's in-memory body buffer, so nginx writes it to its
// client-body temp folder before passing it on. Run as root, nginx's workers are nobody, and that folder (and each
// one above it) must be theirs to reach, or every real photo fails at the balancer with a 500.
test("a multi-megabyte camera JPEG uploaded through the balancer is accepted and served", async ({ page }) => {
  test.setTimeout(120_000);
  const jpeg = await sharp({
    create: {
      width: 4000,
      height: 3000,
      channels: 3,
      background: "#6b8fb3",
      noise: { type: "gaussian", mean: 128, sigma: 30 },
    },
  })
    .jpeg({ quality: 85 })
    .withExif({ IFD0: { Make: "Canon", Model: "EOS R6", ImageDescription: "Budget vote at the neighborhood council" } })
    .toBuffer();
  expect(jpeg.length).toBeGreaterThan(4 * 1024 * 1024);
  const balancer = `http://127.0.0.1:${BASE_PORT}`;
  const name = `camera-${Date.now()}.jpg`;

  await page.goto(`${balancer}/`);
  await signInAs(page, "journalist");
  await page.goto(`${balancer}/admin/media`);
  await page.waitForLoadState("networkidle");
  const answered = page.waitForResponse(
    (r) => r.url() === `${balancer}/admin/media/upload` && r.request().method() === "POST",
    { timeout: 90_000 },
  );
  const chooser = page.waitForEvent("filechooser");
  await page.getByRole("button", { name: "Upload photos" }).click();
  await (await chooser).setFiles({ name, mimeType: "image/jpeg", buffer: jpeg });
  const res = await answered;
  expect(res.status(), await res.text()).toBe(201);
  const { media } = (await res.json()) as { media: MediaSummary };
  // Stored at the long edge the desk keeps (2400 px), with the caption read from its EXIF.
  expect(media).toMatchObject({
    width: 2400,
    height: 1800,
    originalName: name,
    caption: "Budget vote at the neighborhood council",
  });
  await expect(page.getByRole("status").filter({ hasText: `${name}uploaded.` })).toBeVisible({ timeout: 30_000 });

  // Served back through the balancer, as the original and as the library's small size.
  for (const url of [media.url, media.thumbUrl]) {
    const photo = await page.request.get(`${balancer}${url}`);
    expect(photo.status(), url).toBe(200);
    expect((await sharp(await photo.body()).metadata()).format, url).toBe("jpeg");
  }
});
