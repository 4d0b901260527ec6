/** How long a desk session lasts: IDLE without use, and never past ABSOLUTE from sign-in, however active. */
export const SESSION_IDLE_MS = 12 * 3600_000;

export function sessionAbsoluteMs(): number {
  const days = Number(process.env.SESSION_MAX_DAYS ?? 7);
  return (Number.isFinite(days) && days > 0 ? days : 7) * 86_400_000;
}
