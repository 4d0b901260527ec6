"use client";
import { useActionState } from "react";
import { buttonClass, Field, FormMessage } from "@/components/desk/field";
import { initialFormState, type FormState } from "@/lib/form-state";
import { createStaffAction } from "./actions";

export function NewStaffForm() {
  const [state, action, pending] = useActionState<FormState, FormData>(createStaffAction, initialFormState);
  const v = state.ok ? {} : (state.values ?? {});
  const e = state.fieldErrors ?? {};
  return (
    <form action={action} className="max-w-md">
      <FormMessage error={state.ok ? null : state.message} notice={state.ok ? state.message : null} />
      <Field label="Name" name="name" id="new-name" defaultValue={v.name} error={e.name} required />
      <Field label="Email" name="email" id="new-email" type="email" defaultValue={v.email} error={e.email} required />
      <Field label="Role" name="role" id="new-role" defaultValue={v.role ?? "journalist"} error={e.role}>
        <option value="journalist">Journalist</option>
        <option value="editor">Editor</option>
        <option value="admin">Admin</option>
      </Field>
      <Field
        label="Temporary password"
        name="password"
        id="new-password"
        type="text"
        autoComplete="off"
        error={e.password}
        hint="At least 12 characters. They must choose their own at first sign-in."
        required
      />
      <button type="submit" className={buttonClass} disabled={pending}>
        Create account
      </button>
    </form>
  );
}
