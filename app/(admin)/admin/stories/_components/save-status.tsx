"use client";
import { formatClock } from "@/lib/editor/zoned-time";
import type { SaveStatus } from "./use-autosave";

export const OFFLINE_MESSAGE = "Offline, not saved — your text is kept in this browser";

function words(status: SaveStatus, dirty: boolean, timeZone: string): string {
  switch (status.kind) {
    case "saving":
      return "Saving…";
    case "saved":
      return `Saved ${formatClock(new Date(status.at), timeZone)}`;
    case "offline":
      return OFFLINE_MESSAGE;
    case "error":
      return `Not saved: ${status.message} Your text is kept in this browser.`;
    case "conflict":
      return "Not saved: someone else saved this story first. Choose below; your text is kept in this browser.";
    case "locked":
      return "Not saved: someone else is editing. Your text is kept in this browser.";
    default:
      return dirty ? "" : "All changes saved";
  }
}

/** The save state, announced politely as it changes. */
export function SaveStatusText({ status, dirty, timeZone }: { status: SaveStatus; dirty: boolean; timeZone: string }) {
  const bad =
    status.kind === "offline" || status.kind === "error" || status.kind === "conflict" || status.kind === "locked";
  // "Unsaved changes" sits outside the live region: announcing it at every first keystroke would be noise.
  const editing = dirty && (status.kind === "idle" || status.kind === "saved");
  return (
    <div className="flex flex-wrap items-baseline gap-x-2 font-sans text-sm">
      <p role="status" aria-live="polite" className={bad ? "font-semibold text-accent" : "text-muted"}>
        {words(status, dirty, timeZone)}
      </p>
      {editing && <p className="text-muted">Unsaved changes</p>}
    </div>
  );
}
