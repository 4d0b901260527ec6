import { randomBytes } from "node:crypto";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { emptyWorkingCopy, type WorkingCopy } from "@/lib/story/model";
import { compareSnapshots } from "@/lib/story/diff";
import { Comparison, TOO_DIFFERENT } from "./comparison";

const doc = (...paragraphs: string[]) => ({
  type: "doc" as const,
  content: paragraphs.map((text) => ({ type: "paragraph", content: [{ type: "text", text }] })),
});
const snap = (body: ReturnType<typeof doc>, more: Partial<WorkingCopy> = {}) =>
  emptyWorkingCopy({ sectionId: "s1", headline: "Council votes", body, ...more });
/** `count` random ten-letter words (one token each; 26^10 makes a repeat unlikely), `perParagraph` to a paragraph. */
function randomWords(count: number, perParagraph: number): string[] {
  const letters = Buffer.from(randomBytes(count * 10).map((x) => 97 + (x % 26))).toString("latin1");
  const out: string[] = [];
  for (let i = 0; i < count; i += perParagraph) {
    const words: string[] = [];
    for (let j = i; j < Math.min(count, i + perParagraph); j++) words.push(letters.slice(j * 10, j * 10 + 10));
    out.push(words.join(" "));
  }
  return out;
}
const timed = <T,>(f: () => T): [T, number] => {
  const start = performance.now();
  const value = f();
  return [value, performance.now() - start];
};
const render = (diff: ReturnType<typeof compareSnapshots>) =>
  renderToStaticMarkup(<Comparison diff={diff} from={1} to={2} />);

describe("comparing two revisions", () => {
  it("shows a small edit word by word, unchanged paragraphs as they are", () => {
    const diff = compareSnapshots(
      snap(doc("The council met.", "It voted on Tuesday to close the pool.", "Residents objected.")),
      snap(doc("The council met.", "It voted on Wednesday to close the pool.", "Residents objected.")),
      (id) => id,
    );
    expect(diff.exact).toBe(true);
    expect(diff.body!.filter((p) => p.change !== "same")).toEqual([
      { text: "Tuesday", change: "removed" },
      { text: "Wednesday", change: "added" },
    ]);
    expect(diff.body!.map((p) => p.text).join("")).toBe(
      "The council met.\n\nIt voted on TuesdayWednesday to close the pool.\n\nResidents objected.",
    );
    const html = render(diff);
    expect(html).toMatch(/<del [^>]*>Tuesday<\/del>/);
    expect(html).not.toContain(TOO_DIFFERENT);
  });

  // Two saves of unrelated text by any journalist, then one GET: unbounded, jsdiff took minutes here (review H2).
  it("gives up on 100,000 unrelated words a side within a second, and says so", () => {
    const shared = randomWords(10_000, 10);
    const [one, two] = [randomWords(100_000, 100), randomWords(100_000, 100)];
    // The same 1,000 paragraphs interleaved with different ones: paragraphs must be aligned, and that is bounded too.
    const interleave = (ps: string[]) => ps.flatMap((p, i) => [shared[i]!, p]);
    const cases: [string[], string[], boolean][] = [
      [one, two, true],
      [interleave(one), interleave(two), false],
    ];
    for (const [before, after, shown] of cases) {
      const [a, b] = [snap(doc(...before)), snap(doc(...after), { headline: "Council votes again" })];
      const [diff, ms] = timed(() => compareSnapshots(a, b, (id) => id));
      const [html, renderMs] = timed(() => render(diff));
      expect(ms + renderMs).toBeLessThan(1000);
      expect(diff.exact).toBe(false);
      expect(html).toContain(TOO_DIFFERENT);
      expect(diff.headline.filter((p) => p.change === "added")).toEqual([{ text: "again", change: "added" }]);
      // Paragraph by paragraph when that is cheap (here: nothing in common, one passage out, one in), else not at all.
      expect(diff.body?.map((p) => p.change)).toEqual(shown ? ["removed", "added"] : undefined);
      expect(html.includes(">Body</h3>")).toBe(shown);
    }
  });

  it("gives up on 10 MB of unrelated words in one passage within a second, still showing the passage whole", () => {
    const kept = "An unchanged first paragraph.";
    const before = snap(doc(kept, randomWords(1_000_000, 1_000_000)[0]!));
    const after = snap(doc(kept, randomWords(1_000_000, 1_000_000)[0]!));
    expect(JSON.stringify(before.body).length).toBeGreaterThan(10_000_000);
    const [diff, ms] = timed(() => compareSnapshots(before, after, (id) => id));
    expect(ms).toBeLessThan(1000);
    expect(diff.exact).toBe(false);
    expect(diff.body!.map((p) => p.change)).toEqual(["same", "same", "removed", "added"]);
    expect(render(diff)).toContain(TOO_DIFFERENT);
  });

  it("lists a change of Featured with the other fields", () => {
    const diff = compareSnapshots(snap(doc("Same.")), snap(doc("Same."), { featured: true }), (id) => id);
    expect(diff.fields).toEqual([{ field: "Featured", before: "Not featured", after: "On the home page" }]);
    expect(render(diff)).toContain('<dt class="font-semibold">Featured</dt>');
  });
});
