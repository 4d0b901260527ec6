import type { Metadata } from "next";
import { getActiveBanner, listFrontLayouts, listPublicCardsById } from "@/db/queries/front-page";
import { getSiteSettings } from "@/db/queries/settings";
import { listLatestStories } from "@/db/queries/stories";
import { listTopStories } from "@/db/queries/listings";
import { listSections } from "@/db/queries/settings";
import Link from "next/link";
import { requirePage } from "@/lib/authz";
import { emptyFrontLayout, layoutStoryIds } from "@/lib/content/front-page";
import { loadFront } from "@/lib/front-page";
import { BannerForm } from "./banner-form";
import { FrontPageEditor, type PickStory } from "./front-page-editor";
import { LayoutHistory } from "./layout-history";

// Checks the session against the database before rendering: a blocking, per-request page (see the layout).
export const instant = false;

export const metadata: Metadata = { title: "Front page" };

const tabClass =
  "rounded border border-rule px-3 py-1 hover:bg-rule/40 aria-[current=page]:bg-ink aria-[current=page]:text-paper";

/** The front page's layout and banner, or (?front=<section>) a section front's top stories. */
export default async function FrontPageDesk({
  searchParams,
}: {
  searchParams: Promise<{ front?: string | string[] }>;
}) {
  await requirePage("/admin/front-page");
  const asked = (await searchParams).front;
  const allSections = await listSections();
  const section = allSections.find((s) => s.slug === asked) ?? null;
  const scope = section?.id ?? null;
  const [history, banner, settings, recent] = await Promise.all([
    listFrontLayouts(10, scope),
    getActiveBanner(),
    getSiteSettings(),
    // The section's own stories to choose from (featured, then newest); any story can still be found by name.
    scope ? listTopStories(60, scope) : listLatestStories(60),
  ]);
  // The newest saved version is the one readers see (getCurrentFrontLayout's answer, already read here).
  const layout = history[0]?.layout ?? emptyFrontLayout;
  const [front, named] = await Promise.all([
    loadFront(layout, new Date(), scope),
    listPublicCardsById(layoutStoryIds(layout)),
  ]);
  const pick = (s: (typeof recent)[number]): PickStory => ({
    id: s.id,
    headline: s.headline,
    section: s.section.name,
    publishedAt: s.publishedAt.toISOString(),
  });
  const stories = [...new Map([...recent, ...named, ...front.stories].map((s) => [s.id, pick(s)])).values()];
  const when = (d: Date) =>
    new Intl.DateTimeFormat("en-US", { timeZone: settings.timeZone, dateStyle: "medium", timeStyle: "short" }).format(
      d,
    );
  const headline = new Map(stories.map((s) => [s.id, s.headline]));
  return (
    <>
      <h1 className="mb-6 font-serif text-3xl font-bold">Front page</h1>
      <nav aria-label="Fronts" className="mb-6 flex flex-wrap gap-2 font-sans text-sm">
        <Link
          href="/admin/front-page"
          prefetch={false}
          className={tabClass}
          aria-current={section ? undefined : "page"}
        >
          Front page
        </Link>
        {allSections.map((s) => (
          <Link
            key={s.id}
            href={`/admin/front-page?front=${s.slug}`}
            prefetch={false}
            className={tabClass}
            aria-current={s.id === scope ? "page" : undefined}
          >
            {s.name}
          </Link>
        ))}
      </nav>
      {section ? (
        <p className="mb-6 font-sans text-sm text-muted">
          The top of the {section.name} page (
          <a href={`/${section.slug}`} className="underline">
            /{section.slug}
          </a>
          ): its lead and top stories, above the section&apos;s latest.
        </p>
      ) : (
        <BannerForm current={banner ? { text: banner.text, href: banner.href, endsAt: when(banner.endsAt) } : null} />
      )}
      <FrontPageEditor
        key={scope ?? "home"}
        front={section ? { id: section.id, name: section.name } : null}
        version={history[0]?.id ?? "none"}
        initial={{ ...layout, sections: front.sections.map((s) => s.slug) }}
        placed={front.stories.map((s) => s.id)}
        stories={stories}
        sections={front.sections.map((s) => ({ slug: s.slug, name: s.name }))}
      />
      <LayoutHistory
        versions={history.map((v, i) => ({
          id: v.id,
          when: when(v.createdAt),
          by: v.by ?? "someone",
          current: i === 0,
          lead: v.layout.lead ? (headline.get(v.layout.lead) ?? "a story no longer published") : "automatic",
          top: v.layout.top.length,
        }))}
      />
    </>
  );
}
