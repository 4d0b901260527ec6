"use client";
import { useActionState } from "react";
import { buttonClass, FormMessage } from "@/components/desk/field";
import { initialFormState } from "@/lib/form-state";
import type { MediaSummary } from "@/lib/content/media-summary";
import { updateMediaAction, type UpdateMediaState } from "../actions";

const inputClass = "mt-1 block w-full rounded border border-rule bg-paper px-3 py-2 text-base";

/** The library's default alt text, caption and credit for one photo; stories may override them per placement. */
export function MediaDefaultsForm({ media }: { media: MediaSummary }) {
  const [state, action, pending] = useActionState<UpdateMediaState, FormData>(updateMediaAction, initialFormState);
  const v = { ...{ alt: media.alt, caption: media.caption, credit: media.credit }, ...state.values };
  const e = state.fieldErrors ?? {};
  const id = (f: string) => `m-${media.id}-${f}`;
  const field = (name: "alt" | "caption" | "credit", label: string) => (
    <div className="mb-3">
      <label htmlFor={id(name)} className="block text-sm font-semibold">
        {label}
      </label>
      {name === "caption" ? (
        <textarea
          id={id(name)}
          name={name}
          rows={3}
          defaultValue={v[name]}
          className={inputClass}
          aria-invalid={e[name] ? true : undefined}
        />
      ) : (
        <input
          id={id(name)}
          name={name}
          defaultValue={v[name]}
          className={inputClass}
          aria-invalid={e[name] ? true : undefined}
        />
      )}
      {e[name] && (
        <p role="alert" className="mt-1 text-sm font-semibold text-accent">
          {e[name]}
        </p>
      )}
    </div>
  );
  return (
    <form action={action} className="mt-2">
      <FormMessage error={state.ok ? null : state.message} notice={state.ok ? state.message : null} />
      <input type="hidden" name="id" value={media.id} />
      {field("alt", "Alt text")}
      {field("caption", "Caption")}
      {field("credit", "Credit")}
      <button type="submit" className={buttonClass} disabled={pending}>
        Save details
      </button>
    </form>
  );
}
