import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { PhotoPlacementFields } from "./photo-placement-fields";

const render = (prefix: string) =>
  renderToStaticMarkup(
    <PhotoPlacementFields
      idPrefix={prefix}
      defaults={{ alt: "Library alt", caption: "Library caption", credit: "" }}
      value={{ credit: "Own credit" }}
      onChange={() => {}}
    />,
  );

describe("PhotoPlacementFields", () => {
  it("labels its three fields exactly, shows the library defaults as placeholders and the overrides as values", () => {
    const html = render("hero");
    expect([...html.matchAll(/<label for="([^"]+)"[^>]*>([^<]+)</g)].map((m) => [m[1], m[2]])).toEqual([
      ["hero-alt", "Alt text"],
      ["hero-caption", "Caption"],
      ["hero-credit", "Credit"],
    ]);
    const tag = (id: string) => html.match(new RegExp(`<input id="${id}"[^>]*>`))?.[0] ?? "";
    expect(tag("hero-alt")).toContain('placeholder="Library alt"');
    expect(tag("hero-alt")).toContain('value=""');
    expect(tag("hero-credit")).toContain('value="Own credit"');
    expect(html).toContain("The library has no credit for this photo.");
  });

  it("keeps ids unique for several photos on one page", () => {
    const ids = [...(render("photo-1") + render("photo-2")).matchAll(/ id="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
