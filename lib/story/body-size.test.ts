import { describe, expect, it } from "vitest";
import { BODY_MAX_BLOCKS, BODY_MAX_CHARS, workingCopySchema } from "./model";

const paragraph = (text: string) => ({ type: "paragraph", content: [{ type: "text", text }] });
const bodyError = (content: unknown[]) => {
  const r = workingCopySchema.shape.body.safeParse({ type: "doc", content });
  return r.success ? null : r.error.issues[0]!.message;
};

describe("the story body's size", () => {
  it("takes the longest long-read and refuses past the cap, saying how to split", () => {
    // Text nodes stop at 50,000 characters: eight paragraphs, joined by blank lines, make exactly the cap.
    const atCap = [paragraph("x".repeat(49_986)), ...Array.from({ length: 7 }, () => paragraph("x".repeat(50_000)))];
    expect(BODY_MAX_CHARS).toBe(400_000);
    expect(bodyError(atCap)).toBeNull();
    expect(bodyError([...atCap, paragraph("y")])).toBe(
      "The body is longer than 400,000 characters (it has 400,003); " +
        "split it into two or more stories (a series) and save again.",
    );
  });

  it("counts blocks inside lists and quotes too", () => {
    const item = { type: "listItem", content: [paragraph("a")] };
    const list = { type: "bulletList", content: Array.from({ length: 100 }, () => item) };
    const lists = Array.from({ length: 26 }, () => list);
    expect(BODY_MAX_BLOCKS).toBe(5_000);
    expect(bodyError(lists.slice(0, 24))).toBeNull(); // 24 × (1 + 100 × 2) = 4,824
    expect(bodyError(lists)).toBe(
      "The body has more than 5,000 paragraphs, headings, list items and photos; " +
        "split it into two or more stories (a series) and save again.",
    );
  });
});
