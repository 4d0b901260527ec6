"use client";
import { useActionState, useTransition, type FormEvent } from "react";
import { buttonClass, Field, FormMessage } from "@/components/desk/field";
import { initialFormState, type FormState } from "@/lib/form-state";
import { acceptInvitationAction, resetPasswordWithLinkAction } from "./link-actions";

const actions = { invite: acceptInvitationAction, reset: resetPasswordWithLinkAction };

/** A new password, twice, for a mailed link. A refusal keeps what was typed (no form reset) and says why. */
export function ChoosePasswordForm({
  purpose,
  token,
  email,
  minLength,
}: {
  purpose: "invite" | "reset";
  token: string;
  email: string;
  minLength: number;
}) {
  const [state, action, pending] = useActionState<FormState, FormData>(actions[purpose], initialFormState);
  const [, startTransition] = useTransition();
  const e = state.fieldErrors ?? {};
  // Submitted by hand: a form action would clear both fields after a refusal, losing what the person typed.
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => action(data));
  };
  return (
    <form onSubmit={submit} noValidate>
      <FormMessage error={state.ok ? null : state.message} notice={state.ok ? state.message : null} />
      <input type="hidden" name="token" value={token} />
      {/* For password managers: the account the new password belongs to. */}
      <input type="hidden" name="username" autoComplete="username" value={email} />
      <Field
        label="New password"
        name="password"
        type="password"
        autoComplete="new-password"
        error={e.password}
        hint={`At least ${minLength} characters; a phrase of a few words is easy to remember.`}
        required
      />
      <Field
        label="New password again"
        name="confirm"
        type="password"
        autoComplete="new-password"
        error={e.confirm}
        required
      />
      <button type="submit" className={`${buttonClass} w-full`} disabled={pending}>
        {pending ? "Saving…" : purpose === "invite" ? "Set password and sign in" : "Set new password"}
      </button>
    </form>
  );
}
