import "server-only";
import type { Database } from "../client";
import { weatherReadings } from "../schema";
import type { StoredReading } from "../queries/weather";

/** Keeps the last good reading per location, for when the source fails. */
export async function saveReading(db: Database, locationKey: string, reading: StoredReading): Promise<void> {
  await db
    .insert(weatherReadings)
    .values({ locationKey, ...reading })
    .onConflictDoUpdate({
      target: weatherReadings.locationKey,
      set: { temperature: reading.temperature, units: reading.units, fetchedAt: reading.fetchedAt },
    });
}
