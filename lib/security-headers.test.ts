import { createHash } from "node:crypto";
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { FontsAfterFirstPaint } from "@/components/layout/fonts-after-first-paint";
import { adHostsFromEnv, deskCsp, REACT_SHELL_SCRIPT_HASH, readerCsp } from "./security-headers";

describe("content security policies", () => {
  it("lets the desk run inline script only with the nonce (and React's shell script and our font script by hash)", () => {
    const csp = deskCsp("abc");
    expect(csp).toContain("script-src 'self' 'nonce-abc'");
    expect(csp.match(/script-src[^;]*/)![0]).not.toContain("unsafe-inline");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
  });

  it("the allowed shell-script hash matches the installed Next.js React DOM", () => {
    // Next.js renders with its own copy of React DOM (experimental build, as cacheComponents uses).
    const nextDir = path.dirname(createRequire(import.meta.url).resolve("next/package.json"));
    const file = path.join(nextDir, "dist/compiled/react-dom-experimental/cjs/react-dom-server.node.production.js");
    const snippet = fs
      .readFileSync(file, "utf8")
      .match(/"(requestAnimationFrame\(function\(\)\{\$RT=performance\.now\(\)\}\);)"/)?.[1];
    expect(snippet).toBeDefined();
    expect(REACT_SHELL_SCRIPT_HASH).toBe(`sha256-${createHash("sha256").update(snippet!).digest("base64")}`);
  });

  it("allows the reader frame's font script, as React writes it, by its hash (the desk's previews wear the frame)", () => {
    const html = renderToStaticMarkup(createElement(FontsAfterFirstPaint, null, "page"));
    const script = /<script>([\s\S]*?)<\/script>/.exec(html)?.[1];
    expect(script).toBeDefined();
    expect(deskCsp("abc")).toContain(`'sha256-${createHash("sha256").update(script!).digest("base64")}'`);
  });

  it("keeps reader pages to our origin plus the configured ad hosts", () => {
    const hosts = adHostsFromEnv("https://ads.example.com, http://bad.example.com javascript:alert(1)");
    expect(hosts).toEqual(["https://ads.example.com"]);
    const csp = readerCsp(hosts);
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("base-uri 'self'");
    expect(csp).toContain("script-src 'self' 'unsafe-inline' https://ads.example.com");
    expect(readerCsp([])).not.toMatch(/https?:\/\//);
  });
});
