import { bigint, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import type { MediaVariant } from "../../lib/content/stored-image";

/** An image in the media library. The file lives in storage under storageKey; variants are its reader sizes, made
 * at upload (lib/media/process.ts) or later by `npm run media:sizes`. */
export const media = pgTable(
  "media",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    storageKey: text("storage_key").notNull(),
    mimeType: text("mime_type").notNull(),
    width: integer("width").notNull(),
    height: integer("height").notNull(),
    bytes: bigint("bytes", { mode: "number" }).notNull(),
    altText: text("alt_text").notNull().default(""),
    caption: text("caption").notNull().default(""),
    credit: text("credit").notNull().default(""),
    originalName: text("original_name").notNull().default(""),
    variants: jsonb("variants").$type<MediaVariant[]>().notNull().default([]),
    // Uploader; plain uuid rather than a reference so media never blocks removing a staff account.
    uploadedBy: uuid("uploaded_by"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("media_storage_key_idx").on(t.storageKey), index("media_created_idx").on(t.createdAt)],
);
