import { describe, expect, it } from "vitest";
import type { WorkingCopy } from "../story/desk-types";
import {
  canonicalJson,
  changedFields,
  normalizeDoc,
  sameWorkingCopy,
  workingAsText,
  workingCopyKey,
} from "./normalize";

const base: WorkingCopy = {
  headline: "Night market returns",
  dek: "",
  slug: "night-market-returns",
  sectionId: "0b0c0d0e-0000-4000-8000-000000000001",
  language: "en",
  authorIds: ["a1"],
  tags: ["food"],
  heroMediaId: null,
  hero: {},
  seoTitle: "",
  seoDescription: "",
  featured: false,
  body: { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "Hello" }] }] },
};

describe("normalizeDoc", () => {
  it("keeps only the attributes the server stores and drops trailing empty paragraphs", () => {
    const doc = normalizeDoc({
      type: "doc",
      content: [
        { type: "heading", attrs: { level: 2, id: null }, content: [{ type: "text", text: "H" }] },
        { type: "orderedList", attrs: { start: 1, type: null }, content: [] },
        {
          type: "paragraph",
          content: [
            {
              type: "text",
              text: "x",
              marks: [
                { type: "link", attrs: { href: "https://a.example", target: "_blank", rel: "noopener", class: null } },
              ],
            },
          ],
        },
        { type: "photo", attrs: { mediaId: "m1", alt: "", caption: "Own caption", credit: null } },
        { type: "paragraph" },
        { type: "paragraph", content: [] },
      ],
    });
    expect(doc.content).toEqual([
      { type: "heading", attrs: { level: 2 }, content: [{ type: "text", text: "H" }] },
      { type: "orderedList", attrs: { start: 1 } },
      {
        type: "paragraph",
        content: [{ type: "text", text: "x", marks: [{ type: "link", attrs: { href: "https://a.example" } }] }],
      },
      { type: "photo", attrs: { mediaId: "m1", caption: "Own caption" } },
    ]);
  });

  it("treats a missing document as empty", () => {
    expect(normalizeDoc(undefined)).toEqual({ type: "doc", content: [] });
  });
});

describe("working copy comparison", () => {
  it("ignores key order (the database reorders JSON keys) and editor-only attributes", () => {
    const reordered = JSON.parse(canonicalJson(base)) as WorkingCopy;
    const withTrailing = {
      ...reordered,
      body: { type: "doc" as const, content: [...base.body.content, { type: "paragraph" }] },
    };
    expect(sameWorkingCopy(base, withTrailing)).toBe(true);
    expect(workingCopyKey(base)).toBe(workingCopyKey({ ...base, hero: { alt: "" } }));
  });

  it("sees a changed word, author order and tags", () => {
    expect(sameWorkingCopy(base, { ...base, headline: "Night market returns!" })).toBe(false);
    expect(changedFields(base, { ...base, authorIds: ["a2", "a1"], tags: [] })).toEqual(["Authors", "Tags"]);
    expect(changedFields(base, base)).toEqual([]);
  });
});

describe("workingAsText", () => {
  it("reads headline, dek and body as paragraphs, skipping photos and empty parts", () => {
    const text = workingAsText({
      headline: "Market returns",
      dek: "",
      body: {
        type: "doc",
        content: [
          { type: "heading", attrs: { level: 2 }, content: [{ type: "text", text: "What changed" }] },
          { type: "photo", attrs: { mediaId: "m1" } },
          {
            type: "bulletList",
            content: [
              {
                type: "listItem",
                content: [
                  {
                    type: "paragraph",
                    content: [
                      { type: "text", text: "Hours", marks: [{ type: "bold" }] },
                      { type: "text", text: ": 5 to 10" },
                    ],
                  },
                ],
              },
            ],
          },
        ],
      },
    });
    expect(text).toBe("Market returns\n\nWhat changed\n\nHours: 5 to 10");
  });
});
