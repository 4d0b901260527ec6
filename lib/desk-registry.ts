import type { Capability } from "./capabilities";

/**
 * Every desk page and route handler with the capability it needs (actions carry theirs in deskAction()). Pages
 * look their guard up here (lib/authz.ts), and lib/auth/role-matrix.int.test.ts fails when one exists without an entry.
 * "public" entries are reachable signed out (the sign-in form); "account.self" is any signed-in staff member.
 */
export const deskPages = {
  "/admin": "desk.view",
  "/admin/stories": "desk.view",
  "/admin/stories/[id]": "desk.view", // and the story's writer or story.editAny
  "/admin/stories/[id]/revisions": "desk.view", // likewise
  "/admin/preview/[id]": "desk.view", // likewise
  "/admin/audit": "story.publish",
  "/admin/media": "desk.view", // the photo library; uploading needs media.upload
  "/admin/authors": "author.manage",
  "/admin/staff": "staff.manage",
  "/admin/settings": "settings.manage",
  "/admin/api-keys": "settings.manage", // content API keys: who reads the newsroom's stories outside its pages
  "/admin/webhooks": "settings.manage", // partners told of story events
  "/admin/webhooks/[id]": "settings.manage", // an endpoint's delivery log
  "/admin/account": "account.self",
  "/admin/notifications": "account.self", // each person's own notifications and email choices
  "/admin/front-page": "frontpage.manage",
  "/admin/front-page/preview": "frontpage.manage", // an unsaved layout, rendered as readers would see it
  "/admin/budget": "budget.view", // planning it (and assigning) needs budget.manage
  "/login": "public",
  "/login/forgot": "public", // asks for an email; the same answer whether or not it has an account
  "/login/join/[token]": "public", // an invitation's link: the token is the credential (db/queries/account-links.ts)
  "/login/reset/[token]": "public", // a password reset's link, likewise
} as const satisfies Record<string, Capability | "public">;

/** Route handlers: "internal" ones answer only the server itself (a token), whoever is signed in. */
export const deskRouteHandlers: Record<string, Capability | "public" | "internal"> = {
  "/api/auth/[...nextauth]": "public", // Auth.js itself: sign-in goes through lib/auth/authenticate.ts
  "/api/scheduler": "internal", // the server's own timer, with a token from AUTH_SECRET (lib/scheduler.ts)
  "/api/bench/story": "internal", // npm run bench only: a 404 unless the server runs with BENCH_TOKEN
  "/healthz": "public", // load balancers: liveness, says nothing
  "/readyz": "public", // load balancers: database and Redis reachable, says only ready or not
  "/media/[...key]": "public", // stored images, public like the pages that show them
  "/admin/media/upload": "media.upload", // checks the session itself: proxy.ts skips it (body size)
  "/admin/media/search": "desk.view",
  "/admin/stories/[id]/release": "desk.view", // the editor's beacon on leaving: lets go of one's own lock only
  // Reader feeds and discovery: public, and their queries return published stories only.
  "/feed.xml": "public",
  "/feeds/section/[slug]": "public",
  "/feeds/author/[slug]": "public",
  "/feeds/language/[lang]": "public",
  "/sitemap.xml": "public",
  "/sitemaps/[file]": "public",
  "/news-sitemap.xml": "public",
  "/robots.txt": "public",
  "/[section]/[slug]/updates.json": "public", // a live story's updates: published, live stories only
  // The content API: no session, a key checked by each route (lib/api/http.ts); published stories only.
  "/api/v1/stories": "public",
  "/api/v1/stories/[slug]": "public",
  "/api/v1/sections": "public",
  "/api/v1/tags": "public",
  "/api/v1/authors": "public",
  "/api/v1/search": "public",
  "/api/v1/openapi.json": "public", // the API's description, open without a key
};

export type DeskPage = keyof typeof deskPages;

/** The registry key of a desk path ("/admin/stories/abc" → "/admin/stories/[id]"); null for paths not listed. */
export function deskPageKey(pathname: string): DeskPage | null {
  const path = pathname.replace(/(?<!\/)\/+$/, "") || "/";
  if (path in deskPages) return path as DeskPage;
  if (/^\/admin\/stories\/[^/]+$/.test(path)) return "/admin/stories/[id]";
  if (/^\/admin\/stories\/[^/]+\/revisions$/.test(path)) return "/admin/stories/[id]/revisions";
  if (/^\/admin\/preview\/[^/]+$/.test(path)) return "/admin/preview/[id]";
  if (/^\/admin\/webhooks\/[^/]+$/.test(path)) return "/admin/webhooks/[id]";
  if (/^\/login\/join\/[^/]+$/.test(path)) return "/login/join/[token]";
  if (/^\/login\/reset\/[^/]+$/.test(path)) return "/login/reset/[token]";
  return null;
}
