import type { Article } from "@/lib/content/types";
import { formatDateTime } from "@/lib/format";

/** Correction and update notices, as printed at the foot of a story. */
export function Notices({ corrections, timeZone }: { corrections: Article["corrections"]; timeZone: string }) {
  if (corrections.length === 0) return null;
  return (
    <div className="mt-8 space-y-3">
      {corrections.map((c, i) => (
        <div
          key={i}
          role="note"
          className="border-l-4 border-accent bg-rule/20 px-4 py-3 font-sans text-sm"
          data-testid={`notice-${c.kind}`}
        >
          <p>
            <strong className="tracking-wide uppercase">{c.kind === "correction" ? "Correction" : "Update"}</strong> (
            <time dateTime={c.createdAt.toISOString()}>{formatDateTime(c.createdAt, timeZone)}</time>): {c.text}
          </p>
        </div>
      ))}
    </div>
  );
}
