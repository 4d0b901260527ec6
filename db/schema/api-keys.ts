import { index, integer, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { users } from "./people";

/**
 * Keys for the read-only content API (apps, newsletters, partners): only a SHA-256 of each key is kept, with its
 * first characters to tell keys apart on the desk. A revoked key stays listed, refused.
 */
export const apiKeys = pgTable(
  "api_keys",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    name: text("name").notNull(),
    prefix: text("prefix").notNull(),
    keyHash: text("key_hash").notNull().unique(),
    // Requests a minute this key may make, counted across every instance.
    perMinute: integer("per_minute").notNull().default(120),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    lastUsedAt: timestamp("last_used_at", { withTimezone: true }),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
  },
  (t) => [index("api_keys_created_idx").on(t.createdAt)],
);
