"use client";
import { useActionState } from "react";
import { FormMessage, secondaryButtonClass } from "@/components/desk/field";
import { initialFormState, type FormState } from "@/lib/form-state";
import { restoreFrontPageAction } from "./actions";

type Version = { id: string; when: string; by: string; lead: string; top: number; current: boolean };

/** Earlier layouts, newest first; restoring one saves it again as the newest version. */
export function LayoutHistory({ versions }: { versions: Version[] }) {
  const [state, action, pending] = useActionState<FormState, FormData>(restoreFrontPageAction, initialFormState);
  return (
    <section aria-labelledby="history-heading" className="mt-10">
      <h2 id="history-heading" className="mb-3 font-serif text-2xl font-bold">
        Earlier layouts
      </h2>
      <FormMessage error={state.ok ? null : state.message} notice={state.ok ? state.message : null} />
      {versions.length === 0 && (
        <p className="font-sans text-sm text-muted">No layout saved yet: the front page is in time order.</p>
      )}
      <ol className="divide-y divide-rule border-y border-rule font-sans text-sm" data-testid="layout-history">
        {versions.map((v) => (
          <li key={v.id} className="flex flex-wrap items-center gap-x-4 gap-y-1 py-2">
            <span className="min-w-0 flex-1">
              <strong>{v.when}</strong> by {v.by}: lead {v.lead}, {v.top} chosen top {v.top === 1 ? "story" : "stories"}
              {v.current && (
                <span className="ml-2 rounded bg-rule/60 px-1.5 py-0.5 text-xs font-semibold">Live now</span>
              )}
            </span>
            {!v.current && (
              <form action={action}>
                <input type="hidden" name="id" value={v.id} />
                <button
                  type="submit"
                  className={secondaryButtonClass}
                  disabled={pending}
                  aria-label={`Restore the layout of ${v.when}`}
                >
                  Restore
                </button>
              </form>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
