import { dictionary } from "@zxcvbn-ts/language-common";

// About 49,000 of the most common leaked passwords, shipped inside the zxcvbn-ts package (no network needed).
const common = new Set(dictionary["passwords-common"].map((p) => p.toLowerCase()));

export const MIN_PASSWORD_LENGTH = 12;

/** Why a new password is refused, in plain words; null when it is acceptable. */
export function passwordProblem(password: string, who: { email: string; name: string }): string | null {
  if (password.length < MIN_PASSWORD_LENGTH) return `Use at least ${MIN_PASSWORD_LENGTH} characters.`;
  if (password.length > 256) return "Use at most 256 characters.";
  const lower = password.toLowerCase();
  const squash = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]/gu, "");
  const email = who.email.toLowerCase();
  const local = email.split("@")[0] ?? "";
  if (lower === email || lower === local || (who.name && squash(password) === squash(who.name))) {
    return "Do not use your email or name as a password.";
  }
  // "password123456" is "password" with digits on the end: check the word without its trailing digits and marks too.
  const stem = lower.replace(/(?<![\d\W_])[\d\W_]+$/u, "");
  if (common.has(lower) || (stem.length >= 4 && common.has(stem)) || /^(.)\1+$/u.test(password)) {
    return "This password is among the most common ones. Choose another.";
  }
  return null;
}
