// A second (or third) server's scheduler: runs the due-story claim against a shared PostgreSQL for a while.
// It connects, says "ready" and waits for "go" on stdin, so that the parent starts every child's claims at once;
// it reports what it published and when its claims began and ended, so the parent can prove they overlapped.
import { createInterface } from "node:readline";
import { openDatabase } from "../db/client";
import { publishDueStories } from "../db/mutations/story-workflow";

const [url, seconds] = [process.argv[2]!, Number(process.argv[3] ?? 3)];
openDatabase({ url }).then(async (handle) => {
  await handle.db.execute("select 1");
  console.log("ready");
  await new Promise<void>((go) => createInterface({ input: process.stdin }).once("line", () => go()));
  const startedAt = Date.now();
  const until = startedAt + seconds * 1000;
  let published = 0;
  while (Date.now() < until) {
    published += (await publishDueStories(handle.db)).filter((r) => r.outcome.ok).length;
    await new Promise((r) => setTimeout(r, 20));
  }
  const endedAt = Date.now();
  await handle.close();
  console.log(JSON.stringify({ published, startedAt, endedAt }));
  process.exit(0);
});
