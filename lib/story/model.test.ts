import { describe, expect, it } from "vitest";
import { changedFields } from "./normalize";
import { toLive } from "./live";
import { emptyWorkingCopy, storyFieldNames, workingCopySchema, type WorkingCopy } from "./model";
import { inlinePhotos, photoIds } from "./photos";

const SECTION = "6f1c2a4e-8b1d-4c6e-9a2b-3c4d5e6f7a8b";
const PHOTO = "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d";

// One changed value per field: the test below fails for a field that a projection ignores.
const changed: { [K in keyof WorkingCopy]: WorkingCopy[K] } = {
  headline: "A headline",
  dek: "A dek",
  slug: "a-slug",
  sectionId: PHOTO,
  language: "ko",
  authorIds: [PHOTO],
  tags: ["City Hall"],
  heroMediaId: PHOTO,
  hero: { caption: "Own caption" },
  seoTitle: "SEO",
  seoDescription: "About",
  featured: true,
  body: { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "Words." }] }] },
};

describe("the story model", () => {
  it("lists exactly the schema's fields", () => {
    expect([...storyFieldNames].sort()).toEqual(Object.keys(workingCopySchema.shape).sort());
  });

  it("makes an empty working copy the schema accepts, with no shared arrays", () => {
    const a = emptyWorkingCopy({ sectionId: SECTION });
    expect(workingCopySchema.safeParse(a).success).toBe(true);
    a.tags.push("x");
    expect(emptyWorkingCopy().tags).toEqual([]);
  });

  it("names every field that differs, featured included", () => {
    const base = emptyWorkingCopy({ sectionId: SECTION });
    for (const k of storyFieldNames) {
      expect(changedFields(base, { ...base, [k]: changed[k] }), k).toHaveLength(1);
    }
    expect(changedFields(base, { ...base, featured: true })).toEqual(["Featured"]);
  });

  it("projects every field onto what readers get", () => {
    const base = emptyWorkingCopy({ sectionId: SECTION });
    const before = JSON.stringify(toLive(base));
    for (const k of storyFieldNames) expect(JSON.stringify(toLive({ ...base, [k]: changed[k] })), k).not.toBe(before);
  });

  it("writes blank SEO and photo words as nothing, so readers get the defaults", () => {
    const live = toLive(
      emptyWorkingCopy({ sectionId: SECTION, seoTitle: "  ", hero: { alt: " ", credit: " Yonhap " } }),
    );
    expect(live.columns).toMatchObject({ seoTitle: null, heroAlt: null, heroCaption: null, heroCredit: "Yonhap" });
  });
});

describe("a story's photos", () => {
  it("are walked once, in reading order, nested ones included, the hero first", () => {
    const body = {
      type: "doc" as const,
      content: [
        { type: "photo", attrs: { mediaId: "p1", caption: "Own" } },
        { type: "blockquote", content: [{ type: "photo", attrs: { mediaId: "p2" } }] },
        { type: "photo", attrs: { mediaId: "p1" } },
      ],
    };
    expect(inlinePhotos(body)).toEqual([
      { mediaId: "p1", own: { caption: "Own" } },
      { mediaId: "p2", own: {} },
      { mediaId: "p1", own: {} },
    ]);
    expect(photoIds({ heroMediaId: "h", body })).toEqual(["h", "p1", "p2"]);
  });
});
