import { execFileSync } from "node:child_process";
import path from "node:path";

// The e2e server's extra seed (e2e/own-server.ts): the fixture export brought in by the real command, into the
// demo newsroom, its categories folded into the demo's sections by a mapping file.
const root = path.resolve(__dirname, "../..");
const fixtures = path.join(root, "test/fixtures/wordpress");
const output = execFileSync(
  path.join(root, "node_modules/.bin/tsx"),
  [
    "--conditions=react-server",
    "scripts/import-wordpress.ts",
    path.join(fixtures, "newsroom-wxr-1.2.xml"),
    "--uploads",
    path.join(fixtures, "uploads"),
    "--mapping",
    path.join(fixtures, "mapping.json"),
    "--pages",
  ],
  { cwd: root, env: process.env, encoding: "utf8" },
);
if (!/Stories: +7 new/.test(output))
  throw new Error(`The import did not bring the fixture's seven stories:\n${output}`);
