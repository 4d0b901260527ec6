import { seedDemo } from "../db/seed";
import { openMigrated, run } from "./_db";

run(async () => {
  const handle = await openMigrated();
  // Demo desk logins have published passwords: only on an explicit request, never by default.
  const result = await seedDemo(handle.db, { withStaff: process.env.SEED_DEMO_STAFF === "1" });
  console.log(`Demo newsroom: ${result.created} stories added, ${result.stories} in all.`);
  await handle.close();
});
