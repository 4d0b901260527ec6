import { describe, expect, it } from "vitest";
import { cacheTags, tagsForStory } from "./cache-tags";

describe("tagsForStory", () => {
  const story = {
    slug: "night-market",
    sectionSlug: "local",
    tagSlugs: ["koreatown", "food"],
    authorSlugs: ["sarah-kim", "digital-desk"],
  };

  it("covers every page that shows the story", () => {
    const tags = tagsForStory(story);
    // Home, latest, search, related, feeds and sitemaps read through `stories`.
    expect(tags).toContain(cacheTags.stories);
    expect(tags).toContain("story:night-market");
    expect(tags).toContain("section:local");
    expect(tags).toEqual(
      expect.arrayContaining(["tag:koreatown", "tag:food", "author:sarah-kim", "author:digital-desk"]),
    );
    expect(tags).toHaveLength(7);
  });

  it("expires the story's other editions, whose pages link to it", () => {
    expect(tagsForStory({ ...story, editions: [{ slug: "night-market-ko", sectionSlug: "local" }] })).toContain(
      "story:night-market-ko",
    );
  });

  it("gives the tags the cached reads use", () => {
    expect(cacheTags.story(story.slug)).toBe("story:night-market");
    expect(cacheTags.section("local")).toBe("section:local");
    expect(cacheTags.tag("food")).toBe("tag:food");
    expect(cacheTags.author("sarah-kim")).toBe("author:sarah-kim");
  });

  it("handles a story with no tags", () => {
    expect(tagsForStory({ ...story, tagSlugs: [], authorSlugs: [] })).toEqual([
      "stories",
      "story:night-market",
      "section:local",
    ]);
  });
});
