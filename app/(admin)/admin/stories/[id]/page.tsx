import type { Metadata } from "next";
import Link from "next/link";
import { getDeskLive, isStoryReporter } from "@/db/queries/live";
import { getDeskEditions, getDeskOptions, getDeskStoryView } from "@/db/queries/desk-story";
import { asWorkflowActor, can, requirePage } from "@/lib/authz";
import { allCapabilities } from "@/lib/capabilities";
import { readSettings } from "@/lib/reads";
import { availableTransitions, canEditWorkingCopy, canViewStory } from "@/lib/story/workflow";
import { loadDeskStory } from "../_lib/load-story";
import { StoryEditor } from "../_components/story-editor";
import { LivePanel } from "../_components/live-panel";

export const instant = false;

export const metadata: Metadata = { title: "Edit story" };

export default async function EditStoryPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePage("/admin/stories/[id]");
  const settings = await readSettings();
  const view = await loadDeskStory((await params).id, user, (id) => getDeskStoryView(id, user.id, settings.timeZone));
  const actor = asWorkflowActor(user);
  const story = {
    ...view,
    transitions: availableTransitions(view, actor),
    canEdit: canEditWorkingCopy(view, actor),
    canTakeOver: can(user, "story.editAny"),
  };
  const editions = await getDeskEditions(view.id);
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/admin/stories" prefetch={false} className="underline">
          All stories
        </Link>
        {" · "}
        <Link href={`/admin/stories/${view.id}/revisions`} prefetch={false} className="underline">
          Revisions
        </Link>
      </p>
      <StoryEditor
        story={story}
        options={await getDeskOptions()}
        viewer={{ id: user.id, capabilities: allCapabilities.filter((c) => can(user, c)) }}
        editions={editions.map(({ createdBy, ...e }) => ({ ...e, canOpen: canViewStory({ createdBy }, actor) }))}
      />
      <LivePanel
        storyId={view.id}
        live={await getDeskLive(view.id)}
        published={view.status === "published"}
        timeZone={settings.timeZone}
        canManage={can(user, "live.manage")}
        readerUrl={view.liveUrl}
        canPost={can(user, "live.post") && (can(user, "story.editAny") || (await isStoryReporter(view.id, user.id)))}
      />
    </>
  );
}
