import type { StoryTagSource } from "@/db/queries/invalidation";

/** Cache tags for public reads. A change to a story invalidates every tag of every page that may show it. */
export const cacheTags = {
  stories: "stories",
  settings: "settings",
  sections: "sections",
  frontPage: "front-page", // the saved front page layout
  banner: "banner", // the breaking-news banner on every reader page
  story: (slug: string) => `story:${slug}`,
  section: (slug: string) => `section:${slug}`,
  tag: (slug: string) => `tag:${slug}`,
  author: (slug: string) => `author:${slug}`,
} as const;

/** Every tag a story's pages carry: its article, its section, tags and authors, and the listings of all stories. */
export function tagsForStory(s: StoryTagSource): string[] {
  return [
    cacheTags.stories,
    cacheTags.story(s.slug),
    cacheTags.section(s.sectionSlug),
    ...s.tagSlugs.map(cacheTags.tag),
    ...s.authorSlugs.map(cacheTags.author),
    ...(s.editions ?? []).map((e) => cacheTags.story(e.slug)),
  ];
}
