import "server-only";
import { and, eq, inArray, sql } from "drizzle-orm";
import type { Database } from "../client";
import { authors, stories, storyPlans, users } from "../schema";
import { reassignableStatuses, type BudgetSlot } from "@/lib/story/budget";
import { emptyWorkingCopy } from "@/lib/story/model";
import type { StoryStatus } from "@/lib/story/workflow";
import { recordAudit } from "./audit";
import { notify } from "./notify";
import { createStory } from "./stories";

export type PlanInput = {
  slugLine: string;
  notes: string;
  sectionId: string;
  reporterId: string | null;
  editorId: string | null;
  dueAt: Date;
  slot: BudgetSlot | null;
};

/** Puts a story on the budget; nothing is drafted until it is assigned. */
export async function createPlan(db: Database, input: PlanInput, actorId: string): Promise<string> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(storyPlans)
      .values({ ...input, createdBy: actorId })
      .returning({ id: storyPlans.id });
    await recordAudit(tx, {
      actorId,
      action: "budget.plan",
      entityType: "story_plan",
      entityId: row!.id,
      detail: { ...input, dueAt: input.dueAt.toISOString() },
    });
    return row!.id;
  });
}

/**
 * Changes a plan's words, section, editor, due time and slot. Its reporter changes here only while nothing is
 * drafted; once it is, "Assign" moves the draft (assignPlan). False when the plan is gone.
 */
export async function updatePlan(db: Database, planId: string, input: PlanInput, actorId: string): Promise<boolean> {
  return db.transaction(async (tx) => {
    const [plan] = await tx.select().from(storyPlans).where(eq(storyPlans.id, planId)).for("update");
    if (!plan) return false;
    const reporterId = plan.storyId ? plan.reporterId : input.reporterId;
    await tx
      .update(storyPlans)
      .set({ ...input, reporterId })
      .where(eq(storyPlans.id, planId));
    await recordAudit(tx, {
      actorId,
      action: "budget.update",
      entityType: "story_plan",
      entityId: planId,
      detail: { ...input, reporterId, dueAt: input.dueAt.toISOString() },
    });
    return true;
  });
}

/**
 * Takes a plan off the budget. A draft it made stays with its writer (it is their work); the board then shows the
 * story only once it is scheduled or published. The slug line, for the message, or null when the plan was gone.
 */
export async function deletePlan(
  db: Database,
  planId: string,
  actorId: string,
): Promise<{ slugLine: string; storyId: string | null; dueAt: Date } | null> {
  return db.transaction(async (tx) => {
    const [gone] = await tx
      .delete(storyPlans)
      .where(eq(storyPlans.id, planId))
      .returning({ slugLine: storyPlans.slugLine, storyId: storyPlans.storyId, dueAt: storyPlans.dueAt });
    if (!gone) return null;
    await recordAudit(tx, {
      actorId,
      action: "budget.delete",
      entityType: "story_plan",
      entityId: planId,
      detail: { slugLine: gone.slugLine, storyId: gone.storyId },
    });
    return gone;
  });
}

/**
 * What an assignment did: `created` or `moved` says the reporter has something new (and was told, in the same
 * transaction).
 */
export type AssignOutcome =
  | { ok: true; planId: string; storyId: string; reporterId: string; created: boolean; moved: boolean }
  | { ok: false; reason: "missing" }
  | { ok: false; reason: "reporter" }
  | { ok: false; reason: "status"; status: StoryStatus; ownerId: string | null };

/**
 * Assigns a plan to a reporter. The first time, makes the story's draft (through createStory, so a planned story
 * starts like any other) owned by the reporter, with the slug line as its headline and their byline, and links it
 * to the plan in the same transaction. Again with the same reporter, changes nothing; with another, moves the
 * draft (owner and byline) to them, which only a story still in draft allows.
 */
export async function assignPlan(
  db: Database,
  planId: string,
  reporterId: string,
  actorId: string,
): Promise<AssignOutcome> {
  return db.transaction(async (tx): Promise<AssignOutcome> => {
    // Locks the plan: a second assignment at the same moment waits here, then finds the story made.
    const [plan] = await tx.select().from(storyPlans).where(eq(storyPlans.id, planId)).for("update");
    if (!plan) return { ok: false, reason: "missing" };
    const [reporter] = await tx
      .select({ id: users.id })
      .from(users)
      .where(and(eq(users.id, reporterId), eq(users.active, true)));
    if (!reporter) return { ok: false, reason: "reporter" };
    const bylines = (userId: string | null) =>
      userId
        ? tx
            .select({ id: authors.id })
            .from(authors)
            .where(eq(authors.userId, userId))
            .then((rows) => rows.map((r) => r.id))
        : Promise.resolve([] as string[]);

    if (!plan.storyId) {
      const w = emptyWorkingCopy({
        sectionId: plan.sectionId,
        headline: plan.slugLine,
        authorIds: (await bylines(reporterId)).slice(0, 1),
      });
      const storyId = await createStory(tx, w, actorId, reporterId);
      await tx.update(storyPlans).set({ storyId, reporterId }).where(eq(storyPlans.id, planId));
      await recordAudit(tx, {
        actorId,
        action: "budget.assign",
        entityType: "story_plan",
        entityId: planId,
        detail: { storyId, reporterId },
      });
      await notify(tx, { kind: "assigned", storyId, actorId, recipients: [reporterId] });
      return { ok: true, planId, storyId, reporterId, created: true, moved: false };
    }

    const storyId = plan.storyId;
    const [story] = await tx
      .select({ status: stories.status, ownerId: stories.createdBy, working: stories.working })
      .from(stories)
      .where(eq(stories.id, storyId));
    if (!story) return { ok: false, reason: "missing" };
    if (story.ownerId === reporterId) {
      if (plan.reporterId !== reporterId)
        await tx.update(storyPlans).set({ reporterId }).where(eq(storyPlans.id, planId));
      return { ok: true, planId, storyId, reporterId, created: false, moved: false };
    }
    if (!reassignableStatuses.includes(story.status))
      return { ok: false, reason: "status", status: story.status, ownerId: story.ownerId };

    // The old writer's byline gives way to the new one's; any other byline on the draft stays.
    const old = new Set(await bylines(story.ownerId));
    let authorIds = story.working.authorIds;
    if (authorIds.some((id) => old.has(id))) {
      const mine = (await bylines(reporterId)).slice(0, 1);
      authorIds = [...new Set([...authorIds.filter((id) => !old.has(id)), ...mine])];
    }
    // A new version, so an editor window open on the old copy meets a conflict rather than overwriting the byline.
    const [moved] = await tx
      .update(stories)
      .set({
        createdBy: reporterId,
        working: { ...story.working, authorIds },
        version: sql`${stories.version} + 1`,
        updatedBy: actorId,
        updatedAt: sql`now()`,
      })
      .where(and(eq(stories.id, storyId), inArray(stories.status, [...reassignableStatuses])))
      .returning({ id: stories.id });
    if (!moved) return { ok: false, reason: "status", status: story.status, ownerId: story.ownerId };
    await tx.update(storyPlans).set({ reporterId }).where(eq(storyPlans.id, planId));
    await recordAudit(tx, {
      actorId,
      action: "budget.reassign",
      entityType: "story_plan",
      entityId: planId,
      detail: { storyId, from: story.ownerId, to: reporterId },
    });
    await notify(tx, { kind: "assigned", storyId, actorId, recipients: [reporterId] });
    return { ok: true, planId, storyId, reporterId, created: false, moved: true };
  });
}
