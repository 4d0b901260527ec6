import { addMissingSizes } from "../lib/media/add-sizes";
import { openMigrated, run } from "./_db";

// After an upgrade that adds a reader size (lib/media/process.ts, VARIANT_WIDTHS): `npm run media:sizes` makes it
// for the photos uploaded before, on the database and photo storage the app uses (DATABASE_URL, MEDIA_DIR or S3).
run(async () => {
  const handle = await openMigrated();
  const r = await addMissingSizes(handle.db);
  await handle.close();
  console.log(`${r.checked} photos checked; ${r.added} reader sizes added to ${r.updated} photos.`);
  if (r.unreadable.length > 0)
    console.log(
      `${r.unreadable.length} photos have no readable file and were left as they are:\n  ${r.unreadable.join("\n  ")}`,
    );
});
