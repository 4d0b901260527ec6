import { describe, expect, it } from "vitest";
import { storyEventOf } from "./events";

describe("the event a move makes", () => {
  it("tells a first publication, an update, a correction and an unpublication apart", () => {
    expect(storyEventOf("publish", "approved", false)).toBe("story.published");
    expect(storyEventOf("publish", "unpublished", false)).toBe("story.published");
    expect(storyEventOf("publish", "published", false)).toBe("story.updated");
    expect(storyEventOf("publish", "published", true)).toBe("story.corrected");
    expect(storyEventOf("unpublish", "published", false)).toBe("story.unpublished");
    expect(storyEventOf("submit", "draft", false)).toBeNull();
  });
});
