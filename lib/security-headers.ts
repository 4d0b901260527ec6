/** Security headers in one place: both CSPs (desk and reader) are set in proxy.ts, the rest in next.config.ts. */
import { createHash } from "node:crypto";
import { FONTS_SCRIPT } from "./webfonts-after-paint";

const isDev = process.env.NODE_ENV === "development";
// React uses eval in development only, to rebuild server error stacks in the browser.
const devEval = isDev ? " 'unsafe-eval'" : "";

/**
 * React's one fixed inline script in a prerendered shell ("requestAnimationFrame(function(){$RT=performance.now()});",
 * a paint-timing mark). The shell is built without a request, so it cannot carry the nonce; its hash is allowed
 * instead. lib/security-headers.test.ts checks it against the React DOM that Next.js ships.
 */
export const REACT_SHELL_SCRIPT_HASH = "sha256-7mu4H06fwDCjmnxxr/xNHyuQC6pLTHr4M2E4jXw5WZs=";

/** The reader frame's font script, which the desk's previews wear too (lib/webfonts-after-paint.ts). */
export const FONTS_SCRIPT_HASH = `sha256-${createHash("sha256").update(FONTS_SCRIPT).digest("base64")}`;

/**
 * The desk renders per request anyway (it reads the session), so it gets a fresh nonce: no inline script runs
 * without it. Same-origin script files stay allowed ('self' without 'strict-dynamic'), since a prerendered shell
 * references Next.js chunks that cannot carry the nonce.
 */
export function deskCsp(nonce: string): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' '${REACT_SHELL_SCRIPT_HASH}' '${FONTS_SCRIPT_HASH}'${devEval}`,
    // Next.js and React set inline style attributes (next/image, route announcer): styles cannot run code.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' blob: data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/**
 * Reader pages are prerendered and cached, so a per-request nonce is impossible (it would force every page to
 * render per request). Next.js puts small inline scripts in every page (the streamed RSC payload), so script-src
 * needs 'unsafe-inline'; what keeps this strict is everything else: no plugins (object-src 'none'), no <base>
 * hijack, no framing by other sites, and no third-party origin except the ad hosts set in AD_HOSTS.
 * The weather is fetched on the server (WEATHER_API_URL), never by the browser, so it needs no connect-src.
 */
export function readerCsp(adHosts: string[]): string {
  const ads = adHosts.length ? ` ${adHosts.join(" ")}` : "";
  return [
    "default-src 'self'",
    `script-src 'self' 'unsafe-inline'${devEval}${ads}`,
    "style-src 'self' 'unsafe-inline'",
    `img-src 'self' blob: data:${ads}`,
    "font-src 'self'",
    `connect-src 'self'${ads}`,
    `frame-src${ads || " 'none'"}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'self'",
  ].join("; ");
}

/** Ad origins from AD_HOSTS (comma or space separated), kept only when they are plain https origins. */
export function adHostsFromEnv(value = process.env.AD_HOSTS ?? ""): string[] {
  return value.split(/[\s,]+/).filter((h) => /^https:\/\/[a-z0-9.-]+(:\d+)?$/i.test(h));
}

/** Headers for every response. HSTS in production (browsers ignore it over plain http, as in the e2e run). */
export function commonHeaders(production: boolean): { key: string; value: string }[] {
  return [
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    { key: "X-Content-Type-Options", value: "nosniff" },
    ...(production ? [{ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" }] : []),
  ];
}
