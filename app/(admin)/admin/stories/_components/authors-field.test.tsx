import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import type { DeskAuthorOption } from "@/lib/story/desk-types";
import { AuthorsField } from "./authors-field";

const kim = (
  id: string,
  slug: string,
  publicEmail: string | null,
  photoUrl: string | null = null,
): DeskAuthorOption => ({ id, name: "Minji Kim", kind: "person", slug, publicEmail, photoUrl });
const options = {
  sections: [],
  languages: ["en" as const],
  tags: [],
  authors: [
    kim("a1", "minji-kim", "minji.kim@example.com", "/media/2026/11/minji.jpg"),
    kim("a2", "minji-kim-2", null),
  ],
};
const render = (authorIds: string[]) =>
  renderToStaticMarkup(<AuthorsField authorIds={authorIds} onChange={() => {}} options={options} readOnly={false} />);

describe("the author picker", () => {
  it("tells two authors of the same name apart in its options", () => {
    const labels = [...render([]).matchAll(/<option value="a\d">([^<]+)</g)].map((m) => m[1]);
    expect(labels).toEqual(["Minji Kim · @minji-kim · minji.kim@example.com", "Minji Kim · @minji-kim-2"]);
  });

  it("shows the chosen bylines with their handle, email and photo", () => {
    const html = render(["a1", "a2"]);
    expect(html).toContain("@minji-kim · minji.kim@example.com");
    expect(html).toContain("@minji-kim-2");
    expect(html).toContain('src="/media/2026/11/minji.jpg"');
  });
});
