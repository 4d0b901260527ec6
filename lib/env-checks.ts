/**
 * Start-up refusals: settings that would make a production server or a demo seed unsafe. Pure, so unit tested;
 * instrumentation.ts and scripts/dev.ts call them.
 */

/** Why an AUTH_SECRET is not strong enough to sign production sessions, or null when it is. */
export function weakSecretProblem(secret: string | undefined): string | null {
  if (!secret) return "AUTH_SECRET is not set.";
  if (secret.length < 32) return "AUTH_SECRET is shorter than 32 characters.";
  if (new Set(secret).size < 12) return "AUTH_SECRET repeats too few characters to be random.";
  if (/change.?me|secret.?here|your.?secret|example|placeholder/i.test(secret)) return "AUTH_SECRET is a placeholder.";
  return null;
}

/** Whether demo logins may be written: the embedded database, or PostgreSQL on this machine only. */
export function demoStaffAllowed(databaseUrl: string | undefined): boolean {
  if (!databaseUrl) return true;
  let url: URL;
  try {
    url = new URL(databaseUrl);
  } catch {
    return false;
  }
  const socket = url.searchParams.get("host");
  if (!url.hostname) return !!socket && socket.startsWith("/"); // postgres:///db?host=/run/postgresql
  return ["localhost", "127.0.0.1", "[::1]", "::1"].includes(url.hostname);
}
