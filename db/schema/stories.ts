import { sql, type SQL } from "drizzle-orm";
import {
  boolean,
  customType,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import type { RichTextDoc } from "../../lib/content/rich-text/types";
import { storyLanguages } from "../../lib/content/language";
import { storyStatuses } from "../../lib/story/workflow";
import type { WorkingCopy } from "../../lib/story/model";

export type { PhotoOverrides, WorkingCopy } from "../../lib/story/model";
import { media } from "./media";
import { authors, users } from "./people";
import { sections, tags } from "./taxonomy";

const tsvector = customType<{ data: string }>({ dataType: () => "tsvector" });

export const storyStatusEnum = pgEnum("story_status", storyStatuses);

export const stories = pgTable(
  "stories",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    slug: text("slug").notNull(),
    headline: text("headline").notNull(),
    dek: text("dek").notNull().default(""),
    body: jsonb("body").$type<RichTextDoc>().notNull(),
    // Plain text of body, kept by the mutations; feeds search and descriptions.
    bodyText: text("body_text").notNull().default(""),
    status: storyStatusEnum("status").notNull().default("draft"),
    sectionId: uuid("section_id")
      .notNull()
      .references(() => sections.id),
    language: text("language", { enum: storyLanguages }).notNull().default("en"),
    // Editions of one story in other languages share a group (the id of the story first translated); null: alone.
    editionGroup: uuid("edition_group"),
    heroMediaId: uuid("hero_media_id").references(() => media.id, { onDelete: "set null" }),
    // The live hero placement's own words (null: the library's default).
    heroAlt: text("hero_alt"),
    heroCaption: text("hero_caption"),
    heroCredit: text("hero_credit"),
    seoTitle: text("seo_title"),
    seoDescription: text("seo_description"),
    featured: boolean("featured").notNull().default(false),
    publishedAt: timestamp("published_at", { withTimezone: true }),
    // The "Updated" time readers see: set when a published story's text changes, not on every save.
    contentUpdatedAt: timestamp("content_updated_at", { withTimezone: true }),
    scheduledAt: timestamp("scheduled_at", { withTimezone: true }),
    working: jsonb("working")
      .$type<WorkingCopy>()
      .notNull()
      .default(sql`'{}'::jsonb`),
    // The working copy differs from what readers see (a published story with edits not yet published).
    pendingChanges: boolean("pending_changes").notNull().default(false),
    // One counter for the working copy and the status: every save and every transition bumps it.
    version: integer("version").notNull().default(1),
    lockedBy: uuid("locked_by").references(() => users.id, { onDelete: "set null" }),
    // Soft lock: who has the editor open; expires two minutes after their last heartbeat (lib/story/workflow.ts).
    lockedAt: timestamp("locked_at", { withTimezone: true }),
    // The editor tab whose heartbeat holds the lock: a reloaded tab's late leaving beacon must not free the lock
    // its own new page has just taken.
    lockTab: text("lock_tab"),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    updatedBy: uuid("updated_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
    search: tsvector("search").generatedAlwaysAs(
      (): SQL =>
        sql`setweight(to_tsvector('english', coalesce(${stories.headline}, '')), 'A') || setweight(to_tsvector('english', coalesce(${stories.dek}, '')), 'B') || setweight(to_tsvector('english', coalesce(${stories.bodyText}, '')), 'C')`,
    ),
  },
  (t) => [
    uniqueIndex("stories_slug_idx").on(t.slug),
    // A story's other editions, for the article page and the sitemap. Not unique per language: "Translate" keeps
    // to one edition per language, and an editor's language change must not fail a publish.
    index("stories_edition_idx").on(t.editionGroup),
    // Exactly the listings' order (`published_at desc, id desc`; desc puts nulls first in PostgreSQL): a page of
    // a listing is then an index scan. With nulls last and no id, every public story was read and sorted
    // (160 ms at 100,000 stories).
    index("stories_published_idx").on(t.status, t.publishedAt.desc().nullsFirst(), t.id.desc().nullsFirst()),
    index("stories_section_published_idx").on(
      t.sectionId,
      t.status,
      t.publishedAt.desc().nullsFirst(),
      t.id.desc().nullsFirst(),
    ),
    index("stories_featured_idx")
      .on(t.featured, t.publishedAt.desc().nullsFirst(), t.id.desc().nullsFirst())
      .where(sql`${t.status} = 'published'`),
    index("stories_scheduled_idx")
      .on(t.scheduledAt)
      .where(sql`${t.status} = 'scheduled'`),
    index("stories_desk_idx").on(t.status, t.updatedAt.desc()),
    index("stories_created_by_idx").on(t.createdBy, t.updatedAt.desc()),
    index("stories_search_idx").using("gin", t.search),
    index("stories_headline_trgm_idx").using("gin", sql`${t.headline} gin_trgm_ops`),
  ],
);

export const storyAuthors = pgTable(
  "story_authors",
  {
    storyId: uuid("story_id")
      .notNull()
      .references(() => stories.id, { onDelete: "cascade" }),
    authorId: uuid("author_id")
      .notNull()
      .references(() => authors.id, { onDelete: "restrict" }),
    position: integer("position").notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.storyId, t.authorId] }),
    index("story_authors_author_idx").on(t.authorId, t.storyId),
  ],
);

