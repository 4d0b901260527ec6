"use client";
import { useCallback, useEffect, useRef, useState } from "react";
import type { LockResult, LockState } from "@/lib/story/desk-types";
import { heartbeatAction, takeOverAction } from "../actions";

/** The heartbeat keeps the soft lock (it lapses two minutes after the last one). */
export const HEARTBEAT_MS = 30_000;

/**
 * The story's soft lock: a heartbeat at open, every 30 s and when the window regains focus, and a release on
 * leaving. Someone else holding it makes the editor read-only; losing it to a take-over stops the heartbeat (the
 * writer reloads to go on).
 */
export function useSoftLock({
  storyId,
  initial,
  enabled,
  onAcquired,
}: {
  storyId: string;
  initial: LockState;
  enabled: boolean;
  onAcquired?: (r: LockResult) => void;
}) {
  const [lock, setLock] = useState(initial);
  const [takenBy, setTakenBy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const mine = useRef(initial.mine);
  // This tab's own id: the lock is released only by the tab that last kept it. (getRandomValues, unlike
  // randomUUID, also works on a desk served over plain http at a LAN address.)
  const [tab] = useState(() =>
    Array.from(crypto.getRandomValues(new Uint8Array(12)), (b) => b.toString(16).padStart(2, "0")).join(""),
  );
  const onAcquiredRef = useRef(onAcquired);
  useEffect(() => {
    onAcquiredRef.current = onAcquired;
  });

  const apply = useCallback((next: LockState, r?: LockResult) => {
    if (mine.current && !next.mine && next.holderId) setTakenBy(next.holderName ?? "Someone else");
    else if (!mine.current && next.mine && r) onAcquiredRef.current?.(r);
    mine.current = next.mine;
    setLock(next);
  }, []);

  const heartbeat = useCallback(async () => {
    try {
      const r = (await heartbeatAction(undefined, { id: storyId, tab })) as LockResult;
      if (r.lock) apply(r.lock, r);
    } catch {
      // offline: the lock lapses on its own; autosave reports the network
    }
  }, [storyId, tab, apply]);

  const active = enabled && !takenBy;
  useEffect(() => {
    if (!active) return;
    const first = setTimeout(() => void heartbeat(), 0);
    const t = setInterval(() => void heartbeat(), HEARTBEAT_MS);
    const onFocus = () => void heartbeat();
    window.addEventListener("focus", onFocus);
    return () => {
      clearTimeout(first);
      clearInterval(t);
      window.removeEventListener("focus", onFocus);
    };
  }, [active, heartbeat]);

  // Leaving the editor (another desk page, a closed tab) lets go of the lock at once: a beacon, which the browser
  // still sends as the page goes away.
  useEffect(() => {
    if (!enabled) return;
    // Sent even when this tab does not know the lock is its own yet (its first heartbeat still on the way): the
    // desk frees only a lock this tab keeps.
    const release = () => navigator.sendBeacon(`/admin/stories/${storyId}/release?tab=${tab}`);
    window.addEventListener("pagehide", release);
    return () => {
      window.removeEventListener("pagehide", release);
      release();
    };
  }, [enabled, storyId, tab]);

  const takeOver = useCallback(async () => {
    setError(null);
    try {
      const r = (await takeOverAction(undefined, { id: storyId, tab })) as LockResult;
      if (r.ok && r.lock) {
        setTakenBy(null);
        apply(r.lock, r);
      } else setError(r.message ?? "The story could not be taken over.");
    } catch {
      setError("The story could not be taken over: the desk did not answer. Try again.");
    }
  }, [storyId, tab, apply]);

  const heldByOther = !!lock.holderId && !lock.mine;
  return { lock, heldByOther, takenBy, error, takeOver, apply };
}
