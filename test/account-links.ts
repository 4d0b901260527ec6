import { desc, eq } from "drizzle-orm";
import { createInvitation, requestPasswordReset } from "@/db/mutations/account-links";
import { writer } from "@/db/mutations/writer";
import { mailOutbox } from "@/db/schema";
import { hashPassword } from "@/lib/password";

/** The token of the newest link mailed to an address (the mail is the only place a token is kept). */
export async function mailedToken(to: string, kind: "join" | "reset"): Promise<string> {
  const db = await writer();
  const [mail] = await db
    .select({ text: mailOutbox.text })
    .from(mailOutbox)
    .where(eq(mailOutbox.to, to))
    .orderBy(desc(mailOutbox.id))
    .limit(1);
  const m = new RegExp(`/login/${kind}/([A-Za-z0-9_-]{43})`).exec(mail?.text ?? "");
  if (!m) throw new Error(`no ${kind} link mailed to ${to}`);
  return m[1]!;
}

/** A pending invitation: the new account's id and email, and the token its mail carries. */
export async function makeInvitation(invitedBy: string) {
  const email = `invited-${Math.random().toString(36).slice(2, 8)}@example.com`;
  const id = await createInvitation(
    await writer(),
    { email, name: "Invited Person", role: "journalist", unusableHash: await hashPassword("unusable") },
    { id: invitedBy, name: "Admin" },
  );
  return { id, email, token: await mailedToken(email, "join") };
}

/** A reset link for an account, as "Forgot password" mails it. */
export async function makeResetLink(email: string): Promise<string> {
  await requestPasswordReset(await writer(), email, "unknown");
  return mailedToken(email, "reset");
}
