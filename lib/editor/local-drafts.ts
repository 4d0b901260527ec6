import type { WorkingCopy } from "../story/desk-types";

/** The part of Web Storage we use, so tests can pass a Map-backed fake. */
export type DraftStorage = Pick<Storage, "getItem" | "setItem" | "removeItem" | "key" | "length">;

/**
 * The writer's own unsaved text, kept in this browser until the server has it: only theirs, under their user id,
 * for a week at most, and gone at sign-out. Whatever the browser keeps, another script on the origin or the next
 * person at a shared computer could read (M5 of the 2026-12-03 review), so it keeps as little as it can.
 */
export type LocalDraft = { userId: string; storyId: string; base: number; working: WorkingCopy; savedAt: string };

const PREFIX = "masthead:draft:";
export const DRAFT_TTL_MS = 7 * 86_400_000;

/** One key per user, story and base version, so a draft kept after "Take theirs" is not overwritten by later typing. */
export const draftKey = (userId: string, storyId: string, base: number) => `${PREFIX}${userId}:${storyId}:${base}`;

export function writeLocalDraft(
  storage: DraftStorage,
  userId: string,
  storyId: string,
  base: number,
  working: WorkingCopy,
  now = new Date(),
): boolean {
  const draft: LocalDraft = { userId, storyId, base, working, savedAt: now.toISOString() };
  try {
    storage.setItem(draftKey(userId, storyId, base), JSON.stringify(draft));
    return true;
  } catch {
    return false; // full or disabled storage: the caller says so rather than pretending the text is kept
  }
}

export function removeLocalDraft(storage: DraftStorage, userId: string, storyId: string, base: number): void {
  try {
    storage.removeItem(draftKey(userId, storyId, base));
  } catch {
    // nothing to do: storage unavailable
  }
}

function draftKeys(storage: DraftStorage): string[] {
  const keys: string[] = [];
  for (let i = 0; i < storage.length; i++) {
    const key = storage.key(i);
    if (key?.startsWith(PREFIX)) keys.push(key);
  }
  return keys;
}

/**
 * This user's drafts of a story, newest first. Drafts past their week are deleted as they are found, whoever's;
 * other people's, and entries of an older shape (no user), are never offered.
 */
export function listLocalDrafts(
  storage: DraftStorage,
  userId: string,
  storyId: string,
  now = new Date(),
): LocalDraft[] {
  const out: LocalDraft[] = [];
  try {
    for (const key of draftKeys(storage)) {
      let d: LocalDraft | null = null;
      try {
        d = JSON.parse(storage.getItem(key) ?? "") as LocalDraft;
      } catch {
        continue; // a damaged entry: sign-out clears it
      }
      const age = now.getTime() - Date.parse(d?.savedAt ?? "");
      if (!(age < DRAFT_TTL_MS)) {
        storage.removeItem(key);
        continue;
      }
      if (
        key.startsWith(`${PREFIX}${userId}:${storyId}:`) &&
        d.userId === userId &&
        d.storyId === storyId &&
        typeof d.base === "number" &&
        d.working
      )
        out.push(d);
    }
  } catch {
    return out;
  }
  return out.sort((a, b) => (a.savedAt < b.savedAt ? 1 : a.savedAt > b.savedAt ? -1 : b.base - a.base));
}

/** Every draft this browser keeps, of anyone: at sign-out, and when the desk finds the session gone. */
export function clearLocalDrafts(storage: DraftStorage): void {
  try {
    for (const key of draftKeys(storage)) storage.removeItem(key);
  } catch {
    // storage unavailable: nothing kept either
  }
}
