import NextAuth from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { authConfig } from "./auth.config";
import { createSession, revokeSession } from "./db/mutations/sessions";
import { authenticate, clientIp } from "./lib/auth/authenticate";
import { currentDeviceCookie, rememberDevice } from "./lib/auth/device-cookie";
import { sessionAbsoluteMs } from "./lib/auth/session-policy";
import { writer } from "@/db/mutations/writer";

export const { auth, handlers, signIn, signOut } = NextAuth({
  ...authConfig,
  logger: {
    // A wrong password is expected, and already an audit event; keep it out of the error log.
    error(error) {
      if (error.name !== "CredentialsSignin") console.error(error);
    },
  },
  events: {
    // Signing out ends the session row, so a copy of the cookie taken before stops working too.
    async signOut(message) {
      const token = "token" in message ? message.token : null;
      if (token && typeof token.sid === "string" && typeof token.uid === "string")
        await revokeSession(await writer(), token.sid, token.uid, token.uid);
    },
  },
  providers: [
    Credentials({
      credentials: { email: { label: "Email" }, password: { label: "Password", type: "password" } },
      async authorize(credentials, request) {
        const email = typeof credentials.email === "string" ? credentials.email : "";
        const password = typeof credentials.password === "string" ? credentials.password : "";
        if (!email || !password) return null;
        const ip = clientIp(request.headers);
        const claims = await authenticate(email, password, ip, new Date(), await currentDeviceCookie());
        if (!claims) return null;
        if (claims.device) await rememberDevice(claims.device);
        const sid = await createSession(await writer(), {
          userId: claims.uid,
          expiresAt: new Date(Date.now() + sessionAbsoluteMs()),
          ip,
          userAgent: request.headers.get("user-agent"),
        });
        return { id: claims.uid, sv: claims.sv, role: claims.role, sid };
      },
    }),
  ],
});
