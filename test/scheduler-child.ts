// A second (or third) server's scheduler: runs the due-story claim against a shared PostgreSQL for a while.
import { openDatabase } from "../db/client";
import { publishDueStories } from "../db/mutations/story-workflow";

const [url, seconds] = [process.argv[2]!, Number(process.argv[3] ?? 3)];
openDatabase({ url }).then(async (handle) => {
  const until = Date.now() + seconds * 1000;
  let published = 0;
  while (Date.now() < until) {
    published += (await publishDueStories(handle.db)).filter((r) => r.outcome.ok).length;
    await new Promise((r) => setTimeout(r, 20));
  }
  await handle.close();
  console.log(JSON.stringify({ published }));
});
