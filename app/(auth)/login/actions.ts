"use server";
import { AuthError } from "next-auth";
import { signIn, signOut } from "@/auth";
import { LOGIN_FAILED } from "@/lib/auth/messages";

export type LoginState = { error: string | null; email: string };

/** Only desk paths are accepted as a return address, so the form cannot be used to redirect elsewhere. */
function safeNext(value: FormDataEntryValue | null): string {
  const next = typeof value === "string" ? value : "";
  return /^\/admin(\/[\w\-/]*)?$/.test(next) ? next : "/admin";
}

export async function loginAction(_prev: LoginState, formData: FormData): Promise<LoginState> {
  const email = String(formData.get("email") ?? "").trim();
  const password = String(formData.get("password") ?? "");
  try {
    await signIn("credentials", { email, password, redirectTo: safeNext(formData.get("next")) });
  } catch (error) {
    // A successful sign-in throws Next's redirect, which must pass through.
    if (error instanceof AuthError) return { error: LOGIN_FAILED, email };
    throw error;
  }
  return { error: null, email };
}

export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: "/login" });
}
