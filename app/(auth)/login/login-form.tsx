"use client";
import { useActionState } from "react";
import { buttonClass, Field, FormMessage } from "@/components/desk/field";
import { loginAction, type LoginState } from "./actions";
import { PasskeySignIn } from "./passkey-sign-in";

export function LoginForm({ next }: { next: string }) {
  const [state, action, pending] = useActionState<LoginState, FormData>(loginAction, { error: null, email: "" });
  if (state.step === "passkey")
    return (
      <>
        <FormMessage error={state.error} />
        <p className="font-sans text-sm">
          {state.email} signs in with a passkey: a password alone does not open this account. Use the passkey on your
          phone, computer or security key.
        </p>
        <PasskeySignIn action={action} next={next} pending={pending} label="Use your passkey" intro={null} />
      </>
    );
  if (state.step === "code")
    return (
      <>
        <form action={action} noValidate>
          <FormMessage error={state.error} />
          <input type="hidden" name="next" value={next} />
          <input type="hidden" name="step" value="code" />
          <input type="hidden" name="email" value={state.email} />
          <p className="mb-4 font-sans text-sm">
            Two-factor authentication is on for {state.email}. Enter the 6-digit code your authenticator app shows.
          </p>
          <Field
            label="Authentication code"
            name="code"
            autoComplete="one-time-code"
            hint="Lost your phone? Enter one of your recovery codes instead."
            required
          />
          <button type="submit" className={`${buttonClass} w-full`} disabled={pending}>
            {pending ? "Checking…" : "Verify"}
          </button>
        </form>
        <PasskeySignIn action={action} next={next} pending={pending} label="Use a passkey instead" intro={null} />
      </>
    );
  return (
    <>
      <form action={action} noValidate>
        <FormMessage error={state.error} />
        <input type="hidden" name="next" value={next} />
        <Field label="Email" name="email" type="email" autoComplete="username" defaultValue={state.email} required />
        <Field label="Password" name="password" type="password" autoComplete="current-password" required />
        <button type="submit" className={`${buttonClass} w-full`} disabled={pending}>
          {pending ? "Signing in…" : "Sign in"}
        </button>
      </form>
      <PasskeySignIn action={action} next={next} pending={pending} />
    </>
  );
}
