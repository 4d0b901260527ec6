"use client";
import { useState } from "react";
import { docToPlainText } from "@/lib/content/rich-text/text";
import { changedFields, workingAsText } from "@/lib/story/normalize";
import { formatClock } from "@/lib/editor/zoned-time";
import type { WorkingCopy } from "@/lib/story/desk-types";
import type { Conflict } from "./use-autosave";

function Version({ title, w }: { title: string; w: WorkingCopy }) {
  return (
    <section aria-label={title} className="min-w-0 rounded border border-rule bg-paper p-3">
      <h3 className="mb-2 font-sans text-sm font-bold tracking-wider uppercase">{title}</h3>
      <p className="font-serif text-lg font-bold">{w.headline || <span className="text-muted">(no headline)</span>}</p>
      {w.dek && <p className="mt-1 font-serif text-muted">{w.dek}</p>}
      <div className="mt-2 max-h-96 overflow-y-auto font-serif text-sm break-words whitespace-pre-wrap">
        {docToPlainText(w.body) || "(empty body)"}
      </div>
    </section>
  );
}

/** Two people saved from the same version: both texts side by side, and the writer chooses. Nothing is lost. */
export function ConflictView({
  conflict,
  mine,
  timeZone,
  onKeepMine,
  onTakeTheirs,
}: {
  conflict: Conflict;
  mine: WorkingCopy;
  timeZone: string;
  onKeepMine: () => void;
  onTakeTheirs: () => void;
}) {
  const [copied, setCopied] = useState<string | null>(null);
  const differ = changedFields(conflict.working, mine);
  async function copyMine() {
    try {
      await navigator.clipboard.writeText(workingAsText(mine));
      setCopied("Your text is on the clipboard. It also stays here and in this browser.");
    } catch {
      setCopied("The browser did not allow copying; select your text below and copy it by hand.");
    }
  }
  return (
    <section aria-labelledby="conflict-heading" className="mb-6 rounded border-2 border-accent p-4 font-sans">
      <h2 id="conflict-heading" className="font-serif text-xl font-bold">
        Someone else saved this story while you were editing
      </h2>
      <p className="mt-1 text-sm">
        {conflict.savedByName ?? "Someone"} saved it at {formatClock(new Date(conflict.savedAt), timeZone)}. Autosave is
        paused; nothing of yours was written over.{differ.length > 0 && <> Different: {differ.join(", ")}.</>}
      </p>
      <div className="mt-3 grid gap-3 md:grid-cols-2">
        <Version title="Their version" w={conflict.working} />
        <Version title="Your version" w={mine} />
      </div>
      <div className="mt-3 flex flex-wrap gap-2">
        <button
          type="button"
          onClick={onKeepMine}
          className="rounded bg-ink px-4 py-2 text-sm font-semibold text-paper"
        >
          Keep mine
        </button>
        <button
          type="button"
          onClick={onTakeTheirs}
          className="rounded border border-ink px-4 py-2 text-sm font-semibold"
        >
          Take theirs
        </button>
        <button type="button" onClick={copyMine} className="rounded border border-ink px-4 py-2 text-sm font-semibold">
          Copy mine
        </button>
      </div>
      <p className="mt-2 text-sm text-muted">
        Keep mine saves your text over theirs (theirs stays in the revisions). Take theirs puts their text in the editor
        and keeps yours in this browser.
      </p>
      {copied && (
        <p role="status" className="mt-2 text-sm font-semibold">
          {copied}
        </p>
      )}
    </section>
  );
}
