import { seedDemo } from "../db/seed";
import { seedBenchStories } from "../db/seed/bench";
import { openMigrated, run } from "./_db";

// The benchmark newsroom: the demo (with its desk logins) plus N generated stories. `tsx scripts/bench-seed.ts N`
run(async () => {
  const count = Number(process.argv[2] ?? 10_000);
  const handle = await openMigrated();
  const started = Date.now();
  await seedDemo(handle.db, { withStaff: true });
  const total = await seedBenchStories(handle.db, Math.max(0, count - 34));
  console.log(`Benchmark newsroom: ${total} published stories in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  await handle.close();
});
