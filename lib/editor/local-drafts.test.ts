import { describe, expect, it } from "vitest";
import type { WorkingCopy } from "../story/desk-types";
import {
  clearLocalDrafts,
  draftKey,
  DRAFT_TTL_MS,
  listLocalDrafts,
  removeLocalDraft,
  writeLocalDraft,
  type DraftStorage,
} from "./local-drafts";

function fakeStorage(): DraftStorage & { map: Map<string, string> } {
  const map = new Map<string, string>();
  return {
    map,
    get length() {
      return map.size;
    },
    key: (i) => [...map.keys()][i] ?? null,
    getItem: (k) => map.get(k) ?? null,
    setItem: (k, v) => void map.set(k, v),
    removeItem: (k) => void map.delete(k),
  };
}

const w = (headline: string) => ({ headline }) as WorkingCopy;
const now = new Date("2026-12-03T10:00:00Z");
const ago = (ms: number) => new Date(now.getTime() - ms);

describe("local drafts", () => {
  it("keeps one draft per user, story and base version, newest first", () => {
    const s = fakeStorage();
    writeLocalDraft(s, "u1", "story-1", 3, w("older"), ago(60_000));
    writeLocalDraft(s, "u1", "story-1", 4, w("newer"), ago(30_000));
    writeLocalDraft(s, "u1", "story-2", 4, w("other story"), ago(1000));
    writeLocalDraft(s, "u1", "story-1", 4, w("newer still"), ago(1000));
    expect(listLocalDrafts(s, "u1", "story-1", now).map((d) => [d.base, d.working.headline])).toEqual([
      [4, "newer still"],
      [3, "older"],
    ]);
    removeLocalDraft(s, "u1", "story-1", 4);
    expect(listLocalDrafts(s, "u1", "story-1", now).map((d) => d.base)).toEqual([3]);
    expect(s.map.has(draftKey("u1", "story-2", 4))).toBe(true);
  });

  it("offers a user only their own drafts, never another person's or an old unscoped (or 'theirs') entry", () => {
    const s = fakeStorage();
    writeLocalDraft(s, "u1", "story-1", 3, w("mine"), ago(1000));
    writeLocalDraft(s, "u2", "story-1", 3, w("a colleague's"), ago(1000));
    const legacy = {
      storyId: "story-1",
      base: 2,
      working: w("planted"),
      savedAt: ago(1000).toISOString(),
      kind: "theirs",
    };
    s.setItem("masthead:draft:story-1:2:theirs", JSON.stringify(legacy));
    s.setItem("masthead:draft:story-1:2", JSON.stringify({ ...legacy, kind: "mine" }));
    // A key naming u1 whose content names someone else is not u1's either.
    s.setItem(
      draftKey("u1", "story-1", 9),
      JSON.stringify({ userId: "u2", storyId: "story-1", base: 9, working: w("x"), savedAt: ago(1).toISOString() }),
    );
    expect(listLocalDrafts(s, "u1", "story-1", now).map((d) => d.working.headline)).toEqual(["mine"]);
    expect(listLocalDrafts(s, "u2", "story-1", now).map((d) => d.working.headline)).toEqual(["a colleague's"]);
  });

  it("drops drafts older than a week when it reads them", () => {
    const s = fakeStorage();
    writeLocalDraft(s, "u1", "story-1", 1, w("stale"), ago(DRAFT_TTL_MS + 1));
    writeLocalDraft(s, "u2", "story-9", 1, w("stale too"), ago(DRAFT_TTL_MS + 1));
    writeLocalDraft(s, "u1", "story-1", 2, w("fresh"), ago(DRAFT_TTL_MS - 60_000));
    expect(listLocalDrafts(s, "u1", "story-1", now).map((d) => d.working.headline)).toEqual(["fresh"]);
    expect([...s.map.keys()]).toEqual([draftKey("u1", "story-1", 2)]);
  });

  it("clears every draft of anyone at sign-out, and nothing else", () => {
    const s = fakeStorage();
    writeLocalDraft(s, "u1", "story-1", 1, w("a"));
    writeLocalDraft(s, "u2", "story-2", 1, w("b"));
    s.setItem("masthead:draft:story-1:2:theirs", "{not json");
    s.setItem("theme", "dark");
    clearLocalDrafts(s);
    expect([...s.map.keys()]).toEqual(["theme"]);
  });

  it("skips damaged entries and reports a full storage", () => {
    const s = fakeStorage();
    s.setItem(draftKey("u1", "story-1", 1), "{not json");
    expect(listLocalDrafts(s, "u1", "story-1", now)).toEqual([]);
    const full = {
      ...s,
      setItem: () => {
        throw new Error("QuotaExceededError");
      },
    };
    expect(writeLocalDraft(full, "u1", "story-1", 2, w("x"))).toBe(false);
  });
});
