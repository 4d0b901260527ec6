import { connection } from "next/server";
import type { SiteSettings } from "@/db/queries/settings";
import { getWeatherText } from "@/lib/weather";

/** "60.4 °F Los Angeles", rendered per request inside <Suspense>; nothing at all when no recent reading exists. */
export async function Weather({ settings }: { settings: SiteSettings }) {
  await connection();
  const text = await getWeatherText(settings);
  if (!text) return null;
  return <span data-testid="weather">{text}</span>;
}
