import { spawnSync } from "node:child_process";
import path from "node:path";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { openDatabase } from "@/db/client";
import { loginAttempts, users } from "@/db/schema";
import { verifyPassword } from "@/lib/password";
import { tempDir } from "@/test/db";

// The first admin of a deployment comes from this CLI; the password arrives on standard input, never as an argument.
const dataDir = path.join(tempDir("cli"), "pglite");
const cli = (args: string[], input: string, dir = dataDir) =>
  spawnSync("node_modules/.bin/tsx", ["--conditions=react-server", "scripts/user.ts", ...args], {
    input,
    encoding: "utf8",
    env: { ...process.env, PGLITE_DIR: dir, DATABASE_URL: "" },
  });

describe("npm run user", () => {
  it("creates an admin from a password on standard input, and refuses weak or duplicate ones", async () => {
    const weak = cli(
      ["create", "--email", "chief@example.com", "--name", "Chief Editor", "--role", "admin"],
      "password\n",
    );
    expect(weak.status).toBe(1);
    expect(weak.stderr).toMatch(/at least 12 characters|common/i);

    const ok = cli(
      ["create", "--email", "chief@example.com", "--name", "Chief Editor", "--role", "admin"],
      "a-long-chief-password-42\n",
    );
    expect(ok.stdout).toContain("Created admin chief@example.com");
    expect(ok.status).toBe(0);

    const again = cli(
      ["create", "--email", "Chief@Example.com", "--name", "Other", "--role", "editor"],
      "another-long-password-42\n",
    );
    expect(again.status).toBe(1);
    expect(again.stderr).toContain("exists already");

    const handle = await openDatabase({ dataDir });
    const [row] = await handle.db.select().from(users).where(eq(users.email, "chief@example.com"));
    await handle.close();
    expect(row).toMatchObject({ role: "admin", active: true, mustChangePassword: false });
    expect(await verifyPassword(row!.passwordHash, "a-long-chief-password-42")).toBe(true);
  }, 180_000);

  it("reset-password sets the typed password, lifts a lock, ends open sessions, and refuses unknown emails", async () => {
    // A data folder of its own, so this test runs alone or in any order.
    const dir = path.join(tempDir("cli-reset"), "pglite");
    expect(
      cli(
        ["create", "--email", "locked@example.com", "--name", "Locked Out", "--role", "editor"],
        "a-long-first-password-42\n",
        dir,
      ).status,
    ).toBe(0);
    let handle = await openDatabase({ dataDir: dir });
    await handle.db
      .update(users)
      .set({ lockedUntil: new Date(Date.now() + 3_600_000), mustChangePassword: true })
      .where(eq(users.email, "locked@example.com"));
    // What locks an account: failed sign-ins from many addresses.
    await handle.db
      .insert(loginAttempts)
      .values(
        Array.from({ length: 12 }, (_, i) => ({ emailKey: "locked@example.com", ip: `10.3.0.${i}`, succeeded: false })),
      );
    const [before] = await handle.db.select().from(users).where(eq(users.email, "locked@example.com"));
    await handle.close();

    const weak = cli(["reset-password", "--email", "locked@example.com"], "password\n", dir);
    expect(weak.status).toBe(1);
    const unknown = cli(["reset-password", "--email", "nobody@example.com"], "a-long-second-password-42\n", dir);
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toContain("No staff account for nobody@example.com");

    const ok = cli(["reset-password", "--email", "LOCKED@example.com"], "a-long-second-password-42\n", dir);
    expect(ok.stderr).toBe("");
    expect(ok.status).toBe(0);
    handle = await openDatabase({ dataDir: dir });
    const [after] = await handle.db.select().from(users).where(eq(users.email, "locked@example.com"));
    const failures = await handle.db
      .select({ id: loginAttempts.id })
      .from(loginAttempts)
      .where(eq(loginAttempts.emailKey, "locked@example.com"));
    await handle.close();
    expect(failures).toEqual([]);
    // Whoever holds the server chose this password: final, no change asked, the lock gone, old cookies void.
    expect(after).toMatchObject({ lockedUntil: null, mustChangePassword: false, active: true });
    expect(after!.sessionVersion).toBeGreaterThan(before!.sessionVersion);
    expect(await verifyPassword(after!.passwordHash, "a-long-second-password-42")).toBe(true);
    expect(await verifyPassword(after!.passwordHash, "a-long-first-password-42")).toBe(false);
  }, 180_000);

  it("takes no password as an argument", () => {
    const result = cli(
      ["create", "--email", "x@example.com", "--name", "X", "--role", "admin", "--password", "a-long-password-1234"],
      "",
    );
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/Unknown option '--password'/);
  });
});
