import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import type { SiteSettings } from "@/lib/content/types";
import type { Article } from "@/lib/content/types";
import { JsonLd, liveBlogPostingJsonLd, newsArticleJsonLd } from "./json-ld";

// Staff text that would end the script element, open an HTML comment (which changes how the parser looks for
// </script>) or smuggle markup, if the JSON went into the page as it is.
const hostile = [
  `Council votes </script><script>alert("headline")</script>`,
  `<!--<script> dek`,
  `</SCRIPT ><img src=x onerror=alert(1)>`,
  `A & B > C \u2028 line`,
];
const article = {
  id: "s1",
  slug: "a-story",
  headline: hostile[0]!,
  dek: hostile[1]!,
  featured: false,
  section: { slug: "local", name: hostile[2]! },
  publishedAt: new Date("2025-06-07T19:30:00Z"),
  updatedAt: null,
  hero: null,
  authors: [{ name: hostile[3]!, slug: "x", kind: "person", publicEmail: null }],
  tags: [{ slug: "t", name: `</script>tag` }],
} as unknown as Article;

/**
 * Where an HTML parser ends a script element (the spec's "script data" state, with no escape state because the
 * content holds no "<!--"): at the first "</script" followed by whitespace, "/" or ">", in any case.
 */
function scriptElements(html: string): { attrs: string; text: string }[] {
  const out = [];
  let at = 0;
  for (;;) {
    const open = /<script\b([^>]*)>/gi;
    open.lastIndex = at;
    const m = open.exec(html);
    if (!m) return out;
    const start = m.index + m[0].length;
    const close = /<\/script[\t\n\f\r />]/gi;
    close.lastIndex = start;
    const end = close.exec(html);
    if (!end) throw new Error("unterminated script element");
    out.push({ attrs: m[1]!, text: html.slice(start, end.index) });
    at = html.indexOf(">", end.index) + 1;
  }
}

describe("JSON-LD", () => {
  it("keeps </script>, comments and markup in a headline inside one script element, and reads back unchanged", () => {
    const data = newsArticleJsonLd(
      article,
      { siteName: "The Pacific Ledger" } as SiteSettings,
      "https://news.example.com/local/a-story",
    );
    const html = renderToStaticMarkup(<JsonLd data={data} />);
    const scripts = scriptElements(html);
    // A breakout would end the first element early and start a second one.
    expect(scripts).toHaveLength(1);
    expect(scripts[0]!.attrs).toContain('type="application/ld+json"');
    // No "<" at all inside: nothing can end the element or switch the parser into a comment-escaped state.
    expect(scripts[0]!.text).not.toContain("<");
    expect(html.slice(html.indexOf(">") + 1 + scripts[0]!.text.length)).toBe("</script>");
    const back = JSON.parse(scripts[0]!.text);
    expect(back.headline).toBe(hostile[0]);
    expect(back.description).toBe(hostile[1]);
    expect(back.articleSection).toBe(hostile[2]);
    expect(back.author[0].name).toBe(hostile[3]);
    expect(back.keywords).toEqual(["</script>tag"]);
  });

  it("describes a live story as a LiveBlogPosting with its coverage times and updates as BlogPostings", () => {
    const url = "https://news.example.com/local/a-story";
    const live = {
      startedAt: "2025-06-07T20:00:00.000Z",
      endedAt: "2025-06-07T23:00:00.000Z",
      updates: [
        {
          id: "u2",
          body: `Second </script><script>alert(1)</script>\nmore`,
          photo: null,
          linkUrl: null,
          key: true,
          createdAt: "2025-06-07T21:00:00.000Z",
          editedAt: null,
        },
      ],
    };
    const data = liveBlogPostingJsonLd(article, { siteName: "The Pacific Ledger" } as SiteSettings, url, live);
    const scripts = scriptElements(renderToStaticMarkup(<JsonLd data={data} />));
    expect(scripts).toHaveLength(1);
    const back = JSON.parse(scripts[0]!.text);
    expect(back).toMatchObject({
      "@type": "LiveBlogPosting",
      headline: hostile[0],
      coverageStartTime: live.startedAt,
      coverageEndTime: live.endedAt,
    });
    expect(back.liveBlogUpdate).toEqual([
      {
        "@type": "BlogPosting",
        headline: "Second </script><script>alert(1)</script>",
        articleBody: live.updates[0]!.body,
        datePublished: live.updates[0]!.createdAt,
        dateModified: live.updates[0]!.createdAt,
        url: `${url}#update-u2`,
      },
    ]);
  });
});
