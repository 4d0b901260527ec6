import { diffWords } from "diff";
import type { WorkingCopy } from "./model";
import { inlinePhotos } from "./photos";
import { docToPlainText } from "../content/rich-text/text";

export type WordPart = { text: string; change: "same" | "added" | "removed" };
export type FieldChange = { field: string; before: string; after: string };

export function wordDiff(before: string, after: string): WordPart[] {
  return diffWords(before, after).map((p) => ({ text: p.value, change: p.added ? "added" : p.removed ? "removed" : "same" }));
}

/**
 * What changed between two snapshots: the words as a word diff (headline, dek, body), and the other fields as
 * before/after lines in plain words. `name` turns ids (sections, authors) into names.
 */
export function compareSnapshots(a: WorkingCopy, b: WorkingCopy, name: (id: string) => string) {
  const photoWords = (w: WorkingCopy) => [
    w.heroMediaId ? `Hero: ${[w.hero.alt, w.hero.caption, w.hero.credit].filter(Boolean).join(" / ") || "library text"}` : "No hero photo",
    ...inlinePhotos(w.body).map((p, i) => `Photo ${i + 1}: ${[p.own.alt, p.own.caption, p.own.credit].filter(Boolean).join(" / ") || "library text"}`),
  ].join("; ");
  const fields: [string, (w: WorkingCopy) => string][] = [
    ["Slug", (w) => w.slug],
    ["Section", (w) => (w.sectionId ? name(w.sectionId) : "")],
    ["Authors", (w) => w.authorIds.map(name).join(", ")],
    ["Tags", (w) => w.tags.join(", ")],
    ["Photos", photoWords],
    ["SEO title", (w) => w.seoTitle],
    ["SEO description", (w) => w.seoDescription],
  ];
  return {
    headline: wordDiff(a.headline, b.headline),
    dek: wordDiff(a.dek, b.dek),
    body: wordDiff(docToPlainText(a.body), docToPlainText(b.body)),
    fields: fields.map(([field, f]) => ({ field, before: f(a), after: f(b) })).filter((c) => c.before !== c.after),
  };
}
