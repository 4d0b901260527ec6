import { weakSecretProblem } from "./lib/env-checks";
import { startWarnings } from "./lib/ops/start-warnings";

// Runs once when a server process starts. A production server with a weak AUTH_SECRET would sign session cookies
// anyone could forge, so it refuses to start instead (the build is exempt: it signs nothing). Then the scheduled
// publishing timer starts (lib/scheduler.ts).
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  if (process.env.NODE_ENV === "production") {
    const problem = weakSecretProblem(process.env.AUTH_SECRET);
    if (problem) {
      console.error(`Masthead will not start: ${problem} Generate one with: openssl rand -base64 32`);
      process.exit(1);
    }
  }
  for (const warning of startWarnings()) console.warn(`WARNING: ${warning}`);
  const { startScheduler } = await import("./lib/scheduler");
  startScheduler();
}
