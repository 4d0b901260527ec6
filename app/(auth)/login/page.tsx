import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { ClearLocalDrafts } from "@/app/(admin)/admin/sign-out-form";
import { currentUser } from "@/lib/authz";
import { LoginForm } from "./login-form";

export const metadata: Metadata = { title: "Sign in · Masthead desk", robots: { index: false } };

// Rendered whole per request, like the desk: no static shell, so every inline script carries the nonce.
export const instant = false;

type Params = Promise<{ next?: string; changed?: string; reset?: string; joined?: string }>;

async function LoginGate({ searchParams }: { searchParams: Params }) {
  if (await currentUser()) redirect("/admin");
  const { next, changed, reset, joined } = await searchParams;
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
      <LoginForm next={typeof next === "string" ? next : "/admin"} />
      <p className="mt-6 font-sans text-sm">
        <Link href="/login/forgot" className="underline">
          Forgot password?
        </Link>
      </p>
    </>
  );
}

export default function LoginPage({ searchParams }: { searchParams: Params }) {
  return (
    <main id="main" className="mx-auto max-w-sm px-4 py-16">
      <h1 className="mb-2 font-serif text-3xl font-bold">Sign in to the desk</h1>
      <p className="mb-8 font-sans text-sm text-muted">For newsroom staff. Readers need no account.</p>
      <LoginGate searchParams={searchParams} />
    </main>
  );
}
