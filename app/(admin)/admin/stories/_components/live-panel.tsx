"use client";
import { useRouter } from "next/navigation";
import { useActionState } from "react";
import { formatShortDateTime } from "@/lib/editor/zoned-time";
import type { FormState } from "@/lib/form-state";
import type { DeskLiveView } from "@/lib/story/desk-types";
import {
  editLiveUpdateAction,
  endCoverageAction,
  goLiveAction,
  postLiveUpdateAction,
  removeLiveUpdateAction,
} from "../live-actions";
import { LiveUpdateForm } from "./live-update-form";

type Action = (prev: unknown, fd: FormData) => Promise<FormState>;
type Props = {
  storyId: string;
  live: DeskLiveView;
  published: boolean;
  canManage: boolean;
  canPost: boolean;
  readerUrl: string | null;
  timeZone: string;
};

/** Runs a desk action and, when it worked, reloads the page's data (the panel's list and status). */
function useRefreshing(action: Action) {
  const router = useRouter();
  return async (prev: FormState, fd: FormData) => {
    const r = await action(prev, fd);
    if (r.ok) router.refresh();
    return r;
  };
}

function ButtonForm({
  storyId,
  action,
  label,
  extra,
  className,
}: {
  storyId: string;
  action: Action;
  label: string;
  extra?: Record<string, string>;
  className?: string;
}) {
  const [state, run, pending] = useActionState(useRefreshing(action), { ok: false });
  return (
    <form action={run} className="inline-flex flex-wrap items-center gap-2">
      <input type="hidden" name="id" value={storyId} />
      {Object.entries(extra ?? {}).map(([k, v]) => (
        <input key={k} type="hidden" name={k} value={v} />
      ))}
      <button
        type="submit"
        disabled={pending}
        className={className ?? "rounded border border-ink px-3 py-1.5 font-semibold disabled:opacity-50"}
      >
        {label}
      </button>
      {!state.ok && state.message && (
        <span role="alert" className="font-semibold text-accent">
          {state.message}
        </span>
      )}
    </form>
  );
}

/** Live coverage of a published story: "Go live", post and edit timestamped updates, "End coverage". */
export function LivePanel({ storyId, live, published, canManage, canPost, readerUrl, timeZone }: Props) {
  const post = useRefreshing(postLiveUpdateAction);
  const edit = useRefreshing(editLiveUpdateAction);
  const at = (iso: string) => <time dateTime={iso}>{formatShortDateTime(new Date(iso), timeZone)}</time>;
  const isLive = !!live.startedAt && !live.endedAt;
  if (!published && !live.startedAt) return null;
  return (
    <section
      aria-labelledby="live-panel-heading"
      className="mt-8 rounded border-2 border-accent p-4 font-sans text-sm"
      data-testid="live-panel"
    >
      <h2 id="live-panel-heading" className="rule-heading">
        Live coverage
      </h2>
      <div className="mt-2 flex flex-wrap items-center gap-3">
        {!live.startedAt && <p>Cover this story live: updates reach readers within seconds, without republishing.</p>}
        {isLive && (
          <p className="font-semibold">
            <span aria-hidden className="mr-1 inline-block size-2 rounded-full bg-accent" />
            Live since {at(live.startedAt!)}
          </p>
        )}
        {live.endedAt && <p className="font-semibold">Coverage ended {at(live.endedAt)}.</p>}
        {canManage && published && !isLive && (
          <ButtonForm
            storyId={storyId}
            action={goLiveAction}
            label="Go live"
            className="rounded bg-accent px-4 py-2 font-semibold text-paper disabled:opacity-50"
          />
        )}
        {canManage && isLive && <ButtonForm storyId={storyId} action={endCoverageAction} label="End coverage" />}
        {live.startedAt && readerUrl && (
          <a href={`${readerUrl}#live-updates`} target="_blank" rel="noopener" className="underline">
            See it as readers do
          </a>
        )}
      </div>
      {isLive && canPost && (
        <div className="mt-4">
          <h3 className="mb-2 font-bold">New update</h3>
          <LiveUpdateForm storyId={storyId} submitLabel="Post update" action={post} />
        </div>
      )}
      {live.updates.length > 0 && (
        <>
          <h3 className="mt-6 font-bold">Posted updates ({live.updates.length}), newest first</h3>
          <ol className="mt-2 space-y-3">
            {live.updates.map((u) => (
              <li key={u.id} className="rounded border border-rule p-3" data-testid="desk-live-update">
                <p className="text-xs text-muted">
                  {at(u.createdAt)} · {u.authorName ?? "Someone"}
                  {u.key && <strong className="ml-2 text-accent">Key update</strong>}
                  {u.editedAt && <> · edited {at(u.editedAt)}</>}
                </p>
                <p className="mt-1 break-words whitespace-pre-wrap">{u.body}</p>
                {u.photo && (
                  <p className="mt-1 text-xs text-muted">Photo: {u.caption || u.photo.caption || u.photo.alt}</p>
                )}
                {u.linkUrl && <p className="mt-1 text-xs break-all">Link: {u.linkUrl}</p>}
                {canPost && (
                  <div className="mt-2 flex flex-wrap items-start gap-3">
                    <details className="min-w-0 flex-1">
                      <summary className="cursor-pointer underline">Edit update</summary>
                      <div className="mt-2">
                        <LiveUpdateForm
                          key={u.editedAt ?? u.id}
                          storyId={storyId}
                          update={u}
                          submitLabel="Save update"
                          action={edit}
                        />
                      </div>
                    </details>
                    <ButtonForm
                      storyId={storyId}
                      action={removeLiveUpdateAction}
                      label="Remove update"
                      extra={{ updateId: u.id }}
                      className="text-accent underline"
                    />
                  </div>
                )}
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
