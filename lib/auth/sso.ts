/**
 * Single sign-on through one OpenID Connect provider (Google Workspace, Microsoft Entra, …), configured by the
 * environment. Without SSO_ISSUER, SSO_CLIENT_ID and SSO_CLIENT_SECRET there is no SSO at all, and the "SSO only"
 * setting is ignored. Pure: no database here (the sign-in itself is lib/auth/sso-sign-in.ts).
 */
export const SSO_PROVIDER_ID = "sso";

export type SsoConfig = { issuer: string; clientId: string; clientSecret: string; name: string };

type Env = Record<string, string | undefined>;

export function ssoConfig(env: Env = process.env): SsoConfig | null {
  const issuer = env.SSO_ISSUER?.trim();
  const clientId = env.SSO_CLIENT_ID?.trim();
  const clientSecret = env.SSO_CLIENT_SECRET?.trim();
  if (!issuer || !clientId || !clientSecret) return null;
  return { issuer, clientId, clientSecret, name: env.SSO_NAME?.trim() || "single sign-on" };
}

/**
 * The way back in when the provider is down: an operator sets SSO_ONLY_OVERRIDE=0 and restarts, and passwords work
 * again whatever the setting says (the setting itself is kept, so removing the variable restores it).
 */
export function ssoOnlyOverridden(env: Env = process.env): boolean {
  return env.SSO_ONLY_OVERRIDE === "0";
}

/** Whether passwords are refused: the site setting is on, SSO is configured, and no operator overrode it. */
export function passwordsRefused(ssoOnlySetting: boolean, env: Env = process.env): boolean {
  return ssoOnlySetting && ssoConfig(env) !== null && !ssoOnlyOverridden(env);
}

/** Why an SSO sign-in was refused; each has its own words on the login page (?error=…). */
export type SsoRefusal = "sso_unverified" | "sso_no_account";

export const ssoMessages: Record<SsoRefusal | "sso_failed", (name: string) => string> = {
  sso_no_account: (name) =>
    `There is no active staff account with the email address you used on ${name}. Staff accounts are not created by signing in: ask an admin to invite you.`,
  sso_unverified: (name) =>
    `${name} has not verified that email address, so it cannot sign you in here. Verify it there, or ask an admin for help.`,
  sso_failed: (name) => `Signing in through ${name} did not work. Try again; if it keeps failing, tell an admin.`,
};

export const PASSWORDS_OFF = "This newsroom signs in through single sign-on only: passwords are turned off.";
