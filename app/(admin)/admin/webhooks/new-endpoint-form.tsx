"use client";
import { useActionState } from "react";
import { buttonClass, Field, FormMessage } from "@/components/desk/field";
import { ShownOnce } from "@/components/desk/shown-once";
import { initialFormState, type FormState } from "@/lib/form-state";
import { storyEventLabels, storyEvents } from "@/lib/story/events";
import { createWebhookAction } from "./actions";

export function NewEndpointForm() {
  const [state, action, pending] = useActionState<FormState, FormData>(createWebhookAction, initialFormState);
  const e = state.fieldErrors ?? {};
  const v = state.ok ? {} : (state.values ?? {});
  const secret = state.ok ? state.values?.secret : undefined;
  return (
    <form action={action} className="mb-8 max-w-xl rounded border border-rule p-4">
      <h2 className="mb-3 font-serif text-xl font-bold">New endpoint</h2>
      <FormMessage error={state.ok ? null : state.message} notice={state.ok ? state.message : null} />
      {secret && (
        <ShownOnce
          note="The signing secret, for the receiver to verify each delivery: copy it now, it is not shown again."
          value={secret}
          testId="webhook-secret"
        />
      )}
      <Field
        label="Address"
        name="url"
        type="url"
        defaultValue={v.url}
        error={e.url}
        hint="https://… of the partner's receiver."
        required
      />
      <Field label="Description" name="description" defaultValue={v.description} error={e.description} />
      <fieldset className="mb-4" aria-describedby={e.events ? "events-error" : undefined}>
        <legend className="font-sans text-sm font-semibold">Events</legend>
        {storyEvents.map((event) => (
          <label key={event} className="mt-1 flex items-center gap-2 text-sm">
            <input type="checkbox" name={event} defaultChecked={state.ok || !state.values || v[event] === "on"} />
            <span>
              <code>{event}</code>: {storyEventLabels[event]}
            </span>
          </label>
        ))}
        {e.events && (
          <p id="events-error" className="mt-1 text-sm text-red-800">
            {e.events}
          </p>
        )}
      </fieldset>
      <button type="submit" className={buttonClass} disabled={pending}>
        {pending ? "Adding…" : "Add endpoint"}
      </button>
    </form>
  );
}
