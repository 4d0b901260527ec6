import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { authConfig } from "./auth.config";
import { createSession, revokeSession } from "./db/mutations/sessions";
import { authenticate, authenticateSecondFactor, clientIp } from "./lib/auth/authenticate";
import { authenticatePasskey } from "./lib/auth/passkey-sign-in";
import { clearPendingSignIn, setPendingSignIn } from "./lib/auth/two-factor";
import { currentDeviceCookie, rememberDevice } from "./lib/auth/device-cookie";
import { sessionAbsoluteMs } from "./lib/auth/session-policy";
import { writer } from "@/db/mutations/writer";

/** A right password on an account with two factors: no session yet; the sign-in form asks for the code. */
export class SecondFactorRequired extends CredentialsSignin {
  code = "second_factor";
}

/** A right password on an account whose only second factor is a passkey: the password alone opens nothing. */
export class PasskeyRequired extends CredentialsSignin {
  code = "passkey";
}

export const { auth, handlers, signIn, signOut } = NextAuth({
  ...authConfig,
  logger: {
    // A wrong password is expected, and already an audit event; keep it out of the error log.
    error(error) {
      if (!(error instanceof CredentialsSignin)) console.error(error);
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
      credentials: {
        email: { label: "Email" },
        password: { label: "Password", type: "password" },
        code: { label: "Authentication code" },
        passkey: { label: "Passkey" },
      },
      async authorize(credentials, request) {
        const email = typeof credentials.email === "string" ? credentials.email : "";
        const password = typeof credentials.password === "string" ? credentials.password : "";
        const code = typeof credentials.code === "string" ? credentials.code : "";
        const passkey = typeof credentials.passkey === "string" ? credentials.passkey : "";
        const ip = clientIp(request.headers);
        let claims;
        if (passkey) {
          claims = await authenticatePasskey(passkey, ip, new Date(), await currentDeviceCookie());
          if (claims) await clearPendingSignIn();
        } else if (code) {
          claims = await authenticateSecondFactor(code, ip, new Date(), await currentDeviceCookie());
          if (claims) await clearPendingSignIn();
        } else {
          if (!email || !password) return null;
          claims = await authenticate(email, password, ip, new Date(), await currentDeviceCookie());
          // A right password with two factors on opens no session: the browser is asked for the code.
          if (claims?.twoFactor) {
            await setPendingSignIn({
              uid: claims.uid,
              email: email.trim().toLowerCase(),
              device: claims.device,
              at: Date.now(),
            });
            throw new SecondFactorRequired();
          }
          if (claims?.passkey) throw new PasskeyRequired();
        }
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
