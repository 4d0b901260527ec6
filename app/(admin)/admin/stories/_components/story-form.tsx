"use client";
import { useActionState } from "react";
import { buttonClass, Field, FormMessage } from "@/components/desk/field";
import { updateStoryAction, type StoryFormState } from "../actions";

type Story = { id: string; version: number; headline: string; dek: string; body: string };

export function StoryForm({ story }: { story: Story }) {
  const [state, action, pending] = useActionState<StoryFormState, FormData>(updateStoryAction, { ok: false });
  const v = { ...story, ...state.values };
  const e = state.fieldErrors ?? {};
  return (
    <form action={action}>
      <FormMessage error={state.ok ? null : state.message} notice={state.ok ? state.message : null} />
      <input type="hidden" name="id" value={story.id} />
      {/* The version this text started from: a save from an older one is refused instead of overwriting. */}
      <input type="hidden" name="version" value={state.version ?? story.version} />
      <Field label="Headline" name="headline" defaultValue={v.headline} error={e.headline} required key={`h${state.version}`} />
      <Field label="Dek" name="dek" defaultValue={v.dek} error={e.dek} multiline={2} key={`d${state.version}`} />
      <Field
        label="Body" name="body" defaultValue={v.body} error={e.body} multiline={16} key={`b${state.version}`}
        hint="Separate paragraphs with a blank line. Photos, headings, quotes and lists stay in place; a paragraph you change loses its links and bold until the full editor arrives."
      />
      {state.conflict && (
        <section aria-labelledby="conflict-h" className="mb-4 rounded border border-accent p-4">
          <h2 id="conflict-h" className="font-serif text-xl font-bold">Their version (version {state.conflict.version})</h2>
          <p className="mt-2 font-semibold">{state.conflict.headline}</p>
          <p className="mt-1 text-muted">{state.conflict.dek}</p>
          <pre className="mt-2 whitespace-pre-wrap font-serif text-sm">{state.conflict.body}</pre>
          <p className="mt-2 text-sm">Save again to replace their version with yours, or copy what you need first.</p>
        </section>
      )}
      <button type="submit" className={buttonClass} disabled={pending}>{pending ? "Saving…" : "Save"}</button>
    </form>
  );
}
