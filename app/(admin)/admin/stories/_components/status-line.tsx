import { formatShortDateTime } from "@/lib/editor/zoned-time";
import { statusLabels } from "@/lib/story/workflow";
import type { DeskStoryView } from "@/lib/story/desk-types";

type Props = Pick<
  DeskStoryView,
  | "status"
  | "pendingChanges"
  | "publishedAt"
  | "updatedAt"
  | "updatedByName"
  | "liveUrl"
  | "scheduledAt"
  | "timeZone"
  | "writerName"
>;

/**
 * Where the story stands: status, who saved last, where it is live, and whether readers see the latest words
 * ("Unpublished changes" only once there is a published version to differ from).
 */
export function StatusLine({
  status,
  pendingChanges,
  publishedAt,
  updatedAt,
  updatedByName,
  liveUrl,
  scheduledAt,
  timeZone,
  writerName,
}: Props) {
  const when = (iso: string) => formatShortDateTime(new Date(iso), timeZone);
  return (
    <div className="mb-4 flex flex-wrap items-center gap-x-3 gap-y-1 font-sans text-sm">
      <span className="rounded bg-ink px-2 py-0.5 font-semibold text-paper">{statusLabels[status]}</span>
      {pendingChanges && (status === "published" || publishedAt) && (
        <span className="rounded border border-accent px-2 py-0.5 font-semibold text-accent">Unpublished changes</span>
      )}
      {status === "scheduled" && scheduledAt && <span>Goes live {when(scheduledAt)}</span>}
      <span className="text-muted">
        {writerName && <>By {writerName} · </>}Last saved{updatedByName ? ` by ${updatedByName}` : ""} {when(updatedAt)}
      </span>
      {status === "published" && liveUrl && (
        <span>
          Live at{" "}
          <a href={liveUrl} className="break-all underline">
            {liveUrl}
          </a>
        </span>
      )}
    </div>
  );
}
