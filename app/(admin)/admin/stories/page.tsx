import type { Metadata } from "next";
import { listDeskStories } from "@/db/queries/desk-lists";
import { readSettings } from "@/lib/reads";
import { can, requirePage } from "@/lib/authz";
import { NewStoryButton } from "./_components/new-story-button";
import { StoryRows } from "./_components/story-rows";

export const instant = false;

export const metadata: Metadata = { title: "Stories" };

export default async function StoriesPage() {
  const user = await requirePage("/admin/stories");
  // Editors see every story; journalists see their own.
  const [rows, settings] = await Promise.all([
    listDeskStories({ ...(can(user, "story.editAny") ? {} : { createdBy: user.id }), limit: 200 }),
    readSettings(),
  ]);
  return (
    <>
      <div className="mb-6 flex flex-wrap items-center justify-between gap-4">
        <h1 className="font-serif text-3xl font-bold">Stories</h1>
        {can(user, "story.create") && <NewStoryButton />}
      </div>
      <StoryRows rows={rows} timeZone={settings.timeZone} empty="No stories yet." />
    </>
  );
}
