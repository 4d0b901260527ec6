import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import type { Provider } from "next-auth/providers";
import { headers } from "next/headers";
import { authConfig } from "./auth.config";
import { createSession, revokeSession } from "./db/mutations/sessions";
import { authenticate, authenticateSecondFactor, clientIp, passwordSignInRefused } from "./lib/auth/authenticate";
import { authenticatePasskey } from "./lib/auth/passkey-sign-in";
import { SSO_PROVIDER_ID, ssoConfig } from "./lib/auth/sso";
import { signInWithSso } from "./lib/auth/sso-sign-in";
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

/** "SSO only" is on: passwords are refused on the server, whatever sends them (the form or a direct POST). */
export class PasswordsOff extends CredentialsSignin {
  code = "sso_only";
}

/**
 * The newsroom's OpenID Connect provider, when the environment names one (lib/auth/sso.ts). Auth.js discovers its
 * endpoints from the issuer and checks state, PKCE and the ID token's nonce; the callback is /api/auth/callback/sso.
 */
function ssoProvider(): Provider[] {
  const sso = ssoConfig();
  if (!sso) return [];
  return [
    {
      id: SSO_PROVIDER_ID,
      name: sso.name,
      type: "oidc",
      issuer: sso.issuer,
      clientId: sso.clientId,
      clientSecret: sso.clientSecret,
      checks: ["pkce", "state", "nonce"],
      authorization: { params: { scope: "openid email profile" } },
    },
  ];
}

export const { auth, handlers, signIn, signOut } = NextAuth({
  ...authConfig,
  logger: {
    // A wrong password is expected, and already an audit event; keep it out of the error log.
    error(error) {
      if (!(error instanceof CredentialsSignin)) console.error(error);
    },
  },
  callbacks: {
    ...authConfig.callbacks,
    /**
     * An SSO sign-in is let in only as an existing, active staff account with the provider's verified email; the
     * session row is opened here and its claims put on the user the jwt callback reads. A refusal goes back to the
     * login page with its reason, never to a generic error page.
     */
    async signIn({ user, account, profile }) {
      if (account?.provider !== SSO_PROVIDER_ID) return true;
      const h = await headers();
      const result = await signInWithSso(profile ?? {}, { ip: clientIp(h), userAgent: h.get("user-agent") });
      if (!result.ok) return `/login?error=${result.reason}`;
      Object.assign(user, { id: result.uid, sv: result.sv, role: result.role, sid: result.sid });
      return true;
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
        if (await passwordSignInRefused()) throw new PasswordsOff();
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
    ...ssoProvider(),
  ],
});
