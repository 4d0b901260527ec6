import { Client } from "pg";

/** The local server the README and CI use; tried when TEST_DATABASE_URL is not set. */
export const LOCAL_POSTGRES = "postgres://postgres@127.0.0.1:5432/postgres";

export type Probe = { url: string; version: string } | null;

/**
 * Finds the PostgreSQL server the database tests should also run on: TEST_DATABASE_URL when set (then it must
 * answer, or the run fails rather than quietly skipping PostgreSQL), else the local default if it answers within
 * a second and a half. Null means PGlite only.
 */
export async function probePostgres(env = process.env): Promise<Probe> {
  const explicit = env.TEST_DATABASE_URL?.trim();
  const url = explicit || LOCAL_POSTGRES;
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 1500 });
  client.on("error", () => undefined);
  try {
    await client.connect();
    const { rows } = await client.query<{ server_version: string }>("show server_version");
    return { url, version: rows[0]!.server_version.split(" ")[0]! };
  } catch (error) {
    if (explicit)
      throw new Error(`TEST_DATABASE_URL is set but no PostgreSQL answers there (${(error as Error).message})`);
    return null;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** The line `npm test` ends with: which database drivers the tests ran on. */
export function driversLine(probe: Probe): string {
  return `Drivers: PGlite${probe ? `, PostgreSQL ${probe.version}` : " only (no PostgreSQL answered; set TEST_DATABASE_URL or start one on 127.0.0.1:5432)"}`;
}
