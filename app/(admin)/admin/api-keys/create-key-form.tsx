"use client";
import { useActionState } from "react";
import { buttonClass, Field, FormMessage } from "@/components/desk/field";
import { initialFormState, type FormState } from "@/lib/form-state";
import { createApiKeyAction } from "./actions";

export function CreateKeyForm() {
  const [state, action, pending] = useActionState<FormState, FormData>(createApiKeyAction, initialFormState);
  const e = state.fieldErrors ?? {};
  const key = state.ok ? state.values?.key : undefined;
  return (
    <form action={action} className="mb-8 max-w-xl rounded border border-rule p-4">
      <h2 className="mb-3 font-serif text-xl font-bold">New key</h2>
      <FormMessage error={state.ok ? null : state.message} notice={state.ok ? state.message : null} />
      {key && (
        <div className="mb-4 rounded border border-amber-600 bg-amber-50 p-3">
          <p className="mb-2 font-semibold">Copy this key now: it is not kept, and will not be shown again.</p>
          <code data-testid="new-api-key" className="block rounded bg-white p-2 font-mono text-sm break-all">
            {key}
          </code>
        </div>
      )}
      <Field
        label="Name"
        name="name"
        defaultValue={state.ok ? "" : state.values?.name}
        error={e.name}
        hint="Who uses it: the iOS app, a partner site."
        required
      />
      <Field
        label="Requests a minute"
        name="perMinute"
        type="number"
        defaultValue={state.ok ? "120" : (state.values?.perMinute ?? "120")}
        error={e.perMinute}
        required
      />
      <button type="submit" className={buttonClass} disabled={pending}>
        {pending ? "Making…" : "Make key"}
      </button>
    </form>
  );
}
