import type { StoryStatus, TransitionName } from "./workflow";

/** What partners can be told (webhooks): the moments a story changes for readers. */
export const storyEvents = ["story.published", "story.updated", "story.unpublished", "story.corrected"] as const;
export type StoryEvent = (typeof storyEvents)[number];

export const storyEventLabels: Record<StoryEvent, string> = {
  "story.published": "A story is published",
  "story.updated": "A published story's changes are published",
  "story.unpublished": "A story is unpublished",
  "story.corrected": "A correction or update notice is added to a published story",
};

/** The event a move makes, if any: publishing again what was live is an update, or a correction with its notice. */
export function storyEventOf(move: TransitionName, from: StoryStatus, notice: boolean): StoryEvent | null {
  if (move === "unpublish") return "story.unpublished";
  if (move !== "publish") return null;
  if (from !== "published") return "story.published";
  return notice ? "story.corrected" : "story.updated";
}
