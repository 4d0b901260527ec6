import { NextRequest } from "next/server";
import { handlers } from "@/auth";
import { readBodyUpTo } from "@/lib/read-body";
import { MAX_SIGN_IN_BODY } from "@/lib/request-guards";

export const { GET } = handlers;

/**
 * Auth.js's POST endpoints (sign-in, sign-out) read small forms. proxy.ts refuses a declared large body; this reads
 * at most MAX_SIGN_IN_BODY bytes of an undeclared (chunked) one and refuses the rest, before Auth.js parses or
 * hashes anything.
 */
export async function POST(req: NextRequest) {
  const body = await readBodyUpTo(req, MAX_SIGN_IN_BODY);
  if (body === null) return new Response("Too large", { status: 413 });
  // Auth.js reads url-encoded forms and JSON: text either way.
  return handlers.POST(new NextRequest(req.url, { method: "POST", headers: req.headers, body: body.toString("utf8") }));
}
