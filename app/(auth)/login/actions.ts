"use server";
import { AuthError } from "next-auth";
import { PasskeyRequired, PasswordsOff, SecondFactorRequired, signIn, signOut } from "@/auth";
import { PASSWORDS_OFF, SSO_PROVIDER_ID, ssoConfig } from "@/lib/auth/sso";
import { CODE_FAILED, LOGIN_FAILED, PASSKEY_FAILED } from "@/lib/auth/messages";
import { beginPasskeySignIn } from "@/lib/auth/passkeys";
import { readPendingSignIn } from "@/lib/auth/two-factor";

export type LoginState = { error: string | null; email: string; step?: "password" | "code" | "passkey" };

/** Only desk paths are accepted as a return address, so the form cannot be used to redirect elsewhere. */
function safeNext(value: FormDataEntryValue | null): string {
  const next = typeof value === "string" ? value : "";
  return /^\/admin(\/[\w\-/]*)?$/.test(next) ? next : "/admin";
}

export async function loginAction(_prev: LoginState, formData: FormData): Promise<LoginState> {
  const email = String(formData.get("email") ?? "").trim();
  const redirectTo = safeNext(formData.get("next"));
  if (formData.get("step") === "passkey") {
    const passkey = String(formData.get("passkey") ?? "");
    try {
      await signIn("credentials", { passkey, redirectTo });
    } catch (error) {
      if (!(error instanceof AuthError)) throw error;
      return { error: error instanceof PasswordsOff ? PASSWORDS_OFF : PASSKEY_FAILED, email };
    }
    return { error: null, email };
  }
  if (formData.get("step") === "code") {
    const code = String(formData.get("code") ?? "").trim();
    if (!code) return { error: "Enter the code from your authenticator app, or a recovery code.", email, step: "code" };
    try {
      await signIn("credentials", { code, redirectTo });
    } catch (error) {
      if (!(error instanceof AuthError)) throw error;
      if (error instanceof PasswordsOff) return { error: PASSWORDS_OFF, email, step: "password" };
      // The pending sign-in lasts five minutes: after that, the password again.
      if (!(await readPendingSignIn())) return { error: "That took too long. Sign in again.", email, step: "password" };
      return { error: CODE_FAILED, email, step: "code" };
    }
    return { error: null, email, step: "code" };
  }
  const password = String(formData.get("password") ?? "");
  try {
    await signIn("credentials", { email, password, redirectTo });
  } catch (error) {
    // A successful sign-in throws Next's redirect, which must pass through.
    if (error instanceof PasswordsOff) return { error: PASSWORDS_OFF, email };
    if (error instanceof SecondFactorRequired) return { error: null, email, step: "code" };
    if (error instanceof PasskeyRequired) return { error: null, email, step: "passkey" };
    if (error instanceof AuthError) return { error: LOGIN_FAILED, email };
    throw error;
  }
  return { error: null, email };
}

/** A challenge for "Sign in with a passkey", kept in this browser's cookie until the answer comes back. */
export async function passkeyChallengeAction() {
  return beginPasskeySignIn();
}

export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: "/login" });
}

/** Off to the newsroom's OpenID Connect provider; it comes back to /api/auth/callback/sso, then to `next`. */
export async function ssoSignInAction(formData: FormData): Promise<void> {
  if (!ssoConfig()) return;
  await signIn(SSO_PROVIDER_ID, { redirectTo: safeNext(formData.get("next")) });
}
