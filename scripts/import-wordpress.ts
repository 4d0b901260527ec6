import { readFileSync, statSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { useDatabase } from "../db";
import { importWordPress } from "../lib/import/wordpress";
import { parseMapping } from "../lib/import/sections";
import { WxrError } from "../lib/import/wxr";
import { openMigrated, run } from "./_db";

const USAGE = `Usage: npm run import:wordpress -- EXPORT.xml [options]
  --uploads DIR     a copy of the site's wp-content/uploads (photos are read from here first)
  --fetch           fetch photos not found in --uploads from their addresses (15 s and 20 MB each at most)
  --mapping FILE    JSON: {"sections": {"category-slug": "section-slug"}, "default": "news", "names": {"news": "News"}}
  --pages           import pages too (as stories)
  --language en|ko  the stories' language (default: guessed from each story's text)
  --dry-run         read everything and print the report; write nothing
  --report FILE     write the whole report to FILE as well
Running the same export again updates what changed and duplicates nothing; an import stopped half way finishes.`;

/** A progress bar on a terminal; a line every tenth otherwise (a log file). */
function progress() {
  const started = Date.now();
  let lastTenth = -1;
  let lastDraw = 0;
  return (done: number, total: number) => {
    const share = total ? done / total : 1;
    const rate = Math.round(done / Math.max(0.001, (Date.now() - started) / 1000));
    const text = `${done.toLocaleString("en")}/${total.toLocaleString("en")} stories, ${rate.toLocaleString("en")} a second`;
    if (process.stderr.isTTY) {
      if (Date.now() - lastDraw < 100 && done < total) return;
      lastDraw = Date.now();
      const width = 30;
      const filled = Math.round(share * width);
      process.stderr.write(
        `\r[${"#".repeat(filled)}${".".repeat(width - filled)}] ${Math.round(share * 100)}% ${text}  `,
      );
      if (done >= total) process.stderr.write("\n");
    } else if (Math.floor(share * 10) > lastTenth) {
      lastTenth = Math.floor(share * 10);
      process.stderr.write(`${Math.round(share * 100)}% ${text}\n`);
    }
  };
}

run(async () => {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      uploads: { type: "string" },
      fetch: { type: "boolean" },
      mapping: { type: "string" },
      pages: { type: "boolean" },
      language: { type: "string" },
      "dry-run": { type: "boolean" },
      report: { type: "string" },
    },
  });
  const file = positionals[0];
  if (!file || positionals.length > 1) throw new Error(USAGE);
  if (!statSync(file, { throwIfNoEntry: false })?.isFile()) throw new Error(`No file at ${file}.`);
  if (values.uploads && !statSync(values.uploads, { throwIfNoEntry: false })?.isDirectory())
    throw new Error(`No folder at ${values.uploads} (--uploads).`);
  if (values.language && values.language !== "en" && values.language !== "ko")
    throw new Error("--language is en or ko.");
  const mapping = values.mapping ? parseMapping(readFileSync(values.mapping, "utf8")) : undefined;
  const handle = await openMigrated();
  useDatabase(handle);
  try {
    const report = await importWordPress(handle.db, {
      file,
      uploads: values.uploads,
      fetch: values.fetch,
      mapping,
      pages: values.pages,
      language: values.language as "en" | "ko" | undefined,
      dryRun: values["dry-run"],
      onProgress: progress(),
    }).catch((error: unknown) => {
      if (error instanceof WxrError) throw new Error(`${file}: ${error.message}`);
      throw error;
    });
    const lines = report.lines(!!values["dry-run"]);
    console.log(lines.join("\n"));
    if (values.report) await writeFile(values.report, `${lines.join("\n")}\n`);
  } finally {
    await handle.close();
  }
});
