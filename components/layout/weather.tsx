import { cacheLife } from "next/cache";
import type { SiteSettings } from "@/lib/content/types";
import { cacheSeconds, getWeatherText, retrySeconds } from "@/lib/weather";

/**
 * "60.4 °F Los Angeles", or nothing when no recent reading exists. Cached for as long as a reading is kept
 * (15 minutes; WEATHER_CACHE_SECONDS), so the weather refreshes the page in the background instead of making
 * every reader page render per request. A header made without a reading is kept only until the source is asked
 * again (a minute; WEATHER_RETRY_SECONDS): otherwise one slow answer at a server's start left every page it cached
 * without weather for the whole 15 minutes.
 */
export async function Weather({ settings }: { settings: SiteSettings }) {
  "use cache";
  const seconds = cacheSeconds();
  const text = await getWeatherText(settings);
  // stale >= 300 s keeps it in the page shell (Next.js leaves shorter-lived entries out as request-time holes).
  // Next.js keeps the shortest of the lives asked for, and so does the page around it.
  cacheLife({ stale: 300, revalidate: text ? seconds : retrySeconds(seconds), expire: Math.max(seconds, 3 * 3600) });
  if (!text) return null;
  return <span data-testid="weather">{text}</span>;
}
