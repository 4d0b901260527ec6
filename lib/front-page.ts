import "server-only";
import { listPublicCardsById } from "@/db/queries/front-page";
import { listSections } from "@/db/queries/settings";
import { listTopStories } from "@/db/queries/listings";
import { FRONT_PLACES, layoutStoryIds, orderSections, resolveFront, type FrontLayout } from "@/lib/content/front-page";

/**
 * A layout with today's stories: what the reader page caches and what the desk previews before a save. Fills with
 * the usual top stories (featured, then newest) of the whole site or of the section whose front it is; twice the
 * places, as the chosen ones may be among them.
 */
export async function loadFront(layout: FrontLayout, now = new Date(), sectionId: string | null = null) {
  const [known, fill, sections] = await Promise.all([
    listPublicCardsById(layoutStoryIds(layout)),
    listTopStories(FRONT_PLACES * 2, sectionId),
    sectionId ? Promise.resolve([]) : listSections(),
  ]);
  const { stories, nextChange } = resolveFront(layout, known, fill, now);
  return { stories, nextChange, sections: orderSections(sections, layout.sections) };
}
