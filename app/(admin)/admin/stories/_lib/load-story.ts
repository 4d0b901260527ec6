import "server-only";
import { forbidden, notFound } from "next/navigation";
import { getStoryState } from "@/db/queries/desk-story";
import { asWorkflowActor, type Actor } from "@/lib/authz";
import { canViewStory } from "@/lib/story/workflow";

type Owned = { createdBy: string | null };

/** For the actions: the story when this person may see it (lib/story/workflow.ts canViewStory), else null. */
export async function visibleStory(id: string, actor: Actor) {
  const story = await getStoryState(id);
  return story && canViewStory(story, asWorkflowActor(actor)) ? story : null;
}

/** For the desk's story pages: a missing story is a 404, one this person may not see a 403. */
export async function loadDeskStory<S extends Owned>(
  id: string,
  actor: Actor,
  read: (id: string) => Promise<S | null | undefined>,
): Promise<S> {
  const story = await read(id);
  if (!story) notFound();
  if (!canViewStory(story, asWorkflowActor(actor))) forbidden();
  return story;
}
