"use client";
import { useState } from "react";
import type { LocalDraft } from "@/lib/editor/local-drafts";
import { formatShortDateTime } from "@/lib/editor/zoned-time";
import { workingAsText } from "@/lib/story/normalize";

/**
 * The writer's own text this browser keeps for the story that differs from the editor's: unsaved work from an
 * earlier visit, or mine after "Take theirs". Each can be read, copied into the editor, or discarded.
 */
export function LocalDraftOffer({
  drafts,
  timeZone,
  readOnly,
  onRestore,
  onDiscard,
}: {
  drafts: LocalDraft[];
  timeZone: string;
  readOnly: boolean;
  onRestore: (d: LocalDraft) => void;
  onDiscard: (d: LocalDraft) => void;
}) {
  const [shown, setShown] = useState<string | null>(null);
  if (!drafts.length) return null;
  return (
    <section
      aria-labelledby="local-drafts-heading"
      className="mb-6 rounded border-2 border-ink bg-rule/20 p-4 font-sans text-sm"
    >
      <h2 id="local-drafts-heading" className="font-serif text-lg font-bold">
        Text kept in this browser
      </h2>
      <ul className="mt-2 space-y-3">
        {drafts.map((d) => {
          const id = String(d.base);
          const when = formatShortDateTime(new Date(d.savedAt), timeZone);
          return (
            <li key={id}>
              <p>{`Your unsaved text from ${when} (started from version ${d.base}) differs from the saved story.`}</p>
              <div className="mt-1 flex flex-wrap gap-2">
                {!readOnly && (
                  <button
                    type="button"
                    onClick={() => onRestore(d)}
                    className="rounded bg-ink px-3 py-1.5 font-semibold text-paper"
                  >
                    Restore my text
                  </button>
                )}
                <button
                  type="button"
                  aria-expanded={shown === id}
                  onClick={() => setShown(shown === id ? null : id)}
                  className="rounded border border-ink px-3 py-1.5"
                >
                  {shown === id ? "Hide text" : "Show text"}
                </button>
                <button type="button" onClick={() => onDiscard(d)} className="px-2 py-1.5 underline">
                  Discard
                </button>
              </div>
              {shown === id && (
                <div className="mt-2 max-h-80 overflow-y-auto rounded border border-rule bg-paper p-3 font-serif break-words whitespace-pre-wrap">
                  {workingAsText(d.working)}
                </div>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
