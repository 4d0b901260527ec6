import "server-only";
import { getDb } from "../index";
import { weatherReadings } from "../schema";
import type { StoredReading } from "../queries/weather";

/** Keeps the last good reading per location, for when the source fails. */
export async function saveReading(locationKey: string, reading: StoredReading): Promise<void> {
  const db = await getDb();
  await db
    .insert(weatherReadings)
    .values({ locationKey, ...reading })
    .onConflictDoUpdate({
      target: weatherReadings.locationKey,
      set: { temperature: reading.temperature, units: reading.units, fetchedAt: reading.fetchedAt },
    });
}
