import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "../index";
import { weatherReadings } from "../schema";

export type StoredReading = { temperature: number; units: "fahrenheit" | "celsius"; fetchedAt: Date };

export async function getLastReading(locationKey: string): Promise<StoredReading | null> {
  const db = await getDb();
  const [row] = await db
    .select({
      temperature: weatherReadings.temperature,
      units: weatherReadings.units,
      fetchedAt: weatherReadings.fetchedAt,
    })
    .from(weatherReadings)
    .where(eq(weatherReadings.locationKey, locationKey));
  return row ?? null;
}
