"use client";
import { useActionState } from "react";
import { buttonClass, FormMessage } from "@/components/desk/field";
import { initialFormState, type FormState } from "@/lib/form-state";
import { notificationKinds, notificationLabels, type NotificationKind } from "@/lib/story/notifications";
import { saveEmailChoicesAction } from "./actions";

export function EmailChoices({ email }: { email: Record<NotificationKind, boolean> }) {
  const [state, action, pending] = useActionState<FormState, FormData>(saveEmailChoicesAction, initialFormState);
  return (
    <form action={action} aria-labelledby="email-h">
      <h2 id="email-h" className="mb-2 font-serif text-xl font-bold">
        Email
      </h2>
      <FormMessage error={state.ok ? null : state.message} notice={state.ok ? state.message : null} />
      <fieldset>
        <legend className="mb-2 text-sm text-muted">Send me an email as well when:</legend>
        <ul className="mb-4 space-y-2">
          {notificationKinds.map((k) => (
            <li key={k}>
              <label className="flex items-start gap-2 text-sm">
                <input type="checkbox" name={k} defaultChecked={email[k]} className="mt-1" />
                {notificationLabels[k]}
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <button type="submit" className={buttonClass} disabled={pending}>
        Save email choices
      </button>
    </form>
  );
}
