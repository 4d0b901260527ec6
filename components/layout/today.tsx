import { cacheLife } from "next/cache";
import { formatLongDate, secondsUntilMidnight } from "@/lib/format";

/**
 * Today's date in the newsroom's time zone, cached until the next midnight there, so the header no longer makes
 * every reader page a per-request render (the page's own cache entry lives no longer than this one).
 */
export async function Today({ timeZone, language }: { timeZone: string; language: string }) {
  "use cache";
  const now = new Date();
  // +1 s so the entry turns over just after midnight, not just before it.
  cacheLife({ stale: 300, revalidate: secondsUntilMidnight(now, timeZone) + 1, expire: 86_400 * 2 });
  return (
    <time dateTime={isoDate(now, timeZone)} data-testid="today">
      {formatLongDate(now, timeZone, language)}
    </time>
  );
}

function isoDate(date: Date, timeZone: string): string {
  return new Intl.DateTimeFormat("en-CA", { year: "numeric", month: "2-digit", day: "2-digit", timeZone }).format(date);
}
