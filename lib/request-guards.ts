/**
 * Checks proxy.ts runs before any page: pure functions of the request, no database, so they are unit tested.
 */

/** Paths that belong to the desk: the pages, the sign-in form and Auth.js's endpoints. */
export function isDeskPath(path: string): boolean {
  return path === "/admin" || path.startsWith("/admin/") || isSignInPath(path) || path.startsWith("/api/auth/");
}

/**
 * A mailed link's page (/login/join/…, /login/reset/…) whose token is not shaped like one (32 random bytes in
 * base64url): a 404 before any query. The page's own notFound() would come after its shell streamed with a 200.
 */
export function malformedLinkPath(path: string): boolean {
  const m = /^\/login\/(?:join|reset)\/([^/]*)$/.exec(path);
  return !!m && !/^[A-Za-z0-9_-]{43}$/.test(m[1]!);
}

/** Sign-in and the pages of its mailed links (forgot password, join, reset): the desk's, open without a session. */
export function isSignInPath(path: string): boolean {
  return path === "/login" || path.startsWith("/login/");
}

/**
 * The sign-in endpoints accept small forms only: a bigger one is refused (413) before it is read or hashed. The
 * sign-in form's server action (POST /login) is parsed by Next.js up to the actions' 10 MB limit, so a body that
 * does not declare its length there (chunked) is refused too (411); browsers always declare it. Auth.js's own
 * endpoints read at most MAX_SIGN_IN_BODY of such a body themselves (app/api/auth/[...nextauth]/route.ts).
 */
export const MAX_SIGN_IN_BODY = 16 * 1024;
export function signInBodyRefusal(method: string, path: string, contentLength: string | null): 411 | 413 | null {
  if (method !== "POST" || !(isSignInPath(path) || path.startsWith("/api/auth/"))) return null;
  if (contentLength === null) return isSignInPath(path) ? 411 : null;
  return !/^\d{1,9}$/.test(contentLength) || Number(contentLength) > MAX_SIGN_IN_BODY ? 413 : null;
}

const CONTROL = /[\u0000-\u001F\u007F]/;

/** A search query that is too long or carries control characters: a 400, not a query. */
export function badSearchQuery(params: URLSearchParams, max: number): boolean {
  return params.getAll("q").some((q) => q.length > max || CONTROL.test(q) || !q.isWellFormed());
}

/**
 * With DESK_URL set, the desk answers only on its own host and the reader site never on it, so reader pages (and
 * their third-party scripts) share no origin and no cookie with the desk. Returns where to send the request, or null.
 */
export function hostRedirect(
  url: URL,
  host: string | null,
  deskUrl: string | undefined,
  siteUrl: string | undefined,
): URL | null {
  if (!deskUrl) return null;
  const desk = new URL(deskUrl);
  const onDesk = (host ?? "").toLowerCase() === desk.host.toLowerCase();
  if (isDeskPath(url.pathname)) return onDesk ? null : new URL(url.pathname + url.search, desk.origin);
  if (!onDesk || !siteUrl) return null;
  const site = new URL(siteUrl);
  return site.host === desk.host ? null : new URL(url.pathname + url.search, site.origin);
}

/** The request's Cookie header without Auth.js's cookies: the reader host never passes a session to the app. */
export function withoutSessionCookies(cookie: string | null): string | null {
  if (!cookie) return cookie;
  const kept = cookie
    .split(";")
    .map((c) => c.trim())
    .filter((c) => c && !/^(__Secure-|__Host-)?authjs\./.test(c));
  return kept.join("; ");
}

/**
 * A path Next.js could not decode (an invalid %-escape or UTF-8 sequence) or that decodes to control characters
 * or an overlong segment: a 400 here, where Next.js itself would throw a 500 while matching the route.
 */
export function badPath(pathname: string): boolean {
  for (const segment of pathname.split("/")) {
    let decoded: string;
    try {
      decoded = decodeURIComponent(segment);
    } catch {
      return true;
    }
    if (decoded.length > 1024 || CONTROL.test(decoded) || !decoded.isWellFormed()) return true;
  }
  return false;
}

/**
 * A browser request sent from another site (fetch metadata), for the desk's routes that act on a signed-in
 * person's cookie outside a server action. Scripts send no such header and are judged by their session alone.
 */
export function fromAnotherSite(headers: Headers): boolean {
  const site = headers.get("sec-fetch-site");
  return !!site && site !== "same-origin";
}
