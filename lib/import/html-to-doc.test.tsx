import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { renderDoc } from "@/lib/content/rich-text/render";
import { richTextDocSchema } from "@/lib/content/rich-text/schema";
import { htmlToDoc, plainText } from "./html-to-doc";
import { expandShortcodes } from "./shortcodes";

const html = (source: string) => {
  const { doc } = htmlToDoc(source);
  return renderToStaticMarkup(<>{renderDoc(doc, (_p, key) => <figure key={key} />).map((b) => b.node)}</>);
};

describe("a WordPress body as our document", () => {
  it("turns the classic editor's blank lines into paragraphs and single newlines into line breaks", () => {
    const { doc } = htmlToDoc("First line\nsecond line\n\nNext paragraph");
    expect(doc.content.map((b) => b.type)).toEqual(["paragraph", "paragraph"]);
    expect(doc.content[0]!.content!.map((n) => n.type)).toEqual(["text", "hardBreak", "text"]);
  });

  it("ignores block markers' whitespace and keeps headings in our levels", () => {
    const { doc } = htmlToDoc(
      '<!-- wp:heading {"level":1} -->\n<h1>Top</h1>\n<!-- /wp:heading -->\n<!-- wp:paragraph -->\n<p>a\nb</p>\n<!-- /wp:paragraph -->',
    );
    expect(doc.content).toEqual([
      { type: "heading", attrs: { level: 2 }, content: [{ type: "text", text: "Top" }] },
      { type: "paragraph", content: [{ type: "text", text: "a b" }] },
    ]);
  });

  it("keeps a [caption]'s photo and words, and its bracketed credit apart from ordinary brackets", () => {
    const { doc, images } = htmlToDoc(
      '[caption id="attachment_7" width="300"]<img src="https://x.example/a-300x200.jpg" alt="A" class="wp-image-7"> Words [PHOTO DESK][/caption]\n\nThe [PRESIDENTIAL OFFICE] said.',
    );
    expect(doc.content[0]).toEqual({ type: "photo", attrs: { mediaId: "wp-image-ref:0" } });
    expect(images[0]).toMatchObject({ attachmentId: "7", alt: "A", caption: "Words [PHOTO DESK]" });
    expect(doc.content[1]!.content![0]!.text).toBe("The [PRESIDENTIAL OFFICE] said.");
  });

  it("unwraps page-builder shortcodes, keeping their text, and lists what it did", () => {
    const { html: out, notes } = expandShortcodes('[vc_row][vc_column width="1/2"]Text[/vc_column][/vc_row]');
    expect(out).toBe("Text");
    expect(notes.map((n) => n.detail)).toEqual([
      "[vc_row] removed, its text kept",
      "[vc_column] removed, its text kept",
    ]);
  });

  it("never lets markup through: scripts, frames, handlers, javascript: links and styles", () => {
    const hostile = `<p onclick="alert(1)">Hi <a href="javascript:alert(2)">there</a> <a href=" JaVaScRiPt:alert(3)">x</a></p>
<script>alert(4)</script><style>body{display:none}</style>
<img src="x" onerror="alert(5)"><iframe src="javascript:alert(6)"></iframe><svg><script>alert(7)</script></svg>
<object data="evil.swf"></object><form action="https://evil.example"><input name="q"></form>
<a href="data:text/html;base64,PHNjcmlwdD4=">data</a> <a href="https://ok.example/?q=<script>">ok</a>`;
    const { doc, notes } = htmlToDoc(hostile);
    const bound = JSON.parse(
      JSON.stringify(doc).replaceAll(/wp-image-ref:\d+/g, "00000000-0000-4000-8000-000000000000"),
    );
    expect(() => richTextDocSchema.parse(bound)).not.toThrow();
    const out = html(hostile);
    for (const bad of [
      "<script",
      "<iframe",
      "onerror",
      "onclick",
      "javascript:",
      "<style",
      "<object",
      "<form",
      "data:text",
    ])
      expect(out.toLowerCase()).not.toContain(bad);
    expect(out).toContain('href="https://ok.example/?q=%3Cscript%3E"');
    expect(notes.map((n) => n.kind)).toEqual(expect.arrayContaining(["link", "script", "style", "form", "object"]));
  });

  it("reads titles as text: entities decoded, tags and scripts gone", () => {
    expect(plainText("Mayor&#8217;s <em>plan</em> <script>alert(1)</script>&amp; more")).toBe(
      "Mayor\u2019s plan & more",
    );
  });

  it("takes linear time on pathological input", () => {
    const start = performance.now();
    htmlToDoc("[".repeat(100_000) + "[caption ".repeat(20_000) + "<p>".repeat(20_000));
    expect(performance.now() - start).toBeLessThan(5_000);
  });
});
