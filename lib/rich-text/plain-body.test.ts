import { describe, expect, it } from "vitest";
import { docToParagraphText, mergeParagraphText } from "./plain-body";
import type { RichTextDoc } from "./types";

const p = (text: string) => ({ type: "paragraph", content: [{ type: "text", text }] });
const photo = { type: "photo", attrs: { mediaId: "m1" } };
const linked = { type: "paragraph", content: [{ type: "text", text: "See ", }, { type: "text", text: "this", marks: [{ type: "link", attrs: { href: "https://x.test" } }] }] };
const doc: RichTextDoc = { type: "doc", content: [p("One."), photo, linked, { type: "heading", attrs: { level: 2 }, content: [{ type: "text", text: "H" }] }, p("Three.")] };

describe("plain body editing", () => {
  it("shows paragraphs separated by blank lines", () => {
    expect(docToParagraphText(doc)).toBe("One.\n\nSee this\n\nThree.");
  });
  it("round-trips unchanged text to the same document, marks and photos included", () => {
    expect(mergeParagraphText(doc, docToParagraphText(doc))).toEqual(doc);
  });
  it("replaces edited paragraphs in place and keeps other blocks", () => {
    const out = mergeParagraphText(doc, "One!\n\nSee this\n\nThree.\n\nFour.");
    expect(out.content.map((n) => n.type)).toEqual(["paragraph", "photo", "paragraph", "heading", "paragraph", "paragraph"]);
    expect(out.content[0]).toEqual(p("One!"));
    expect(out.content[2]).toEqual(linked);
    expect(out.content[5]).toEqual(p("Four."));
  });
  it("drops removed paragraphs", () => {
    const out = mergeParagraphText(doc, "Only.");
    expect(out.content.map((n) => n.type)).toEqual(["paragraph", "photo", "heading"]);
  });
});
