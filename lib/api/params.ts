import { isLanguage, type Language } from "@/lib/content/language";
import { isUuid } from "@/lib/content/uuid";
import type { StoryFilter } from "@/db/queries/content-api";
import { ApiProblem } from "./http";

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The next page's cursor: the last story's time and id, opaque to clients. */
export function encodeCursor(last: { publishedAt: Date; id: string }): string {
  return Buffer.from(JSON.stringify([last.publishedAt.toISOString(), last.id])).toString("base64url");
}

function decodeCursor(cursor: string): { publishedAt: Date; id: string } {
  try {
    const [at, id] = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")) as [string, string];
    const publishedAt = new Date(at);
    if (!Number.isNaN(publishedAt.getTime()) && isUuid(id)) return { publishedAt, id };
  } catch {
    // falls through to the refusal
  }
  throw new ApiProblem(400, "bad_cursor", "`cursor` is not one this API gave; start again without it.");
}

function time(params: URLSearchParams, name: string): Date | undefined {
  const value = params.get(name);
  if (value === null) return undefined;
  const date = new Date(value);
  if (!/^\d{4}-\d{2}-\d{2}/.test(value) || Number.isNaN(date.getTime()))
    throw new ApiProblem(400, "bad_parameter", `\`${name}\` must be an ISO 8601 time, such as 2025-06-07T00:00:00Z.`);
  return date;
}

function slug(params: URLSearchParams, name: string): string | undefined {
  const value = params.get(name);
  if (value === null) return undefined;
  if (!SLUG.test(value) || value.length > 120)
    throw new ApiProblem(400, "bad_parameter", `\`${name}\` must be a slug (lowercase letters, digits and hyphens).`);
  return value;
}

/** The story list's filters from the query string; a bad one is a 400 that says which and why. */
export function storyFilter(params: URLSearchParams): StoryFilter {
  const limitText = params.get("limit") ?? "20";
  const limit = Number(limitText);
  if (!/^\d+$/.test(limitText) || limit < 1 || limit > 100)
    throw new ApiProblem(400, "bad_parameter", "`limit` must be a whole number from 1 to 100.");
  const language = params.get("language");
  if (language !== null && !isLanguage(language))
    throw new ApiProblem(400, "bad_parameter", "`language` must be en or ko.");
  const cursor = params.get("cursor");
  return {
    section: slug(params, "section"),
    tag: slug(params, "tag"),
    author: slug(params, "author"),
    language: (language as Language | null) ?? undefined,
    since: time(params, "since"),
    until: time(params, "until"),
    after: cursor ? decodeCursor(cursor) : undefined,
    limit,
  };
}
