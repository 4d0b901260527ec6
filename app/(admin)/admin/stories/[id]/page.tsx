import type { Metadata } from "next";
import Link from "next/link";
import { forbidden, notFound } from "next/navigation";
import { getDeskStory } from "@/db/queries/desk-stories";
import { can, canEditStory, requirePage } from "@/lib/authz";
import { docToParagraphText } from "@/lib/rich-text/plain-body";
import { PublishButtons } from "../_components/publish-buttons";
import { StoryForm } from "../_components/story-form";

// Checks the session against the database before rendering: a blocking, per-request page (see the layout).
export const instant = false;

export const metadata: Metadata = { title: "Edit story" };

export default async function EditStoryPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePage("/admin/stories/[id]");
  const story = await getDeskStory((await params).id);
  if (!story) notFound();
  if (!canEditStory(user, story)) forbidden();
  return (
    <>
      <p className="mb-2 text-sm"><Link href="/admin/stories" prefetch={false} className="underline">All stories</Link></p>
      <h1 className="mb-1 font-serif text-3xl font-bold">Edit story</h1>
      <p className="mb-6 text-sm text-muted">
        Status: <span className="font-semibold text-ink">{story.status}</span>
        {story.status === "published" && <> · <Link className="underline" href={`/${story.sectionSlug}/${story.slug}`}>View on the site</Link></>}
      </p>
      {can(user, "story.publish") && <PublishButtons id={story.id} published={story.status === "published"} />}
      <StoryForm
        story={{ id: story.id, version: story.version, headline: story.headline, dek: story.dek, body: docToParagraphText(story.body) }}
      />
    </>
  );
}
