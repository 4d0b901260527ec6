import { openMigrated, run } from "./_db";

run(async () => {
  const handle = await openMigrated();
  console.log(`Migrations applied (${handle.driver}).`);
  await handle.close();
});
