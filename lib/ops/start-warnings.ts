import { benchEnabled } from "./bench-gate";

type Env = Record<string, string | undefined>;

/**
 * Why a production server without DESK_URL is weaker, or null: told loudly at start and to admins on the desk.
 * On one origin every reader page (and the ad scripts it loads) is same-origin with the desk: it can read what the
 * desk keeps in the browser and call the desk's server actions with the editor's cookie.
 */
export function singleOriginWarning(env: Env = process.env): string | null {
  if (env.NODE_ENV !== "production" || env.DESK_URL) return null;
  return (
    "DESK_URL is not set: the desk shares its origin with the reader site, so any script on a reader page (an ad " +
    "tag, say) runs with the desk's origin and can act for a signed-in editor. Serve the desk from its own host " +
    "with DESK_URL (README, Production)."
  );
}

/** Everything a starting server should shout about; it still starts. */
export function startWarnings(env: Env = process.env): string[] {
  const out: string[] = [];
  const single = singleOriginWarning(env);
  if (single) out.push(single);
  if (benchEnabled(env)) {
    out.push(
      "BENCH_TOKEN is set: POST /api/bench/story can retitle and publish any story with no checklist. Only for npm run bench.",
    );
  }
  return out;
}
