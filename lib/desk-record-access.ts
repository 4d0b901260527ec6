import "server-only";
import { getStoryState } from "@/db/queries/desk-story";
import { getWebhookEndpoint } from "@/db/queries/webhooks";
import { asWorkflowActor, type Actor } from "./auth/actor";
import { isUuid } from "./content/uuid";
import type { DeskPage } from "./desk-registry";
import { canViewStory } from "./story/workflow";

/**
 * For the proxy: the status of a desk page about one record when it is not a 200: a story that does not exist
 * (404) or that this person may not see (403), a webhook endpoint that does not exist (404). The page finds the
 * same and shows the same, but with cacheComponents a dynamic route streams with a 200 before its own check runs
 * (vercel/next.js#95380), so the status is settled here, before any byte is sent.
 */
export async function deskRecordStatus(key: DeskPage, path: string, actor: Actor): Promise<403 | 404 | null> {
  const id = path.split("/")[3] ?? "";
  switch (key) {
    case "/admin/stories/[id]":
    case "/admin/stories/[id]/revisions":
    case "/admin/preview/[id]": {
      const story = await getStoryState(id);
      if (!story) return 404;
      return canViewStory(story, asWorkflowActor(actor)) ? null : 403;
    }
    case "/admin/webhooks/[id]":
      return isUuid(id) && (await getWebhookEndpoint(id)) ? null : 404;
    default:
      return null;
  }
}
