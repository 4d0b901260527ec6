import { index, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import type { FrontLayout } from "../../lib/content/front-page";
import { users } from "./people";
import { sections } from "./taxonomy";

/**
 * Every saved layout of the front page (section_id null) and of each section front; the newest of each is the one
 * readers see. Restoring one saves it again as new.
 */
export const frontPageLayouts = pgTable(
  "front_page_layouts",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    sectionId: uuid("section_id").references(() => sections.id, { onDelete: "cascade" }),
    layout: jsonb("layout").$type<FrontLayout>().notNull(),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("front_page_layouts_created_idx").on(t.sectionId, t.createdAt.desc())],
);

/** Breaking-news banners: the newest one not taken down and not past its end shows on every reader page. */
export const breakingBanners = pgTable(
  "breaking_banners",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    text: text("text").notNull(),
    href: text("href").notNull(),
    endsAt: timestamp("ends_at", { withTimezone: true }).notNull(),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    takenDownAt: timestamp("taken_down_at", { withTimezone: true }),
  },
  (t) => [index("breaking_banners_created_idx").on(t.createdAt.desc())],
);
