"use client";
import { useActionState } from "react";
import { buttonClass, Field, FormMessage } from "@/components/desk/field";
import { initialFormState, type FormState } from "@/lib/form-state";
import { budgetSlots, slotLabels } from "@/lib/story/budget";
import { planStoryAction } from "./actions";

type Option = { id: string; name: string };

/** "Plan story": a plain form (it works without JavaScript); a refusal keeps every word typed. */
export function PlanForm({
  sections,
  reporters,
  editors,
  defaultDue,
  timeZone,
}: {
  sections: Option[];
  reporters: Option[];
  editors: Option[];
  defaultDue: string;
  timeZone: string;
}) {
  const [state, plan, planning] = useActionState<FormState, FormData>(planStoryAction, initialFormState);
  const v = state.values ?? {};
  const e = state.fieldErrors ?? {};
  return (
    <details className="mb-8 rounded border border-rule p-4" open={!!state.message}>
      <summary className="cursor-pointer font-sans font-semibold">Plan a story</summary>
      <form action={plan} className="mt-4 grid gap-x-4 sm:grid-cols-2">
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
        <Field label="Reporter" name="reporterId" defaultValue={v.reporterId ?? ""} error={e.reporterId}>
          <option value="">Not yet</option>
          {reporters.map((r) => (
            <option key={r.id} value={r.id}>
              {r.name}
            </option>
          ))}
        </Field>
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
        <div>
          <button type="submit" className={buttonClass} disabled={planning}>
            Plan story
          </button>
        </div>
      </form>
    </details>
  );
}
