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

describe("plain body editing keeps marks and blocks where the text did not change", () => {
  const bold = (text: string) => ({ type: "paragraph", content: [{ type: "text", text, marks: [{ type: "bold" }] }] });
  const heading = { type: "heading", attrs: { level: 2 }, content: [{ type: "text", text: "Later" }] };
  const story: RichTextDoc = { type: "doc", content: [p("A."), p("B."), photo, linked, heading, bold("C.")] };

  it("deleting a middle paragraph keeps the later links and bold", () => {
    const out = mergeParagraphText(story, "A.\n\nSee this\n\nC.");
    expect(out.content).toEqual([p("A."), photo, linked, heading, bold("C.")]);
  });

  it("inserting a paragraph keeps the photos where they were", () => {
    const out = mergeParagraphText(story, "A.\n\nNew.\n\nB.\n\nSee this\n\nC.");
    expect(out.content).toEqual([p("A."), p("New."), p("B."), photo, linked, heading, bold("C.")]);
  });

  it("editing one paragraph loses only that paragraph's marks", () => {
    const out = mergeParagraphText(story, "A.\n\nB.\n\nSee that\n\nC.");
    expect(out.content).toEqual([p("A."), p("B."), photo, p("See that"), heading, bold("C.")]);
  });

  it("an empty stored paragraph is ignored for matching and dropped", () => {
    const withEmpty: RichTextDoc = { type: "doc", content: [p("A."), { type: "paragraph" }, photo, linked, p(" "), bold("C.")] };
    expect(docToParagraphText(withEmpty)).toBe("A.\n\nSee this\n\nC.");
    expect(mergeParagraphText(withEmpty, "A.\n\nSee this\n\nC.").content).toEqual([p("A."), photo, linked, bold("C.")]);
  });

  it("unchanged text round-trips to the identical document", () => {
    expect(mergeParagraphText(story, docToParagraphText(story))).toEqual(story);
  });
});
