"use client";
import { useActionState, useEffect } from "react";
import { buttonClass, Field, FormMessage } from "@/components/desk/field";
import { initialFormState, type FormState } from "@/lib/form-state";
import { changePasswordAction, updateProfileAction } from "./actions";

export function AccountForms({ name }: { name: string }) {
  const [pw, pwAction, pwPending] = useActionState<FormState, FormData>(changePasswordAction, initialFormState);
  const [profile, profileAction] = useActionState<FormState, FormData>(updateProfileAction, initialFormState);
  const e = pw.fieldErrors ?? {};
  useEffect(() => {
    if (pw.redirectTo) window.location.assign(pw.redirectTo);
  }, [pw.redirectTo]);
  return (
    <div className="grid gap-10 md:grid-cols-2">
      <form action={pwAction} aria-labelledby="pw-h">
        <h2 id="pw-h" className="mb-3 font-serif text-xl font-bold">
          Change password
        </h2>
        <FormMessage error={pw.ok ? null : pw.message} notice={pw.ok ? pw.message : null} />
        <Field
          label="Current password"
          name="current"
          type="password"
          autoComplete="current-password"
          error={e.current}
          required
        />
        <Field
          label="New password"
          name="password"
          type="password"
          autoComplete="new-password"
          error={e.password}
          hint="At least 12 characters; not your email or name, and not a common password."
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
        <button type="submit" className={buttonClass} disabled={pwPending}>
          Change password
        </button>
      </form>
      <form action={profileAction} aria-labelledby="profile-h">
        <h2 id="profile-h" className="mb-3 font-serif text-xl font-bold">
          Profile
        </h2>
        <FormMessage error={profile.ok ? null : profile.message} notice={profile.ok ? profile.message : null} />
        <Field
          label="Name"
          name="name"
          defaultValue={profile.values?.name ?? name}
          error={profile.fieldErrors?.name}
          required
        />
        <button type="submit" className={buttonClass}>
          Save profile
        </button>
      </form>
    </div>
  );
}
