import { buttonClass, secondaryButtonClass } from "@/components/desk/field";
import { ssoMessages } from "@/lib/auth/sso";
import { ssoSignInAction } from "./actions";

/** The words for an SSO sign-in that came back refused (?error=…): Auth.js's own error names read as a failure. */
export function ssoErrorMessage(error: string | undefined, name: string): string | null {
  if (!error || error === "CredentialsSignin") return null;
  if (error === "sso_no_account" || error === "sso_unverified") return ssoMessages[error](name);
  return ssoMessages.sso_failed(name);
}

/** The single sign-on button: a form, so it works before any script has loaded. */
export function SsoSignIn({ name, next, only }: { name: string; next: string; only: boolean }) {
  return (
    <form action={ssoSignInAction} className="mb-6">
      <input type="hidden" name="next" value={next} />
      <button type="submit" className={`${only ? buttonClass : secondaryButtonClass} w-full`}>
        Sign in with {name}
      </button>
      {only && (
        <p className="mt-4 font-sans text-sm text-muted">
          This newsroom signs in through {name} only. No account yet? Ask an admin to invite you.
        </p>
      )}
    </form>
  );
}
