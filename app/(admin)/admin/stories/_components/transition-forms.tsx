"use client";
import { useState } from "react";
import { controlClass } from "@/components/desk/text-control";
import { nextHourInZone, zonedWallTimeToIso, zoneLongName } from "@/lib/editor/zoned-time";

export type TransitionExtra = {
  note?: string;
  scheduledAt?: string;
  correction?: { kind: "correction" | "update"; text: string };
};

type FormProps = { busy: boolean; onSend: (extra: TransitionExtra) => void; onCancel: () => void };

const box = "mt-3 rounded border border-ink p-3";
const primary = "rounded bg-ink px-4 py-2 text-sm font-semibold text-paper disabled:opacity-50";
const cancel = "px-3 py-2 text-sm underline";

/** "Return to reporter" needs a note saying what to fix. */
export function ReturnForm({ busy, onSend, onCancel }: FormProps) {
  const [note, setNote] = useState("");
  const [error, setError] = useState<string | null>(null);
  return (
    <div className={box}>
      <label htmlFor="return-note" className="block text-sm font-semibold">
        Note for the reporter
      </label>
      <textarea
        id="return-note"
        rows={4}
        value={note}
        autoFocus
        className={controlClass}
        aria-describedby={error ? "return-note-error" : undefined}
        aria-invalid={error ? true : undefined}
        onChange={(e) => {
          setNote(e.target.value);
          setError(null);
        }}
      />
      {error && (
        <p id="return-note-error" role="alert" className="mt-1 text-sm font-semibold text-accent">
          {error}
        </p>
      )}
      <div className="mt-2 flex flex-wrap gap-2">
        <button
          type="button"
          disabled={busy}
          className={primary}
          onClick={() => (note.trim() ? onSend({ note: note.trim() }) : setError("Write a note saying what to fix."))}
        >
          Send back with note
        </button>
        <button type="button" className={cancel} onClick={onCancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}

/** "Schedule" asks for a date and time on the newsroom's clock and sends it with that zone's offset. */
export function ScheduleForm({
  busy,
  onSend,
  onCancel,
  timeZone,
  current,
}: FormProps & { timeZone: string; current: string | null }) {
  const [{ date, time }, setWhen] = useState(() => nextHourInZone(timeZone));
  const [error, setError] = useState<string | null>(null);
  const send = () => {
    const iso = zonedWallTimeToIso(date, time, timeZone);
    if (!iso) return setError("Pick a date and a time.");
    if (new Date(iso).getTime() <= Date.now()) return setError("Pick a time in the future, or publish now.");
    onSend({ scheduledAt: iso });
  };
  return (
    <div className={box}>
      <p className="text-sm">
        Times are in the newsroom’s zone: <strong>{zoneLongName(timeZone)}</strong> ({timeZone}).
      </p>
      {current && <p className="text-sm text-muted">Now scheduled for {current}.</p>}
      <div className="mt-2 flex flex-wrap gap-3">
        <div>
          <label htmlFor="schedule-date" className="block text-sm font-semibold">
            Date
          </label>
          <input
            id="schedule-date"
            type="date"
            value={date}
            autoFocus
            className={controlClass}
            onChange={(e) => setWhen({ date: e.target.value, time })}
          />
        </div>
        <div>
          <label htmlFor="schedule-time" className="block text-sm font-semibold">
            Time
          </label>
          <input
            id="schedule-time"
            type="time"
            value={time}
            className={controlClass}
            onChange={(e) => setWhen({ date, time: e.target.value })}
          />
        </div>
      </div>
      {error && (
        <p role="alert" className="mt-1 text-sm font-semibold text-accent">
          {error}
        </p>
      )}
      <div className="mt-2 flex flex-wrap gap-2">
        <button type="button" disabled={busy} className={primary} onClick={send}>
          Schedule for this time
        </button>
        <button type="button" className={cancel} onClick={onCancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}

/** Publishing is confirmed, never one click; a change to a live story may carry a correction or update notice. */
export function PublishForm({ busy, onSend, onCancel, live }: FormProps & { live: boolean }) {
  const [kind, setKind] = useState<"" | "correction" | "update">("");
  const [text, setText] = useState("");
  const [error, setError] = useState<string | null>(null);
  const send = () => {
    if (kind && !text.trim()) return setError("Write the notice, or choose no notice.");
    onSend(kind ? { correction: { kind, text: text.trim() } } : {});
  };
  return (
    <div className={box}>
      <p className="text-sm font-semibold">
        {live ? "Publish these changes? Readers see them at once." : "Publish this story now? Readers see it at once."}
      </p>
      {live && (
        <fieldset className="mt-2">
          <legend className="text-sm font-semibold">Notice to readers (optional)</legend>
          {(["", "correction", "update"] as const).map((k) => (
            <label key={k} className="mr-4 inline-flex items-center gap-1 text-sm">
              <input
                type="radio"
                name="notice-kind"
                value={k}
                checked={kind === k}
                onChange={() => {
                  setKind(k);
                  setError(null);
                }}
              />
              {k === "" ? "No notice" : k === "correction" ? "Correction" : "Update"}
            </label>
          ))}
          {kind && (
            <div className="mt-2">
              <label htmlFor="notice-text" className="block text-sm font-semibold">
                Notice text
              </label>
              <textarea
                id="notice-text"
                rows={3}
                value={text}
                className={controlClass}
                onChange={(e) => {
                  setText(e.target.value);
                  setError(null);
                }}
              />
            </div>
          )}
        </fieldset>
      )}
      {error && (
        <p role="alert" className="mt-1 text-sm font-semibold text-accent">
          {error}
        </p>
      )}
      <div className="mt-2 flex flex-wrap gap-2">
        <button type="button" disabled={busy} className={primary} onClick={send}>
          {live ? "Publish changes now" : "Publish now"}
        </button>
        <button type="button" className={cancel} onClick={onCancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}

/** Taking a story off the site is confirmed too. */
export function UnpublishForm({ busy, onSend, onCancel }: FormProps) {
  return (
    <div className={box}>
      <p className="text-sm font-semibold">Take this story off the site? Its page stops showing to readers.</p>
      <div className="mt-2 flex flex-wrap gap-2">
        <button type="button" disabled={busy} className={primary} onClick={() => onSend({})}>
          Unpublish now
        </button>
        <button type="button" className={cancel} onClick={onCancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}
