import { statusLabels, type StoryStatus } from "./workflow";

/** Where a planned story is meant to run on the front page; null is nowhere in particular. */
export const budgetSlots = ["lead", "top", "section"] as const;
export type BudgetSlot = (typeof budgetSlots)[number];

export const slotLabels: Record<BudgetSlot, string> = {
  lead: "Lead",
  top: "Top stories",
  section: "Section front",
};

/** A budget line's status: "planned" until its draft exists, then the story's own workflow status. */
export type BudgetStatus = "planned" | StoryStatus;

export function budgetStatusLabel(status: BudgetStatus): string {
  return status === "planned" ? "Planned" : statusLabels[status];
}

/** A plan whose story has left its writer's draft can no longer change hands from the budget. */
export const reassignableStatuses: readonly StoryStatus[] = ["draft"];
