"use client";
import { useActionState, useState } from "react";
import { buttonClass, Field, FormMessage, secondaryButtonClass } from "@/components/desk/field";
import { initialFormState, type FormState } from "@/lib/form-state";
import { createAuthorAction } from "./actions";

export function NewAuthor() {
  const [open, setOpen] = useState(false);
  const [state, action, pending] = useActionState<FormState, FormData>(createAuthorAction, initialFormState);
  const v = state.ok ? {} : (state.values ?? {});
  const e = state.fieldErrors ?? {};
  if (!open) {
    return (
      <>
        <FormMessage notice={state.ok ? state.message : null} />
        <button type="button" className={buttonClass} onClick={() => setOpen(true)}>
          New author
        </button>
      </>
    );
  }
  return (
    <form
      action={async (fd) => {
        await action(fd);
      }}
      className="max-w-xl rounded border border-rule p-4"
      aria-labelledby="new-author-h"
    >
      <h2 id="new-author-h" className="mb-3 font-serif text-xl font-bold">
        New author
      </h2>
      <FormMessage error={state.ok ? null : state.message} notice={state.ok ? state.message : null} />
      <Field label="Name" name="name" defaultValue={v.name} error={e.name} required />
      <Field label="Kind" name="kind" defaultValue={v.kind ?? "person"} error={e.kind}>
        <option value="person">A person</option>
        <option value="desk">A desk or team</option>
      </Field>
      <Field label="Public email" name="publicEmail" type="email" defaultValue={v.publicEmail} error={e.publicEmail} />
      <Field label="Bio" name="bio" multiline={4} defaultValue={v.bio} error={e.bio} />
      <Field
        label="Photo"
        name="photo"
        type="file"
        error={e.photo}
        hint="A portrait or desk logo (JPEG, PNG or WebP)."
      />
      <div className="flex gap-3">
        <button type="submit" className={buttonClass} disabled={pending}>
          Save author
        </button>
        <button type="button" className={secondaryButtonClass} onClick={() => setOpen(false)}>
          Cancel
        </button>
      </div>
    </form>
  );
}
