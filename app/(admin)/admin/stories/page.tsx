import type { Metadata } from "next";
import Link from "next/link";
import { listDeskStories } from "@/db/queries/desk-stories";
import { can, requirePage } from "@/lib/authz";

// Checks the session against the database before rendering: a blocking, per-request page (see the layout).
export const instant = false;

export const metadata: Metadata = { title: "Stories" };

const statusLabel: Record<string, string> = {
  draft: "Draft", in_review: "In review", returned: "Returned", approved: "Approved", scheduled: "Scheduled",
  published: "Published", unpublished: "Unpublished",
};

export default async function StoriesPage() {
  const user = await requirePage("/admin/stories");
  // Editors see every story; journalists see their own.
  const rows = await listDeskStories(can(user, "story.editAny") ? {} : { createdBy: user.id });
  return (
    <>
      <h1 className="mb-6 font-serif text-3xl font-bold">Stories</h1>
      {rows.length === 0 ? (
        <p className="text-muted">No stories yet.</p>
      ) : (
        <ul className="divide-y divide-rule border-y border-rule">
          {rows.map((s) => (
            <li key={s.id} className="flex flex-wrap items-baseline justify-between gap-2 py-3">
              <Link href={`/admin/stories/${s.id}`} prefetch={false} className="font-serif text-lg font-semibold hover:underline">{s.headline}</Link>
              <span className="text-sm text-muted">
                {s.sectionName} · {s.writer ?? "Newsroom"} · <span className="font-semibold text-ink">{statusLabel[s.status] ?? s.status}</span>
              </span>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
