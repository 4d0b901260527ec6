import Link from "next/link";
import type { ReactNode } from "react";
import { listDeskStories } from "@/db/queries/desk-lists";
import { can, requirePage } from "@/lib/authz";
import { readSettings } from "@/lib/reads";
import { storyStatuses, type StoryStatus } from "@/lib/story/workflow";
import { NewStoryButton } from "./stories/_components/new-story-button";
import { StoryRows } from "./stories/_components/story-rows";

export const instant = false;

// Where each status waits on the desk's front page; a new status must pick one (or none: unpublished stories).
const shelf: Record<StoryStatus, "draft" | "returned" | "review" | "upcoming" | "published" | null> = {
  draft: "draft",
  returned: "returned",
  in_review: "review",
  approved: "upcoming",
  scheduled: "upcoming",
  published: "published",
  unpublished: null,
};
const on = (...shelves: (typeof shelf)[StoryStatus][]) => storyStatuses.filter((s) => shelves.includes(shelf[s]));

function Block({ title, id, children }: { title: string; id: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="mb-8">
      <h2 id={id} className="mb-2 font-sans text-sm font-bold tracking-widest uppercase">
        {title}
      </h2>
      {children}
    </section>
  );
}

/** The desk's front page: what waits for me, what waits for an editor, what is about to go out, what just did. */
export default async function DeskHome() {
  const user = await requirePage("/admin");
  const editor = can(user, "story.editAny");
  const mine = { createdBy: user.id };
  const [settings, drafts, returned, submitted, review, proposed, upcoming, published] = await Promise.all([
    readSettings(),
    listDeskStories({ ...mine, statuses: on("draft") }),
    listDeskStories({ ...mine, statuses: on("returned") }),
    editor ? Promise.resolve([]) : listDeskStories({ ...mine, statuses: on("review", "upcoming") }),
    editor ? listDeskStories({ statuses: on("review") }) : Promise.resolve([]),
    editor ? listDeskStories({ statuses: on("published"), pendingOnly: true }) : Promise.resolve([]),
    editor ? listDeskStories({ statuses: on("upcoming") }) : Promise.resolve([]),
    listDeskStories({ ...(editor ? {} : mine), statuses: on("published"), limit: 10 }),
  ]);
  const tz = settings.timeZone;
  return (
    <>
      <div className="mb-8 flex flex-wrap items-center justify-between gap-4">
        <h1 className="font-serif text-3xl font-bold">Good to see you, {user.name.split(" ")[0]}</h1>
        {can(user, "story.create") && <NewStoryButton />}
      </div>
      <div className="grid gap-x-10 lg:grid-cols-2">
        <div>
          <Block title="Returned to me" id="h-returned">
            <StoryRows rows={returned} timeZone={tz} empty="Nothing sent back to you." />
          </Block>
          <Block title="My drafts" id="h-drafts">
            <StoryRows rows={drafts} timeZone={tz} empty="No drafts. Start one with New story." />
          </Block>
          {!editor && (
            <Block title="With the editors" id="h-submitted">
              <StoryRows rows={submitted} timeZone={tz} empty="Nothing waiting for an editor." />
            </Block>
          )}
        </div>
        <div>
          {editor && (
            <>
              <Block title="Awaiting review" id="h-review">
                <StoryRows rows={[...review, ...proposed]} timeZone={tz} empty="Nothing waiting for review." />
              </Block>
              <Block title="Approved and scheduled" id="h-upcoming">
                <StoryRows rows={upcoming} timeZone={tz} when="scheduled" empty="Nothing approved or scheduled." />
              </Block>
            </>
          )}
          <Block title="Recently published" id="h-published">
            <StoryRows rows={published} timeZone={tz} when="published" empty="Nothing published yet." />
          </Block>
        </div>
      </div>
      {can(user, "story.publish") && (
        <p className="text-sm">
          <Link href="/admin/audit" prefetch={false} className="underline">
            Audit log
          </Link>
        </p>
      )}
    </>
  );
}
