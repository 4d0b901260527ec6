import { eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { withTestDatabase } from "@/test/db";
import { makeStaff } from "@/test/staff";
import { emptyWorkingCopy } from "@/lib/story/model";
import { listBudget } from "./queries/budget";
import { assignPlan, createPlan, type PlanInput } from "./mutations/budget";
import { createStory } from "./mutations/stories";
import { applyTransition } from "./mutations/story-workflow";
import { auditEvents, authors, notifications, sections, siteSettings, stories, storyPlans } from "./schema";

// The actions run as a real user read from the database; only Auth.js's cookie reading is replaced by claims.
const session = vi.hoisted(() => ({ claims: null as { uid: string; sv: number; sid?: string } | null }));
vi.mock("@/auth", () => ({
  auth: async () => session.claims,
  signIn: async () => undefined,
  signOut: async () => undefined,
}));
vi.mock("next-auth", () => ({ AuthError: class AuthError extends Error {} }));
vi.mock("next/cache", () => ({ revalidateTag: () => undefined, revalidatePath: () => undefined }));

const testDb = withTestDatabase();
const actions = () => import("@/app/(admin)/admin/budget/actions");
const fx = {} as { section: string; editor: string; reporter: string; reporterByline: string; other: string };

beforeAll(async () => {
  const { db } = testDb();
  const [section] = await db.insert(sections).values({ slug: "local", name: "Local" }).returning();
  fx.section = section!.id;
  fx.editor = (await makeStaff("editor")).id;
  fx.reporter = (await makeStaff("journalist")).id;
  fx.other = (await makeStaff("journalist")).id;
  const [byline] = await db.insert(authors).values({ slug: "rep", name: "Rep Orter", userId: fx.reporter }).returning();
  fx.reporterByline = byline!.id;
  await db.insert(authors).values({ slug: "oth", name: "Oth Er", userId: fx.other });
  // Seoul has no daylight saving time: 09:00 there is 00:00 UTC, every day of the year.
  await db.insert(siteSettings).values({ id: 1, timeZone: "Asia/Seoul" });
});

const plan = (over: Partial<PlanInput> = {}): PlanInput => ({
  slugLine: `PLAN-${Math.random().toString(36).slice(2, 7)}`,
  notes: "What happened at council, 600 words",
  sectionId: fx.section,
  reporterId: null,
  editorId: fx.editor,
  dueAt: new Date("2026-12-10T08:00:00Z"),
  slot: "top",
  ...over,
});
const storyCount = async () =>
  (await testDb().db.execute(sql`select count(*)::int as n from stories`)) as unknown as { rows: { n: number }[] };
const countStories = async () => (await storyCount()).rows[0]!.n;

describe("the story budget", () => {
  it("assigning makes the reporter's draft, prefilled from the plan, linked and audited in one go", async () => {
    const { db } = testDb();
    const id = await createPlan(db, plan({ slugLine: "COUNCIL-VOTE" }), fx.editor);
    const before = await countStories();
    const outcome = await assignPlan(db, id, fx.reporter, fx.editor);
    expect(outcome).toMatchObject({ ok: true, planId: id, reporterId: fx.reporter, created: true, moved: false });
    if (!outcome.ok) throw new Error("refused");
    expect(await countStories()).toBe(before + 1);
    const [story] = await db.select().from(stories).where(eq(stories.id, outcome.storyId));
    expect(story).toMatchObject({
      status: "draft",
      createdBy: fx.reporter,
      updatedBy: fx.editor,
      sectionId: fx.section,
    });
    expect(story!.working).toMatchObject({ headline: "COUNCIL-VOTE", sectionId: fx.section });
    expect(story!.working.authorIds).toEqual([fx.reporterByline]);
    const [linked] = await db.select().from(storyPlans).where(eq(storyPlans.id, id));
    expect(linked).toMatchObject({ storyId: outcome.storyId, reporterId: fx.reporter });
    const audit = await db.select().from(auditEvents).where(eq(auditEvents.entityId, id));
    expect(audit.map((a) => a.action).sort()).toEqual(["budget.assign", "budget.plan"]);
    expect(audit.find((a) => a.action === "budget.assign")).toMatchObject({ actorId: fx.editor });
    // The reporter is told, in the same transaction; the editor who assigned is not.
    const told = await db.select().from(notifications).where(eq(notifications.storyId, outcome.storyId));
    expect(told.map((n) => [n.userId, n.kind])).toEqual([[fx.reporter, "assigned"]]);
  });

  it("assigning again, even twice at once, never makes a second draft", async () => {
    const { db } = testDb();
    const id = await createPlan(db, plan(), fx.editor);
    const before = await countStories();
    const [a, b] = await Promise.all([
      assignPlan(db, id, fx.reporter, fx.editor),
      assignPlan(db, id, fx.reporter, fx.editor),
    ]);
    const again = await assignPlan(db, id, fx.reporter, fx.editor);
    expect(await countStories()).toBe(before + 1);
    const made = [a, b, again].map((o) => (o.ok ? o.storyId : null));
    expect(new Set(made).size).toBe(1);
    expect([a, b, again].filter((o) => o.ok && o.created)).toHaveLength(1);
    expect(again).toMatchObject({ ok: true, created: false, moved: false });
  });

  it("reassigning moves a draft (owner and byline) and refuses once the story is submitted", async () => {
    const { db } = testDb();
    const id = await createPlan(db, plan(), fx.editor);
    const first = await assignPlan(db, id, fx.reporter, fx.editor);
    if (!first.ok) throw new Error("refused");
    const [{ version }] = (await db
      .select({ version: stories.version })
      .from(stories)
      .where(eq(stories.id, first.storyId))) as [{ version: number }];

    expect(await assignPlan(db, id, fx.other, fx.editor)).toMatchObject({ ok: true, moved: true, created: false });
    const [moved] = await db.select().from(stories).where(eq(stories.id, first.storyId));
    expect(moved!.createdBy).toBe(fx.other);
    expect(moved!.version).toBe(version + 1);
    expect(moved!.working.authorIds).not.toContain(fx.reporterByline);
    expect(moved!.working.authorIds).toHaveLength(1);

    await applyTransition(db, first.storyId, moved!.version, "submit", fx.other);
    expect(await assignPlan(db, id, fx.reporter, fx.editor)).toMatchObject({
      ok: false,
      reason: "status",
      status: "in_review",
      ownerId: fx.other,
    });
    const [kept] = await db.select().from(stories).where(eq(stories.id, first.storyId));
    expect(kept!.createdBy).toBe(fx.other);
    const [p] = await db.select().from(storyPlans).where(eq(storyPlans.id, id));
    expect(p!.reporterId).toBe(fx.other);
  });

  it("refuses a reporter who is not active staff, and a plan that does not exist", async () => {
    const { db } = testDb();
    const gone = await makeStaff("journalist");
    await db.execute(sql`update users set active = false where id = ${gone.id}`);
    const id = await createPlan(db, plan(), fx.editor);
    const before = await countStories();
    expect(await assignPlan(db, id, gone.id, fx.editor)).toEqual({ ok: false, reason: "reporter" });
    expect(await assignPlan(db, crypto.randomUUID(), fx.reporter, fx.editor)).toEqual({ ok: false, reason: "missing" });
    expect(await countStories()).toBe(before);
  });

  it("the board lists the range's plans and its scheduled and published stories, each story once", async () => {
    const { db } = testDb();
    const from = new Date("2026-12-14T15:00:00Z"); // Tuesday 00:00 in Seoul
    const to = new Date("2026-12-15T15:00:00Z");
    const due = await createPlan(
      db,
      plan({ slugLine: "DUE-TODAY", dueAt: new Date("2026-12-15T14:30:00Z") }),
      fx.editor,
    );
    await createPlan(db, plan({ slugLine: "DUE-TOMORROW", dueAt: to }), fx.editor);
    await createPlan(db, plan({ slugLine: "DUE-YESTERDAY", dueAt: new Date(from.getTime() - 1) }), fx.editor);
    const assigned = await assignPlan(db, due, fx.reporter, fx.editor);
    if (!assigned.ok) throw new Error("refused");
    // The plan's own story, scheduled within the day: on the plan's line only.
    await db
      .update(stories)
      .set({ status: "scheduled", scheduledAt: new Date("2026-12-15T01:00:00Z") })
      .where(eq(stories.id, assigned.storyId));
    const loose = async (headline: string, status: "scheduled" | "published", at: Date) => {
      const id = await createStory(db, emptyWorkingCopy({ sectionId: fx.section, headline }), fx.other);
      await db
        .update(stories)
        .set(status === "scheduled" ? { status, scheduledAt: at } : { status, publishedAt: at, headline })
        .where(eq(stories.id, id));
      return id;
    };
    const goesLive = await loose("Goes live at noon", "scheduled", new Date("2026-12-15T03:00:00Z"));
    const ran = await loose("Ran this morning", "published", new Date("2026-12-14T23:00:00Z"));
    await loose("Ran the day before", "published", new Date("2026-12-14T14:59:00Z"));
    await loose("Goes live tomorrow", "scheduled", to);

    const rows = await listBudget(from, to);
    expect(rows.map((r) => [r.slugLine ?? r.headline, r.atKind, r.status])).toEqual([
      ["Ran this morning", "published", "published"],
      ["Goes live at noon", "scheduled", "scheduled"],
      ["DUE-TODAY", "due", "scheduled"],
    ]);
    expect(rows.find((r) => r.planId === due)).toMatchObject({
      storyId: assigned.storyId,
      reporterId: fx.reporter,
      reporterName: "Test journalist",
      editorName: "Test editor",
      sectionName: "Local",
      slot: "top",
      ownerId: fx.reporter,
      notes: "What happened at council, 600 words",
    });
    expect(rows.find((r) => r.storyId === goesLive)).toMatchObject({ planId: null, slot: null, reporterId: fx.other });
    expect(rows.find((r) => r.storyId === ran)?.at.toISOString()).toBe("2026-12-14T23:00:00.000Z");
    // The range's end belongs to the next one; a plan not yet assigned says so.
    const next = await listBudget(to, new Date(to.getTime() + 1));
    expect(next.map((r) => [r.slugLine ?? r.headline, r.status, r.planId !== null, r.storyId !== null])).toEqual([
      ["DUE-TOMORROW", "planned", true, false],
      ["Goes live tomorrow", "scheduled", false, true],
    ]);
  });
});

describe("the budget's actions", () => {
  it("plan a story: the due time is read in the newsroom's zone; a bad one comes back with every word typed", async () => {
    const { db } = testDb();
    session.claims = (await makeStaff("editor")).claims;
    const { planStoryAction } = await actions();
    const typed = { slugLine: "FIRE-DOWNTOWN", notes: "Blaze, 400 words", sectionId: fx.section, slot: "lead" };
    const refused = await planStoryAction(undefined, { ...typed, due: "2026-02-30T10:00" });
    expect(refused).toMatchObject({ ok: false, fieldErrors: { due: "Give a due date and time that exists." } });
    expect(refused.values).toMatchObject(typed);
    const unknown = await planStoryAction(undefined, { ...typed, due: "2026-12-20T09:00", reporterId: fx.section });
    expect(unknown).toMatchObject({ ok: false, fieldErrors: { reporterId: "Choose a reporter from the list." } });
    expect(await db.select().from(storyPlans).where(eq(storyPlans.slugLine, "FIRE-DOWNTOWN"))).toEqual([]);

    expect(await planStoryAction(undefined, { ...typed, due: "2026-12-20T09:00" })).toMatchObject({ ok: true });
    const [made] = await db.select().from(storyPlans).where(eq(storyPlans.slugLine, "FIRE-DOWNTOWN"));
    expect(made).toMatchObject({ slot: "lead", reporterId: null, storyId: null, notes: "Blaze, 400 words" });
    expect(made!.dueAt.toISOString()).toBe("2026-12-20T00:00:00.000Z");
  });

  it("assign says what happened, and why a submitted story stays with its writer", async () => {
    const { db } = testDb();
    session.claims = (await makeStaff("editor")).claims;
    const { assignPlanAction } = await actions();
    const id = await createPlan(db, plan(), fx.editor);
    expect(await assignPlanAction(undefined, { planId: id, reporterId: fx.reporter })).toMatchObject({
      ok: true,
      message: "Assigned to Test journalist: the draft is in their stories.",
    });
    expect(await assignPlanAction(undefined, { planId: id, reporterId: fx.reporter })).toMatchObject({
      ok: true,
      message: "Already assigned to Test journalist; nothing changed.",
    });
    const [p] = await db.select().from(storyPlans).where(eq(storyPlans.id, id));
    await applyTransition(db, p!.storyId!, 1, "submit", fx.reporter);
    expect(await assignPlanAction(undefined, { planId: id, reporterId: fx.other })).toMatchObject({
      ok: false,
      message:
        "The story is in review now, so it stays with Test journalist; only a draft changes hands from the budget.",
    });
  });

  it("edit a plan: its words and due time change, its reporter only until the draft is made; audited", async () => {
    const { db } = testDb();
    session.claims = (await makeStaff("editor")).claims;
    const { updatePlanAction } = await actions();
    const id = await createPlan(db, plan({ slugLine: "BRIDGE" }), fx.editor);
    const typed = { planId: id, slugLine: "BRIDGE-REOPENS", notes: "Reopens Monday", sectionId: fx.section, slot: "" };
    const refused = await updatePlanAction(undefined, { ...typed, due: "2026-12-21T25:00" });
    expect(refused).toMatchObject({ ok: false, values: typed });
    expect(
      await updatePlanAction(undefined, { ...typed, due: "2026-12-21T09:30", reporterId: fx.other }),
    ).toMatchObject({ ok: true });
    const [edited] = await db.select().from(storyPlans).where(eq(storyPlans.id, id));
    expect(edited).toMatchObject({
      slugLine: "BRIDGE-REOPENS",
      notes: "Reopens Monday",
      slot: null,
      reporterId: fx.other,
    });
    expect(edited!.dueAt.toISOString()).toBe("2026-12-21T00:30:00.000Z");

    // Once the draft is made, the reporter is the assignment's to change, not the edit's.
    await assignPlan(db, id, fx.reporter, fx.editor);
    await updatePlanAction(undefined, { ...typed, due: "2026-12-21T09:30", reporterId: fx.other });
    expect((await db.select().from(storyPlans).where(eq(storyPlans.id, id)))[0]!.reporterId).toBe(fx.reporter);
    const audits = await db.select().from(auditEvents).where(eq(auditEvents.entityId, id));
    expect(audits.map((a) => a.action).filter((a) => a === "budget.update")).toHaveLength(2);

    expect(
      await updatePlanAction(undefined, { ...typed, planId: crypto.randomUUID(), due: "2026-12-21T09:30" }),
    ).toMatchObject({ ok: false, message: "That plan is no longer on the budget." });
  });

  it("remove a plan: it leaves the budget, audited; the draft it made stays with its writer", async () => {
    const { db } = testDb();
    session.claims = (await makeStaff("editor")).claims;
    const { deletePlanAction } = await actions();
    const id = await createPlan(db, plan({ slugLine: "FLOOD" }), fx.editor);
    const assigned = await assignPlan(db, id, fx.reporter, fx.editor);
    const redirected = await deletePlanAction(undefined, { planId: id }).catch((e: { digest?: string }) => e.digest);
    expect(redirected).toMatch(/^NEXT_REDIRECT;.*\/admin\/budget\?date=2026-12-10&removed=FLOOD&drafted=1;/);
    expect(await db.select().from(storyPlans).where(eq(storyPlans.id, id))).toEqual([]);
    const storyId = assigned.ok ? assigned.storyId : "";
    expect((await db.select().from(stories).where(eq(stories.id, storyId)))[0]).toMatchObject({
      createdBy: fx.reporter,
      status: "draft",
    });
    const [audit] = await db.select().from(auditEvents).where(eq(auditEvents.action, "budget.delete"));
    expect(audit).toMatchObject({ entityId: id, detail: { slugLine: "FLOOD", storyId } });
    expect(await deletePlanAction(undefined, { planId: id })).toMatchObject({
      ok: false,
      message: "That plan is no longer on the budget.",
    });
  });
});
