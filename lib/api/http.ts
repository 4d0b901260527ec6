import "server-only";
import { createHash } from "node:crypto";
import { findApiKey } from "@/db/queries/content-api";
import { hitRateLimit } from "@/db/mutations/rate-limits";
import { touchApiKey } from "@/db/mutations/api-keys";
import { writer } from "@/db/mutations/writer";
import { API_CACHE_CONTROL } from "@/lib/cache-policy";
import { bearerKey, hashApiKey } from "./keys";

/** An expected refusal inside a route (a bad parameter, a missing story): its status and words. */
export class ApiProblem extends Error {
  constructor(
    public status: number,
    public code: string,
    message: string,
  ) {
    super(message);
  }
}

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { "Content-Type": "application/json; charset=utf-8", "Cache-Control": "no-store", ...headers },
  });

export const apiError = (status: number, code: string, message: string, headers: Record<string, string> = {}) =>
  json(status, { error: { code, message } }, headers);

/** A JSON answer with its ETag; a 304 when the client has it already. */
export function cachedJson(req: Request, body: unknown): Response {
  const text = JSON.stringify(body);
  const etag = `"${createHash("sha256").update(text).digest("base64url").slice(0, 27)}"`;
  const headers = { ETag: etag, "Cache-Control": API_CACHE_CONTROL, Vary: "Authorization" };
  const sent = req.headers.get("if-none-match");
  if (sent && sent.split(",").some((t) => t.trim().replace(/^W\//, "") === etag))
    return new Response(null, { status: 304, headers });
  return new Response(text, {
    status: 200,
    headers: { ...headers, "Content-Type": "application/json; charset=utf-8" },
  });
}

/**
 * Every content API route: the key checked (401 without a good one), the key's limit a minute counted across
 * instances (429 past it), then the answer with its ETag. Nothing in here can serve an unpublished story: the
 * queries behind it read public stories only.
 */
export async function withApiKey(req: Request, answer: (url: URL) => Promise<unknown>): Promise<Response> {
  const key = bearerKey(req.headers.get("authorization"));
  const found = key ? await findApiKey(hashApiKey(key)) : null;
  if (!found || found.revokedAt)
    return apiError(401, "unauthorized", "Send a valid API key as `Authorization: Bearer mh_live_…`.", {
      "WWW-Authenticate": `Bearer realm="masthead", error="invalid_token"`,
    });
  const db = await writer();
  if (!(await hitRateLimit(db, `api:${found.id}`, found.perMinute, 60_000))) {
    const retry = 60 - Math.floor((Date.now() % 60_000) / 1000);
    return apiError(429, "rate_limited", `This key may make ${found.perMinute} requests a minute.`, {
      "Retry-After": String(retry),
    });
  }
  // "Last used" to the minute: a busy key costs no write on most requests.
  if (!found.lastUsedAt || Date.now() - found.lastUsedAt.getTime() > 60_000) await touchApiKey(db, found.id);
  try {
    return cachedJson(req, await answer(new URL(req.url)));
  } catch (error) {
    if (error instanceof ApiProblem) return apiError(error.status, error.code, error.message);
    throw error;
  }
}
