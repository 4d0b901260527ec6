import "server-only";
import { and, asc, eq, isNull, lt, lte, sql } from "drizzle-orm";
import type { Database } from "../client";
import { mailOutbox } from "../schema";

export type OutgoingMail = { to: string; subject: string; text: string; html?: string | null };
export type ClaimedMail = OutgoingMail & { id: number; attempts: number };

/** After this many failures a mail stays in the outbox with its last error, for someone to look at. */
export const MAIL_MAX_ATTEMPTS = 8;
/** How long a claimed mail is hidden from other senders while this one talks to the server. */
const CLAIM_MINUTES = 5;

/** Queues a mail; pass the transaction of what it tells about, so it is written with it or not at all. */
export async function enqueueMail(db: Database, mail: OutgoingMail): Promise<void> {
  await db.insert(mailOutbox).values({ to: mail.to, subject: mail.subject, text: mail.text, html: mail.html ?? null });
}

/**
 * Takes the oldest due mail for this sender. SKIP LOCKED lets several instances claim at once without waiting,
 * and pushing next_attempt_at on hides the row from them until this sender reports (or a crash's lease ends).
 */
export async function claimDueMail(db: Database): Promise<ClaimedMail | null> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .select({
        id: mailOutbox.id,
        to: mailOutbox.to,
        subject: mailOutbox.subject,
        text: mailOutbox.text,
        html: mailOutbox.html,
        attempts: mailOutbox.attempts,
      })
      .from(mailOutbox)
      .where(
        and(
          isNull(mailOutbox.sentAt),
          lte(mailOutbox.nextAttemptAt, sql`now()`),
          lt(mailOutbox.attempts, MAIL_MAX_ATTEMPTS),
        ),
      )
      .orderBy(asc(mailOutbox.nextAttemptAt), asc(mailOutbox.id))
      .limit(1)
      .for("update", { skipLocked: true });
    if (!row) return null;
    await tx
      .update(mailOutbox)
      .set({ nextAttemptAt: sql`now() + make_interval(mins => ${CLAIM_MINUTES})` })
      .where(eq(mailOutbox.id, row.id));
    return row;
  });
}

export async function markMailSent(db: Database, id: number): Promise<void> {
  await db
    .update(mailOutbox)
    .set({ sentAt: sql`now()`, attempts: sql`${mailOutbox.attempts} + 1`, lastError: null })
    .where(eq(mailOutbox.id, id));
}

/** A failed try waits 1, 2, 4 … minutes before the next. */
export async function markMailFailed(db: Database, id: number, error: string): Promise<void> {
  await db
    .update(mailOutbox)
    .set({
      attempts: sql`${mailOutbox.attempts} + 1`,
      nextAttemptAt: sql`now() + make_interval(mins => power(2, ${mailOutbox.attempts})::int)`,
      lastError: error.slice(0, 1000),
    })
    .where(eq(mailOutbox.id, id));
}
