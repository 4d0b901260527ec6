import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { getActiveBanner, getCurrentFrontLayout, listFrontLayouts } from "@/db/queries/front-page";
import { listLatestStories } from "@/db/queries/stories";
import { listTopStories } from "@/db/queries/listings";
import { listSections } from "@/db/queries/settings";
import { seedDemo } from "@/db/seed";
import { emptyFrontLayout, type FrontLayout } from "@/lib/content/front-page";
import { loadFront } from "@/lib/front-page";
import { withTestDatabase } from "@/test/db";
import { makeStaff } from "@/test/staff";

// As in the role matrix: the session cookie is Auth.js's business; from the claims on everything is real.
const session = vi.hoisted(() => ({ claims: null as { uid: string; sv: number; sid?: string } | null }));
vi.mock("@/auth", () => ({
  auth: async () => session.claims,
  signIn: async () => undefined,
  signOut: async () => undefined,
}));
vi.mock("next-auth", () => ({ AuthError: class AuthError extends Error {} }));
const expired = vi.hoisted(() => [] as string[]);
vi.mock("next/cache", () => ({
  revalidateTag: (tag: string) => void expired.push(tag),
  revalidatePath: () => undefined,
  updateTag: () => undefined,
}));

const testDb = withTestDatabase();
const actions = () => import("@/app/(admin)/admin/front-page/actions");
const ids = (list: { id: string }[]) => list.map((s) => s.id);
const hour = 3_600_000;

let newest: string[]; // published story ids, newest first
let timeOrder: string[]; // the front page with no layout: featured first, then newest

beforeAll(async () => {
  await seedDemo(testDb().db, { withStaff: false });
  newest = ids(await listLatestStories(40));
  timeOrder = ids(await listTopStories(6));
});

const layout = (l: Partial<FrontLayout>): FrontLayout => ({ ...emptyFrontLayout, ...l });
const expectWhole = (stories: { id: string }[]) => {
  expect(stories).toHaveLength(6);
  expect(new Set(ids(stories)).size).toBe(6);
};

describe("front page layout resolution", () => {
  it("with no layout, is the page in time order, never empty", async () => {
    const front = await loadFront(emptyFrontLayout);
    expect(ids(front.stories)).toEqual(timeOrder);
    expect(front.nextChange).toBeNull();
  });

  it("puts the lead first and the chosen top stories next, in order, and fills the rest without duplicates", async () => {
    const [a, b, c] = [newest[20]!, newest[15]!, timeOrder[0]!];
    const front = await loadFront(layout({ lead: a, top: [b, a, c] }));
    expect(ids(front.stories).slice(0, 3)).toEqual([a, b, c]);
    expect(ids(front.stories).slice(3)).toEqual(timeOrder.filter((id) => id !== c).slice(0, 3));
    expectWhole(front.stories);
  });

  it("holds a pinned story in its place until the pin ends, then drops it back into time order", async () => {
    const now = new Date();
    const pinned = newest[25]!; // old enough that time order leaves it off the page
    const until = new Date(now.getTime() + hour).toISOString();
    const l = layout({
      lead: newest[10]!,
      top: [newest[11]!, newest[12]!],
      pins: [{ storyId: pinned, place: 1, until }],
    });
    const during = await loadFront(l, now);
    expect(ids(during.stories).slice(0, 4)).toEqual([newest[10], pinned, newest[11], newest[12]]);
    expect(during.nextChange?.toISOString()).toBe(until);
    expectWhole(during.stories);
    const after = await loadFront(l, new Date(now.getTime() + 2 * hour));
    expect(ids(after.stories).slice(0, 3)).toEqual([newest[10], newest[11], newest[12]]);
    expect(ids(after.stories)).not.toContain(pinned);
    expect(after.nextChange).toBeNull();
    expectWhole(after.stories);
  });

  it("skips a chosen story that is no longer published, and the page stays whole", async () => {
    const gone = newest[5]!;
    await testDb().db.execute(sql`update stories set status = 'draft' where id = ${gone}`);
    try {
      const front = await loadFront(layout({ lead: gone, top: [gone, newest[6]!] }));
      expect(ids(front.stories)).not.toContain(gone);
      expect(front.stories[0]!.id).toBe(newest[6]);
      expectWhole(front.stories);
    } finally {
      await testDb().db.execute(sql`update stories set status = 'published' where id = ${gone}`);
    }
  });
});

