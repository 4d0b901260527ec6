import type { Metadata } from "next";
import { FrontPageView, TopStories } from "@/components/home/front-page-view";
import { requirePage } from "@/lib/authz";
import { loadFront } from "@/lib/front-page";
import { readLatestStories, readSettings } from "@/lib/reads";
import { saveFrontPageSchema } from "@/lib/validation/front-page";

// Per request: an unsaved layout, and only editors may see it.
export const instant = false;

export const metadata: Metadata = { title: "Front page preview" };

/** An unsaved front page layout (sent by the desk's "Preview") rendered exactly as the reader page renders one. */
export default async function FrontPagePreview({
  searchParams,
}: {
  searchParams: Promise<{ layout?: string | string[]; section?: string | string[] }>;
}) {
  await requirePage("/admin/front-page/preview");
  const { layout, section } = await searchParams;
  const parsed = saveFrontPageSchema.safeParse({
    layout: typeof layout === "string" ? layout : "",
    section: typeof section === "string" ? section : "",
  });
  if (!parsed.success)
    return (
      <p role="alert" className="py-16 text-center font-sans">
        This preview link is incomplete; press Preview on the desk again.
      </p>
    );
  const scope = parsed.data.section;
  const [front, latest, settings] = await Promise.all([
    loadFront(parsed.data.layout, new Date(), scope),
    readLatestStories(12),
    readSettings(),
  ]);
  if (scope) {
    // A section front: its top as the section page shows it.
    const [lead, ...others] = front.stories;
    return (
      <>
        <h1 className="sr-only">Section front preview</h1>
        {lead ? (
          <TopStories lead={lead} others={others} />
        ) : (
          <p className="py-16 text-center font-serif text-xl">No stories have been published in this section yet.</p>
        )}
      </>
    );
  }
  return (
    <>
      <h1 className="sr-only">Front page</h1>
      <FrontPageView stories={front.stories} sections={front.sections} latest={latest} timeZone={settings.timeZone} />
    </>
  );
}
