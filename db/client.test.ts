import { execFile } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { count } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { tempDir } from "@/test/db";
import { DatabaseLockedError, openDatabase } from "./client";
import { migrateDatabase } from "./migrate";
import { sections } from "./schema";

const run = promisify(execFile);

describe("embedded database lock", () => {
  it(
    "refuses a second process on the same folder with a clear message, and loses no data",
    { timeout: 120_000 },
    async () => {
      const dataDir = path.join(tempDir("lock"), "pglite");
      const first = await openDatabase({ dataDir });
      await migrateDatabase(first);
      await first.db.insert(sections).values({ slug: "local", name: "Local" });

      const second = await run("node_modules/.bin/tsx", ["test/open-db-child.ts", dataDir]).then(
        () => ({ code: 0, stderr: "" }),
        (e: { code: number; stderr: string }) => e,
      );
      expect(second.code).toBe(3);
      expect(second.stderr).toContain(`already open in another process (pid ${process.pid})`);
      expect(second.stderr).toContain("set DATABASE_URL");

      // The same process is refused too when it asks for a second handle.
      await expect(openDatabase({ dataDir })).rejects.toBeInstanceOf(DatabaseLockedError);

      await first.db.insert(sections).values({ slug: "business", name: "Business" });
      await first.close();
      expect(fs.existsSync(`${dataDir}.lock`)).toBe(false);

      const reopened = await openDatabase({ dataDir });
      const [row] = await reopened.db.select({ n: count() }).from(sections);
      expect(row?.n).toBe(2);
      await reopened.close();
    },
  );

  it("takes over a lock left by a process that died", { timeout: 120_000 }, async () => {
    const dataDir = path.join(tempDir("stale"), "pglite");
    fs.mkdirSync(path.dirname(dataDir), { recursive: true });
    fs.writeFileSync(`${dataDir}.lock`, "999999999");
    const handle = await openDatabase({ dataDir });
    expect(fs.readFileSync(`${dataDir}.lock`, "utf8")).toBe(String(process.pid));
    await handle.close();
  });
});
