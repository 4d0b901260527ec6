import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { renderDoc, safeHref } from "./render";
import { docToPlainText, excerpt } from "./text";
import type { RichTextDoc } from "./types";

const html = (doc: RichTextDoc) =>
  renderToStaticMarkup(<>{renderDoc(doc, (p, key) => <figure key={key} data-id={p.mediaId} />).map((b) => b.node)}</>);

describe("rich text rendering", () => {
  it("renders the allowed nodes and marks", () => {
    const out = html({
      type: "doc",
      content: [
        { type: "heading", attrs: { level: 1 }, content: [{ type: "text", text: "Section" }] },
        {
          type: "paragraph",
          content: [
            { type: "text", text: "Bold", marks: [{ type: "bold" }] },
            { type: "text", text: " link", marks: [{ type: "link", attrs: { href: "https://example.com/a" } }] },
          ],
        },
        {
          type: "bulletList",
          content: [{ type: "listItem", content: [{ type: "paragraph", content: [{ type: "text", text: "one" }] }] }],
        },
        { type: "blockquote", content: [{ type: "paragraph", content: [{ type: "text", text: "said" }] }] },
        { type: "photo", attrs: { mediaId: "m1" } },
      ],
    });
    // A level-1 heading in the body is demoted: the headline is the page's only h1.
    expect(out).toContain("<h2>Section</h2>");
    expect(out).toContain("<strong>Bold</strong>");
    expect(out).toContain('<a href="https://example.com/a" rel="noopener noreferrer"> link</a>');
    expect(out).toContain("<ul><li><p>one</p></li></ul>");
    expect(out).toContain("<blockquote><p>said</p></blockquote>");
    expect(out).toContain('<figure data-id="m1">');
  });

  it("never lets typed markup or script through", () => {
    const out = html({
      type: "doc",
      content: [
        {
          type: "paragraph",
          content: [{ type: "text", text: '<script>alert(1)</script><img src=x onerror="alert(2)">' }],
        },
        {
          type: "paragraph",
          content: [{ type: "text", text: "click", marks: [{ type: "link", attrs: { href: "javascript:alert(3)" } }] }],
        },
        {
          type: "paragraph",
          content: [
            { type: "text", text: "data", marks: [{ type: "link", attrs: { href: "data:text/html,<b>x</b>" } }] },
          ],
        },
        { type: "iframe", attrs: { src: "https://evil.example" } },
        { type: "paragraph", attrs: { onclick: "alert(4)", style: "x" }, content: [{ type: "text", text: "plain" }] },
      ],
    });
    expect(out).not.toMatch(/<script|<img|<iframe|javascript:|data:text|onclick|onerror="|style=/i);
    expect(out).toContain("&lt;script&gt;");
    expect(out).toContain("<p>click</p>");
    expect(out).toContain("<p>plain</p>");
  });

  it("accepts only http, https and mailto links", () => {
    expect(safeHref("mailto:desk@example.com")).toBe("mailto:desk@example.com");
    expect(safeHref(" https://example.com ")).toBe("https://example.com/");
    expect(safeHref("JAVASCRIPT:alert(1)")).toBeNull();
    expect(safeHref("/relative")).toBeNull();
    expect(safeHref(42)).toBeNull();
  });
});

describe("plain text", () => {
  const doc: RichTextDoc = {
    type: "doc",
    content: [
      {
        type: "paragraph",
        content: [
          { type: "text", text: "First " },
          { type: "text", text: "para.", marks: [{ type: "bold" }] },
        ],
      },
      { type: "photo", attrs: { mediaId: "p1" } },
      {
        type: "bulletList",
        content: [{ type: "listItem", content: [{ type: "paragraph", content: [{ type: "text", text: "item" }] }] }],
      },
    ],
  };
  it("joins blocks with blank lines", () => {
    expect(docToPlainText(doc)).toBe("First para.\n\nitem");
  });
  it("cuts excerpts at a word", () => {
    expect(excerpt("one two three four", 9)).toBe("one two…");
    expect(excerpt("short", 10)).toBe("short");
  });
});
