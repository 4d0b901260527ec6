import "server-only";
import { getDb } from "../index";
import { publishStory, unpublishStory, updateStory, type StoryStatus } from "./stories";
import type { RichTextDoc } from "@/lib/rich-text/types";

export { StoryConflictError, StoryNotEditableError } from "./stories";

/**
 * Saves a story's words, keeping its slug, section, photo, bylines and tags. Throws StoryConflictError when stale,
 * StoryNotEditableError when onlyStatuses is given and the story is no longer in one of them.
 */
export async function saveStoryText(
  id: string, expectedVersion: number, text: { headline: string; dek: string; body: RichTextDoc }, actorId: string,
  opts: { onlyStatuses?: readonly StoryStatus[] } = {},
): Promise<number> {
  return updateStory(await getDb(), id, expectedVersion, text, actorId, opts);
}

export async function publishDeskStory(id: string, actorId: string): Promise<void> {
  await publishStory(await getDb(), id, actorId);
}

export async function unpublishDeskStory(id: string, actorId: string): Promise<void> {
  await unpublishStory(await getDb(), id, actorId);
}
