import { connection } from "next/server";
import { buildRss, xmlResponse } from "@/lib/feeds/rss";
import { readLatestStories, readSettings } from "@/lib/reads";

// Request-time (never prerendered at build, which must not open the database); the reads are cached.
export async function GET() {
  await connection();
  const [settings, stories] = await Promise.all([readSettings(), readLatestStories(30)]);
  return xmlResponse(
    buildRss(
      {
        title: settings.siteName,
        description: settings.tagline || `The latest news from ${settings.siteName}`,
        path: "/",
        feedPath: "/feed.xml",
        siteName: settings.siteName,
      },
      stories,
    ),
  );
}
