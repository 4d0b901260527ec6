import "server-only";
import { saveReading } from "@/db/mutations/weather";
import { writer } from "@/db/mutations/writer";
import { getLastReading } from "@/db/queries/weather";
import type { SiteSettings } from "@/lib/content/types";
import { getCurrentReading, type ReadingStore } from "./current";
export { cacheSeconds, retrySeconds } from "./current";
import { formatReading } from "./open-meteo";

const dbStore: ReadingStore = {
  load: getLastReading,
  save: async (key, reading) => saveReading(await writer(), key, reading),
};

/** The header's weather text for the newsroom's location, or null when there is nothing recent to show. */
export async function getWeatherText(settings: SiteSettings): Promise<string | null> {
  const loc = {
    latitude: settings.weatherLatitude,
    longitude: settings.weatherLongitude,
    units: settings.weatherUnits,
  };
  const reading = await getCurrentReading(loc, dbStore);
  return reading ? formatReading(reading, settings.weatherCity) : null;
}
