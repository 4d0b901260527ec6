import "server-only";
import { touchSession } from "@/db/mutations/sessions";
import { getLiveSession } from "@/db/queries/sessions";
import { getUserRecord, type UserRecord } from "@/db/queries/users";
import { roleCan, type Capability } from "@/lib/capabilities";
import type { WorkflowActor } from "@/lib/story/workflow";
import { SESSION_IDLE_MS } from "./session-policy";
import { writer } from "@/db/mutations/writer";

/** The signed-in user, the session row their cookie names, and how that session was opened. */
export type Actor = UserRecord & { sessionId: string; signInMethod?: string };

/** What the session cookie claims; trusted only after resolveActor() checked it against the database. */
export type Claims = { uid?: unknown; sv?: unknown; sid?: unknown } | null | undefined;

/**
 * The user behind a session, loaded fresh from the database: null when the account is gone or deactivated, its
 * session version moved on (role change, deactivation, password reset), or the session row the cookie names was
 * ended (sign out, ended from the desk), ran past its absolute end or sat idle too long. So a copied cookie dies
 * with the session on the server, not when it expires.
 */
export async function resolveActor(claims: Claims): Promise<Actor | null> {
  if (!claims || typeof claims.uid !== "string" || typeof claims.sv !== "number" || typeof claims.sid !== "string")
    return null;
  const [user, session] = await Promise.all([
    getUserRecord(claims.uid),
    getLiveSession(claims.sid, claims.uid, SESSION_IDLE_MS),
  ]);
  if (!user || !user.active || user.sessionVersion !== claims.sv || !session) return null;
  await touchSession(await writer(), session.id);
  // The identity provider is trusted for its own second factor (Workspace and Entra enforce theirs), so a session
  // opened through SSO meets the two-factor policy; a password session of the same person still has to.
  const viaSso = session.method === "sso";
  return {
    ...user,
    mustSetUpTwoFactor: user.mustSetUpTwoFactor && !viaSso,
    sessionId: session.id,
    signInMethod: session.method,
  };
}

/** Capability checks read the database role, never the cookie's, so a demotion takes effect at once. */
export function can(actor: Actor | null, capability: Capability | "public"): boolean {
  if (capability === "public") return true;
  return actor !== null && roleCan(actor.role, capability);
}

/**
 * The check every desk action and page runs: allowed for this capability, and nothing pending that comes first
 * (a new password, or the two factors the newsroom requires): until then, only their own account.
 */
export function permits(actor: Actor | null, capability: Capability | "public"): boolean {
  if (capability === "public") return true;
  if (!actor || ((actor.mustChangePassword || actor.mustSetUpTwoFactor) && capability !== "account.self")) return false;
  return can(actor, capability);
}

/** A user as the workflow table sees them (lib/story/workflow.ts stays free of server imports). */
export const asWorkflowActor = (a: Actor): WorkflowActor => ({ id: a.id, can: (c) => can(a, c) });
