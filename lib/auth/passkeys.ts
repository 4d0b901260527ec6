import "server-only";
import {
  generateAuthenticationOptions,
  generateRegistrationOptions,
  verifyAuthenticationResponse,
  verifyRegistrationResponse,
  type AuthenticationResponseJSON,
  type AuthenticatorTransportFuture,
  type PublicKeyCredentialCreationOptionsJSON,
  type PublicKeyCredentialRequestOptionsJSON,
  type RegistrationResponseJSON,
} from "@simplewebauthn/server";
import { listPasskeyCredentials } from "@/db/queries/passkeys";
import { addPasskey } from "@/db/mutations/passkeys";
import { writer } from "@/db/mutations/writer";
import { setPasskeyChallenge, takePasskeyChallenge } from "./passkey-challenge";

/**
 * Where passkeys belong: the desk's own address (DESK_URL, else SITE_URL), never the request's Host. WebAuthn takes
 * no IP address as a relying party, so a desk on the loopback address (development, the e2e server) is localhost.
 */
export function relyingParty(): { rpID: string; origin: string } {
  const url = new URL(process.env.DESK_URL || process.env.SITE_URL || "http://localhost:3000");
  if (url.hostname === "127.0.0.1" || url.hostname === "[::1]") url.hostname = "localhost";
  return { rpID: url.hostname, origin: url.origin };
}

const transportsOf = (t: string[]) => t as AuthenticatorTransportFuture[];

/** Options for a new passkey of this person: discoverable, verified by the device, none they already have. */
export async function beginPasskeyRegistration(
  user: { id: string; email: string; name: string },
  siteName: string,
): Promise<PublicKeyCredentialCreationOptionsJSON | null> {
  const { rpID } = relyingParty();
  const existing = await listPasskeyCredentials(user.id);
  const options = await generateRegistrationOptions({
    rpName: siteName,
    rpID,
    userName: user.email,
    userDisplayName: user.name,
    userID: new TextEncoder().encode(user.id),
    attestationType: "none",
    excludeCredentials: existing.map((p) => ({ id: p.credentialId, transports: transportsOf(p.transports) })),
    authenticatorSelection: { residentKey: "required", userVerification: "required" },
  });
  const kept = await setPasskeyChallenge({
    purpose: "register",
    uid: user.id,
    challenge: options.challenge,
    at: Date.now(),
  });
  return kept ? options : null;
}

/** Checks the browser's answer against this person's challenge and keeps the passkey under `name`. */
export async function finishPasskeyRegistration(
  userId: string,
  response: RegistrationResponseJSON,
  name: string,
): Promise<"added" | "expired" | "refused" | "duplicate"> {
  const challenge = await takePasskeyChallenge("register");
  if (!challenge || challenge.uid !== userId) return "expired";
  const { rpID, origin } = relyingParty();
  let result;
  try {
    result = await verifyRegistrationResponse({
      response,
      expectedChallenge: challenge.challenge,
      expectedOrigin: origin,
      expectedRPID: rpID,
      requireUserVerification: true,
    });
  } catch {
    return "refused";
  }
  if (!result.verified) return "refused";
  const { credential, credentialDeviceType, credentialBackedUp } = result.registrationInfo;
  const added = await addPasskey(await writer(), userId, {
    credentialId: credential.id,
    publicKey: Buffer.from(credential.publicKey).toString("base64url"),
    counter: credential.counter,
    transports: credential.transports ?? [],
    deviceType: credentialDeviceType,
    backedUp: credentialBackedUp,
    name,
  });
  return added ? "added" : "duplicate";
}

/** Options for a sign-in with any passkey of this desk: no account named, the device offers its own. */
export async function beginPasskeySignIn(): Promise<PublicKeyCredentialRequestOptionsJSON | null> {
  const options = await generateAuthenticationOptions({ rpID: relyingParty().rpID, userVerification: "required" });
  const kept = await setPasskeyChallenge({
    purpose: "sign-in",
    uid: null,
    challenge: options.challenge,
    at: Date.now(),
  });
  return kept ? options : null;
}

/** Verifies a sign-in answer against the stored key; the caller has opened the attempt and records the outcome. */
export async function verifyPasskeySignIn(
  response: AuthenticationResponseJSON,
  stored: { credentialId: string; publicKey: string; counter: number; transports: string[] },
  expectedChallenge: string,
): Promise<{ newCounter: number } | null> {
  const { rpID, origin } = relyingParty();
  try {
    const result = await verifyAuthenticationResponse({
      response,
      expectedChallenge,
      expectedOrigin: origin,
      expectedRPID: rpID,
      requireUserVerification: true,
      credential: {
        id: stored.credentialId,
        publicKey: new Uint8Array(Buffer.from(stored.publicKey, "base64url")),
        counter: stored.counter,
        transports: transportsOf(stored.transports),
      },
    });
    return result.verified ? { newCounter: result.authenticationInfo.newCounter } : null;
  } catch {
    return null;
  }
}
