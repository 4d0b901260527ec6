import Link from "next/link";
import { notFound } from "next/navigation";
import { getAccountLink, isLinkToken, type LinkPurpose } from "@/db/queries/account-links";
import { getSiteSettings } from "@/db/queries/settings";
import { passwordsRefused, ssoConfig } from "@/lib/auth/sso";
import { LINK_PROBLEM } from "@/lib/auth/messages";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/password-policy";
import { ChoosePasswordForm } from "./choose-password-form";

const words = {
  invite: {
    title: "Join the desk",
    intro: (name: string, email: string) =>
      `Welcome, ${name}. Choose the password you will sign in with as ${email}. This link works once.`,
    again: "Ask the admin who invited you to send a new invitation.",
  },
  reset: {
    title: "Choose a new password",
    intro: (_name: string, email: string) =>
      `For ${email}. Setting it signs you out everywhere; two-factor authentication, if you use it, stays on.`,
    again: null,
  },
} as const;

/** The page a mailed link opens: the form while the link is good, else plainly why not and what to do. */
export async function LinkPage({ purpose, params }: { purpose: LinkPurpose; params: Promise<{ token: string }> }) {
  const { token } = await params;
  if (!isLinkToken(token)) notFound();
  const [link, settings] = await Promise.all([getAccountLink(token, purpose), getSiteSettings()]);
  const w = words[purpose];
  const sso = ssoConfig();
  // With SSO only, an invited person signs in through the provider with the invited address; no password is chosen.
  const ssoOnly = sso && passwordsRefused(settings.ssoOnly);
  return (
    <main id="main" className="mx-auto max-w-sm px-4 py-16">
      <h1 className="mb-2 font-serif text-3xl font-bold">{w.title}</h1>
      {link.state === "open" && ssoOnly ? (
        <p className="font-sans text-sm">
          This newsroom signs in through {sso.name} only: no password is needed.{" "}
          <Link href="/login" className="underline">
            Sign in with {sso.name}
          </Link>{" "}
          as {link.user.email}.
        </p>
      ) : link.state === "open" ? (
        <>
          <p className="mb-8 font-sans text-sm text-muted">{w.intro(link.user.name, link.user.email)}</p>
          <ChoosePasswordForm purpose={purpose} token={token} email={link.user.email} minLength={MIN_PASSWORD_LENGTH} />
        </>
      ) : (
        <>
          <p role="alert" className="mb-6 rounded border border-accent px-3 py-2 font-sans text-sm text-accent">
            {LINK_PROBLEM[link.state]}
          </p>
          <p className="font-sans text-sm">
            {w.again ?? (
              <Link href="/login/forgot" className="underline">
                Send me a new link
              </Link>
            )}
          </p>
          <p className="mt-4 font-sans text-sm">
            <Link href="/login" className="underline">
              Sign in
            </Link>
          </p>
        </>
      )}
    </main>
  );
}
