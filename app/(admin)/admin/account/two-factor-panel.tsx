"use client";
import { useActionState } from "react";
import { buttonClass, Field, FormMessage, secondaryButtonClass } from "@/components/desk/field";
import type { FormState } from "@/lib/form-state";
import {
  beginTwoFactorAction,
  confirmTwoFactorAction,
  renewRecoveryCodesAction,
  turnOffTwoFactorAction,
} from "./actions";

type State = FormState & { codes?: string[] };
export type TwoFactorView =
  { status: "off" } | { status: "pending"; secret: string; qrSvg: string } | { status: "on"; codesLeft: number };

/** Shown once, right after they are made: only their hashes are kept. */
function RecoveryCodes({ codes }: { codes: string[] }) {
  return (
    <div className="mt-4 rounded border border-accent p-4" data-testid="recovery-codes">
      <h3 className="font-sans text-sm font-bold">Your recovery codes</h3>
      <p className="mt-1 text-sm">
        Keep these somewhere safe, away from your phone. Each one signs you in once if you lose your phone. They are
        shown only now.
      </p>
      <ul className="mt-3 grid grid-cols-2 gap-1 font-mono text-sm">
        {codes.map((c) => (
          <li key={c}>{c}</li>
        ))}
      </ul>
    </div>
  );
}

export function TwoFactorPanel({ view }: { view: TwoFactorView }) {
  const [begun, begin, beginning] = useActionState<State, FormData>(beginTwoFactorAction, { ok: false });
  const [confirmed, confirm, confirming] = useActionState<State, FormData>(confirmTwoFactorAction, { ok: false });
  const [renewed, renew, renewing] = useActionState<State, FormData>(renewRecoveryCodesAction, { ok: false });
  const [off, turnOff, turningOff] = useActionState<State, FormData>(turnOffTwoFactorAction, { ok: false });
  const codes = confirmed.codes ?? renewed.codes;
  return (
    <section aria-labelledby="two-factor-heading" className="mt-10">
      <h2 id="two-factor-heading" className="mb-2 font-serif text-xl font-bold">
        Two-factor authentication
      </h2>
      {codes && (
        <>
          <FormMessage notice={confirmed.message ?? renewed.message} />
          <RecoveryCodes codes={codes} />
        </>
      )}
      {view.status === "off" && (
        <form action={begin} className="text-sm">
          <FormMessage error={begun.ok ? null : begun.message} notice={off.ok ? off.message : null} />
          <p className="mb-3 text-muted">
            A code from an app on your phone as well as your password: a stolen password alone no longer opens the desk.
          </p>
          <button type="submit" className={secondaryButtonClass} disabled={beginning}>
            Set up two-factor authentication
          </button>
        </form>
      )}
      {view.status === "pending" && !codes && (
        <form action={confirm} className="text-sm" noValidate>
          <FormMessage error={confirmed.ok ? null : confirmed.message} />
          <p className="mb-3">
            Scan this code with an authenticator app (Google Authenticator, 1Password, Microsoft Authenticator…), then
            enter the 6-digit code it shows.
          </p>
          <div
            role="img"
            aria-label="QR code for your authenticator app"
            className="mb-3 w-48 max-w-full"
            // The SVG is made on our server from the otpauth address (uqr); nothing in it comes from a person.
            dangerouslySetInnerHTML={{ __html: view.qrSvg }}
          />
          <p className="mb-4">
            Or type this key into the app: <code data-testid="totp-secret">{view.secret}</code>
          </p>
          <Field
            label="Code from the app"
            name="code"
            autoComplete="one-time-code"
            error={confirmed.fieldErrors?.code}
            required
          />
          <button type="submit" className={buttonClass} disabled={confirming}>
            Turn on
          </button>
        </form>
      )}
      {view.status === "on" && (
        <div className="space-y-6 text-sm">
          <p>
            Two-factor authentication is on. {renewed.codes ? 10 : view.codesLeft} recovery code
            {(renewed.codes ? 10 : view.codesLeft) === 1 ? "" : "s"} left.
          </p>
          <form action={renew}>
            <FormMessage error={renewed.ok ? null : renewed.message} />
            <button type="submit" className={secondaryButtonClass} disabled={renewing}>
              New recovery codes
            </button>
          </form>
          <form action={turnOff} noValidate>
            <FormMessage error={off.ok ? null : off.message} />
            <Field
              label="Current password"
              name="current"
              type="password"
              autoComplete="current-password"
              error={off.fieldErrors?.current}
              required
            />
            <button type="submit" className={secondaryButtonClass} disabled={turningOff}>
              Turn off two-factor authentication
            </button>
          </form>
        </div>
      )}
    </section>
  );
}
