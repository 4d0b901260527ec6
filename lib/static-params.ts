import { notFound } from "next/navigation";
import { isSafeText } from "./route-input";

/**
 * `next build` must not read the database, so a route whose values live there prerenders only this placeholder
 * (a 404). Each real value renders on its first visit, before the response starts (the page awaits its params
 * outside <Suspense>), so a value that does not exist, or is not published, answers with a real 404 status.
 */
export const PLACEHOLDER = "__placeholder__";

export function placeholderParams<K extends string>(...keys: K[]): Record<K, string>[] {
  return [Object.fromEntries(keys.map((key) => [key, PLACEHOLDER])) as Record<K, string>];
}

/** The record behind a route value, or the 404 page for the placeholder and for a miss. */
export async function findOr404<T>(value: string, read: (value: string) => Promise<T | null>): Promise<T> {
  // Malformed values (NUL, control bytes, overlong) can name nothing, and would make the query fail: a 404.
  if (value === PLACEHOLDER || !isSafeText(value)) notFound();
  const found = await read(value);
  if (!found) notFound();
  return found;
}
