// Opens an embedded database folder from a separate process, as a second server or CLI tool would.
import { openDatabase } from "../db/client";

openDatabase({ dataDir: process.argv[2] }).then(
  async (handle) => {
    await handle.close();
    console.log("opened");
  },
  (error: Error) => {
    console.error(error.message);
    process.exit(3);
  },
);
