"use client";
import { useRouter } from "next/navigation";
import { useActionState } from "react";
import { controlClass } from "@/components/desk/text-control";
import { formatShortDateTime } from "@/lib/editor/zoned-time";
import type { FormState } from "@/lib/form-state";
import type { DeskNote } from "@/lib/story/desk-types";
import { addNoteAction } from "../actions";

/** Notes between reporter and editor; a note sent with "Return to reporter" stands out. */
export function NotesThread({ storyId, notes, timeZone }: { storyId: string; notes: DeskNote[]; timeZone: string }) {
  const router = useRouter();
  const [state, action, pending] = useActionState<FormState, FormData>(
    async (prev, fd) => {
      const r = await addNoteAction(prev, fd);
      if (r.ok) router.refresh();
      return r;
    },
    { ok: false },
  );
  return (
    <section aria-labelledby="notes-heading" className="font-sans text-sm">
      <h2 id="notes-heading" className="rule-heading">
        Notes
      </h2>
      {notes.length === 0 ? (
        <p className="mt-2 text-muted">No notes yet.</p>
      ) : (
        <ol className="mt-2 space-y-2">
          {notes.map((n) => (
            <li
              key={n.id}
              className={`rounded p-2 ${n.kind === "return" ? "border-2 border-accent" : "border border-rule"}`}
            >
              {n.kind === "return" && (
                <p className="text-xs font-bold tracking-wider text-accent uppercase">Returned with this note</p>
              )}
              <p className="break-words whitespace-pre-wrap">{n.body}</p>
              <p className="mt-1 text-xs text-muted">
                {n.authorName ?? "Someone"} ·{" "}
                <time dateTime={n.createdAt}>{formatShortDateTime(new Date(n.createdAt), timeZone)}</time>
              </p>
            </li>
          ))}
        </ol>
      )}
      <form action={action} className="mt-3">
        <input type="hidden" name="id" value={storyId} />
        <label htmlFor="note-body" className="block font-semibold">
          New note
        </label>
        <textarea
          id="note-body"
          name="body"
          rows={3}
          required
          className={controlClass}
          defaultValue={state.ok ? "" : state.values?.body}
          key={state.ok ? notes.length : "draft"}
          aria-describedby={state.fieldErrors?.body ? "note-error" : undefined}
        />
        {!state.ok && state.message && (
          <p id="note-error" role="alert" className="mt-1 font-semibold text-accent">
            {state.fieldErrors?.body ?? state.message}
          </p>
        )}
        <button
          type="submit"
          disabled={pending}
          className="mt-2 rounded border border-ink px-3 py-1.5 font-semibold disabled:opacity-50"
        >
          Add note
        </button>
      </form>
    </section>
  );
}
