import type { WorkingCopy } from "../story/desk-types";

/** The part of Web Storage we use, so tests can pass a Map-backed fake. */
export type DraftStorage = Pick<Storage, "getItem" | "setItem" | "removeItem" | "key" | "length">;

/**
 * Text kept in this browser: the working copy and the version it started from. "theirs" is another person's text
 * that "Keep mine" replaced, kept so both texts stay reachable; saves never remove it.
 */
export type LocalDraft = { storyId: string; base: number; working: WorkingCopy; savedAt: string; kind?: "mine" | "theirs" };

const PREFIX = "masthead:draft:";

/** One key per story and base version, so a draft kept after "Take theirs" is not overwritten by later typing. */
export const draftKey = (storyId: string, base: number, kind: "mine" | "theirs" = "mine") =>
  `${PREFIX}${storyId}:${base}${kind === "theirs" ? ":theirs" : ""}`;

export function writeLocalDraft(
  storage: DraftStorage, storyId: string, base: number, working: WorkingCopy, now = new Date(), kind: "mine" | "theirs" = "mine",
): boolean {
  const draft: LocalDraft = { storyId, base, working, savedAt: now.toISOString(), kind };
  try {
    storage.setItem(draftKey(storyId, base, kind), JSON.stringify(draft));
    return true;
  } catch {
    return false; // full or disabled storage: the caller says so rather than pretending the text is kept
  }
}

export function removeLocalDraft(storage: DraftStorage, storyId: string, base: number, kind: "mine" | "theirs" = "mine"): void {
  try {
    storage.removeItem(draftKey(storyId, base, kind));
  } catch {
    // nothing to do: storage unavailable
  }
}

/** Every draft this browser keeps for a story, newest first. Unreadable entries are skipped, not deleted. */
export function listLocalDrafts(storage: DraftStorage, storyId: string): LocalDraft[] {
  const out: LocalDraft[] = [];
  try {
    for (let i = 0; i < storage.length; i++) {
      const key = storage.key(i);
      if (!key?.startsWith(`${PREFIX}${storyId}:`)) continue;
      try {
        const d = JSON.parse(storage.getItem(key) ?? "") as LocalDraft;
        if (d && d.storyId === storyId && typeof d.base === "number" && d.working) out.push(d);
      } catch {
        // a damaged entry: leave it for a person to inspect
      }
    }
  } catch {
    return out;
  }
  return out.sort((a, b) => (a.savedAt < b.savedAt ? 1 : a.savedAt > b.savedAt ? -1 : b.base - a.base));
}
