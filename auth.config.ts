import type { NextAuthConfig } from "next-auth";

const publicUrl = process.env.AUTH_URL || process.env.SITE_URL || "";

// Auth.js makes the cookie HttpOnly and SameSite=Lax. Secure follows the public URL's scheme when one is set, and
// is on in production when none is (a production site is served over https). An explicit http:// URL turns it
// off: the e2e suite runs a production build over plain http on 127.0.0.1, where a Secure cookie would never return.
export const secureCookies = publicUrl ? publicUrl.startsWith("https://") : process.env.NODE_ENV === "production";

/**
 * The database-free part of the Auth.js config, shared by proxy.ts and auth.ts.
 * Sessions are a signed JWT cookie carrying the user id, role, session version and the id of a row in the sessions
 * table; the desk re-reads both from the database on every request (lib/auth/actor.ts), so the cookie never
 * grants more than the database allows, and ending the row (sign out, the desk's session list) ends the cookie.
 * The cookie may live 7 days; the row enforces the idle limit and the absolute end (lib/auth/session-policy.ts).
 */
export const authConfig = {
  // Auth.js's own errors (an SSO provider that fails, a refused SSO sign-in) come back to the login page too.
  pages: { signIn: "/login", error: "/login" },
  session: { strategy: "jwt", maxAge: 7 * 24 * 60 * 60 },
  useSecureCookies: secureCookies,
  // __Host- (Secure, Path=/, no Domain): a sibling subdomain cannot plant a session cookie that shadows ours.
  ...(secureCookies && { cookies: { sessionToken: { name: "__Host-authjs.session-token", options: { path: "/" } } } }),
  providers: [],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        const u = user as { id?: string; sv?: number; role?: string; sid?: string };
        token.uid = u.id;
        token.sid = u.sid;
        token.sv = u.sv;
        token.role = u.role;
      }
      return token;
    },
    session({ session, token }) {
      // Only the claims the desk needs reach the client-visible session: no email beyond Auth.js's default. The session
      // id is no credential by itself (the cookie is HttpOnly and signed); the server checks it against its row.
      return { ...session, uid: token.uid, sv: token.sv, role: token.role, sid: token.sid } as typeof session;
    },
  },
} satisfies NextAuthConfig;