describe("front page and banner actions", () => {
  it("an editor's save becomes the layout readers get, audited, and the home page's tag expires", async () => {
    session.claims = (await makeStaff("editor")).claims;
    const { saveFrontPageAction } = await actions();
    expired.length = 0;
    const first = layout({ lead: newest[3]!, top: [newest[4]!] });
    expect(await saveFrontPageAction(undefined, { layout: JSON.stringify(first) })).toMatchObject({ ok: true });
    expect(await getCurrentFrontLayout()).toEqual(first);
    expect(expired).toContain("front-page");
    const second = layout({ lead: newest[7]!, top: [], sections: ["sports"] });
    await saveFrontPageAction(undefined, { layout: JSON.stringify(second) });
    expect(ids((await loadFront(await getCurrentFrontLayout())).stories)[0]).toBe(newest[7]);
    const audit = await testDb().db.execute(
      sql`select action from audit_events where action like 'frontpage.%' order by id`,
    );
    expect((audit as unknown as { rows: { action: string }[] }).rows.map((r) => r.action)).toEqual([
      "frontpage.save",
      "frontpage.save",
    ]);
  });

  it("restoring an earlier layout saves it again as the newest version", async () => {
    session.claims = (await makeStaff("editor")).claims;
    const { restoreFrontPageAction } = await actions();
    const history = await listFrontLayouts();
    const earlier = history[1]!;
    expect(await restoreFrontPageAction(undefined, { id: earlier.id })).toMatchObject({ ok: true });
    const after = await listFrontLayouts();
    expect(after).toHaveLength(history.length + 1);
    expect(after[0]!.layout).toEqual(earlier.layout);
    expect(await getCurrentFrontLayout()).toEqual(earlier.layout);
  });

  it("a section front keeps its own layout and history, fills with its own stories, and leaves the front page be", async () => {
    session.claims = (await makeStaff("editor")).claims;
    const { saveFrontPageAction, restoreFrontPageAction } = await actions();
    const [business] = (await listSections()).filter((s) => s.slug === "business");
    const own = ids(await listTopStories(6, business!.id));
    const home = await getCurrentFrontLayout();
    const homeHistory = await listFrontLayouts();
    // With no layout of its own: the section's featured, then newest, stories.
    expect(ids((await loadFront(emptyFrontLayout, new Date(), business!.id)).stories)).toEqual(own);

    const chosen = layout({ lead: own[2]!, top: [own[3]!], sections: ["sports"] });
    const saved = await saveFrontPageAction(undefined, { layout: JSON.stringify(chosen), section: business!.id });
    expect(saved).toMatchObject({ ok: true, message: "Section front saved. Readers see it now." });
    // The section order belongs to the front page only.
    expect(await getCurrentFrontLayout(business!.id)).toEqual({ ...chosen, sections: [] });
    const front = await loadFront(await getCurrentFrontLayout(business!.id), new Date(), business!.id);
    expect(ids(front.stories).slice(0, 2)).toEqual([own[2], own[3]]);
    expect(front.stories.every((s) => s.section.slug === "business")).toBe(true);
    expect(await getCurrentFrontLayout()).toEqual(home);
    expect(await listFrontLayouts()).toEqual(homeHistory);

    // Restoring the section's earlier layout (none chosen: an empty one) restores it there, not on the front page.
    await saveFrontPageAction(undefined, { layout: JSON.stringify(emptyFrontLayout), section: business!.id });
    const [, earlier] = await listFrontLayouts(10, business!.id);
    await restoreFrontPageAction(undefined, { id: earlier!.id });
    expect(await getCurrentFrontLayout(business!.id)).toEqual({ ...chosen, sections: [] });
    expect(await getCurrentFrontLayout()).toEqual(home);
    expect(
      await saveFrontPageAction(undefined, { layout: JSON.stringify(chosen), section: crypto.randomUUID() }),
    ).toMatchObject({
      ok: false,
      message: "That section no longer exists.",
    });
  });

  it("refuses a layout it cannot read or that names a place that does not exist, and writes nothing", async () => {
    session.claims = (await makeStaff("editor")).claims;
    const { saveFrontPageAction } = await actions();
    const before = await listFrontLayouts();
    expect(await saveFrontPageAction(undefined, { layout: "{not json" })).toMatchObject({
      ok: false,
      fieldErrors: { layout: expect.any(String) },
    });
    const badPin = layout({
      pins: [{ storyId: newest[1]!, place: 9, until: new Date(Date.now() + hour).toISOString() }],
    });
    expect(await saveFrontPageAction(undefined, { layout: JSON.stringify(badPin) })).toMatchObject({ ok: false });
    expect(await listFrontLayouts()).toEqual(before);
  });

  it("posts a banner that ends at its time, refuses a script link, and takes it down", async () => {
    session.claims = (await makeStaff("editor")).claims;
    const { postBannerAction, takeDownBannerAction } = await actions();
    expired.length = 0;
    const endsAt = new Date(Date.now() + hour);
    const refused = await postBannerAction(undefined, {
      text: "Quake",
      href: "javascript:alert(1)",
      endsAt: endsAt.toISOString(),
    });
    expect(refused).toMatchObject({ ok: false, fieldErrors: { href: expect.any(String) } });
    expect(
      await postBannerAction(undefined, {
        text: "Late",
        href: "/news",
        endsAt: new Date(Date.now() - 1000).toISOString(),
      }),
    ).toMatchObject({ ok: false, fieldErrors: { endsAt: expect.any(String) } });
    expect(await getActiveBanner()).toBeNull();
    expect(
      await postBannerAction(undefined, {
        text: "지진 속보: Quake shakes LA",
        href: "https://example.com/quake",
        endsAt: endsAt.toISOString(),
      }),
    ).toMatchObject({ ok: true });
    expect(await getActiveBanner()).toMatchObject({
      text: "지진 속보: Quake shakes LA",
      href: "https://example.com/quake",
    });
    expect(await getActiveBanner(new Date(endsAt.getTime() + 1000))).toBeNull(); // gone at its end, nobody acting
    expect(expired).toContain("banner");
    expect(await takeDownBannerAction(undefined, {})).toMatchObject({ ok: true, message: "Banner taken down." });
    expect(await getActiveBanner()).toBeNull();
  });
});
