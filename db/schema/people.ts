import { sql } from "drizzle-orm";
import {
  bigint,
  boolean,
  index,
  integer,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { sections } from "./taxonomy";
import { media } from "./media";
import { roles } from "../../lib/capabilities";

export const roleEnum = pgEnum("role", roles);
export const authorKindEnum = pgEnum("author_kind", ["person", "desk"]);

export const users = pgTable(
  "users",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    email: text("email").notNull(),
    name: text("name").notNull(),
    role: roleEnum("role").notNull().default("journalist"),
    passwordHash: text("password_hash").notNull(),
    active: boolean("active").notNull().default(true),
    // Bumped on role change, deactivation, password reset and "sign out everywhere": older cookies stop working.
    sessionVersion: integer("session_version").notNull().default(1),
    mustChangePassword: boolean("must_change_password").notNull().default(false),
    lockedUntil: timestamp("locked_until", { withTimezone: true }),
    // Two factors (lib/auth/totp.ts): the authenticator's secret, encrypted with a key from AUTH_SECRET; set while
    // being set up, in force once enabled. The last time step used makes each code good once.
    totpSecret: text("totp_secret"),
    totpEnabledAt: timestamp("totp_enabled_at", { withTimezone: true }),
    totpLastStep: integer("totp_last_step"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("users_email_lower_idx").on(sql`lower(${t.email})`)],
);

/** A public byline: a person or a desk/team. May be tied to a staff account. */
export const authors = pgTable(
  "authors",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    kind: authorKindEnum("kind").notNull().default("person"),
    name: text("name").notNull(),
    slug: text("slug").notNull(),
    bio: text("bio").notNull().default(""),
    publicEmail: text("public_email"),
    photoId: uuid("photo_id").references(() => media.id, { onDelete: "set null" }),
    userId: uuid("user_id").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("authors_slug_idx").on(t.slug), index("authors_user_idx").on(t.userId)],
);

/** Single-use recovery codes for a person with two factors: only their hashes, each crossed out when used. */
export const recoveryCodes = pgTable(
  "recovery_codes",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    codeHash: text("code_hash").notNull(),
    usedAt: timestamp("used_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("recovery_codes_user_hash_idx").on(t.userId, t.codeHash)],
);

/**
 * The sections an editor looks after: a story submitted in a section goes to its editors first (db/mutations/notify.ts;
 * a section with none goes to everyone who may approve). It gives no rights: any editor may still approve any story.
 */
export const sectionEditors = pgTable(
  "section_editors",
  {
    sectionId: uuid("section_id")
      .notNull()
      .references(() => sections.id, { onDelete: "cascade" }),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.sectionId, t.userId] }), index("section_editors_user_idx").on(t.userId)],
);

export const accountLinkPurposeEnum = pgEnum("account_link_purpose", ["invite", "reset"]);

/**
 * One-time links mailed to a person: an invitation (choose a first password, 72 hours) or a password reset (15
 * minutes). Only the SHA-256 of the token is kept, so a copy of this table opens nothing. A link is spent once
 * (used_at); a newer link of the same purpose ends the older ones (their expiry is moved to the moment it was made).
 */
export const accountLinks = pgTable(
  "account_links",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    purpose: accountLinkPurposeEnum("purpose").notNull(),
    tokenHash: text("token_hash").notNull(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    usedAt: timestamp("used_at", { withTimezone: true }),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("account_links_token_hash_idx").on(t.tokenHash),
    index("account_links_user_idx").on(t.userId, t.purpose),
  ],
);

/**
 * A person's passkeys (WebAuthn, lib/auth/passkeys.ts): each one is both factors at once. The credential id and
 * public key as the authenticator gave them (base64url); the counter, when the authenticator keeps one, must grow.
 */
export const passkeys = pgTable(
  "passkeys",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    credentialId: text("credential_id").notNull(),
    publicKey: text("public_key").notNull(),
    counter: bigint("counter", { mode: "number" }).notNull().default(0),
    transports: text("transports")
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    deviceType: text("device_type").notNull(),
    backedUp: boolean("backed_up").notNull().default(false),
    name: text("name").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    lastUsedAt: timestamp("last_used_at", { withTimezone: true }),
  },
  (t) => [uniqueIndex("passkeys_credential_idx").on(t.credentialId), index("passkeys_user_idx").on(t.userId)],
);
