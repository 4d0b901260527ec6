import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { failureMessage } from "@/components/desk/media/upload-photo";
import { BODY_LIMIT_MB, MAX_UPLOAD_BYTES, MAX_UPLOAD_MB } from "./limits";
import nextConfig from "@/next.config";

const root = path.resolve(__dirname, "..", "..");
const deploy = path.join(root, "deploy");
const confFiles = (fs.readdirSync(deploy, { recursive: true }) as string[])
  .map((f) => path.join(deploy, f))
  .filter((f) => fs.statSync(f).isFile());
const bodySizes = (file: string) =>
  [
    ...fs
      .readFileSync(file, "utf8")
      .replace(/#.*$/gm, "")
      .matchAll(/client_max_body_size\s+(\S+?);/g),
  ].map((m) => m[1]);

describe("one photo size limit", () => {
  it("every shipped nginx configuration lets a photo of the desk's limit through, and no more", () => {
    const found = confFiles.flatMap((f) => bodySizes(f).map((size) => [path.relative(root, f), size]));
    expect(found.length).toBeGreaterThan(0);
    for (const [file, size] of found) expect(size, file).toBe(`${BODY_LIMIT_MB}m`);
  });

  it("every shipped server block that proxies the desk sets it (nginx's default is 1 MB)", () => {
    // masthead.conf is a whole server; masthead-proxy.conf is what the other shipped servers include.
    for (const file of ["deploy/nginx/masthead.conf", "deploy/nginx/masthead-proxy.conf"]) {
      expect(bodySizes(path.join(root, file)), file).toEqual([`${BODY_LIMIT_MB}m`]);
    }
  });

  it("Next.js's server-action and proxy body limits follow it", () => {
    expect(MAX_UPLOAD_BYTES).toBe(MAX_UPLOAD_MB * 1024 * 1024);
    expect(nextConfig.experimental?.serverActions?.bodySizeLimit).toBe(`${BODY_LIMIT_MB}mb`);
    expect(nextConfig.experimental?.proxyClientMaxBodySize).toBe(`${BODY_LIMIT_MB}mb`);
  });
});

describe("the uploader's words for a refusal", () => {
  it("says the photo is too large, and the limit, when nginx answers 413 in HTML", () => {
    const message = failureMessage(413, null, 15 * 1024 * 1024);
    expect(message).toMatch(/too large/);
    expect(message).toContain("15.0 MB");
    expect(message).toContain(`${MAX_UPLOAD_MB} MB`);
  });

  it("keeps the app's own message, and explains a lost session", () => {
    expect(failureMessage(415, { error: "This file is not a photo." }, 10)).toBe("This file is not a photo.");
    expect(failureMessage(401, null, 10)).toMatch(/session ended/);
  });
});
