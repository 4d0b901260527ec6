import { index, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { budgetSlots } from "../../lib/story/budget";
import { users } from "./people";
import { stories } from "./stories";
import { sections } from "./taxonomy";

export const budgetSlotEnum = pgEnum("budget_slot", budgetSlots);

/** A story on the budget: planned by an editor, assigned to a reporter (which makes its draft, story_id). */
export const storyPlans = pgTable(
  "story_plans",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    // The short working name the desk calls the story by until it has a headline.
    slugLine: text("slug_line").notNull(),
    // The budget line: what the story is, its expected length.
    notes: text("notes").notNull().default(""),
    sectionId: uuid("section_id")
      .notNull()
      .references(() => sections.id),
    reporterId: uuid("reporter_id").references(() => users.id, { onDelete: "set null" }),
    editorId: uuid("editor_id").references(() => users.id, { onDelete: "set null" }),
    dueAt: timestamp("due_at", { withTimezone: true }).notNull(),
    slot: budgetSlotEnum("slot"),
    // Set once, by the assignment; unique so one story is never on two plans.
    storyId: uuid("story_id").references(() => stories.id, { onDelete: "set null" }),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("story_plans_story_idx").on(t.storyId), index("story_plans_due_idx").on(t.dueAt)],
);
