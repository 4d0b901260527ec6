import { demoStaff } from "@/db/seed/demo-staff";

const demoEmails = new Set<string>(demoStaff.map((s) => s.email));

/**
 * The demo logins' passwords are in the repository: a production server refuses them, unless the scripts that
 * run production builds on demo data (e2e, npm run cluster, npm run bench) say MASTHEAD_DEMO_STAFF=1.
 */
export function demoLoginRefused(emailKey: string, env: Record<string, string | undefined> = process.env): boolean {
  return demoEmails.has(emailKey) && env.NODE_ENV === "production" && env.MASTHEAD_DEMO_STAFF !== "1";
}
