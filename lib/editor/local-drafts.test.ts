import { describe, expect, it } from "vitest";
import type { WorkingCopy } from "../story/desk-types";
import { draftKey, listLocalDrafts, removeLocalDraft, writeLocalDraft, type DraftStorage } from "./local-drafts";

function fakeStorage(): DraftStorage & { map: Map<string, string> } {
  const map = new Map<string, string>();
  return {
    map,
    get length() { return map.size; },
    key: (i) => [...map.keys()][i] ?? null,
    getItem: (k) => map.get(k) ?? null,
    setItem: (k, v) => void map.set(k, v),
    removeItem: (k) => void map.delete(k),
  };
}

const w = (headline: string) => ({ headline } as WorkingCopy);

describe("local drafts", () => {
  it("keeps one draft per story and base version, newest first", () => {
    const s = fakeStorage();
    writeLocalDraft(s, "story-1", 3, w("older"), new Date("2026-11-29T10:00:00Z"));
    writeLocalDraft(s, "story-1", 4, w("newer"), new Date("2026-11-29T10:05:00Z"));
    writeLocalDraft(s, "story-2", 4, w("other story"));
    writeLocalDraft(s, "story-1", 4, w("newer still"), new Date("2026-11-29T10:06:00Z"));
    expect(listLocalDrafts(s, "story-1").map((d) => [d.base, d.working.headline])).toEqual([[4, "newer still"], [3, "older"]]);
    writeLocalDraft(s, "story-1", 4, w("their text"), new Date("2026-11-29T10:07:00Z"), "theirs");
    removeLocalDraft(s, "story-1", 4);
    // A save removes my draft for its base, never the other person's text kept beside it.
    expect(listLocalDrafts(s, "story-1").map((d) => [d.base, d.kind])).toEqual([[4, "theirs"], [3, "mine"]]);
    expect(s.map.has(draftKey("story-2", 4))).toBe(true);
  });

  it("skips damaged entries and reports a full storage", () => {
    const s = fakeStorage();
    s.setItem(draftKey("story-1", 1), "{not json");
    expect(listLocalDrafts(s, "story-1")).toEqual([]);
    const full = { ...s, setItem: () => { throw new Error("QuotaExceededError"); } };
    expect(writeLocalDraft(full, "story-1", 2, w("x"))).toBe(false);
  });
});
