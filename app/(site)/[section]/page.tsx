import type { Metadata } from "next";
import { Suspense } from "react";
import { ListingHeader } from "@/components/listing/listing-header";
import { PagedStories } from "@/components/listing/paged-stories";
import { pageNumber } from "@/lib/route-input";
import { permanentRedirect } from "next/navigation";
import { TopStories } from "@/components/home/front-page-view";
import { readLegacyTarget, readSection, readSectionFront, readSectionStories, readSettings } from "@/lib/reads";
import { legacyKey } from "@/lib/legacy-paths";
import { findOr404, placeholderParams } from "@/lib/static-params";

// `n`: set on page 2 on (./page/[n]/page.tsx); page 1 reads no request data, so it is cached whole.
type Props = { params: Promise<{ section: string; n?: string }> };

// An unknown section is a real 404 (lib/static-params.ts).
export function generateStaticParams() {
  return placeholderParams("section");
}

async function load(params: Props["params"]) {
  return findOr404((await params).section, async (slug) => {
    const section = await readSection(slug);
    if (section) return section;
    // An imported site's one-segment address (a `/%postname%/` permalink, say).
    const moved = await readLegacyTarget(legacyKey(`/${slug}`));
    if (moved) permanentRedirect(moved);
    return null;
  });
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [section, settings] = await Promise.all([load(params), readSettings()]);
  return {
    title: `${section.name} | ${settings.siteName}`,
    description: section.description,
    alternates: { canonical: `/${section.slug}`, types: { "application/rss+xml": `/feeds/section/${section.slug}` } },
    openGraph: {
      type: "website",
      url: `/${section.slug}`,
      siteName: settings.siteName,
      title: section.name,
      description: section.description,
    },
  };
}

async function Stories({ section, page }: { section: { id: string; slug: string }; page: number }) {
  const [result, settings, [lead, ...others]] = await Promise.all([
    readSectionStories(section, page),
    readSettings(),
    // The section front's top stories (the editors' choice, Front page desk) head its first page only.
    page === 1 ? readSectionFront(section.id) : Promise.resolve([]),
  ]);
  if (!lead) return <PagedStories result={result} timeZone={settings.timeZone} basePath={`/${section.slug}`} />;
  // As on the front page, a story shows once: the latest leave out what the top already shows.
  const onTop = new Set([lead, ...others].map((s) => s.id));
  const rest = { ...result, items: result.items.filter((s) => !onTop.has(s.id)) };
  return (
    <>
      <TopStories lead={lead} others={others} />
      {(rest.items.length > 0 || result.total > result.pageSize) && (
        <section aria-labelledby="latest-heading" className="pt-6">
          <h2 id="latest-heading" className="rule-heading">
            Latest
          </h2>
          <PagedStories
            result={rest}
            timeZone={settings.timeZone}
            basePath={`/${section.slug}`}
            headingLevel={3}
            inPlace={0}
          />
        </section>
      )}
    </>
  );
}

export default async function SectionPage({ params }: Props) {
  const section = await load(params);
  const page = pageNumber((await params).n);
  return (
    <>
      <ListingHeader kicker="Section" title={section.name}>
        <p className="mt-2 max-w-2xl font-serif text-lg text-muted">{section.description}</p>
        <p className="mt-2 font-sans text-sm">
          <a href={`/feeds/section/${section.slug}`} className="text-accent underline">
            RSS feed
          </a>
        </p>
      </ListingHeader>
      <Suspense fallback={<p className="py-8 font-sans text-muted">Loading stories…</p>}>
        <Stories section={section} page={page} />
      </Suspense>
    </>
  );
}
