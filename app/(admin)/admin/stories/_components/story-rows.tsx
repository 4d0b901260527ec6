import Link from "next/link";
import type { DashboardRow } from "@/db/queries/desk-lists";
import { formatDateTime } from "@/lib/format";
import { statusLabels } from "@/lib/story/workflow";

/** A desk list: each row says what, who, where, which status and when (in the newsroom's zone). */
export function StoryRows({
  rows,
  timeZone,
  empty,
  when = "updated",
}: {
  rows: DashboardRow[];
  timeZone: string;
  empty: string;
  when?: "updated" | "scheduled" | "published";
}) {
  if (rows.length === 0) return <p className="py-2 text-sm text-muted">{empty}</p>;
  return (
    <ul className="divide-y divide-rule border-y border-rule">
      {rows.map((s) => {
        const at =
          when === "scheduled" && s.scheduledAt
            ? s.scheduledAt
            : when === "published" && s.publishedAt
              ? s.publishedAt
              : s.updatedAt;
        const verb =
          when === "scheduled" && s.scheduledAt
            ? "Goes live"
            : when === "published" && s.publishedAt
              ? "Published"
              : "Updated";
        return (
          <li key={s.id} className="py-3">
            <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
              <Link
                href={`/admin/stories/${s.id}`}
                prefetch={false}
                className="font-serif text-lg font-semibold hover:underline"
              >
                {s.headline.trim() || "Untitled story"}
              </Link>
              <span className="rounded bg-rule/50 px-2 py-0.5 text-xs font-semibold tracking-wide uppercase">
                {statusLabels[s.status]}
                {s.status === "published" && s.pendingChanges ? " · changes waiting" : ""}
              </span>
            </div>
            <p className="mt-1 text-sm text-muted">
              {s.writerName ?? "Newsroom"} · {s.sectionName} · {verb}{" "}
              <time dateTime={at.toISOString()}>{formatDateTime(at, timeZone)}</time>
              {s.updatedByName && when === "updated" ? ` by ${s.updatedByName}` : ""}
            </p>
            {s.status === "returned" && s.note && (
              <p className="mt-2 rounded border-l-4 border-accent bg-rule/30 px-3 py-2 text-sm">
                <span className="font-semibold">Editor’s note:</span> {s.note}
              </p>
            )}
          </li>
        );
      })}
    </ul>
  );
}
