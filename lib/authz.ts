import "server-only";
import { forbidden, redirect } from "next/navigation";
import { auth } from "@/auth";
import { can, resolveActor, type Actor, type Claims } from "./auth/actor";
import type { Capability } from "./capabilities";
import { deskPages, type DeskPage } from "./desk-registry";

export { asWorkflowActor, can, type Actor } from "./auth/actor";
export { roleCan, type Capability, type Role } from "./capabilities";

/** The signed-in user, checked against the database on every call; null when signed out or the session ended. */
// Not memoised per request on purpose: an action that changes the user (a new password, a role) is followed by a
// render in the same request, which must see the user as now stored.
export async function currentUser(): Promise<Actor | null> {
  return resolveActor((await auth()) as Claims);
}

/** For pages: sends a visitor without a valid session to sign in; asks for a new password when one is due. */
export async function requireUser(opts: { allowPasswordChange?: boolean } = {}): Promise<Actor> {
  const actor = await currentUser();
  if (!actor) redirect("/login");
  if (actor.mustChangePassword && !opts.allowPasswordChange) redirect("/admin/account?first=1");
  if (actor.mustSetUpTwoFactor && !opts.allowPasswordChange) redirect("/admin/account?two-factor=1");
  return actor;
}

/** For pages: the user when they hold the capability; a plain 403 page otherwise. */
export async function requireCapability(
  capability: Capability | "public",
  opts?: { allowPasswordChange?: boolean },
): Promise<Actor> {
  const actor = await requireUser(opts);
  if (!can(actor, capability)) forbidden();
  return actor;
}

export function requirePage(page: DeskPage): Promise<Actor> {
  return requireCapability(deskPages[page], { allowPasswordChange: page === "/admin/account" });
}
