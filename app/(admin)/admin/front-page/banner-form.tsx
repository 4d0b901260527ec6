"use client";
import { useActionState, useEffect, useRef } from "react";
import { buttonClass, Field, FormMessage, secondaryButtonClass } from "@/components/desk/field";
import { initialFormState, type FormState } from "@/lib/form-state";
import { postBannerAction, takeDownBannerAction } from "./actions";
import { localInput, toIso } from "./local-time";

/** Post a one-line breaking-news banner with a link and an end time, or take the current one down. */
export function BannerForm({ current }: { current: { text: string; href: string; endsAt: string } | null }) {
  const [state, post, posting] = useActionState<FormState, FormData>(postBannerAction, initialFormState);
  const [down, takeDown, taking] = useActionState<FormState, FormData>(takeDownBannerAction, initialFormState);
  // An hour from now in the browser's zone, set after hydration so the server's clock and zone never show.
  const endsRef = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (endsRef.current && !endsRef.current.value) endsRef.current.value = localInput(new Date(Date.now() + 3_600_000));
  }, []);
  // The browser's local time becomes an instant here, where the browser's zone is known.
  const submit = (fd: FormData) => {
    fd.set("endsAt", toIso(String(fd.get("endsAtLocal") ?? "")));
    post(fd);
  };
  const e = state.fieldErrors ?? {};
  return (
    <section aria-labelledby="banner-heading" className="mb-10 rounded border border-rule p-4">
      <h2 id="banner-heading" className="mb-3 font-serif text-2xl font-bold">
        Breaking-news banner
      </h2>
      <FormMessage error={down.ok ? null : down.message} notice={down.ok ? down.message : null} />
      {current ? (
        <div className="mb-4 flex flex-wrap items-center gap-3 font-sans text-sm">
          <p className="flex-1">
            Up now: <strong>{current.text}</strong> ({current.href}), until {current.endsAt}.
          </p>
          <form action={takeDown}>
            <button type="submit" className={secondaryButtonClass} disabled={taking}>
              Take down banner
            </button>
          </form>
        </div>
      ) : (
        <p className="mb-4 font-sans text-sm text-muted">No banner is up.</p>
      )}
      <form action={submit} className="grid gap-x-4 sm:grid-cols-2">
        <div className="sm:col-span-2">
          <FormMessage error={state.ok ? null : state.message} notice={state.ok ? state.message : null} />
        </div>
        <div className="sm:col-span-2">
          <Field label="Banner text" name="text" defaultValue={state.values?.text} error={e.text} required />
        </div>
        <Field
          label="Link"
          name="href"
          defaultValue={state.values?.href}
          error={e.href}
          hint="A site path such as /news/story, or an http(s) address."
          required
        />
        <div className="mb-4">
          <label htmlFor="banner-ends" className="block font-sans text-sm font-semibold">
            Ends at
          </label>
          <input
            id="banner-ends"
            ref={endsRef}
            name="endsAtLocal"
            type="datetime-local"
            step="1"
            defaultValue={state.values?.endsAtLocal}
            required
            aria-invalid={e.endsAt ? true : undefined}
            aria-describedby={e.endsAt ? "banner-ends-error" : undefined}
            className="mt-1 block w-full rounded border border-rule bg-paper px-3 py-2 font-sans text-base text-ink"
          />
          {e.endsAt && (
            <p id="banner-ends-error" role="alert" className="mt-1 font-sans text-sm font-semibold text-accent">
              {e.endsAt}
            </p>
          )}
        </div>
        <div>
          <button type="submit" className={buttonClass} disabled={posting}>
            Post banner
          </button>
        </div>
      </form>
    </section>
  );
}
