import type { Article } from "@/lib/content/types";
import { formatDateTime } from "@/lib/format";
import { stringsFor, type Language } from "@/lib/content/language";

/** Correction and update notices, as printed at the foot of a story. */
export function Notices({
  corrections,
  timeZone,
  language,
}: {
  corrections: Article["corrections"];
  timeZone: string;
  language: Language;
}) {
  const t = stringsFor(language);
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
            <strong className="tracking-wide uppercase">{c.kind === "correction" ? t.correction : t.update}</strong> (
            <time dateTime={c.createdAt.toISOString()}>{formatDateTime(c.createdAt, timeZone, language)}</time>):{" "}
            {c.text}
          </p>
        </div>
      ))}
    </div>
  );
}
