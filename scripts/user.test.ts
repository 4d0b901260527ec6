import { spawnSync } from "node:child_process";
import path from "node:path";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { openDatabase } from "@/db/client";
import { users } from "@/db/schema";
import { verifyPassword } from "@/lib/password";
import { tempDir } from "@/test/db";

// The first admin of a deployment comes from this CLI; the password arrives on standard input, never as an argument.
const dataDir = path.join(tempDir("cli"), "pglite");
const cli = (args: string[], input: string) =>
  spawnSync("node_modules/.bin/tsx", ["--conditions=react-server", "scripts/user.ts", ...args], {
    input, encoding: "utf8", env: { ...process.env, PGLITE_DIR: dataDir, DATABASE_URL: "" },
  });

describe("npm run user", () => {
  it("creates an admin from a password on standard input, and refuses weak or duplicate ones", async () => {
    const weak = cli(["create", "--email", "chief@example.com", "--name", "Chief Editor", "--role", "admin"], "password\n");
    expect(weak.status).toBe(1);
    expect(weak.stderr).toMatch(/at least 12 characters|common/i);

    const ok = cli(["create", "--email", "chief@example.com", "--name", "Chief Editor", "--role", "admin"], "a-long-chief-password-42\n");
    expect(ok.stdout).toContain("Created admin chief@example.com");
    expect(ok.status).toBe(0);

    const again = cli(["create", "--email", "Chief@Example.com", "--name", "Other", "--role", "editor"], "another-long-password-42\n");
    expect(again.status).toBe(1);
    expect(again.stderr).toContain("exists already");

    const handle = await openDatabase({ dataDir });
    const [row] = await handle.db.select().from(users).where(eq(users.email, "chief@example.com"));
    await handle.close();
    expect(row).toMatchObject({ role: "admin", active: true, mustChangePassword: false });
    expect(await verifyPassword(row!.passwordHash, "a-long-chief-password-42")).toBe(true);
  }, 60_000);

  it("takes no password as an argument", () => {
    const result = cli(["create", "--email", "x@example.com", "--name", "X", "--role", "admin", "--password", "a-long-password-1234"], "");
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/Unknown option '--password'/);
  });
});
