import { diffArrays, diffWords } from "diff";
import { stringsFor } from "../content/language";
import { docToPlainText } from "../content/rich-text/text";
import { storyFieldNames, storyFields, type StoryField, type WorkingCopy } from "./model";
import { inlinePhotos } from "./photos";

export type WordPart = { text: string; change: "same" | "added" | "removed" };
export type FieldChange = { field: string; before: string; after: string };

// jsdiff's Myers loop costs O(N·D) and has no bound of its own: two saves of unrelated text would hold the server
// for minutes. Every comparison below gives up at these bounds and shows whole paragraphs instead of words.
/** Most word edits one changed passage may need (jsdiff's maxEditLength, in tokens). */
export const MAX_WORD_EDITS = 5_000;
/** Most paragraph edits between two bodies before even the paragraph-level view is dropped. */
export const MAX_PARAGRAPH_EDITS = 500;
/** A changed passage longer than this (either side) is not tokenized into words at all. */
export const MAX_WORD_DIFF_CHARS = 60_000;
/** Time for one whole comparison (all fields), shared by every jsdiff call in it. */
export const COMPARE_BUDGET_MS = 250;

type Budget = { left: () => number };
function deadlineIn(ms: number): Budget {
  const end = Date.now() + ms;
  return { left: () => end - Date.now() };
}

const toParts = (changes: { value: string; added: boolean; removed: boolean }[]): WordPart[] =>
  changes.map((p) => ({ text: p.value, change: p.added ? "added" : p.removed ? "removed" : "same" }));

const whole = (before: string, after: string): WordPart[] => [
  ...(before ? [{ text: before, change: "removed" as const }] : []),
  ...(after ? [{ text: after, change: "added" as const }] : []),
];

/** A word diff within the bounds, or null when they are hit. */
export function wordDiff(before: string, after: string, budget = deadlineIn(COMPARE_BUDGET_MS)): WordPart[] | null {
  if (before === after) return before ? [{ text: before, change: "same" }] : [];
  if (before.length > MAX_WORD_DIFF_CHARS || after.length > MAX_WORD_DIFF_CHARS) return null;
  const timeout = budget.left();
  if (timeout <= 0) return null;
  const changes = diffWords(before, after, { maxEditLength: MAX_WORD_EDITS, timeout });
  return changes ? toParts(changes) : null;
}

/** The body paragraph by paragraph, and word by word inside each changed passage while the bounds allow. */
function bodyDiff(before: string, after: string, budget: Budget): { parts: WordPart[] | null; exact: boolean } {
  const a = before ? before.split("\n\n") : [];
  const b = after ? after.split("\n\n") : [];
  // Unchanged paragraphs at either end cost nothing to set aside.
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const [midA, midB] = [a.slice(head, a.length - tail), b.slice(head, b.length - tail)];
  // Sharing no paragraph, the middle is one changed passage; else align paragraphs, briefly (jsdiff allocates per
  // step: 500 edits take tens of milliseconds), even when the budget went on the headline's words.
  const shared = new Set(midA);
  const middle = midB.some((p) => shared.has(p))
    ? diffArrays(midA, midB, { maxEditLength: MAX_PARAGRAPH_EDITS, timeout: Math.max(budget.left(), 50) })
    : [
        { value: midA, added: false, removed: true },
        { value: midB, added: true, removed: false },
      ].filter((c) => c.value.length);
  if (!middle) return { parts: null, exact: false };

  // Loops, not spreads: a pasted body may hold more paragraphs than a call can take arguments.
  const units: WordPart[][] = [];
  const same = (ps: string[]) => {
    for (const p of ps) units.push([{ text: p, change: "same" }]);
  };
  same(a.slice(0, head));
  let exact = true;
  for (let i = 0; i < middle.length;) {
    if (!middle[i]!.added && !middle[i]!.removed) {
      same(middle[i++]!.value);
      continue;
    }
    // Removals and additions next to each other are one changed passage: compare its words.
    let removed: string[] = [],
      added: string[] = [];
    for (; middle[i]?.added || middle[i]?.removed; i++) {
      if (middle[i]!.added) added = added.concat(middle[i]!.value);
      else removed = removed.concat(middle[i]!.value);
    }
    const [before, after] = [removed.join("\n\n"), added.join("\n\n")];
    const words = removed.length && added.length ? wordDiff(before, after, budget) : null;
    if (removed.length && added.length && !words) exact = false;
    units.push(words ?? whole(before, after));
  }
  same(a.slice(a.length - tail));
  return { parts: units.flatMap((u, i) => (i === 0 ? u : [{ text: "\n\n", change: "same" as const }, ...u])), exact };
}

/**
 * What changed between two snapshots: the words as a word diff (headline, dek, body), and the other fields as
 * before/after lines in plain words. `name` turns ids (sections, authors) into names. `exact` is false when the
 * bounds above were hit: the body then shows whole paragraphs (or, with `body` null, nothing) and the page says so.
 */
export function compareSnapshots(a: WorkingCopy, b: WorkingCopy, name: (id: string) => string) {
  const photoWords = (w: WorkingCopy) =>
    [
      w.heroMediaId
        ? `Hero: ${[w.hero.alt, w.hero.caption, w.hero.credit].filter(Boolean).join(" / ") || "library text"}`
        : "No hero photo",
      ...inlinePhotos(w.body).map(
        (p, i) =>
          `Photo ${i + 1}: ${[p.own.alt, p.own.caption, p.own.credit].filter(Boolean).join(" / ") || "library text"}`,
      ),
    ].join("; ");
  // Every field once (the compiler names a missing one): the words get a word diff, the photos one line together.
  const shown = {
    headline: "words",
    dek: "words",
    body: "words",
    heroMediaId: "photos",
    hero: "photos",
    slug: (w) => w.slug,
    sectionId: (w) => (w.sectionId ? name(w.sectionId) : ""),
    language: (w) => stringsFor(w.language ?? "en").englishName,
    authorIds: (w) => w.authorIds.map(name).join(", "),
    tags: (w) => w.tags.join(", "),
    seoTitle: (w) => w.seoTitle,
    seoDescription: (w) => w.seoDescription,
    featured: (w) => (w.featured ? "On the home page" : "Not featured"),
  } satisfies { [K in StoryField]: "words" | "photos" | ((w: WorkingCopy) => string) };
  const lines: [string, (w: WorkingCopy) => string][] = [["Photos", photoWords]];
  for (const k of storyFieldNames) {
    const f: (typeof shown)[StoryField] = shown[k];
    if (typeof f === "function") lines.push([storyFields[k].label, f]);
  }
  const [textA, textB] = [docToPlainText(a.body), docToPlainText(b.body)]; // linear; only the diffs need a budget
  const budget = deadlineIn(COMPARE_BUDGET_MS);
  const headline = wordDiff(a.headline, b.headline, budget);
  const dek = wordDiff(a.dek, b.dek, budget);
  const body = bodyDiff(textA, textB, budget);
  return {
    headline: headline ?? whole(a.headline, b.headline),
    dek: dek ?? whole(a.dek, b.dek),
    body: body.parts,
    exact: !!headline && !!dek && body.exact,
    fields: lines.map(([field, f]) => ({ field, before: f(a), after: f(b) })).filter((c) => c.before !== c.after),
  };
}
