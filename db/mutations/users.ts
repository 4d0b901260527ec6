import "server-only";
import type { Database } from "../client";
import { and, eq, inArray, sql } from "drizzle-orm";
import { loginAttempts, sectionEditors, sections, users } from "../schema";
import { recordAudit } from "./audit";
import type { Role } from "@/lib/capabilities";

export class EmailTakenError extends Error {}

/** A new staff row, refused when the email (any case) already has one; in the caller's transaction. */
export async function insertStaff(tx: Database, values: typeof users.$inferInsert): Promise<string> {
  const [taken] = await tx
    .select({ id: users.id })
    .from(users)
    .where(eq(sql`lower(${users.email})`, values.email.toLowerCase()));
  if (taken) throw new EmailTakenError("A staff account with this email exists.");
  const [row] = await tx.insert(users).values(values).returning({ id: users.id });
  return row!.id;
}

export async function createUser(
  db: Database,
  input: { email: string; name: string; role: Role; passwordHash: string; mustChangePassword: boolean },
  actorId: string | null,
): Promise<string> {
  return db.transaction(async (tx) => {
    const id = await insertStaff(tx, input);
    await recordAudit(tx, {
      actorId,
      action: "staff.create",
      entityType: "user",
      entityId: id,
      detail: { role: input.role },
    });
    return id;
  });
}

/** Changes a user's role; their existing sessions end on their next request. */
export async function setUserRole(db: Database, id: string, role: Role, actorId: string): Promise<void> {
  await db.transaction(async (tx) => {
    await tx
      .update(users)
      .set({ role, sessionVersion: sql`${users.sessionVersion} + 1`, updatedAt: sql`now()` })
      .where(eq(users.id, id));
    await recordAudit(tx, { actorId, action: "staff.role", entityType: "user", entityId: id, detail: { role } });
  });
}

/**
 * The sections a person edits, replacing the ones before; only sections that exist are kept. Returns how many.
 * Editors and admins only: who may approve is the role's, this says whom a submission goes to first.
 */
export async function setSectionEditor(
  db: Database,
  userId: string,
  sectionIds: string[],
  actorId: string,
): Promise<number> {
  return db.transaction(async (tx) => {
    const known = sectionIds.length
      ? await tx.select({ id: sections.id }).from(sections).where(inArray(sections.id, sectionIds))
      : [];
    await tx.delete(sectionEditors).where(eq(sectionEditors.userId, userId));
    if (known.length) await tx.insert(sectionEditors).values(known.map((s) => ({ sectionId: s.id, userId })));
    await recordAudit(tx, {
      actorId,
      action: "staff.sections",
      entityType: "user",
      entityId: userId,
      detail: { sectionIds: known.map((s) => s.id) },
    });
    return known.length;
  });
}

export async function setUserActive(db: Database, id: string, active: boolean, actorId: string): Promise<void> {
  await db.transaction(async (tx) => {
    await tx
      .update(users)
      .set({ active, sessionVersion: sql`${users.sessionVersion} + 1`, updatedAt: sql`now()` })
      .where(eq(users.id, id));
    await recordAudit(tx, {
      actorId,
      action: active ? "staff.reactivate" : "staff.deactivate",
      entityType: "user",
      entityId: id,
    });
  });
}

/** Sets a new password hash. A reset by someone else ends sessions and asks for a new password at next sign-in. */
export async function setUserPassword(
  db: Database,
  id: string,
  passwordHash: string,
  opts: { mustChange: boolean; endSessions: boolean },
  actorId: string | null,
): Promise<void> {
  await db.transaction(async (tx) => {
    await tx
      .update(users)
      .set({
        passwordHash,
        mustChangePassword: opts.mustChange,
        lockedUntil: null,
        updatedAt: sql`now()`,
        ...(opts.endSessions ? { sessionVersion: sql`${users.sessionVersion} + 1` } : {}),
      })
      .where(eq(users.id, id));
    // A new password lifts the lock too: the account's failed sign-ins (which is what closes it, see
    // db/mutations/login-attempts.ts) no longer count. Each failure stays in the audit log.
    await tx
      .delete(loginAttempts)
      .where(
        and(
          eq(loginAttempts.succeeded, false),
          eq(loginAttempts.emailKey, sql`(select lower(${users.email}) from ${users} where ${users.id} = ${id})`),
        ),
      );
    await recordAudit(tx, {
      actorId,
      action: actorId === id ? "account.password" : "staff.reset_password",
      entityType: "user",
      entityId: id,
    });
  });
}

export async function setUserName(db: Database, id: string, name: string): Promise<void> {
  await db.transaction(async (tx) => {
    await tx
      .update(users)
      .set({ name, updatedAt: sql`now()` })
      .where(eq(users.id, id));
    await recordAudit(tx, { actorId: id, action: "account.profile", entityType: "user", entityId: id });
  });
}

/** "Sign out everywhere": every cookie issued before this stops working. */
export async function endAllSessions(db: Database, id: string): Promise<void> {
  await db.transaction(async (tx) => {
    await tx
      .update(users)
      .set({ sessionVersion: sql`${users.sessionVersion} + 1` })
      .where(eq(users.id, id));
    await recordAudit(tx, { actorId: id, action: "account.sign_out_everywhere", entityType: "user", entityId: id });
  });
}
