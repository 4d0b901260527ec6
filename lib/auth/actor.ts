import "server-only";
import { getUserRecord, type UserRecord } from "@/db/queries/users";
import { roleCan, type Capability } from "@/lib/capabilities";

export type Actor = UserRecord;

/** What the session cookie claims; trusted only after resolveActor() checked it against the database. */
export type Claims = { uid?: unknown; sv?: unknown } | null | undefined;

/**
 * The user behind a session, loaded fresh from the database: null when the account is gone, deactivated, or its
 * session version moved on (role change, deactivation, password reset, "sign out everywhere").
 */
export async function resolveActor(claims: Claims): Promise<Actor | null> {
  if (!claims || typeof claims.uid !== "string" || typeof claims.sv !== "number") return null;
  const user = await getUserRecord(claims.uid);
  if (!user || !user.active || user.sessionVersion !== claims.sv) return null;
  return user;
}

/** Capability checks read the database role, never the cookie's, so a demotion takes effect at once. */
export function can(actor: Actor | null, capability: Capability | "public"): boolean {
  if (capability === "public") return true;
  return actor !== null && roleCan(actor.role, capability);
}

/** The check every desk action and page runs: allowed for this capability, and no new password pending. */
export function permits(actor: Actor | null, capability: Capability | "public"): boolean {
  if (capability === "public") return true;
  if (!actor || (actor.mustChangePassword && capability !== "account.self")) return false;
  return can(actor, capability);
}
