import type { Metadata } from "next";
import { Suspense } from "react";
import { FrontPageRest, FrontPageTop } from "@/components/home/front-page-view";
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

async function Top() {
  return <FrontPageTop stories={(await readFrontPage()).stories} />;
}

async function Rest() {
  const [settings, front, latest] = await Promise.all([readSettings(), readFrontPage(), readLatestStories(12)]);
  return (
    <FrontPageRest stories={front.stories} sections={front.sections} latest={latest} timeZone={settings.timeZone} />
  );
}

export default function HomePage() {
  // Two boundaries, not one: React sends a finished boundary of more than about 12 KB hidden, put in place by a
  // script only after the page's scripts have run, so the whole front page in one showed its lead seconds late on
  // a phone. The top is small and arrives in place; the rest, below the fold, may wait. Each needs its boundary: a
  // pin running out soon makes the front page's cache too short-lived to be part of the cached page.
  // The h1 stays outside <Suspense>: React reveals streamed boundaries in batches, and the page needs its heading at once.
  return (
    <>
      <h1 className="sr-only">Front page</h1>
      <Suspense fallback={<p className="py-16 text-center font-sans text-muted">Loading the front page…</p>}>
        <Top />
      </Suspense>
      <Suspense>
        <Rest />
      </Suspense>
    </>
  );
}
