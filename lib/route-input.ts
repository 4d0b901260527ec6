/**
 * Checks for values taken from a URL before they reach a query. PostgreSQL refuses NUL bytes and malformed text
 * with an error (a 500), so anything that cannot be a slug, a key or a query is turned away here as "not found".
 */
export const MAX_SEGMENT = 200;

const CONTROL = /[\u0000-\u001F\u007F-\u009F]/;

/** A path segment or query value that could name a record: bounded, well-formed, without control characters. */
export function isSafeText(value: unknown, max = MAX_SEGMENT): value is string {
  return (
    typeof value === "string" && value.length > 0 && value.length <= max && !CONTROL.test(value) && value.isWellFormed()
  );
}

/** ?page=N from a search param (null when absent): a positive integer (capped, so the offset stays sane), else 1. */
export function pageNumber(value: string | string[] | null | undefined): number {
  const n = Number(Array.isArray(value) ? value[0] : value);
  return Number.isInteger(n) && n > 0 ? Math.min(n, 100_000) : 1;
}

export { isUuid } from "./content/uuid";
