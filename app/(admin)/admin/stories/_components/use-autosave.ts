"use client";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { removeLocalDraft, writeLocalDraft } from "@/lib/editor/local-drafts";
import { normalizeWorkingCopy, workingCopyKey } from "@/lib/story/normalize";
import type { LockState, SaveResult, WorkingCopy } from "@/lib/story/desk-types";
import { saveStoryAction } from "../actions";

export type SaveStatus =
  | { kind: "idle" }
  | { kind: "saving" }
  | { kind: "saved"; at: string }
  | { kind: "offline" }
  | { kind: "conflict" }
  | { kind: "locked" }
  // `fields`: the refusal's messages by field (`body`…), shown next to that field too.
  | { kind: "error"; message: string; fields?: Record<string, string> };

export type Conflict = NonNullable<SaveResult["conflict"]>;

/** Autosave waits this long after the last keystroke. */
export const AUTOSAVE_DELAY_MS = 2500;
const RETRY_MS = 10_000;

const storage = () => (typeof window === "undefined" ? null : window.localStorage);

/**
 * Saves the working copy a moment after typing stops, on leaving a field, and on demand, always with the version it
 * started from. Saves run one at a time. The latest unsaved text is kept in localStorage, under the writer's id,
 * only while the server does not have it (lib/editor/local-drafts.ts).
 */
export function useAutosave({
  userId,
  storyId,
  version,
  initial,
  working,
  paused,
  onLocked,
  onSaved,
}: {
  userId: string;
  storyId: string;
  version: number;
  initial: WorkingCopy;
  working: WorkingCopy;
  paused: boolean;
  onLocked: (lock: LockState) => void;
  onSaved?: (r: SaveResult) => void;
}) {
  const versionRef = useRef(version);
  const [savedKey, setSavedKey] = useState(() => workingCopyKey(initial));
  const savedKeyRef = useRef(savedKey);
  const workingRef = useRef(working);
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const callbacks = useRef({ onLocked, onSaved });
  const [status, setStatus] = useState<SaveStatus>({ kind: "idle" });
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const key = useMemo(() => workingCopyKey(working), [working]);
  const dirty = key !== savedKey;

  useEffect(() => {
    workingRef.current = working;
    callbacks.current = { onLocked, onSaved };
  });

  const markSaved = useCallback((k: string) => {
    savedKeyRef.current = k;
    setSavedKey(k);
  }, []);

  const send = useCallback(
    async (mode: "auto" | "explicit", base: number): Promise<boolean> => {
      const w = workingRef.current;
      const k = workingCopyKey(w);
      if (mode === "auto" && k === savedKeyRef.current) return true;
      if (typeof navigator !== "undefined" && !navigator.onLine) {
        setStatus({ kind: "offline" });
        return false;
      }
      setStatus({ kind: "saving" });
      let res: SaveResult;
      try {
        res = (await saveStoryAction(undefined, {
          id: storyId,
          version: base,
          autosave: mode === "auto",
          working: normalizeWorkingCopy(w),
        })) as SaveResult;
      } catch {
        setStatus({ kind: "offline" }); // the request failed: network, or the server is restarting
        return false;
      }
      if (res.ok && res.version) {
        versionRef.current = res.version;
        markSaved(k);
        const s = storage();
        if (s) {
          removeLocalDraft(s, userId, storyId, base);
          // Typed while the save was on its way: keep that under the new base.
          if (workingCopyKey(workingRef.current) !== k)
            writeLocalDraft(s, userId, storyId, res.version, workingRef.current);
        }
        setStatus({ kind: "saved", at: res.savedAt ?? new Date().toISOString() });
        callbacks.current.onSaved?.(res);
        return true;
      }
      if (res.conflict) {
        setConflict(res.conflict);
        setStatus({ kind: "conflict" });
      } else if (res.lock) {
        setStatus({ kind: "locked" });
        callbacks.current.onLocked(res.lock);
      } else {
        const details = Object.values(res.fieldErrors ?? {});
        const message = details.length ? details.join(" ") : (res.message ?? "The story could not be saved.");
        setStatus({ kind: "error", message, fields: res.fieldErrors });
      }
      return false;
    },
    [userId, storyId, markSaved],
  );

  /** Queue a save after any in flight; `base` overrides the version (Keep mine saves on top of theirs). */
  const save = useCallback(
    (mode: "auto" | "explicit", base?: number): Promise<boolean> => {
      const run = queue.current.then(() => send(mode, base ?? versionRef.current));
      queue.current = run.catch(() => false);
      return run;
    },
    [send],
  );

  // Keep unsaved text in this browser, and autosave once typing stops; text equal to the saved one is not kept.
  const stopped = paused || conflict !== null;
  // Only a draft this page wrote is removed when the text returns to the saved one: at mount, the draft kept by an
  // earlier visit under this very version is still to be offered.
  const keptDraft = useRef(false);
  useEffect(() => {
    const s = storage();
    if (s && dirty) keptDraft.current = writeLocalDraft(s, userId, storyId, versionRef.current, workingRef.current);
    else if (s && keptDraft.current) {
      removeLocalDraft(s, userId, storyId, versionRef.current);
      keptDraft.current = false;
    }
    if (!dirty || stopped) return;
    const t = setTimeout(() => void save("auto"), AUTOSAVE_DELAY_MS);
    return () => clearTimeout(t);
  }, [key, dirty, stopped, save, userId, storyId]);

  // Offline or failed: try again when the network is back, and every few seconds meanwhile.
  useEffect(() => {
    if (stopped || !dirty || status.kind !== "offline") return;
    const retry = () => void save("auto");
    const t = setInterval(retry, RETRY_MS);
    window.addEventListener("online", retry);
    return () => {
      clearInterval(t);
      window.removeEventListener("online", retry);
    };
  }, [stopped, dirty, status.kind, save]);

  const flush = useCallback(() => (dirty && !stopped ? save("auto") : Promise.resolve(true)), [dirty, stopped, save]);

  /** After "Take theirs": their text and version become the base; mine stays in localStorage under my old base. */
  const rebase = useCallback(
    (v: number, w: WorkingCopy) => {
      const s = storage();
      if (s) writeLocalDraft(s, userId, storyId, versionRef.current, workingRef.current);
      versionRef.current = v;
      workingRef.current = w;
      markSaved(workingCopyKey(w));
      setConflict(null);
      setStatus({ kind: "idle" });
    },
    [userId, storyId, markSaved],
  );

  /** "Keep mine": save my text over theirs, on top of their version (theirs stays in the story's revisions). */
  const keepMine = useCallback(
    (c: Conflict) => {
      setConflict(null);
      return save("explicit", c.version);
    },
    [save],
  );

  const setVersion = useCallback((v: number) => {
    versionRef.current = v;
  }, []);
  const getVersion = useCallback(() => versionRef.current, []);

  return { status, dirty, conflict, save, flush, rebase, keepMine, setVersion, getVersion };
}
