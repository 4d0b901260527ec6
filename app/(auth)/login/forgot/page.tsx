import type { Metadata } from "next";
import Link from "next/link";
import { getSiteSettings } from "@/db/queries/settings";
import { PASSWORDS_OFF, passwordsRefused } from "@/lib/auth/sso";
import { ForgotForm } from "./forgot-form";

export const metadata: Metadata = { title: "Forgot password · Masthead desk", robots: { index: false } };

// Rendered per request like the sign-in page: every inline script carries the nonce.
export const instant = false;

export default async function ForgotPasswordPage() {
  const passwordsOff = passwordsRefused((await getSiteSettings()).ssoOnly);
  return (
    <main id="main" className="mx-auto max-w-sm px-4 py-16">
      <h1 className="mb-2 font-serif text-3xl font-bold">Forgot your password?</h1>
      <p className="mb-8 font-sans text-sm text-muted">
        Enter the email of your desk account. We will mail you a link to choose a new password; it works once, for 15
        minutes. Two-factor authentication, if you use it, stays on.
      </p>
      {passwordsOff ? (
        <p role="status" className="rounded border border-ink px-3 py-2 font-sans text-sm">
          {PASSWORDS_OFF} Sign in through single sign-on.
        </p>
      ) : (
        <ForgotForm />
      )}
      <p className="mt-6 font-sans text-sm">
        <Link href="/login" className="underline">
          Back to sign in
        </Link>
      </p>
    </main>
  );
}
