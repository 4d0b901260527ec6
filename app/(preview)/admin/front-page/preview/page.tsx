import type { Metadata } from "next";
import { FrontPageView } from "@/components/home/front-page-view";
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
  searchParams: Promise<{ layout?: string | string[] }>;
}) {
  await requirePage("/admin/front-page/preview");
  const { layout } = await searchParams;
  const parsed = saveFrontPageSchema.safeParse({ layout: typeof layout === "string" ? layout : "" });
  if (!parsed.success)
    return (
      <p role="alert" className="py-16 text-center font-sans">
        This preview link is incomplete; press Preview on the desk again.
      </p>
    );
  const [front, latest, settings] = await Promise.all([
    loadFront(parsed.data.layout),
    readLatestStories(12),
    readSettings(),
  ]);
  return (
    <>
      <h1 className="sr-only">Front page</h1>
      <FrontPageView stories={front.stories} sections={front.sections} latest={latest} timeZone={settings.timeZone} />
    </>
  );
}
