import "server-only";
import { recordAudit } from "@/db/mutations/audit";
import { createSession } from "@/db/mutations/sessions";
import { writer } from "@/db/mutations/writer";
import { getCredentials } from "@/db/queries/users";
import { sessionAbsoluteMs } from "./session-policy";
import type { SessionClaims } from "./authenticate";
import type { SsoRefusal } from "./sso";

export type SsoSignIn = (SessionClaims & { sid: string; ok: true }) | { ok: false; reason: SsoRefusal };

/**
 * An OpenID Connect sign-in, matched to an existing active staff account by the provider's verified email (case
 * does not matter). It never creates an account, and nothing in the provider's claims sets a role: the role is
 * ours. A match opens a session row like a password sign-in does (method "sso") and is audited like one.
 */
export async function signInWithSso(
  profile: { email?: unknown; email_verified?: unknown; [claim: string]: unknown },
  request: { ip: string; userAgent: string | null },
  now = new Date(),
): Promise<SsoSignIn> {
  const email = typeof profile.email === "string" ? profile.email.trim().toLowerCase().slice(0, 320) : "";
  // Some providers send the claim as the string "true"; nothing else counts as verified.
  const verified = !!email && (profile.email_verified === true || profile.email_verified === "true");
  const user = verified ? await getCredentials(email) : null;
  const db = await writer();
  if (!verified || !user?.active) {
    await recordAudit(db, {
      actorId: null,
      action: "auth.failure",
      entityType: "user",
      entityId: user?.id,
      ip: request.ip,
      detail: { email, method: "sso", reason: !verified ? "unverified_email" : user ? "inactive" : "unknown_email" },
    });
    return { ok: false, reason: !verified ? "sso_unverified" : "sso_no_account" };
  }
  const sid = await createSession(db, {
    userId: user.id,
    expiresAt: new Date(now.getTime() + sessionAbsoluteMs()),
    ip: request.ip,
    userAgent: request.userAgent,
    method: "sso",
  });
  await recordAudit(db, {
    actorId: user.id,
    action: "auth.sign_in",
    entityType: "user",
    entityId: user.id,
    ip: request.ip,
    detail: { email, method: "sso", session: sid },
  });
  return { ok: true, uid: user.id, sv: user.sessionVersion, role: user.role, sid };
}
