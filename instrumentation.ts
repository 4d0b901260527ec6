import { weakSecretProblem } from "./lib/env-checks";

// Runs once when a server starts. A production server with a weak AUTH_SECRET would sign session cookies anyone
// could forge, so it refuses to start instead. The build is exempt: it signs nothing.
export function register() {
  if (process.env.NODE_ENV !== "production" || process.env.NEXT_PHASE === "phase-production-build") return;
  const problem = weakSecretProblem(process.env.AUTH_SECRET);
  if (problem) {
    console.error(`Masthead will not start: ${problem} Generate one with: openssl rand -base64 32`);
    process.exit(1);
  }
}
