import { seedDemo } from "../db/seed";
import { openMigrated, run } from "./_db";

run(async () => {
  const handle = await openMigrated();
  const result = await seedDemo(handle.db, { withStaff: process.env.NODE_ENV !== "production" });
  console.log(`Demo newsroom: ${result.created} stories added, ${result.stories} in all.`);
  await handle.close();
});
