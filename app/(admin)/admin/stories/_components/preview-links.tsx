"use client";
import { useRouter } from "next/navigation";
import { useActionState, useState } from "react";
import { controlClass } from "@/components/desk/text-control";
import { formatShortDateTime } from "@/lib/editor/zoned-time";
import type { FormState } from "@/lib/form-state";
import type { DeskStoryView, PreviewLinkResult } from "@/lib/story/desk-types";
import { createPreviewLinkAction, revokePreviewLinkAction } from "../actions";

type Links = DeskStoryView["previewLinks"];

/** Preview of the working copy, and signed share links that expire and can be revoked. */
export function PreviewLinks({ storyId, links, timeZone }: { storyId: string; links: Links; timeZone: string }) {
  const router = useRouter();
  const [created, setCreated] = useState<{ url: string; expiresAt: string } | null>(null);
  const [copied, setCopied] = useState(false);
  const [state, create, pending] = useActionState<PreviewLinkResult, FormData>(
    async (prev, fd) => {
      const r = (await createPreviewLinkAction(prev, fd)) as PreviewLinkResult;
      if (r.ok && r.url) {
        setCreated({ url: r.url, expiresAt: new Date(Date.now() + Number(fd.get("hours")) * 3_600_000).toISOString() });
        setCopied(false);
        router.refresh();
      }
      return r;
    },
    { ok: false },
  );
  const [revokeState, revoke] = useActionState<FormState, FormData>(
    async (prev, fd) => {
      const r = await revokePreviewLinkAction(prev, fd);
      if (r.ok) router.refresh();
      return r;
    },
    { ok: false },
  );
  const when = (iso: string) => formatShortDateTime(new Date(iso), timeZone);
  const [now] = useState(() => Date.now()); // the page time; a refresh brings new links anyway
  return (
    <section aria-labelledby="preview-heading" className="font-sans text-sm">
      <h2 id="preview-heading" className="rule-heading">
        Preview
      </h2>
      <p className="mt-2">
        <a href={`/admin/preview/${storyId}`} target="_blank" rel="noopener" className="font-semibold underline">
          Preview
        </a>
        <span className="text-muted"> the saved working copy as readers will see it (opens a new tab).</span>
      </p>
      <form action={create} className="mt-3 flex flex-wrap items-end gap-2">
        <input type="hidden" name="id" value={storyId} />
        <div>
          <label htmlFor="share-hours" className="block font-semibold">
            Link lasts
          </label>
          <select id="share-hours" name="hours" defaultValue="48" className={`${controlClass} w-auto`}>
            <option value="24">24 hours</option>
            <option value="48">48 hours</option>
            <option value="168">7 days</option>
          </select>
        </div>
        <button
          type="submit"
          disabled={pending}
          className="rounded border border-ink px-3 py-2 font-semibold disabled:opacity-50"
        >
          Create share link
        </button>
      </form>
      {!state.ok && state.message && (
        <p role="alert" className="mt-1 font-semibold text-accent">
          {state.message}
        </p>
      )}
      {created && (
        <div className="mt-2 rounded border border-rule p-2">
          <label htmlFor="share-url" className="block font-semibold">
            Share link
          </label>
          <input
            id="share-url"
            readOnly
            value={created.url}
            className={controlClass}
            onFocus={(e) => e.target.select()}
          />
          <p className="mt-1 text-muted">Anyone with it can read the working copy until {when(created.expiresAt)}.</p>
          <button
            type="button"
            className="mt-1 underline"
            onClick={() =>
              navigator.clipboard.writeText(created.url).then(
                () => setCopied(true),
                () => setCopied(false),
              )
            }
          >
            Copy link
          </button>
          {copied && (
            <span role="status" className="ml-2">
              Copied.
            </span>
          )}
        </div>
      )}
      {links.length > 0 && (
        <ul className="mt-3 space-y-1" aria-label="Share links">
          {links.map((l) => {
            const active = !l.revoked && new Date(l.expiresAt).getTime() > now;
            return (
              <li key={l.id} className="flex flex-wrap items-center gap-2">
                <span className="min-w-0 flex-1">
                  {l.createdByName ?? "Someone"}, {when(l.createdAt)} ·{" "}
                  {l.revoked ? "revoked" : active ? `until ${when(l.expiresAt)}` : "expired"}
                </span>
                {active && (
                  <form action={revoke}>
                    <input type="hidden" name="id" value={storyId} />
                    <input type="hidden" name="linkId" value={l.id} />
                    <button type="submit" className="underline" aria-label={`Revoke link made ${when(l.createdAt)}`}>
                      Revoke
                    </button>
                  </form>
                )}
              </li>
            );
          })}
        </ul>
      )}
      {!revokeState.ok && revokeState.message && (
        <p role="alert" className="mt-1 font-semibold text-accent">
          {revokeState.message}
        </p>
      )}
    </section>
  );
}
