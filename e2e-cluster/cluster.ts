import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, type APIRequestContext } from "@playwright/test";

/** Ports of the cluster the config starts: nginx on the base port, the instances after it. */
export const BASE_PORT = Number(process.env.E2E_CLUSTER_PORT ?? 3200);
export const stateFile = path.join(os.tmpdir(), `masthead-cluster-${BASE_PORT}.json`);

export type ClusterState = {
  url: string;
  instances: { name: string; port: number; pid: number }[];
  databaseUrl: string;
};
/** What scripts/cluster.ts wrote once everything answered. */
export function cluster(): ClusterState {
  return JSON.parse(fs.readFileSync(stateFile, "utf8")) as ClusterState;
}
export const instanceUrl = (port: number) => `http://127.0.0.1:${port}`;

export type Check = { name: string; url: string; ok: (status: number, body: string) => boolean };

/**
 * Polls every check until all pass or the one shared deadline passes; fails listing those still failing.
 * Checks of one page run in order (instance by instance), different pages at once: the first instance asked
 * renders the page and stores it in the shared cache, the next ones serve it from there, as real traffic would
 * once the first reader has asked. Returns how long it took, for the log.
 */
export async function allWithin(
  request: APIRequestContext,
  checks: Check[],
  deadlineMs: number,
  startedAt = Date.now(),
): Promise<number> {
  const pending = new Map(checks.map((c) => [c.name, c]));
  const last = new Map<string, string>();
  const byPage = new Map<string, Check[]>();
  for (const c of checks) byPage.set(new URL(c.url).pathname, [...(byPage.get(new URL(c.url).pathname) ?? []), c]);
  for (;;) {
    await Promise.all(
      [...byPage.values()].map(async (group) => {
        for (const c of group.filter((g) => pending.has(g.name))) {
          const t0 = Date.now();
          const res = await request.get(c.url, { failOnStatusCode: false, maxRedirects: 0 });
          const body = await res.text();
          if (process.env.DEBUG_CLUSTER_TIMING)
            console.log(`${c.name} ${res.status()} +${t0 - startedAt} ${Date.now() - t0}ms`);
          if (c.ok(res.status(), body)) pending.delete(c.name);
          else last.set(c.name, `status ${res.status()}`);
        }
      }),
    );
    const elapsed = Date.now() - startedAt;
    if (pending.size === 0) {
      expect(elapsed, "the last page showed the change this long after it was made").toBeLessThanOrEqual(deadlineMs);
      return elapsed;
    }
    if (elapsed > deadlineMs) {
      expect(
        [...pending.keys()].map((n) => `${n} (${last.get(n)})`),
        `still stale ${elapsed} ms after the change`,
      ).toEqual([]);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
}