export const storyTags = pgTable(
  "story_tags",
  {
    storyId: uuid("story_id")
      .notNull()
      .references(() => stories.id, { onDelete: "cascade" }),
    tagId: uuid("tag_id")
      .notNull()
      .references(() => tags.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.storyId, t.tagId] }), index("story_tags_tag_idx").on(t.tagId, t.storyId)],
);

/** A snapshot of everything a story has, kept on explicit saves and transitions; autosaves collapse into one. */
export const revisions = pgTable(
  "revisions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    storyId: uuid("story_id")
      .notNull()
      .references(() => stories.id, { onDelete: "cascade" }),
    version: integer("version").notNull(),
    headline: text("headline").notNull(),
    dek: text("dek").notNull(),
    body: jsonb("body").$type<RichTextDoc>().notNull(),
    // What made it: create, save, autosave, submit, return, approve, schedule, publish, unpublish, restore.
    kind: text("kind").notNull().default("save"),
    status: storyStatusEnum("status"),
    snapshot: jsonb("snapshot").$type<WorkingCopy>(),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("revisions_story_version_idx").on(t.storyId, t.version)],
);

export const correctionKindEnum = pgEnum("correction_kind", ["correction", "update"]);

/** A notice shown to readers at the foot of a published story. */
export const corrections = pgTable(
  "corrections",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    storyId: uuid("story_id")
      .notNull()
      .references(() => stories.id, { onDelete: "cascade" }),
    kind: correctionKindEnum("kind").notNull().default("correction"),
    text: text("text").notNull(),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("corrections_story_idx").on(t.storyId, t.createdAt)],
);

export const noteKindEnum = pgEnum("note_kind", ["note", "return"]);

/** Desk-only notes on a story; a "return" note travels with a story sent back to its writer. */
export const editorialNotes = pgTable(
  "editorial_notes",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    storyId: uuid("story_id")
      .notNull()
      .references(() => stories.id, { onDelete: "cascade" }),
    kind: noteKindEnum("kind").notNull().default("note"),
    body: text("body").notNull(),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("editorial_notes_story_idx").on(t.storyId, t.createdAt)],
);

/** An old slug of a story; its URL answers with a 308 to the story's current one. */
export const storyRedirects = pgTable("story_redirects", {
  oldSlug: text("old_slug").primaryKey(),
  storyId: uuid("story_id")
    .notNull()
    .references(() => stories.id, { onDelete: "cascade" }),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});

/** The photos the live version of a story shows (hero and inline); kept by publish, read by the media route. */
export const storyMedia = pgTable(
  "story_media",
  {
    storyId: uuid("story_id")
      .notNull()
      .references(() => stories.id, { onDelete: "cascade" }),
    mediaId: uuid("media_id")
      .notNull()
      .references(() => media.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.storyId, t.mediaId] }), index("story_media_media_idx").on(t.mediaId)],
);

/** A signed, expiring, revocable link that shows a story's working copy to someone without a desk account. */
export const previewLinks = pgTable(
  "preview_links",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    storyId: uuid("story_id")
      .notNull()
      .references(() => stories.id, { onDelete: "cascade" }),
    // SHA-256 of the token; the token itself is shown once and never stored.
    tokenHash: text("token_hash").notNull(),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
  },
  (t) => [uniqueIndex("preview_links_token_idx").on(t.tokenHash), index("preview_links_story_idx").on(t.storyId)],
);
