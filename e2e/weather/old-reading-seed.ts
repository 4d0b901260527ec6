// Stores a last good weather reading an hour old for the newsroom's location, as a source that has failed since
// would leave it: E2E_OLD_READING degrees. Run by e2e/own-server.ts before its server starts (e2e/weather.spec.ts).
import { eq } from "drizzle-orm";
import { saveReading } from "../../db/mutations/weather";
import { siteSettings } from "../../db/schema";
import { locationKey } from "../../lib/weather/current";
import { openMigrated, run } from "../../scripts/_db";

run(async () => {
  const temperature = Number(process.env.E2E_OLD_READING);
  if (!Number.isFinite(temperature)) throw new Error("E2E_OLD_READING: a temperature, please");
  const handle = await openMigrated();
  const [s] = await handle.db.select().from(siteSettings).where(eq(siteSettings.id, 1));
  const loc = { latitude: s!.weatherLatitude, longitude: s!.weatherLongitude, units: s!.weatherUnits };
  await saveReading(handle.db, locationKey(loc), {
    temperature,
    units: loc.units,
    fetchedAt: new Date(Date.now() - 3600_000),
  });
  await handle.close();
});
