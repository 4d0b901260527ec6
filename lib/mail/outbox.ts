import nodemailer from "nodemailer";
import type { Database } from "@/db/client";
import { claimDueMail, markMailFailed, markMailSent, type OutgoingMail } from "@/db/mutations/mail-outbox";
import { onShutdown, processSlot } from "@/db/process-state";

/** Something that delivers one mail, or throws. */
export type MailTransport = { send: (mail: OutgoingMail) => Promise<void>; close?: () => void };

const FROM = () => process.env.MAIL_FROM || "Masthead <desk@localhost>";

/** SMTP through nodemailer (SMTP_URL, e.g. smtps://user:pass@mail.example.com). Short timeouts: a pass gives up fast. */
export function smtpTransport(url: string): MailTransport {
  const t = nodemailer.createTransport(url, { connectionTimeout: 5000, greetingTimeout: 5000, socketTimeout: 10000 });
  return {
    send: async (m) => {
      await t.sendMail({ from: FROM(), to: m.to, subject: m.subject, text: m.text, html: m.html ?? undefined });
    },
    close: () => t.close(),
  };
}

/** Development without SMTP_URL: the mail is printed to the terminal and counts as sent. */
export const terminalTransport: MailTransport = {
  send: async (m) => console.log(`\n--- mail to ${m.to}: ${m.subject}\n${m.text}--- end of mail\n`),
};

/** This process's transport, made once; its pooled connections close at shutdown. */
export function mailTransport(): MailTransport {
  const slot = processSlot<MailTransport>("mailer");
  let t = slot.get();
  if (!t) {
    t = process.env.SMTP_URL ? smtpTransport(process.env.SMTP_URL) : terminalTransport;
    slot.set(t);
    const made = t;
    onShutdown(async () => made.close?.());
  }
  return t;
}

/**
 * One pass of the sender: claims due mails one at a time and sends them, up to `limit`. A failure is recorded
 * with its backoff and ends the pass (the server is likely down; the next pass tries again).
 */
export async function sendDueMail(
  db: Database,
  transport: MailTransport,
  limit = 20,
): Promise<{ sent: number; failed: number }> {
  let sent = 0;
  for (let i = 0; i < limit; i++) {
    const mail = await claimDueMail(db);
    if (!mail) break;
    try {
      await transport.send(mail);
    } catch (error) {
      await markMailFailed(db, mail.id, error instanceof Error ? error.message : String(error));
      console.error(`Mail to ${mail.to} could not be sent (try ${mail.attempts + 1}):`, error);
      return { sent, failed: 1 };
    }
    await markMailSent(db, mail.id);
    sent++;
  }
  return { sent, failed: 0 };
}
