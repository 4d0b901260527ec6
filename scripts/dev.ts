import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import { seedDemo } from "../db/seed";
import { demoStaffAllowed } from "../lib/env-checks";
import { openMigrated, run } from "./_db";

// Development start: a kept AUTH_SECRET, migrations, the demo newsroom, the logins, then `next dev`.
run(async () => {
  if (!process.env.AUTH_SECRET) {
    const envFile = ".env.local";
    const existing = fs.existsSync(envFile) ? fs.readFileSync(envFile, "utf8") : "";
    if (!/^AUTH_SECRET=/m.test(existing)) {
      fs.appendFileSync(envFile, `AUTH_SECRET=${randomBytes(32).toString("base64url")}\n`);
      console.log("Wrote a new AUTH_SECRET to .env.local.");
    }
  }
  // Demo logins have published passwords: never write them into a database other people may reach.
  if (!demoStaffAllowed(process.env.DATABASE_URL)) {
    throw new Error(
      "npm run dev creates demo staff logins, and DATABASE_URL points at a server that is not on this machine. " +
        "Use the embedded database (unset DATABASE_URL) or a local PostgreSQL, or run `next dev` directly against that server.",
    );
  }
  // The seed needs the folder to itself; it closes it before Next.js opens it.
  const handle = await openMigrated();
  const result = await seedDemo(handle.db, { withStaff: true });
  await handle.close();
  console.log(
    `\nMasthead: ${result.stories} stories in the ${handle.driver === "pglite" ? "embedded database (.data/)" : "DATABASE_URL database"}.`,
  );
  console.log("Demo staff logins (development only), sign in at /login:");
  for (const s of result.staff) console.log(`  ${s.role.padEnd(10)} ${s.email.padEnd(24)} ${s.password}`);
  console.log("");
  const child = spawn("node_modules/.bin/next", ["dev", ...process.argv.slice(2)], { stdio: "inherit" });
  await new Promise<void>((resolve) => {
    const stop = () => child.kill("SIGTERM");
    process.on("SIGINT", stop);
    process.on("SIGTERM", stop);
    child.on("exit", () => resolve());
  });
});
