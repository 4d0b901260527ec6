import { NextRequest } from "next/server";
import { handlers } from "@/auth";
import { readBodyUpTo } from "@/lib/read-body";
import { MAX_SIGN_IN_BODY } from "@/lib/request-guards";

/**
 * Auth.js builds addresses (an OpenID Connect redirect_uri, its redirects) from the request's URL here, but from the
 * Host header in server actions (signIn). Next.js writes a loopback host (127.0.0.1) as localhost in a NextRequest's
 * URL, so the SSO redirect_uri sent at the start and the one sent with the code differed, and the provider refused
 * the code. Both now use the address the browser used, as Auth.js does under AUTH_TRUST_HOST, in a plain Request
 * (a NextRequest would rewrite it again); AUTH_URL, when set, wins, and then next-auth needs the NextRequest.
 */
function forAuth(req: NextRequest, init: { method: string; headers: Headers; body?: string }): NextRequest {
  const host = req.headers.get("x-forwarded-host") ?? req.headers.get("host");
  if (process.env.AUTH_URL || !host) return new NextRequest(req.url, init);
  const proto = (req.headers.get("x-forwarded-proto") ?? req.nextUrl.protocol).split(",")[0]!.trim().replace(/:$/, "");
  let url: URL;
  try {
    url = new URL(req.nextUrl.pathname + req.nextUrl.search, `${proto}://${host}`);
  } catch {
    return new NextRequest(req.url, init);
  }
  // next-auth reads only what a Request has when AUTH_URL is not set (next-auth/lib/env.js).
  return new Request(url, init) as NextRequest;
}

export async function GET(req: NextRequest) {
  return handlers.GET(forAuth(req, { method: "GET", headers: req.headers }));
}

/**
 * Auth.js's POST endpoints (sign-in, sign-out) read small forms. proxy.ts refuses a declared large body; this reads
 * at most MAX_SIGN_IN_BODY bytes of an undeclared (chunked) one and refuses the rest, before Auth.js parses or
 * hashes anything.
 */
export async function POST(req: NextRequest) {
  const body = await readBodyUpTo(req, MAX_SIGN_IN_BODY);
  if (body === null) return new Response("Too large", { status: 413 });
  // Auth.js reads url-encoded forms and JSON: text either way.
  return handlers.POST(forAuth(req, { method: "POST", headers: req.headers, body: body.toString("utf8") }));
}
