import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import type { SiteSettings } from "@/lib/content/types";
import type { Article } from "@/lib/content/types";
import { ArticleView } from "./article-view";

const p = (text: string) => ({ type: "paragraph", content: [{ type: "text", text }] });
const article: Article = {
  id: "s1",
  slug: "a-story",
  headline: "A story",
  dek: "Dek",
  featured: false,
  language: "en",
  section: { slug: "local", name: "Local" },
  publishedAt: new Date("2025-06-07T19:30:00Z"),
  updatedAt: null,
  hero: null,
  authors: [{ name: "Sarah Kim", slug: "sarah-kim", kind: "person", publicEmail: "sarah.kim@example.com" }],
  body: {
    type: "doc",
    content: [
      p("one"),
      { type: "heading", attrs: { level: 2 }, content: [{ type: "text", text: "H" }] },
      p("two"),
      p("three"),
      p("four"),
    ],
  },
  bodyText: "",
  sectionId: "sec",
  seoTitle: null,
  seoDescription: null,
  tags: [],
  corrections: [],
  photos: [],
  editions: [],
  authorProfiles: [
    { name: "Sarah Kim", slug: "sarah-kim", kind: "person", publicEmail: null, bio: "Bio", photo: null },
  ],
};
const settings = {
  timeZone: "America/Los_Angeles",
  adPlacement: "after_paragraph",
  adAfterParagraph: 2,
} as SiteSettings;
const render = (s: Partial<SiteSettings>) =>
  renderToStaticMarkup(
    <ArticleView
      article={article}
      settings={{ ...settings, ...s }}
      related={[]}
      url="https://news.example.com/local/a-story"
    />,
  );

describe("ad placement", () => {
  it("puts the inline slot after paragraph N, counting paragraphs only", () => {
    const html = render({});
    expect(html.match(/data-ad-slot=/g)).toHaveLength(1);
    expect(html).toMatch(/<p>two<\/p><div data-ad-slot="article-inline"[^>]*>.*?Advertisement/);
    expect(render({ adAfterParagraph: 9 })).not.toContain("data-ad-slot");
  });

  it("puts the slot in a wide-screen sidebar, or nowhere", () => {
    const sidebar = render({ adPlacement: "sidebar" });
    expect(sidebar).toContain('data-ad-slot="article-sidebar"');
    expect(sidebar).not.toContain('data-ad-slot="article-inline"');
    expect(render({ adPlacement: "none" })).not.toContain("data-ad-slot");
  });

  it("shows times in the newsroom's zone inside <time datetime>", () => {
    expect(render({})).toContain('<time dateTime="2025-06-07T19:30:00.000Z">Jun 7, 2025, 12:30 PM PDT</time>');
  });
});

describe("notices and bylines", () => {
  it("shows correction and update notices with their times", () => {
    const html = renderToStaticMarkup(
      <ArticleView
        url="https://x.test/a"
        related={[]}
        settings={settings}
        article={{
          ...article,
          updatedAt: new Date("2025-06-08T01:00:00Z"),
          corrections: [
            {
              kind: "correction",
              text: "An earlier version misspelled a name.",
              createdAt: new Date("2025-06-07T20:00:00Z"),
            },
            {
              kind: "update",
              text: "This story was updated with the council vote.",
              createdAt: new Date("2025-06-08T01:00:00Z"),
            },
          ],
        }}
      />,
    );
    expect(html).toMatch(/data-testid="notice-correction".*Correction.*2025-06-07T20:00:00.000Z.*misspelled a name/);
    expect(html).toMatch(/data-testid="notice-update".*Update.*2025-06-08T01:00:00.000Z.*council vote/);
    expect(html).toContain("Updated <time");
  });

  it("names every author in the byline, in order, with their profile links", () => {
    const html = renderToStaticMarkup(
      <ArticleView
        url="https://x.test/a"
        related={[]}
        settings={settings}
        article={{
          ...article,
          authors: [
            article.authors[0]!,
            { name: "Digital Team", slug: "digital-desk", kind: "desk", publicEmail: "desk@example.com" },
          ],
        }}
      />,
    );
    const byline = /data-testid="byline"[^>]*>(.*?)<\/(p|div)>/.exec(html)?.[1] ?? "";
    expect(byline).toMatch(
      /href="\/authors\/sarah-kim"[^>]*>Sarah Kim<.*href="\/authors\/digital-desk"[^>]*>Digital Team</,
    );
    expect(byline).toContain('href="mailto:desk@example.com"');
  });
});

describe("a Korean story", () => {
  const korean: Article = {
    ...article,
    language: "ko",
    editions: [{ language: "en", path: "/local/a-story-in-english" }],
  };
  const html = renderToStaticMarkup(
    <ArticleView article={korean} settings={settings} related={[]} url="https://news.example.com/local/a-story" />,
  );

  it("is marked Korean, with Korean labels, byline and dates", () => {
    expect(html).toContain('<article class="min-w-0" lang="ko">');
    expect(html).toContain('<time dateTime="2025-06-07T19:30:00.000Z">2025년 6월 7일 오후 12:30 PDT</time>');
    expect(html).toMatch(/입력 <time/);
    expect(html).toMatch(/Sarah Kim<\/a> 기자/);
    expect(html).toContain(">광고</p>");
    expect(html).toContain(">기자 소개</h2>");
    expect(html).not.toMatch(/>(Published|Advertisement|About the author)/);
  });

  it("links to its English edition, named in English", () => {
    const link = html.match(/<a [^>]*>Read this story in English<\/a>/)?.[0] ?? "";
    for (const attribute of ['href="/local/a-story-in-english"', 'hrefLang="en"', ' lang="en"']) {
      expect(link).toContain(attribute);
    }
    expect(render({})).not.toContain("Read this story in");
  });
});
