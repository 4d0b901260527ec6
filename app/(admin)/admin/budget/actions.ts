"use server";
import { revalidatePath } from "next/cache";
import { assignPlan, createPlan, deletePlan, updatePlan, type PlanInput } from "@/db/mutations/budget";
import { writer } from "@/db/mutations/writer";
import { activeStaffIds } from "@/db/queries/budget";
import { sectionExists } from "@/db/queries/desk-lookups";
import { getSiteSettings } from "@/db/queries/settings";
import { userName } from "@/db/queries/desk-story";
import { deskAction } from "@/lib/desk-action";
import { formatDateTime } from "@/lib/format";
import { invalid, type FormState } from "@/lib/form-state";
import { statusLabels } from "@/lib/story/workflow";
import type { z } from "zod";
import { assignPlanSchema, deletePlanSchema, planStorySchema, updatePlanSchema } from "@/lib/validation/budget";
import { dayIn, wallTimeToDate } from "@/lib/zoned-days";
import { redirect } from "next/navigation";

type PlanFields = z.infer<typeof planStorySchema>;

/** The plan form's words checked against the database, and its wall-clock due time as an instant. */
async function checkedPlan(
  { due, ...plan }: PlanFields,
  values: Record<string, string>,
): Promise<{ refusal: FormState } | { plan: PlanInput; timeZone: string }> {
  const { timeZone } = await getSiteSettings();
  const dueAt = wallTimeToDate(due, timeZone);
  const problems: Record<string, string> = {};
  if (!dueAt) problems.due = "Give a due date and time that exists.";
  if (!(await sectionExists(plan.sectionId))) problems.sectionId = "Choose a section from the list.";
  if (plan.reporterId && !(await activeStaffIds([plan.reporterId])).length)
    problems.reporterId = "Choose a reporter from the list.";
  if (plan.editorId && !(await activeStaffIds([plan.editorId], true)).length)
    problems.editorId = "Choose an editor from the list.";
  if (!dueAt || Object.keys(problems).length) return { refusal: invalid(problems, values) };
  return { plan: { ...plan, dueAt }, timeZone };
}

export const planStoryAction = deskAction(
  { name: "planStoryAction", capability: "budget.manage", schema: planStorySchema },
  async (fields, { actor, values }) => {
    const checked = await checkedPlan(fields, values);
    if ("refusal" in checked) return checked.refusal;
    const { plan, timeZone } = checked;
    await createPlan(await writer(), plan, actor.id);
    revalidatePath("/admin/budget");
    return { ok: true, message: `“${plan.slugLine}” is on the budget, due ${formatDateTime(plan.dueAt, timeZone)}.` };
  },
);

export const updatePlanAction = deskAction(
  { name: "updatePlanAction", capability: "budget.manage", schema: updatePlanSchema },
  async ({ planId, ...fields }, { actor, values }) => {
    const checked = await checkedPlan(fields, values);
    if ("refusal" in checked) return checked.refusal;
    const { plan, timeZone } = checked;
    if (!(await updatePlan(await writer(), planId, plan, actor.id)))
      return { ok: false, message: "That plan is no longer on the budget.", values };
    revalidatePath("/admin/budget");
    return { ok: true, message: `“${plan.slugLine}” saved, due ${formatDateTime(plan.dueAt, timeZone)}.`, values };
  },
);

/** Back to the plan's day, saying what went: the form that asked is gone with the plan. */
export const deletePlanAction = deskAction(
  { name: "deletePlanAction", capability: "budget.manage", schema: deletePlanSchema },
  async ({ planId }, { actor }) => {
    const gone = await deletePlan(await writer(), planId, actor.id);
    if (!gone) return { ok: false, message: "That plan is no longer on the budget." };
    revalidatePath("/admin/budget");
    const { timeZone } = await getSiteSettings();
    const q = new URLSearchParams({ date: dayIn(gone.dueAt, timeZone), removed: gone.slugLine });
    if (gone.storyId) q.set("drafted", "1");
    redirect(`/admin/budget?${q}`);
  },
);

/** Assigns a plan: the reporter's draft is made the first time; see assignPlan for a second assignment. */
export const assignPlanAction = deskAction(
  { name: "assignPlanAction", capability: "budget.manage", schema: assignPlanSchema },
  async ({ planId, reporterId }, { actor, values }) => {
    const outcome = await assignPlan(await writer(), planId, reporterId, actor.id);
    if (!outcome.ok) {
      if (outcome.reason === "missing") return { ok: false, message: "That plan no longer exists.", values };
      if (outcome.reason === "reporter") return invalid({ reporterId: "Choose a reporter from the list." }, values);
      const writerName = (await userName(outcome.ownerId)) ?? "its writer";
      return {
        ok: false,
        message: `The story is ${statusLabels[outcome.status].toLowerCase()} now, so it stays with ${writerName}; only a draft changes hands from the budget.`,
        values,
      };
    }
    // Notifications ("a planned story was assigned to you") hook in here, from outcome.reporterId and storyId.
    revalidatePath("/admin/budget");
    const name = (await userName(outcome.reporterId)) ?? "the reporter";
    const message = outcome.created
      ? `Assigned to ${name}: the draft is in their stories.`
      : outcome.moved
        ? `The draft moved to ${name}.`
        : `Already assigned to ${name}; nothing changed.`;
    return { ok: true, message, values };
  },
);
