import "server-only";
import { aliasedTable, and, asc, eq, gte, inArray, lt, or, sql, type AnyColumn } from "drizzle-orm";
import { getDb } from "../index";
import { sections, stories, storyPlans, users } from "../schema";
import type { BudgetSlot, BudgetStatus } from "@/lib/story/budget";
import { isUuid } from "@/lib/content/uuid";

/** One line of the budget board: a plan (with its story once assigned), or a scheduled or published story. */
export type BudgetRow = {
  key: string;
  planId: string | null;
  storyId: string | null;
  slugLine: string | null;
  headline: string | null;
  notes: string;
  sectionName: string;
  reporterId: string | null;
  reporterName: string | null;
  editorName: string | null;
  /** The story's writer (who may open it besides editors). */
  ownerId: string | null;
  at: Date;
  atKind: "due" | "scheduled" | "published";
  slot: BudgetSlot | null;
  status: BudgetStatus;
};

// A week of a busy newsroom's output is a few hundred stories; past this the board says it shows the first ones.
export const BUDGET_STORY_LIMIT = 500;

/** The working headline (a scheduled story's live columns are not yet its text); the live one once published. */
const deskHeadline = sql<string>`case when ${stories.status} = 'published' then ${stories.headline}
  else coalesce(${stories.working}->>'headline', ${stories.headline}) end`;

/**
 * The board for [from, to): plans due then, and stories scheduled or published then. A story that is a plan's on
 * the board shows once, on its plan's line; one whose plan is due another day shows with that plan's details.
 */
export async function listBudget(from: Date, to: Date): Promise<BudgetRow[]> {
  const db = await getDb();
  const reporter = aliasedTable(users, "reporter");
  const editor = aliasedTable(users, "editor");
  const plans = await db
    .select({
      planId: storyPlans.id,
      storyId: storyPlans.storyId,
      slugLine: storyPlans.slugLine,
      notes: storyPlans.notes,
      sectionName: sections.name,
      reporterId: storyPlans.reporterId,
      reporterName: reporter.name,
      editorName: editor.name,
      dueAt: storyPlans.dueAt,
      slot: storyPlans.slot,
      status: stories.status,
      headline: deskHeadline,
      ownerId: stories.createdBy,
    })
    .from(storyPlans)
    .innerJoin(sections, eq(sections.id, storyPlans.sectionId))
    .leftJoin(reporter, eq(reporter.id, storyPlans.reporterId))
    .leftJoin(editor, eq(editor.id, storyPlans.editorId))
    .leftJoin(stories, eq(stories.id, storyPlans.storyId))
    .where(and(gte(storyPlans.dueAt, from), lt(storyPlans.dueAt, to)))
    .orderBy(asc(storyPlans.dueAt), asc(storyPlans.slugLine), asc(storyPlans.id));

  const onBoard = plans.map((p) => p.storyId).filter((id): id is string => id !== null);
  const at = sql<Date>`case when ${stories.status} = 'scheduled' then ${stories.scheduledAt} else ${stories.publishedAt} end`;
  const inRange = (col: AnyColumn) => and(gte(col, from), lt(col, to));
  const ran = await db
    .select({
      storyId: stories.id,
      status: stories.status,
      headline: deskHeadline,
      scheduledAt: stories.scheduledAt,
      publishedAt: stories.publishedAt,
      sectionName: sections.name,
      ownerId: stories.createdBy,
      reporterName: reporter.name,
      planId: storyPlans.id,
      slugLine: storyPlans.slugLine,
      notes: storyPlans.notes,
      editorName: editor.name,
      slot: storyPlans.slot,
    })
    .from(stories)
    .innerJoin(sections, eq(sections.id, stories.sectionId))
    .leftJoin(reporter, eq(reporter.id, stories.createdBy))
    .leftJoin(storyPlans, eq(storyPlans.storyId, stories.id))
    .leftJoin(editor, eq(editor.id, storyPlans.editorId))
    .where(
      or(
        and(eq(stories.status, "scheduled"), inRange(stories.scheduledAt)),
        and(eq(stories.status, "published"), inRange(stories.publishedAt)),
      ),
    )
    .orderBy(asc(at), asc(stories.id))
    .limit(BUDGET_STORY_LIMIT);

  const rows: BudgetRow[] = plans.map((p) => ({
    key: `plan-${p.planId}`,
    planId: p.planId,
    storyId: p.storyId,
    slugLine: p.slugLine,
    headline: p.headline,
    notes: p.notes,
    sectionName: p.sectionName,
    reporterId: p.reporterId,
    reporterName: p.reporterName,
    editorName: p.editorName,
    ownerId: p.ownerId,
    at: p.dueAt,
    atKind: "due",
    slot: p.slot,
    status: p.status ?? "planned",
  }));
  for (const s of ran) {
    if (onBoard.includes(s.storyId)) continue;
    const scheduled = s.status === "scheduled";
    rows.push({
      key: `story-${s.storyId}`,
      planId: s.planId,
      storyId: s.storyId,
      slugLine: s.slugLine,
      headline: s.headline,
      notes: s.notes ?? "",
      sectionName: s.sectionName,
      reporterId: s.ownerId,
      reporterName: s.reporterName,
      editorName: s.editorName,
      ownerId: s.ownerId,
      at: (scheduled ? s.scheduledAt : s.publishedAt)!,
      atKind: scheduled ? "scheduled" : "published",
      slot: s.slot,
      status: s.status,
    });
  }
  return rows.sort((a, b) => a.at.getTime() - b.at.getTime());
}

/** Who a plan can go to: every active staff member may report; editors and admins may edit. */
export async function listBudgetPeople(): Promise<{ id: string; name: string; editor: boolean }[]> {
  const db = await getDb();
  const rows = await db
    .select({ id: users.id, name: users.name, role: users.role })
    .from(users)
    .where(eq(users.active, true))
    .orderBy(asc(users.name), asc(users.id));
  return rows.map((u) => ({ id: u.id, name: u.name, editor: u.role !== "journalist" }));
}

/** The ids of these users that are active staff (a plan's reporter) or active editors (its editor). */
export async function activeStaffIds(ids: string[], editorsOnly = false): Promise<string[]> {
  if (!ids.length) return [];
  const db = await getDb();
  const rows = await db
    .select({ id: users.id })
    .from(users)
    .where(
      and(
        inArray(users.id, ids),
        eq(users.active, true),
        editorsOnly ? inArray(users.role, ["editor", "admin"]) : undefined,
      ),
    );
  return rows.map((r) => r.id);
}

/** One plan as the edit form shows it. */
export async function getPlan(id: string) {
  if (!isUuid(id)) return null;
  const db = await getDb();
  const [plan] = await db.select().from(storyPlans).where(eq(storyPlans.id, id));
  return plan ?? null;
}
