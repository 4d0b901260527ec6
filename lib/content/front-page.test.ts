import { describe, expect, it } from "vitest";
import { emptyFrontLayout, orderSections, resolveFront, type FrontLayout } from "./front-page";

const s = ["a", "b", "c", "d", "e", "f", "g", "h"].map((id) => ({ id })); // newest first
const ids = (list: { id: string }[]) => list.map((x) => x.id);
const layout = (l: Partial<FrontLayout>): FrontLayout => ({ ...emptyFrontLayout, ...l });
const now = new Date("2026-12-03T10:00:00Z");
const inAnHour = "2026-12-03T11:00:00Z";

describe("resolveFront", () => {
  it("fills every place with the newest stories when nothing is chosen", () => {
    expect(ids(resolveFront(emptyFrontLayout, [], s, now).stories)).toEqual(["a", "b", "c", "d", "e", "f"]);
  });

  it("a pin on the lead's place moves the chosen lead down, and a story pinned and chosen shows once", () => {
    const r = resolveFront(
      layout({ lead: "c", top: ["d", "e"], pins: [{ storyId: "e", place: 0, until: inAnHour }] }),
      [],
      s,
      now,
    );
    expect(ids(r.stories)).toEqual(["e", "c", "d", "a", "b", "f"]);
    expect(r.nextChange?.toISOString()).toBe(new Date(inAnHour).toISOString());
  });

  it("an expired pin places nothing and sets no next change", () => {
    const r = resolveFront(layout({ pins: [{ storyId: "h", place: 1, until: "2026-12-03T09:59:59Z" }] }), [], s, now);
    expect(ids(r.stories)).toEqual(["a", "b", "c", "d", "e", "f"]);
    expect(r.nextChange).toBeNull();
  });

  it("with fewer stories than places, shows those it has, and none twice", () => {
    const few = s.slice(0, 3);
    expect(ids(resolveFront(layout({ lead: "c", top: ["c", "a", "x"] }), [], few, now).stories)).toEqual([
      "c",
      "a",
      "b",
    ]);
    expect(resolveFront(layout({ lead: "x" }), [], [], now).stories).toEqual([]);
  });
});

describe("orderSections", () => {
  it("orders section blocks as chosen, the rest after in their own order, unknown names dropped", () => {
    const sections = ["local", "business", "sports", "opinion"].map((slug) => ({ slug }));
    expect(orderSections(sections, ["sports", "gone", "local"]).map((x) => x.slug)).toEqual([
      "sports",
      "local",
      "business",
      "opinion",
    ]);
  });
});
