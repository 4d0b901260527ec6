import { sql } from "drizzle-orm";
import { boolean, index, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { media } from "./media";
import { users } from "./people";
import { stories } from "./stories";

/** A story covered live: started by an editor's "Go live", closed by "End coverage" (ended_at). */
export const liveCoverage = pgTable("live_coverage", {
  storyId: uuid("story_id")
    .primaryKey()
    .references(() => stories.id, { onDelete: "cascade" }),
  startedAt: timestamp("started_at", { withTimezone: true }).notNull().defaultNow(),
  startedBy: uuid("started_by").references(() => users.id, { onDelete: "set null" }),
  endedAt: timestamp("ended_at", { withTimezone: true }),
  endedBy: uuid("ended_by").references(() => users.id, { onDelete: "set null" }),
});

/** One timestamped update of a live story; it reaches readers without a republish. Removal is soft (audited). */
export const liveUpdates = pgTable(
  "live_updates",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    storyId: uuid("story_id")
      .notNull()
      .references(() => stories.id, { onDelete: "cascade" }),
    // Plain text: paragraphs split on blank lines; http(s) addresses in it become links when rendered.
    body: text("body").notNull(),
    mediaId: uuid("media_id").references(() => media.id, { onDelete: "set null" }),
    caption: text("caption"),
    credit: text("credit"),
    linkUrl: text("link_url"),
    key: boolean("key").notNull().default(false),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    editedAt: timestamp("edited_at", { withTimezone: true }),
    removedAt: timestamp("removed_at", { withTimezone: true }),
  },
  (t) => [
    index("live_updates_story_idx")
      .on(t.storyId, t.createdAt.desc())
      .where(sql`${t.removedAt} is null`),
    index("live_updates_media_idx")
      .on(t.mediaId)
      .where(sql`${t.mediaId} is not null`),
  ],
);
