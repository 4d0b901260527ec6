import type { Metadata } from "next";
import { Suspense } from "react";
import { FrontPageView } from "@/components/home/front-page-view";
import { readFrontPage, readLatestStories, readSettings } from "@/lib/reads";

export async function generateMetadata(): Promise<Metadata> {
  const settings = await readSettings();
  return {
    title: settings.tagline ? `${settings.siteName} | ${settings.tagline}` : settings.siteName,
    description: settings.tagline || `The latest news from ${settings.siteName}`,
    alternates: { canonical: "/", types: { "application/rss+xml": "/feed.xml" } },
    openGraph: { type: "website", url: "/", siteName: settings.siteName, title: settings.siteName },
  };
}

async function FrontPage() {
  const [settings, front, latest] = await Promise.all([readSettings(), readFrontPage(), readLatestStories(12)]);
  return (
    <FrontPageView stories={front.stories} sections={front.sections} latest={latest} timeZone={settings.timeZone} />
  );
}

export default function HomePage() {
  // The h1 stays outside <Suspense>: React reveals streamed boundaries in batches, and the page needs its heading at once.
  return (
    <>
      <h1 className="sr-only">Front page</h1>
      <Suspense fallback={<p className="py-16 text-center font-sans text-muted">Loading the front page…</p>}>
        <FrontPage />
      </Suspense>
    </>
  );
}
