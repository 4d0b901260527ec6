import "server-only";
import type { AuthenticationResponseJSON } from "@simplewebauthn/server";
import { getPasskeyForSignIn } from "@/db/queries/passkeys";
import { finishLoginAttempt, openLoginAttempt } from "@/db/mutations/login-attempts";
import { spendPasskeyCounter } from "@/db/mutations/passkeys";
import { writer } from "@/db/mutations/writer";
import { limits, type SignedIn } from "./authenticate";
import { demoLoginRefused } from "./demo-logins";
import { issueDeviceCookie, readDeviceCookie } from "./device-cookie";
import { takePasskeyChallenge } from "./passkey-challenge";
import { verifyPasskeySignIn } from "./passkeys";

/** Where failures with a passkey no account has are counted: one made-up account, throttled per address like any. */
const UNKNOWN_PASSKEY = "passkey:unknown";

function parseResponse(json: string): AuthenticationResponseJSON | null {
  if (json.length > 8000) return null;
  try {
    const r = JSON.parse(json) as AuthenticationResponseJSON;
    return typeof r?.id === "string" && typeof r.response?.signature === "string" ? r : null;
  } catch {
    return null;
  }
}

/**
 * A sign-in with a passkey alone (it is both factors: the device and the person's PIN or fingerprint). The answer
 * must sign this browser's challenge; each try goes through the same gate as a password (per account, device and
 * address) and is audited like one; the counter must grow when the authenticator keeps one.
 */
export async function authenticatePasskey(
  responseJson: string,
  ip: string,
  now = new Date(),
  deviceCookie: string | null = null,
): Promise<SignedIn | null> {
  const challenge = await takePasskeyChallenge("sign-in", now.getTime());
  const response = parseResponse(responseJson);
  if (!challenge || !response) return null;
  const stored = await getPasskeyForSignIn(response.id);
  const device = readDeviceCookie(deviceCookie);
  const attempt = {
    emailKey: stored ? stored.email.toLowerCase() : UNKNOWN_PASSKEY,
    ip,
    userId: stored?.userId ?? null,
    now,
    device: stored && device?.userId === stored.userId ? device.deviceId : null,
  };
  const gate = await openLoginAttempt(await writer(), attempt, limits);
  if (!gate.open) {
    await finishLoginAttempt(await writer(), {
      ...attempt,
      attemptId: null,
      succeeded: false,
      detail: { reason: gate.reason, step: "passkey" },
    });
    return null;
  }
  const verified = stored ? await verifyPasskeySignIn(response, stored, challenge.challenge) : null;
  const counted =
    !!stored &&
    !!verified &&
    (await spendPasskeyCounter(await writer(), stored.id, stored.counter, verified.newCounter));
  const demo = stored ? demoLoginRefused(attempt.emailKey) : false;
  const succeeded = counted && !!stored?.active && !demo;
  const reason = !stored
    ? "unknown_passkey"
    : !verified
      ? "wrong_passkey"
      : !counted
        ? "passkey_counter"
        : !stored.active
          ? "inactive"
          : demo
            ? "demo_account"
            : undefined;
  await finishLoginAttempt(await writer(), {
    ...attempt,
    attemptId: gate.attemptId,
    succeeded,
    detail: reason ? { reason, step: "passkey" } : { step: "passkey" },
  });
  return succeeded && stored
    ? { uid: stored.userId, sv: stored.sessionVersion, role: stored.role, device: issueDeviceCookie(stored.userId) }
    : null;
}
