import type { Metadata } from "next";
import { getActiveBanner, getCurrentFrontLayout, listFrontLayouts, listPublicCardsById } from "@/db/queries/front-page";
import { getSiteSettings } from "@/db/queries/settings";
import { listLatestStories } from "@/db/queries/stories";
import { requirePage } from "@/lib/authz";
import { layoutStoryIds } from "@/lib/content/front-page";
import { loadFront } from "@/lib/front-page";
import { BannerForm } from "./banner-form";
import { FrontPageEditor, type PickStory } from "./front-page-editor";
import { LayoutHistory } from "./layout-history";

// Checks the session against the database before rendering: a blocking, per-request page (see the layout).
export const instant = false;

export const metadata: Metadata = { title: "Front page" };

export default async function FrontPageDesk() {
  await requirePage("/admin/front-page");
  const [layout, history, banner, settings, recent] = await Promise.all([
    getCurrentFrontLayout(),
    listFrontLayouts(10),
    getActiveBanner(),
    getSiteSettings(),
    listLatestStories(60),
  ]);
  const [front, named] = await Promise.all([loadFront(layout), listPublicCardsById(layoutStoryIds(layout))]);
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
      <BannerForm current={banner ? { text: banner.text, href: banner.href, endsAt: when(banner.endsAt) } : null} />
      <FrontPageEditor
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
