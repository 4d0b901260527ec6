"use client";
import { useActionState } from "react";
import { secondaryButtonClass } from "@/components/desk/field";
import { initialFormState, type FormState } from "@/lib/form-state";
import { assignPlanAction } from "./actions";

/** One plan's "Assign": choosing a reporter makes their draft (or moves a draft already made). */
export function AssignForm({
  planId,
  slugLine,
  reporterId,
  reporters,
  assigned,
}: {
  planId: string;
  slugLine: string;
  reporterId: string | null;
  reporters: { id: string; name: string }[];
  assigned: boolean;
}) {
  const [state, assign, assigning] = useActionState<FormState, FormData>(assignPlanAction, initialFormState);
  const id = `assign-${planId}`;
  const error = state.ok ? null : (state.fieldErrors?.reporterId ?? state.message);
  return (
    <form action={assign} className="mt-3 flex flex-wrap items-end gap-2 font-sans text-sm">
      <input type="hidden" name="planId" value={planId} />
      <div>
        <label htmlFor={id} className="block font-semibold">
          {assigned ? "Reporter (moves the draft)" : "Reporter"}
          <span className="sr-only"> for {slugLine}</span>
        </label>
        <select
          id={id}
          name="reporterId"
          defaultValue={state.values?.reporterId ?? reporterId ?? ""}
          required
          aria-invalid={error ? true : undefined}
          aria-describedby={error || state.ok ? `${id}-message` : undefined}
          className="mt-1 rounded border border-rule bg-paper px-2 py-1.5 text-ink"
        >
          <option value="" disabled>
            Choose a reporter
          </option>
          {reporters.map((r) => (
            <option key={r.id} value={r.id}>
              {r.name}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className={secondaryButtonClass} disabled={assigning}>
        Assign
      </button>
      {(error || (state.ok && state.message)) && (
        <p
          id={`${id}-message`}
          role={error ? "alert" : "status"}
          className={`w-full ${error ? "font-semibold text-accent" : ""}`}
        >
          {error ?? state.message}
        </p>
      )}
    </form>
  );
}
