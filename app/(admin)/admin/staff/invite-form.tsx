"use client";
import { useActionState } from "react";
import { buttonClass, Field, FormMessage } from "@/components/desk/field";
import { initialFormState, type FormState } from "@/lib/form-state";
import { inviteStaffAction } from "./actions";

/** Name, email and role: the person chooses their own password from the link the mail carries. */
export function InviteForm() {
  const [state, action, pending] = useActionState<FormState, FormData>(inviteStaffAction, initialFormState);
  const v = state.ok ? {} : (state.values ?? {});
  const e = state.fieldErrors ?? {};
  return (
    <form action={action} className="max-w-md" aria-label="Invite staff">
      <FormMessage error={state.ok ? null : state.message} notice={state.ok ? state.message : null} />
      <Field label="Name" name="name" defaultValue={v.name} error={e.name} required />
      <Field
        label="Email"
        name="email"
        type="email"
        defaultValue={v.email}
        error={e.email}
        hint="They get a link that works once, for 72 hours, to choose their own password."
        required
      />
      <Field label="Role" name="role" defaultValue={v.role ?? "journalist"} error={e.role}>
        <option value="journalist">Journalist</option>
        <option value="editor">Editor</option>
        <option value="admin">Admin</option>
      </Field>
      <button type="submit" className={buttonClass} disabled={pending}>
        {pending ? "Sending…" : "Send invitation"}
      </button>
    </form>
  );
}
