"use client";
import { useState, type ReactNode } from "react";
import { formatShortDateTime } from "@/lib/editor/zoned-time";
import { transitions, type Asks, type TransitionName } from "@/lib/story/workflow";
import type { ChecklistItem, DeskStoryView, TransitionResult } from "@/lib/story/desk-types";
import { transitionStoryAction } from "../actions";
import { ChecklistItems } from "./checklist-items";
import { PublishForm, ReturnForm, ScheduleForm, UnpublishForm, type TransitionExtra } from "./transition-forms";

type PanelStory = Pick<DeskStoryView, "id" | "status" | "transitions" | "pendingChanges" | "timeZone" | "scheduledAt">;
type FormArgs = {
  form: { busy: boolean; onSend: (x: TransitionExtra) => void; onCancel: () => void };
  story: PanelStory;
};

// The form each kind of move asks for before it is sent (lib/story/workflow.ts `asks`); "none" sends at once.
const forms: Record<Asks, ((a: FormArgs) => ReactNode) | null> = {
  none: null,
  note: ({ form }) => <ReturnForm {...form} />,
  time: ({ form, story }) => (
    <ScheduleForm
      {...form}
      timeZone={story.timeZone}
      current={story.scheduledAt ? formatShortDateTime(new Date(story.scheduledAt), story.timeZone) : null}
    />
  ),
  confirmPublish: ({ form, story }) => (
    <PublishForm {...form} live={story.status === "published" && story.pendingChanges} />
  ),
  confirmUnpublish: ({ form }) => <UnpublishForm {...form} />,
};

type Props = {
  story: PanelStory;
  checklist: ChecklistItem[];
  /** Saves pending edits first and gives the version the move must carry, or null when the save failed. */
  beforeSend: () => Promise<number | null>;
  onDone: (r: TransitionResult) => void;
};

/** The moves this person may make now, with the exact labels of lib/story/workflow.ts, and what blocks them. */
export function WorkflowPanel({ story, checklist, beforeSend, onDone }: Props) {
  const [open, setOpen] = useState<TransitionName | null>(null);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<{ ok: boolean; message: string; missing?: ChecklistItem[] } | null>(null);

  async function send(name: TransitionName, extra: TransitionExtra = {}) {
    setBusy(true);
    setResult(null);
    try {
      const version = await beforeSend();
      if (version === null) {
        setResult({
          ok: false,
          message: "Your latest edits are not saved (see the save status), so nothing was sent. Your text is kept.",
        });
        return;
      }
      const r = (await transitionStoryAction(undefined, {
        id: story.id,
        version,
        transition: name,
        ...extra,
      })) as TransitionResult;
      setResult({ ok: r.ok, message: r.message ?? (r.ok ? "Done." : "That did not work."), missing: r.missing });
      if (r.ok) setOpen(null);
      onDone(r);
    } catch {
      setResult({ ok: false, message: "The desk did not answer; nothing was sent. Try again." });
    } finally {
      setBusy(false);
    }
  }

  const blocking = (name: TransitionName) => transitions[name].checklist && checklist.length > 0;
  const Form = open && forms[transitions[open].asks];

  return (
    <section aria-labelledby="workflow-heading" className="font-sans">
      <h2 id="workflow-heading" className="rule-heading">
        Workflow
      </h2>
      {story.transitions.length === 0 ? (
        <p className="mt-2 text-sm text-muted">Nothing to do here now.</p>
      ) : (
        <div className="mt-3 flex flex-wrap gap-2">
          {story.transitions.map((name) => {
            const t = transitions[name];
            const asks = forms[t.asks] !== null;
            return (
              <button
                key={name}
                type="button"
                disabled={busy}
                aria-expanded={asks ? open === name : undefined}
                onClick={() => (asks ? setOpen(open === name ? null : name) : void send(name))}
                className={`rounded px-3 py-2 text-sm font-semibold disabled:opacity-50 ${t.primary ? "bg-ink text-paper" : "border border-ink"}`}
              >
                {t.label}
              </button>
            );
          })}
        </div>
      )}
      {open && blocking(open) && (
        <p className="mt-2 text-sm text-muted">
          The checklist below still lists something; the desk will refuse until it is fixed.
        </p>
      )}
      {open && Form && (
        <Form
          key={open}
          story={story}
          form={{ busy, onCancel: () => setOpen(null), onSend: (x) => void send(open, x) }}
        />
      )}
      {busy && (
        <p role="status" className="mt-2 text-sm">
          Working…
        </p>
      )}
      {result &&
        (result.ok ? (
          <p role="status" className="mt-3 rounded border border-rule px-3 py-2 text-sm">
            {result.message}
          </p>
        ) : (
          <div role="alert" className="mt-3 rounded border border-accent px-3 py-2 text-sm">
            <p className="font-semibold text-accent">{result.message}</p>
            {result.missing && result.missing.length > 0 && (
              <>
                <p className="mt-2 font-semibold">Before this can go out:</p>
                <ChecklistItems items={result.missing} />
              </>
            )}
          </div>
        ))}
    </section>
  );
}

/** The pre-publish checklist as it stands, so the writer sees what is missing before pressing anything. */
export function ChecklistPanel({ items }: { items: ChecklistItem[] }) {
  return (
    <section aria-labelledby="checklist-heading" className="font-sans text-sm">
      <h2 id="checklist-heading" className="rule-heading">
        Checklist
      </h2>
      {items.length === 0 ? (
        <p className="mt-2">
          Ready: headline, section, authors, slug and every photo’s alt text, caption and credit are in place.
        </p>
      ) : (
        <>
          <p className="mt-2 font-semibold">Still missing:</p>
          <ChecklistItems items={items} />
        </>
      )}
    </section>
  );
}
