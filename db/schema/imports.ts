import { index, integer, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { stories } from "./stories";

/**
 * What an import made from each thing in a source (a WordPress site, named by its base URL): running the same
 * export again finds its stories, photos, authors and sections here, updates what changed (by the hash of what
 * the source said) and duplicates nothing.
 */
export const importItems = pgTable(
  "import_items",
  {
    source: text("source").notNull(),
    // author, category, tag, post, attachment
    kind: text("kind").notNull(),
    sourceId: text("source_id").notNull(),
    targetId: uuid("target_id").notNull(),
    hash: text("hash").notNull().default(""),
    // The story's version the import left: a higher one means the desk has edited it since.
    version: integer("version"),
    file: text("file").notNull().default(""),
    importedAt: timestamp("imported_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.source, t.kind, t.sourceId] }), index("import_items_target_idx").on(t.targetId)],
);

/**
 * A path of the old site (its permalinks, `?p=123`, category, tag and author archives) and where it lives now:
 * a story (followed to its current address, and only while it is public) or a fixed path.
 */
export const legacyPaths = pgTable("legacy_paths", {
  path: text("path").primaryKey(),
  storyId: uuid("story_id").references(() => stories.id, { onDelete: "cascade" }),
  target: text("target"),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});
