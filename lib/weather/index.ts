import "server-only";
import { saveReading } from "@/db/mutations/weather";
import { writer } from "@/db/mutations/writer";
import { getLastReading } from "@/db/queries/weather";
import type { SiteSettings } from "@/lib/content/types";
import { getCurrentReading, nextAskAt, type ReadingStore } from "./current";
export { cacheSeconds } from "./current";
import { formatReading } from "./open-meteo";

const dbStore: ReadingStore = {
  load: getLastReading,
  save: async (key, reading) => saveReading(await writer(), key, reading),
};

/**
 * The header's weather text for the newsroom's location (null when there is nothing recent to show), and how many
 * seconds a header made with it may be kept: until the source is next asked (nextAskAt), counted from the call, as
 * Next.js counts a cached component's life from its start, before the source is asked.
 */
export async function getWeatherHeader(settings: SiteSettings): Promise<{ text: string | null; seconds: number }> {
  const started = Date.now();
  const loc = {
    latitude: settings.weatherLatitude,
    longitude: settings.weatherLongitude,
    units: settings.weatherUnits,
  };
  const reading = await getCurrentReading(loc, dbStore);
  return {
    text: reading ? formatReading(reading, settings.weatherCity) : null,
    seconds: Math.max(1, Math.ceil((nextAskAt(loc) - started) / 1000)),
  };
}
