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

/** The statuses in which a writer may still change their own story: before submission, or when sent back. */
export const ownEditableStatuses = ["draft", "returned"] as const;

/** A story may be edited by an editor, or by its writer while it is a draft or returned (not awaiting approval). */
export function canEditStory(actor: Actor | null, story: { createdBy: string | null; status: string }): boolean {
  if (can(actor, "story.editAny")) return true;
  return can(actor, "story.editOwn") && story.createdBy === actor!.id
    && (ownEditableStatuses as readonly string[]).includes(story.status);
}

/** The statuses a save by this actor may land on (checked again in the UPDATE itself); undefined for editors. */
export function editableStatusesFor(actor: Actor | null): readonly (typeof ownEditableStatuses)[number][] | undefined {
  return can(actor, "story.editAny") ? undefined : ownEditableStatuses;
}

/** The check every desk action and page runs: allowed for this capability, and no new password pending. */
export function permits(actor: Actor | null, capability: Capability | "public"): boolean {
  if (capability === "public") return true;
  if (!actor || (actor.mustChangePassword && capability !== "account.self")) return false;
  return can(actor, capability);
}
