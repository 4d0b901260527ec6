import { describe, expect, it } from "vitest";
import { updateParagraphs } from "./live";

describe("updateParagraphs", () => {
  it("splits on blank lines and links only http(s) addresses, leaving trailing punctuation as text", () => {
    expect(
      updateParagraphs("First line.\n\n  See https://example.com/a?b=1. Then javascript:alert(1) <b>x</b>"),
    ).toEqual([
      [{ text: "First line." }],
      [
        { text: "See " },
        { href: "https://example.com/a?b=1", text: "https://example.com/a?b=1" },
        { text: ". Then javascript:alert(1) <b>x</b>" },
      ],
    ]);
  });

  it("keeps Korean text and drops empty paragraphs", () => {
    expect(updateParagraphs("속보: 버스 전용차로\n\n\n\n")).toEqual([[{ text: "속보: 버스 전용차로" }]]);
  });
});
