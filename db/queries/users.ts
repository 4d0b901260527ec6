import "server-only";
import { asc, eq, sql } from "drizzle-orm";
import { getDb } from "../index";
import { sectionEditors, users } from "../schema";
import { inviteExpiry } from "./account-links";
import type { Role } from "@/lib/capabilities";

/** What the desk needs to know about a signed-in user: never the password hash. */
export type UserRecord = {
  id: string;
  email: string;
  name: string;
  role: Role;
  active: boolean;
  sessionVersion: number;
  mustChangePassword: boolean;
  /** The newsroom requires two factors of this person (site settings) and they have none yet. */
  mustSetUpTwoFactor: boolean;
};

// A passkey is both factors at once: it satisfies the newsroom's two-factor rule as an authenticator app does.
// Spelled out: drizzle writes a lone column unqualified in a one-table select, where "id" would be the passkey's.
const noPasskey = sql`not exists (select 1 from passkeys pk where pk.user_id = "users"."id")`;
const hasPasskey = sql<boolean>`exists (select 1 from passkeys pk where pk.user_id = "users"."id")`;

const userColumns = {
  id: users.id,
  email: users.email,
  name: users.name,
  role: users.role,
  active: users.active,
  sessionVersion: users.sessionVersion,
  mustChangePassword: users.mustChangePassword,
  mustSetUpTwoFactor: sql<boolean>`(${users.totpEnabledAt} is null and ${noPasskey} and coalesce((select s.require_two_factor::text from site_settings s where s.id = 1), 'off') in ('everyone', case when ${users.role} in ('editor', 'admin') then 'editors' else 'everyone' end))`,
};

export async function getUserRecord(id: string): Promise<UserRecord | null> {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
  const db = await getDb();
  const [row] = await db.select(userColumns).from(users).where(eq(users.id, id));
  return row ?? null;
}

export async function getUserByEmail(email: string): Promise<UserRecord | null> {
  const db = await getDb();
  const [row] = await db
    .select(userColumns)
    .from(users)
    .where(eq(sql`lower(${users.email})`, email.toLowerCase()));
  return row ?? null;
}

export async function listStaff(): Promise<
  (UserRecord & { lockedUntil: Date | null; twoFactor: boolean; invitedUntil: Date | null })[]
> {
  const db = await getDb();
  const rows = await db
    .select({
      ...userColumns,
      lockedUntil: users.lockedUntil,
      twoFactor: sql<boolean>`(${users.totpEnabledAt} is not null or ${hasPasskey})`,
      invitedUntil: inviteExpiry(),
    })
    .from(users)
    .orderBy(asc(users.name));
  // Raw timestamps come back as text from node-postgres and as dates from PGlite.
  return rows.map((r) => ({ ...r, invitedUntil: r.invitedUntil ? new Date(r.invitedUntil) : null }));
}

/** The one read that returns a password hash: for the credential check only, never for display. */
export async function getCredentials(email: string) {
  const db = await getDb();
  const [row] = await db
    .select({
      ...userColumns,
      passwordHash: users.passwordHash,
      lockedUntil: users.lockedUntil,
      totpEnabled: sql<boolean>`${users.totpEnabledAt} is not null`,
      hasPasskey,
    })
    .from(users)
    .where(eq(sql`lower(${users.email})`, email.toLowerCase()));
  return row ?? null;
}

/** The password hash of one user, to confirm their current password before a change. */
export async function getPasswordHash(id: string): Promise<string | null> {
  const db = await getDb();
  const [row] = await db.select({ passwordHash: users.passwordHash }).from(users).where(eq(users.id, id));
  return row?.passwordHash ?? null;
}

/** A person's two-factor state: the sealed secret (pending or in force), the recovery codes left, their passkeys. */
export async function getTwoFactor(userId: string) {
  const db = await getDb();
  const [row] = await db
    .select({
      sealed: users.totpSecret,
      enabledAt: users.totpEnabledAt,
      codesLeft: sql<number>`(select count(*)::int from recovery_codes rc where rc.user_id = ${userId} and rc.used_at is null)`,
      passkeys: sql<number>`(select count(*)::int from passkeys pk where pk.user_id = ${userId})`,
    })
    .from(users)
    .where(eq(users.id, userId));
  return row ?? null;
}

/** Each person's sections (Staff, "Sections they edit"). */
export async function listSectionEditors(): Promise<Map<string, string[]>> {
  const db = await getDb();
  const rows = await db.select().from(sectionEditors);
  const byPerson = new Map<string, string[]>();
  for (const r of rows) byPerson.set(r.userId, [...(byPerson.get(r.userId) ?? []), r.sectionId]);
  return byPerson;
}
