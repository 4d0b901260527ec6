import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { ClearLocalDrafts } from "@/app/(admin)/admin/sign-out-form";
import { currentUser } from "@/lib/authz";
import { getSiteSettings } from "@/db/queries/settings";
import { passwordsRefused, ssoConfig } from "@/lib/auth/sso";
import { LoginForm } from "./login-form";
import { SsoSignIn, ssoErrorMessage } from "./sso-sign-in";

type Params = { next?: string; changed?: string; reset?: string; joined?: string; error?: string };

export const metadata: Metadata = { title: "Sign in · Masthead desk", robots: { index: false } };

// Rendered whole per request, like the desk: no static shell, so every inline script carries the nonce.
export const instant = false;

async function LoginGate({ searchParams }: { searchParams: Promise<Params> }) {
  if (await currentUser()) redirect("/admin");
  const { next, changed, reset, joined, error } = await searchParams;
  const returnTo = typeof next === "string" ? next : "/admin";
  const sso = ssoConfig();
  const passwordsOff = passwordsRefused((await getSiteSettings()).ssoOnly);
  const refusal = sso && typeof error === "string" ? ssoErrorMessage(error, sso.name) : null;
  const notice =
    changed === "1" || reset === "1"
      ? "Your password was changed and every session signed out. Sign in with the new password."
      : joined === "1"
        ? "Your password is set. Sign in with it."
        : null;
  return (
    <>
      <ClearLocalDrafts />
      {notice && (
        <p role="status" className="mb-6 rounded border border-ink px-3 py-2 text-sm">
          {notice}
        </p>
      )}
      {refusal && (
        <p role="alert" className="mb-6 rounded border border-accent px-3 py-2 font-sans text-sm text-accent">
          {refusal}
        </p>
      )}
      {sso && <SsoSignIn name={sso.name} next={returnTo} only={passwordsOff} />}
      {sso && !passwordsOff && (
        <p className="mb-6 flex items-center gap-3 font-sans text-sm text-muted" aria-hidden="true">
          <span className="h-px flex-1 bg-rule" />
          or with your password
          <span className="h-px flex-1 bg-rule" />
        </p>
      )}
      {!passwordsOff && (
        <>
          <LoginForm next={returnTo} />
          <p className="mt-6 font-sans text-sm">
            <Link href="/login/forgot" className="underline">
              Forgot password?
            </Link>
          </p>
        </>
      )}
    </>
  );
}

export default function LoginPage({ searchParams }: { searchParams: Promise<Params> }) {
  return (
    <main id="main" className="mx-auto max-w-sm px-4 py-16">
      <h1 className="mb-2 font-serif text-3xl font-bold">Sign in to the desk</h1>
      <p className="mb-8 font-sans text-sm text-muted">For newsroom staff. Readers need no account.</p>
      <LoginGate searchParams={searchParams} />
    </main>
  );
}
