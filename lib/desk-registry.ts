import type { Capability } from "./capabilities";

/**
 * Every desk page, server action and route handler with the capability it needs. Pages and actions look their
 * guard up here (lib/authz.ts), and lib/auth/role-matrix.int.test.ts fails when one exists without an entry.
 * "public" entries are reachable signed out (the sign-in form); "account.self" is any signed-in staff member.
 */
export const deskPages = {
  "/admin": "desk.view",
  "/admin/stories": "desk.view",
  "/admin/stories/[id]": "desk.view", // and canEditStory() for the story itself
  "/admin/authors": "author.manage",
  "/admin/staff": "staff.manage",
  "/admin/settings": "settings.manage",
  "/admin/account": "account.self",
  "/login": "public",
} as const satisfies Record<string, Capability | "public">;

export const deskActions = {
  loginAction: "public",
  signOutAction: "public",
  updateStoryAction: "desk.view", // and canEditStory()
  publishStoryAction: "story.publish",
  unpublishStoryAction: "story.publish",
  createAuthorAction: "author.manage",
  createStaffAction: "staff.manage",
  changeRoleAction: "staff.manage",
  setActiveAction: "staff.manage",
  resetPasswordAction: "staff.manage",
  updateSettingsAction: "settings.manage",
  changePasswordAction: "account.self",
  updateProfileAction: "account.self",
  signOutEverywhereAction: "account.self",
  endSessionAction: "account.self",
  endStaffSessionsAction: "staff.manage",
} as const satisfies Record<string, Capability | "public">;

export const deskRouteHandlers = {
  "/api/auth/[...nextauth]": "public", // Auth.js itself: sign-in goes through lib/auth/authenticate.ts
  "/media/[...key]": "public", // stored images, public like the pages that show them
  // Reader feeds and discovery: public, and their queries return published stories only.
  "/feed.xml": "public",
  "/feeds/section/[slug]": "public",
  "/feeds/author/[slug]": "public",
  "/sitemap.xml": "public",
  "/news-sitemap.xml": "public",
  "/robots.txt": "public",
} as const satisfies Record<string, Capability | "public">;

export type DeskPage = keyof typeof deskPages;
export type DeskAction = keyof typeof deskActions;

/** The registry key of a desk path ("/admin/stories/abc" → "/admin/stories/[id]"); null for paths not listed. */
export function deskPageKey(pathname: string): DeskPage | null {
  const path = pathname.replace(/\/+$/, "") || "/";
  if (path in deskPages) return path as DeskPage;
  if (/^\/admin\/stories\/[^/]+$/.test(path)) return "/admin/stories/[id]";
  return null;
}
