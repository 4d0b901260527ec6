import { asFormAction } from "@/lib/desk-action";
import type { Metadata } from "next";
import { listLiveSessions } from "@/db/queries/sessions";
import { getSiteSettings } from "@/db/queries/settings";
import { SESSION_IDLE_MS } from "@/lib/auth/session-policy";
import { sessionRows } from "@/lib/auth/session-rows";
import { requirePage } from "@/lib/authz";
import { AccountForms } from "./account-forms";
import { signOutEverywhereAction } from "./actions";
import { SessionList } from "./session-list";
import { TwoFactorPanel, type TwoFactorView } from "./two-factor-panel";
import { getTwoFactor } from "@/db/queries/users";
import { listPasskeys } from "@/db/queries/passkeys";
import { formatDateTime } from "@/lib/format";
import { PasskeyPanel } from "./passkey-panel";
import { pendingTotpSetup } from "@/lib/auth/two-factor";

export const instant = false;

export const metadata: Metadata = { title: "Your account" };

export default async function AccountPage({ searchParams }: { searchParams: Promise<{ first?: string }> }) {
  const user = await requirePage("/admin/account");
  const first = user.mustChangePassword || (await searchParams).first === "1";
  const [sessions, settings, factors, keys] = await Promise.all([
    listLiveSessions(user.id, SESSION_IDLE_MS),
    getSiteSettings(),
    getTwoFactor(user.id),
    listPasskeys(user.id),
  ]);
  const passkeys = keys.map((k) => ({
    id: k.id,
    name: k.name,
    created: formatDateTime(k.createdAt, settings.timeZone),
    lastUsed: k.lastUsedAt ? formatDateTime(k.lastUsedAt, settings.timeZone) : null,
  }));
  const pending = factors?.enabledAt ? null : await pendingTotpSetup(user, settings.siteName);
  const twoFactor: TwoFactorView = factors?.enabledAt
    ? { status: "on", codesLeft: factors.codesLeft }
    : pending
      ? { status: "pending", ...pending }
      : { status: "off" };
  return (
    <>
      <h1 className="mb-2 font-serif text-3xl font-bold">Your account</h1>
      <p className="mb-6 text-sm text-muted">
        {user.email} · {user.role}
      </p>
      {first && user.mustChangePassword && (
        <p role="status" className="mb-6 rounded border border-accent px-3 py-2 text-sm">
          You signed in with a temporary password. Choose your own password to continue.
        </p>
      )}
      {user.mustSetUpTwoFactor && !user.mustChangePassword && (
        <p role="status" className="mb-6 rounded border border-accent px-3 py-2 text-sm">
          Your newsroom asks everyone in your role to use two-factor authentication. Set it up below, with an
          authenticator app or by adding a passkey, to continue to the desk.
        </p>
      )}
      <AccountForms name={user.name} />
      <TwoFactorPanel view={twoFactor} />
      <PasskeyPanel passkeys={passkeys} />
      <h2 className="mt-10 mb-2 font-serif text-xl font-bold">Sessions</h2>
      <p className="mb-3 text-sm text-muted">Where you are signed in now. End any session you do not recognise.</p>
      <SessionList sessions={sessionRows(sessions, user.sessionId, settings.timeZone)} />
      <p className="mt-6 mb-3 text-sm text-muted">Signs you out on every device and browser, including this one.</p>
      <form action={asFormAction(signOutEverywhereAction)}>
        <button type="submit" className="rounded border border-ink px-4 py-2 text-sm font-semibold">
          Sign out everywhere
        </button>
      </form>
    </>
  );
}
