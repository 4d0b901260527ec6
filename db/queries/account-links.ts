import "server-only";
import { createHash } from "node:crypto";
import { and, eq, sql } from "drizzle-orm";
import { getDb } from "../index";
import { accountLinks, users } from "../schema";

export type LinkPurpose = "invite" | "reset";

/** A link's token: 32 random bytes in base64url. Anything else is not one of ours, and costs no query. */
export const isLinkToken = (token: string) => /^[A-Za-z0-9_-]{43}$/.test(token);

/** Only this is stored: the token itself lives in the mail and nowhere else. */
export const hashLinkToken = (token: string) => createHash("sha256").update(token).digest("hex");

export type LinkState =
  | { state: "open"; user: { id: string; email: string; name: string }; expiresAt: Date }
  | { state: "unknown" | "used" | "expired" };

/** What a mailed link is now, for its page and for the password policy (which needs the person's name and email). */
export async function getAccountLink(token: string, purpose: LinkPurpose, now = new Date()): Promise<LinkState> {
  if (!isLinkToken(token)) return { state: "unknown" };
  const db = await getDb();
  const [row] = await db
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      active: users.active,
      usedAt: accountLinks.usedAt,
      expiresAt: accountLinks.expiresAt,
    })
    .from(accountLinks)
    .innerJoin(users, eq(users.id, accountLinks.userId))
    .where(and(eq(accountLinks.tokenHash, hashLinkToken(token)), eq(accountLinks.purpose, purpose)));
  if (!row || !row.active) return { state: "unknown" };
  if (row.usedAt) return { state: "used" };
  if (row.expiresAt <= now) return { state: "expired" };
  return { state: "open", user: { id: row.id, email: row.email, name: row.name }, expiresAt: row.expiresAt };
}

/**
 * An account (the row of `users` in the query) that was invited and has not joined yet: it has invitation links
 * and none of them was used. Named in full: Drizzle leaves a one-table select's columns unqualified.
 */
export const invitePending = () =>
  sql`(exists (select 1 from account_links l where l.user_id = "users"."id" and l.purpose = 'invite') and not exists (select 1 from account_links l where l.user_id = "users"."id" and l.purpose = 'invite' and l.used_at is not null))`;

/** Until when each pending invitation's newest link works (it may be past: the invitation expired unanswered). */
export const inviteExpiry = () =>
  sql<
    string | Date | null
  >`case when ${invitePending()} then (select max(l.expires_at) from account_links l where l.user_id = "users"."id" and l.purpose = 'invite') end`;
