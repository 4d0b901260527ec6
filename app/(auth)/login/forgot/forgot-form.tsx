"use client";
import { useActionState } from "react";
import { buttonClass, Field, FormMessage } from "@/components/desk/field";
import { initialFormState, type FormState } from "@/lib/form-state";
import { requestPasswordResetAction } from "../link-actions";

export function ForgotForm() {
  const [state, action, pending] = useActionState<FormState, FormData>(requestPasswordResetAction, initialFormState);
  const e = state.fieldErrors ?? {};
  return (
    <form action={action} noValidate>
      <FormMessage error={state.ok ? null : state.message} notice={state.ok ? state.message : null} />
      <Field
        label="Email"
        name="email"
        type="email"
        autoComplete="username"
        defaultValue={state.values?.email}
        error={e.email}
        required
      />
      <button type="submit" className={`${buttonClass} w-full`} disabled={pending}>
        {pending ? "Sending…" : "Send me a link"}
      </button>
    </form>
  );
}
