import { describe, expect, it } from "vitest";
import { roleCan, type Role } from "../capabilities";
import { storyChecklist } from "./checklist";
import { richTextDocSchema } from "../content/rich-text/schema";
import { availableTransitions, canEditWorkingCopy, transitionProblem, type StoryStatus } from "./workflow";
import { canViewStory, inputProblem, stateProblem, transitions } from "./workflow";

const actor = (role: Role, id = "me") => ({ id, can: (c: Parameters<typeof roleCan>[1]) => roleCan(role, c) });
const story = (status: StoryStatus, createdBy = "me", pendingChanges = false) => ({
  status,
  createdBy,
  pendingChanges,
});

describe("the workflow table", () => {
  it("lets a journalist submit their own draft and nothing an editor does", () => {
    expect(availableTransitions(story("draft"), actor("journalist"))).toEqual(["submit"]);
    expect(availableTransitions(story("draft", "someone else"), actor("journalist"))).toEqual([]);
    for (const s of ["in_review", "approved", "scheduled", "published"] as const)
      expect(availableTransitions(story(s, "me", true), actor("journalist"))).toEqual([]);
    expect(transitionProblem("publish", story("approved"), actor("journalist"))).toMatch(/role/);
  });

  it("offers an editor the moves each status allows", () => {
    const e = actor("editor");
    expect(availableTransitions(story("in_review", "x"), e)).toEqual(["return", "approve", "schedule", "publish"]);
    expect(availableTransitions(story("scheduled", "x"), e)).toEqual(["return", "unschedule", "publish"]);
    expect(availableTransitions(story("published", "x"), e)).toEqual(["unpublish"]);
    expect(availableTransitions(story("published", "x", true), e)).toEqual(["publish", "unpublish"]);
    expect(transitionProblem("unpublish", story("draft", "x"), e)).toMatch(/cannot be moved/);
    // A story returned to its writer is theirs to fix and resubmit: not published over their head.
    expect(transitionProblem("publish", story("returned", "x"), e)).toMatch(/cannot be moved/);
  });

  it("asks the actor for each capability, so a role without one is refused by the table itself", () => {
    // Every role holds these today; a role made without one (a contributor who may not submit) must still be held.
    const journalistWithout = (missing: string) => ({
      id: "me",
      can: (c: Parameters<typeof roleCan>[1]) => c !== missing && roleCan("journalist", c),
    });
    expect(canEditWorkingCopy(story("draft"), journalistWithout("story.editOwn"))).toBe(false);
    expect(canEditWorkingCopy(story("published"), journalistWithout("story.proposeEdit"))).toBe(false);
    expect(canEditWorkingCopy(story("draft"), journalistWithout("story.proposeEdit"))).toBe(true);
    expect(availableTransitions(story("draft"), journalistWithout("story.submit"))).toEqual([]);
    expect(transitionProblem("submit", story("draft"), journalistWithout("story.submit"))).toBe(
      "Your role cannot do that.",
    );
  });

  it("lets a writer edit their own draft, returned or live story (as a proposal), and an editor any", () => {
    const j = actor("journalist");
    expect(["draft", "returned", "published"].map((s) => canEditWorkingCopy(story(s as StoryStatus), j))).toEqual([
      true,
      true,
      true,
    ]);
    expect(
      ["in_review", "approved", "scheduled", "unpublished"].map((s) => canEditWorkingCopy(story(s as StoryStatus), j)),
    ).toEqual([false, false, false, false]);
    expect(canEditWorkingCopy(story("draft", "other"), j)).toBe(false);
    expect(canEditWorkingCopy(story("scheduled", "other"), actor("editor"))).toBe(true);
  });
});

