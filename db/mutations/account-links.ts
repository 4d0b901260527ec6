import "server-only";
import { randomBytes } from "node:crypto";
import { and, eq, gt, isNull, sql } from "drizzle-orm";
import type { Database } from "../client";
import { accountLinks, loginAttempts, sessions, users } from "../schema";
import { hashLinkToken, invitePending, type LinkPurpose } from "../queries/account-links";
import { recordAudit } from "./audit";
import { enqueueMail } from "./mail-outbox";
import { deskLink } from "./notify";
import { insertStaff } from "./users";
import type { Role } from "@/lib/capabilities";

export const INVITE_TTL_MS = 72 * 3600_000;
export const RESET_TTL_MS = 15 * 60_000;
/** Reset mails per address and per client address in an hour: enough for a typo and a retry, too few to bomb. */
export const RESET_LIMITS = { perEmail: 3, perIp: 20, windowMs: 3600_000 };
const ttl: Record<LinkPurpose, number> = { invite: INVITE_TTL_MS, reset: RESET_TTL_MS };
const pagePath: Record<LinkPurpose, string> = { invite: "/login/join/", reset: "/login/reset/" };

/** A new link for a person; the older open links of the same purpose end now (a new link ends the old one). */
async function issueLink(
  tx: Database,
  userId: string,
  purpose: LinkPurpose,
  createdBy: string | null,
  now: Date,
): Promise<string> {
  await tx
    .update(accountLinks)
    .set({ expiresAt: now })
    .where(
      and(
        eq(accountLinks.userId, userId),
        eq(accountLinks.purpose, purpose),
        isNull(accountLinks.usedAt),
        gt(accountLinks.expiresAt, now),
      ),
    );
  const token = randomBytes(32).toString("base64url");
  await tx.insert(accountLinks).values({
    userId,
    purpose,
    tokenHash: hashLinkToken(token),
    expiresAt: new Date(now.getTime() + ttl[purpose]),
    createdBy,
    createdAt: now,
  });
  return deskLink(pagePath[purpose] + token);
}

const roleName: Record<Role, string> = { journalist: "a journalist", editor: "an editor", admin: "an admin" };

async function mailInvitation(
  tx: Database,
  to: { email: string; name: string; role: Role },
  inviter: string,
  link: string,
) {
  await enqueueMail(tx, {
    to: to.email,
    subject: "You are invited to the newsroom's desk",
    text: `Hello ${to.name},\n\n${inviter} invited you to the Masthead desk as ${roleName[to.role]}. Choose your password here (the link works once, for 72 hours):\n\n${link}\n\nIf you were not expecting this, ignore this mail: no account opens without the link.\n`,
  });
}

/**
 * Opens an account without a usable password (the caller passes the hash of a random secret nobody keeps) and
 * mails its owner a link to choose one. Throws EmailTakenError when the address already has an account.
 */
export async function createInvitation(
  db: Database,
  input: { email: string; name: string; role: Role; unusableHash: string },
  actor: { id: string; name: string },
  now = new Date(),
): Promise<string> {
  return db.transaction(async (tx) => {
    const id = await insertStaff(tx, {
      email: input.email,
      name: input.name,
      role: input.role,
      passwordHash: input.unusableHash,
    });
    const link = await issueLink(tx, id, "invite", actor.id, now);
    await mailInvitation(tx, input, actor.name, link);
    await recordAudit(tx, {
      actorId: actor.id,
      action: "staff.invite",
      entityType: "user",
      entityId: id,
      detail: { role: input.role },
    });
    return id;
  });
}

/** A pending invitation, by account: null when the person has joined, or there is no such invitation. */
async function pendingInvitee(tx: Database, userId: string) {
  const [row] = await tx
    .select({ id: users.id, email: users.email, name: users.name, role: users.role })
    .from(users)
    .where(and(eq(users.id, userId), invitePending()))
    .for("update");
  return row ?? null;
}

/** Mails a new link to a person who has not joined yet; their older link stops working. False when none is pending. */
export async function resendInvitation(
  db: Database,
  userId: string,
  actor: { id: string; name: string },
  now = new Date(),
): Promise<boolean> {
  return db.transaction(async (tx) => {
    const person = await pendingInvitee(tx, userId);
    if (!person) return false;
    await mailInvitation(tx, person, actor.name, await issueLink(tx, person.id, "invite", actor.id, now));
    await recordAudit(tx, { actorId: actor.id, action: "staff.invite_resend", entityType: "user", entityId: userId });
    return true;
  });
}

