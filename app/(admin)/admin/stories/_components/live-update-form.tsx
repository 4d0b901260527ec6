"use client";
import { useActionState, useState } from "react";
import { controlClass } from "@/components/desk/text-control";
import type { FormState } from "@/lib/form-state";
import type { DeskLiveUpdateView } from "@/lib/story/desk-types";
import { MediaLibraryDialog, type MediaSummary } from "./media-parts";

type Photo = { id: string; thumbUrl: string; alt: string; caption: string; credit: string };
type Props = {
  storyId: string;
  update?: DeskLiveUpdateView;
  submitLabel: string;
  action: (prev: FormState, fd: FormData) => Promise<FormState>;
};

/** Post or edit an update: its text (blank lines make paragraphs; addresses become links), photo, link, key flag. */
export function LiveUpdateForm({ storyId, update, submitLabel, action }: Props) {
  const [photo, setPhoto] = useState<Photo | null>(update?.photo ?? null);
  // React resets the fields after the action; a refusal's values come back as their defaults, so nothing is lost.
  const [state, run, pending] = useActionState<FormState, FormData>(
    async (prev, fd) => {
      const r = await action(prev, fd);
      if (r.ok && !update) setPhoto(null);
      return r;
    },
    { ok: false },
  );
  const [libraryOpen, setLibraryOpen] = useState(false);
  const p = update ? `live-${update.id}` : "live-new";
  const v = state.ok ? undefined : state.values;
  const err = state.fieldErrors ?? {};
  return (
    <form action={run} className="space-y-3 font-sans text-sm">
      <input type="hidden" name="id" value={storyId} />
      {update && <input type="hidden" name="updateId" value={update.id} />}
      <div>
        <label htmlFor={`${p}-body`} className="block font-semibold">
          Update
        </label>
        <textarea
          id={`${p}-body`}
          name="body"
          rows={4}
          required
          maxLength={5000}
          className={controlClass}
          defaultValue={v?.body ?? update?.body ?? ""}
          aria-invalid={err.body ? true : undefined}
          aria-describedby={`${p}-body-hint`}
        />
        <p id={`${p}-body-hint`} className="mt-1 text-xs text-muted">
          Plain text. A blank line starts a new paragraph; web addresses become links.
        </p>
        {err.body && (
          <p role="alert" className="font-semibold text-accent">
            {err.body}
          </p>
        )}
      </div>
      <fieldset className="rounded border border-rule p-3">
        <legend className="px-1 font-semibold">Photo (optional)</legend>
        <input type="hidden" name="mediaId" value={photo?.id ?? ""} />
        {photo && (
          <div className="mb-2 flex items-start gap-3">
            {/* eslint-disable-next-line @next/next/no-img-element -- a desk thumbnail of a library file */}
            <img
              src={photo.thumbUrl}
              alt={photo.alt}
              width={120}
              height={80}
              className="h-auto w-30 rounded object-cover"
            />
            <button type="button" className="underline" onClick={() => setPhoto(null)}>
              Remove photo
            </button>
          </div>
        )}
        <button
          type="button"
          onClick={() => setLibraryOpen(true)}
          className="rounded border border-ink px-3 py-1.5 font-semibold"
        >
          {photo ? "Choose another photo" : "Choose from library"}
        </button>
        {err.mediaId && (
          <p role="alert" className="font-semibold text-accent">
            {err.mediaId}
          </p>
        )}
        {photo && (
          <div className="mt-2 grid gap-2 sm:grid-cols-2">
            <label className="block font-semibold">
              Caption
              <input
                name="caption"
                maxLength={1000}
                className={controlClass}
                defaultValue={v?.caption ?? update?.caption ?? ""}
                placeholder={photo.caption}
              />
            </label>
            <label className="block font-semibold">
              Credit
              <input
                name="credit"
                maxLength={200}
                className={controlClass}
                defaultValue={v?.credit ?? update?.credit ?? ""}
                placeholder={photo.credit}
              />
            </label>
          </div>
        )}
        <MediaLibraryDialog
          open={libraryOpen}
          onClose={() => setLibraryOpen(false)}
          onPick={(m: MediaSummary) => {
            setLibraryOpen(false);
            setPhoto(m);
          }}
        />
      </fieldset>
      <div>
        <label htmlFor={`${p}-link`} className="block font-semibold">
          Link (optional)
        </label>
        <input
          id={`${p}-link`}
          name="linkUrl"
          type="url"
          maxLength={2000}
          placeholder="https://"
          className={controlClass}
          defaultValue={v?.linkUrl ?? update?.linkUrl ?? ""}
          aria-invalid={err.linkUrl ? true : undefined}
        />
        {err.linkUrl && (
          <p role="alert" className="font-semibold text-accent">
            {err.linkUrl}
          </p>
        )}
      </div>
      <label className="flex items-center gap-2 font-semibold">
        <input type="checkbox" name="key" defaultChecked={v ? v.key === "on" : (update?.key ?? false)} /> Key update
      </label>
      {state.message && (
        <p role={state.ok ? "status" : "alert"} className={state.ok ? "text-muted" : "font-semibold text-accent"}>
          {state.message}
        </p>
      )}
      <button
        type="submit"
        disabled={pending}
        className="rounded bg-ink px-4 py-2 font-semibold text-paper disabled:opacity-50"
      >
        {submitLabel}
      </button>
    </form>
  );
}