describe("the table's checks, one wording for the buttons and the transaction", () => {
  it("names the story's status with its label, and says when a live story has nothing new to publish", () => {
    const e = actor("editor");
    expect(transitionProblem("unpublish", story("in_review", "x"), e)).toBe(
      "This story is in review now, so it cannot be moved that way. Reload to see its current state.",
    );
    expect(stateProblem(transitions.unpublish, story("in_review"))).toBe(
      transitionProblem("unpublish", story("in_review", "x"), e),
    );
    expect(stateProblem(transitions.publish, story("published"))).toBe("There are no changes to publish.");
  });

  it("asks each move for what its form carries", () => {
    expect(inputProblem(transitions.return, { note: "  " })).toMatchObject({ field: "note" });
    expect(inputProblem(transitions.schedule, { scheduledAt: new Date(999) }, 1000)).toMatchObject({
      field: "scheduledAt",
    });
    expect(inputProblem(transitions.schedule, { scheduledAt: new Date(1001) }, 1000)).toBeNull();
    expect(inputProblem(transitions.approve, {})).toBeNull();
  });

  it("lets editors open any story and writers their own", () => {
    expect(canViewStory({ createdBy: "x" }, actor("editor"))).toBe(true);
    expect(canViewStory({ createdBy: "me" }, actor("journalist"))).toBe(true);
    expect(canViewStory({ createdBy: "x" }, actor("journalist"))).toBe(false);
    expect(canViewStory({ createdBy: null }, actor("journalist", "me"))).toBe(false);
  });
});

describe("the body allowlist", () => {
  const ok = (content: unknown[]) => richTextDocSchema.safeParse({ type: "doc", content }).success;
  const text = (t: string, marks?: unknown[]) => ({ type: "text", text: t, ...(marks ? { marks } : {}) });
  it("accepts what the reader renders", () => {
    expect(
      ok([
        {
          type: "paragraph",
          content: [
            text("a", [{ type: "bold" }, { type: "link", attrs: { href: "https://example.com", target: "_blank" } }]),
            { type: "hardBreak" },
          ],
        },
        { type: "heading", attrs: { level: 3 }, content: [text("h")] },
        { type: "blockquote", content: [{ type: "paragraph", content: [text("q")] }] },
        {
          type: "orderedList",
          attrs: { start: 1 },
          content: [{ type: "listItem", content: [{ type: "paragraph", content: [text("i")] }] }],
        },
        { type: "photo", attrs: { mediaId: "6f1f3b7e-2b1a-4c9e-9a53-0d2f4b1e8c11", caption: "Own caption" } },
      ]),
    ).toBe(true);
  });
  it("refuses other nodes, marks, heading levels and link schemes, with a message", () => {
    expect(ok([{ type: "codeBlock", content: [text("x")] }])).toBe(false);
    expect(ok([{ type: "paragraph", content: [text("x", [{ type: "textStyle", attrs: { color: "red" } }])] }])).toBe(
      false,
    );
    expect(ok([{ type: "heading", attrs: { level: 1 }, content: [text("x")] }])).toBe(false);
    expect(
      ok([{ type: "paragraph", content: [text("x", [{ type: "link", attrs: { href: "javascript:alert(1)" } }])] }]),
    ).toBe(false);
    const r = richTextDocSchema.safeParse({
      type: "doc",
      content: [{ type: "iframe", attrs: { src: "https://evil.example" } }],
    });
    expect(r.success ? "" : r.error.issues[0]!.message).toMatch(/cannot show/);
  });
});

describe("the pre-publish checklist", () => {
  const photos = new Map([
    ["p1", { alt: "Alt", caption: "Cap", credit: "" }],
    ["p2", { alt: "", caption: "", credit: "" }],
  ]);
  const base = {
    headline: "H",
    slug: "h",
    sectionId: "s",
    authorIds: ["a"],
    heroMediaId: "p1",
    hero: {},
    body: { type: "doc" as const, content: [] },
  };
  it("lists each missing thing with the field that fixes it; a placement's own words count", () => {
    expect(storyChecklist(base, photos, false)).toEqual([
      { field: "field-hero", message: "The hero photo needs a credit." },
    ]);
    expect(storyChecklist({ ...base, hero: { credit: "AP" } }, photos, false)).toEqual([]);
    const body = { type: "doc" as const, content: [{ type: "photo", attrs: { mediaId: "p2", alt: "Own alt" } }] };
    expect(storyChecklist({ ...base, hero: { credit: "AP" }, body }, photos, true).map((i) => i.field)).toEqual([
      "field-slug",
      "body-photo-0",
    ]);
    expect(
      storyChecklist({ ...base, headline: " ", authorIds: [], heroMediaId: null, slug: "Bad Slug" }, photos, false).map(
        (i) => i.field,
      ),
    ).toEqual(["field-headline", "field-slug", "field-authors", "field-hero"]);
  });
});