/** Withdraws an invitation nobody answered: the account, which never held a password or wrote a line, goes. */
export async function cancelInvitation(db: Database, userId: string, actorId: string): Promise<boolean> {
  return db.transaction(async (tx) => {
    const person = await pendingInvitee(tx, userId);
    if (!person) return false;
    await tx.delete(users).where(eq(users.id, person.id));
    await recordAudit(tx, {
      actorId,
      action: "staff.invite_cancel",
      entityType: "user",
      entityId: userId,
      detail: { email: person.email },
    });
    return true;
  });
}

/**
 * "Forgot password": mails a reset link when the address belongs to an active account that has joined; otherwise
 * writes nothing. The caller answers the same either way. Returns whether a mail was queued (for tests and logs).
 */
export async function requestPasswordReset(db: Database, email: string, ip: string, now = new Date()) {
  return db.transaction(async (tx) => {
    const [person] = await tx
      .select({ id: users.id, email: users.email, name: users.name })
      .from(users)
      .where(
        and(
          eq(sql`lower(${users.email})`, email.trim().toLowerCase()),
          eq(users.active, true),
          sql`not ${invitePending()}`,
        ),
      );
    if (!person) return false;
    const link = await issueLink(tx, person.id, "reset", null, now);
    await enqueueMail(tx, {
      to: person.email,
      subject: "Reset your desk password",
      text: `Hello ${person.name},\n\nSomeone (we hope you) asked to reset the password of your Masthead desk account. Choose a new one here (the link works once, for 15 minutes):\n\n${link}\n\nChoosing a new password signs you out everywhere. If you did not ask for this, ignore this mail: your password stays as it is.\n`,
    });
    await recordAudit(tx, {
      actorId: null,
      action: "account.reset_request",
      entityType: "user",
      entityId: person.id,
      ip,
    });
    return true;
  });
}

export type SpentLink =
  { ok: true; userId: string; email: string } | { ok: false; reason: "unknown" | "used" | "expired" };

/**
 * Spends a link on a new password, once: sets the password, ends every session of the person (the version in their
 * cookies and every session row), lifts a lock and clears failed sign-ins. Two factors stay as they were.
 */
export async function spendAccountLink(
  db: Database,
  input: { token: string; purpose: LinkPurpose; passwordHash: string; ip: string | null },
  now = new Date(),
): Promise<SpentLink> {
  return db.transaction(async (tx) => {
    const [link] = await tx
      .select({
        id: accountLinks.id,
        userId: users.id,
        email: users.email,
        active: users.active,
        usedAt: accountLinks.usedAt,
        expiresAt: accountLinks.expiresAt,
      })
      .from(accountLinks)
      .innerJoin(users, eq(users.id, accountLinks.userId))
      .where(and(eq(accountLinks.tokenHash, hashLinkToken(input.token)), eq(accountLinks.purpose, input.purpose)))
      .for("update");
    if (!link || !link.active) return { ok: false, reason: "unknown" } as const;
    if (link.usedAt) return { ok: false, reason: "used" } as const;
    if (link.expiresAt <= now) return { ok: false, reason: "expired" } as const;
    await tx.update(accountLinks).set({ usedAt: now }).where(eq(accountLinks.id, link.id));
    await tx
      .update(users)
      .set({
        passwordHash: input.passwordHash,
        mustChangePassword: false,
        lockedUntil: null,
        sessionVersion: sql`${users.sessionVersion} + 1`,
        updatedAt: now,
      })
      .where(eq(users.id, link.userId));
    await tx
      .update(sessions)
      .set({ revokedAt: now })
      .where(and(eq(sessions.userId, link.userId), isNull(sessions.revokedAt)));
    await tx
      .delete(loginAttempts)
      .where(and(eq(loginAttempts.succeeded, false), eq(loginAttempts.emailKey, link.email.toLowerCase())));
    await recordAudit(tx, {
      actorId: link.userId,
      action: input.purpose === "invite" ? "staff.invite_accept" : "account.reset_done",
      entityType: "user",
      entityId: link.userId,
      ip: input.ip,
    });
    return { ok: true, userId: link.userId, email: link.email } as const;
  });
}
