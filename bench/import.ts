import { createWriteStream, mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { once } from "node:events";
import { spawnSync } from "node:child_process";
import { Client } from "pg";
import { useDatabase } from "../db";
import { openDatabase, type DbHandle } from "../db/client";
import { migrateDatabase } from "../db/migrate";
import { importWordPress } from "../lib/import/wordpress";

// `npm run bench:import [-- --stories 10000,100000] [--drivers pglite,postgres]`: stories a second for a WordPress
// export without photos, and the process's peak memory, per size and database. See README, "Benchmark".
const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1]! : fallback;
};
const SIZES = arg("stories", "10000,100000").split(",").map(Number);
const DRIVERS = arg("drivers", "pglite,postgres").split(",");
const PG = process.env.TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";

const CATEGORIES = ["news", "local", "politics", "sports", "business", "culture"];
const paragraph = (i: number, p: number) =>
  `<!-- wp:paragraph -->\n<p>Paragraph ${p} of story ${i}: the council met on Tuesday and <strong>voted</strong> on the plan, which <a href="https://example.com/${i}">residents</a> had asked for since spring. 한인타운 주민들은 새 계획을 환영했다.</p>\n<!-- /wp:paragraph -->\n`;

/** An export of `n` posts of about 3 KB each, written as a stream (the 100,000-post one is some 380 MB). */
export async function writeExport(file: string, n: number) {
  const out = createWriteStream(file);
  const write = async (s: string) => {
    if (!out.write(s)) await once(out, "drain");
  };
  await write(
    `<?xml version="1.0" encoding="UTF-8" ?>\n<rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">\n<channel><title>Bench</title><link>https://bench.example</link><wp:wxr_version>1.2</wp:wxr_version><wp:base_site_url>https://bench.example</wp:base_site_url>\n`,
  );
  for (let a = 0; a < 10; a++)
    await write(
      `<wp:author><wp:author_id>${a + 1}</wp:author_id><wp:author_login><![CDATA[reporter${a}]]></wp:author_login><wp:author_email><![CDATA[r${a}@bench.example]]></wp:author_email><wp:author_display_name><![CDATA[Reporter ${a}]]></wp:author_display_name></wp:author>\n`,
    );
  for (const [i, c] of CATEGORIES.entries())
    await write(
      `<wp:category><wp:term_id>${i + 1}</wp:term_id><wp:category_nicename><![CDATA[${c}]]></wp:category_nicename><wp:category_parent><![CDATA[${i > 0 && i < 3 ? "news" : ""}]]></wp:category_parent><wp:cat_name><![CDATA[${c}]]></wp:cat_name></wp:category>\n`,
    );
  for (let i = 0; i < n; i++) {
    const day = new Date(Date.UTC(2015, 0, 1) + i * 3_600_000);
    const stamp = day.toISOString().slice(0, 19).replace("T", " ");
    const body = Array.from({ length: 6 }, (_, p) => paragraph(i, p)).join("");
    await write(
      `<item><title><![CDATA[Story ${i}: council votes on plan ${i % 97}]]></title><link>https://bench.example/${stamp.slice(0, 10).replaceAll("-", "/")}/story-${i}/</link><dc:creator><![CDATA[reporter${i % 10}]]></dc:creator><guid isPermaLink="false">https://bench.example/?p=${i + 1000}</guid><content:encoded><![CDATA[${body}]]></content:encoded><excerpt:encoded><![CDATA[A short summary of story ${i}.]]></excerpt:encoded><wp:post_id>${i + 1000}</wp:post_id><wp:post_date_gmt><![CDATA[${stamp}]]></wp:post_date_gmt><wp:post_modified_gmt><![CDATA[${stamp}]]></wp:post_modified_gmt><wp:post_name><![CDATA[story-${i}]]></wp:post_name><wp:status><![CDATA[publish]]></wp:status><wp:post_type><![CDATA[post]]></wp:post_type><category domain="category" nicename="${CATEGORIES[i % CATEGORIES.length]}"><![CDATA[x]]></category><category domain="post_tag" nicename="tag-${i % 20}"><![CDATA[Tag ${i % 20}]]></category></item>\n`,
    );
  }
  await write("</channel></rss>\n");
  out.end();
  await once(out, "finish");
}

async function openFresh(driver: string): Promise<DbHandle & { drop: () => Promise<void> }> {
  if (driver === "pglite") {
    const dir = mkdtempSync(path.join(tmpdir(), "masthead-bench-import-"));
    const handle = await openDatabase({ dataDir: dir });
    await migrateDatabase(handle);
    return { ...handle, drop: async () => (await handle.close(), rmSync(dir, { recursive: true, force: true })) };
  }
  const name = `masthead_bench_import_${Date.now()}`;
  const admin = new Client({ connectionString: PG });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(PG);
  url.pathname = `/${name}`;
  const handle = await openDatabase({ url: url.toString() });
  await migrateDatabase(handle);
  return {
    ...handle,
    drop: async () => {
      await handle.close();
      const c = new Client({ connectionString: PG });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    },
  };
}

/** One import in this process (a child of main, so each figure of memory is its own). */
async function measure(driver: string, file: string) {
  const handle = await openFresh(driver).then((h) => (useDatabase(h), h));
  let peak = process.memoryUsage().rss;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
  const started = performance.now();
  const report = await importWordPress(handle.db, { file });
  const seconds = (performance.now() - started) / 1000;
  clearInterval(sampler);
  await handle.drop();
  console.log(JSON.stringify({ created: report.counts.stories.created, seconds, peak }));
}

async function main() {
  const dir = mkdtempSync(path.join(tmpdir(), "masthead-wxr-"));
  const rows: string[] = [];
  try {
    for (const n of SIZES) {
      const file = path.join(dir, `export-${n}.xml`);
      await writeExport(file, n);
      const mb = statSync(file).size / 1024 / 1024;
      for (const driver of DRIVERS) {
        const child = spawnSync(process.execPath, [...process.execArgv, __filename, "--measure", driver, file], {
          encoding: "utf8",
          maxBuffer: 64 * 1024 * 1024,
        });
        const last = child.stdout.trim().split("\n").pop() ?? "";
        if (child.status !== 0 || !last.startsWith("{"))
          throw new Error(`${driver} ${n}: ${child.stderr || child.stdout}`);
        const { created, seconds, peak } = JSON.parse(last) as { created: number; seconds: number; peak: number };
        rows.push(
          `${driver.padEnd(8)} ${String(n).padStart(7)} stories  ${mb.toFixed(0).padStart(4)} MB file  ${seconds.toFixed(1).padStart(6)} s  ${String(Math.round(created / seconds)).padStart(5)} stories/s  peak RSS ${(peak / 1024 / 1024).toFixed(0)} MB`,
        );
        console.log(rows[rows.length - 1]);
      }
      rmSync(file);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  console.log(
    `\nImport benchmark (no photos; target 500 stories/s, memory flat in the file's size)\n${rows.join("\n")}`,
  );
}

const measuring = process.argv.indexOf("--measure");
(measuring > 0 ? measure(process.argv[measuring + 1]!, process.argv[measuring + 2]!) : main()).then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
