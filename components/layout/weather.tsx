import { cacheLife } from "next/cache";
import type { SiteSettings } from "@/lib/content/types";
import { cacheSeconds, getWeatherText } from "@/lib/weather";

/**
 * "60.4 °F Los Angeles", or nothing when no recent reading exists. Cached for as long as a reading is kept
 * (15 minutes; WEATHER_CACHE_SECONDS), so the weather refreshes the page in the background instead of making
 * every reader page render per request.
 */
export async function Weather({ settings }: { settings: SiteSettings }) {
  "use cache";
  const seconds = cacheSeconds();
  // stale >= 300 s keeps it in the page shell (Next.js leaves shorter-lived entries out as request-time holes).
  cacheLife({ stale: 300, revalidate: seconds, expire: Math.max(seconds, 3 * 3600) });
  const text = await getWeatherText(settings);
  if (!text) return null;
  return <span data-testid="weather">{text}</span>;
}
