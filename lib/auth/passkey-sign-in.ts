import "server-only";
import type { AuthenticationResponseJSON } from "@simplewebauthn/server";
import { getPasskeyForSignIn } from "@/db/queries/passkeys";
import { spendPasskeyCounter } from "@/db/mutations/passkeys";
import { writer } from "@/db/mutations/writer";
import { gatedAttempt, type SignedIn } from "./authenticate";
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
  return gatedAttempt(
    attempt,
    async () => {
      const verified = stored ? await verifyPasskeySignIn(response, stored, challenge.challenge) : null;
      const counted =
        !!stored &&
        !!verified &&
        (await spendPasskeyCounter(await writer(), stored.id, stored.counter, verified.newCounter));
      const demo = stored ? demoLoginRefused(attempt.emailKey) : false;
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
      if (reason || !stored) return { value: null, detail: { reason } };
      return {
        value: {
          uid: stored.userId,
          sv: stored.sessionVersion,
          role: stored.role,
          device: issueDeviceCookie(stored.userId),
        },
      };
    },
    { extra: { step: "passkey" } },
  );
}
