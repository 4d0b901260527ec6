"use client";
import Link from "next/link";
import { useActionState } from "react";
import { buttonClass, Field, FormMessage, secondaryButtonClass } from "@/components/desk/field";
import { initialFormState, type FormState } from "@/lib/form-state";
import { budgetSlots, slotLabels } from "@/lib/story/budget";
import { deletePlanAction, planStoryAction, updatePlanAction } from "./actions";

type Option = { id: string; name: string };

/** A plan being edited: its id, its fields as the form holds them, and whether its draft is made. */
export type EditedPlan = { id: string; values: Record<string, string>; drafted: boolean; closeHref: string };

/**
 * "Plan story", or a plan's edit ("Save plan", "Remove from budget"): plain forms (they work without JavaScript);
 * a refusal keeps every word typed.
 */
export function PlanForm({
  sections,
  reporters,
  editors,
  defaultDue,
  timeZone,
  editing,
}: {
  sections: Option[];
  reporters: Option[];
  editors: Option[];
  defaultDue: string;
  timeZone: string;
  editing?: EditedPlan;
}) {
  const [state, plan, planning] = useActionState<FormState, FormData>(
    editing ? updatePlanAction : planStoryAction,
    initialFormState,
  );
  const [removal, remove, removing] = useActionState<FormState, FormData>(deletePlanAction, initialFormState);
  const v = { ...editing?.values, ...state.values };
  const e = state.fieldErrors ?? {};
  return (
    <details className="mb-8 rounded border border-rule p-4" open={!!editing || !!state.message}>
      <summary className="cursor-pointer font-sans font-semibold">
        {editing ? `Edit plan: ${editing.values.slugLine}` : "Plan a story"}
      </summary>
      {editing && (
        <form action={remove} className="mt-4 font-sans text-sm">
          <FormMessage error={removal.ok ? null : removal.message} notice={null} />
          <input type="hidden" name="planId" value={editing.id} />
          <button type="submit" className={secondaryButtonClass} disabled={removing}>
            Remove from budget
          </button>
          {editing.drafted && <span className="ml-2 text-muted">Its draft stays with its writer.</span>}
        </form>
      )}
      <form action={plan} className="mt-4 grid gap-x-4 sm:grid-cols-2">
        {editing && <input type="hidden" name="planId" value={editing.id} />}
        <div className="sm:col-span-2">
          <FormMessage error={state.ok ? null : state.message} notice={state.ok ? state.message : null} />
        </div>
        <Field
          label="Slug line"
          name="slugLine"
          defaultValue={v.slugLine}
          error={e.slugLine}
          hint="A short working name, such as COUNCIL-BUDGET."
          required
        />
        <Field label="Section" name="sectionId" defaultValue={v.sectionId} error={e.sectionId}>
          {sections.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </Field>
        <div className="sm:col-span-2">
          <Field
            label="Budget line"
            name="notes"
            defaultValue={v.notes}
            error={e.notes}
            multiline={2}
            hint="What the story is and how long it runs."
          />
        </div>
        {editing?.drafted ? (
          <p className="mb-4 self-end font-sans text-sm text-muted">
            The reporter has its draft: &ldquo;Assign&rdquo; on the board moves it to someone else.
          </p>
        ) : (
          <Field label="Reporter" name="reporterId" defaultValue={v.reporterId ?? ""} error={e.reporterId}>
            <option value="">Not yet</option>
            {reporters.map((r) => (
              <option key={r.id} value={r.id}>
                {r.name}
              </option>
            ))}
          </Field>
        )}
        <Field label="Editor" name="editorId" defaultValue={v.editorId ?? ""} error={e.editorId}>
          <option value="">None yet</option>
          {editors.map((r) => (
            <option key={r.id} value={r.id}>
              {r.name}
            </option>
          ))}
        </Field>
        <Field
          label="Due"
          name="due"
          type="datetime-local"
          defaultValue={v.due ?? defaultDue}
          error={e.due}
          hint={`In the newsroom's time (${timeZone}).`}
          required
        />
        <Field label="Front-page slot" name="slot" defaultValue={v.slot ?? ""} error={e.slot}>
          <option value="">None</option>
          {budgetSlots.map((s) => (
            <option key={s} value={s}>
              {slotLabels[s]}
            </option>
          ))}
        </Field>
        <div className="flex items-center gap-3">
          <button type="submit" className={buttonClass} disabled={planning}>
            {editing ? "Save plan" : "Plan story"}
          </button>
          {editing && (
            <Link href={editing.closeHref} prefetch={false} className="font-sans text-sm underline">
              Close
            </Link>
          )}
        </div>
      </form>
    </details>
  );
}
