import { cacheLife } from "next/cache";
import type { SiteSettings } from "@/lib/content/types";
import { cacheSeconds, getWeatherHeader } from "@/lib/weather";

/**
 * "60.4 °F Los Angeles", or nothing when no recent reading exists. Cached until the source is next asked: when the
 * reading is 15 minutes old (WEATHER_CACHE_SECONDS), so the weather refreshes the page in the background instead of
 * making every reader page render per request; and a header made without a reading, or with the last good one after
 * the source failed, a minute after that failure (WEATHER_RETRY_SECONDS). Kept any longer, one slow answer at a
 * server's start left every page it cached without weather for 15 minutes, and a reading hours old stayed 15 minutes
 * after the source was back.
 */
export async function Weather({ settings }: { settings: SiteSettings }) {
  "use cache";
  const { text, seconds } = await getWeatherHeader(settings);
  // stale >= 300 s keeps it in the page shell (Next.js leaves shorter-lived entries out as request-time holes).
  // Next.js keeps the shortest of the lives asked for, and so does the page around it.
  cacheLife({ stale: 300, revalidate: seconds, expire: Math.max(seconds, cacheSeconds(), 3 * 3600) });
  if (!text) return null;
  return <span data-testid="weather">{text}</span>;
}
