"use client";
import { useActionState } from "react";
import { buttonClass, Field, FormMessage } from "@/components/desk/field";
import { ShownOnce } from "@/components/desk/shown-once";
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
        <ShownOnce
          note="Copy this key now: it is not kept, and will not be shown again."
          value={key}
          testId="new-api-key"
        />
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
