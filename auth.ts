import NextAuth from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { authConfig } from "./auth.config";
import { authenticate, clientIp } from "./lib/auth/authenticate";

export const { auth, handlers, signIn, signOut } = NextAuth({
  ...authConfig,
  logger: {
    // A wrong password is expected, and already an audit event; keep it out of the error log.
    error(error) {
      if (error.name !== "CredentialsSignin") console.error(error);
    },
  },
  providers: [
    Credentials({
      credentials: { email: { label: "Email" }, password: { label: "Password", type: "password" } },
      async authorize(credentials, request) {
        const email = typeof credentials.email === "string" ? credentials.email : "";
        const password = typeof credentials.password === "string" ? credentials.password : "";
        if (!email || !password) return null;
        const claims = await authenticate(email, password, clientIp(request.headers));
        return claims ? { id: claims.uid, sv: claims.sv, role: claims.role } : null;
      },
    }),
  ],
});
