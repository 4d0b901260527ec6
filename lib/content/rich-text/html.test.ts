import { describe, expect, it } from "vitest";
import { docToHtml } from "./html";

describe("a body as HTML for the content API", () => {
  it("escapes every text, keeps only safe links, and draws photos with their words", () => {
    const html = docToHtml(
      {
        type: "doc",
        content: [
          { type: "heading", attrs: { level: 1 }, content: [{ type: "text", text: "<b>Top</b>" }] },
          {
            type: "paragraph",
            content: [
              { type: "text", text: "a & b", marks: [{ type: "bold" }] },
              { type: "hardBreak" },
              { type: "text", text: "x", marks: [{ type: "link", attrs: { href: "javascript:alert(1)" } }] },
              { type: "text", text: "y", marks: [{ type: "link", attrs: { href: 'https://ok.example/?q="' } }] },
            ],
          },
          { type: "photo", attrs: { mediaId: "m1" } },
          { type: "photo", attrs: { mediaId: "gone" } },
          { type: "codeBlock", content: [{ type: "text", text: "not ours" }] },
        ],
      },
      (attrs) =>
        attrs.mediaId === "m1"
          ? { url: "https://site/m.jpg", alt: 'A "b"', caption: "Cap <i>", credit: "DESK", width: 10, height: 5 }
          : null,
    );
    expect(html).toBe(
      [
        "<h2>&lt;b&gt;Top&lt;/b&gt;</h2>",
        '<p><strong>a &amp; b</strong><br>x<a href="https://ok.example/?q=%22" rel="noopener noreferrer">y</a></p>',
        '<figure><img src="https://site/m.jpg" alt="A &quot;b&quot;" width="10" height="5"><figcaption>Cap &lt;i&gt; [DESK]</figcaption></figure>',
      ].join("\n"),
    );
  });
});
