// Writes a .gz beside every compressible file under the given folders (default .next/static), so nginx's
// gzip_static serves build files compressed without compressing them per request. Run after `next build`.
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";

const COMPRESSIBLE = /\.(js|mjs|css|svg|json|txt|html|xml|webmanifest|map)$/;
let files = 0;
let saved = 0;
function walk(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(full);
    else if (COMPRESSIBLE.test(entry.name) && statSync(full).size > 256) {
      const raw = readFileSync(full);
      const gz = gzipSync(raw, { level: 9 });
      if (gz.length < raw.length) {
        writeFileSync(`${full}.gz`, gz);
        files++;
        saved += raw.length - gz.length;
      }
    }
  }
}
for (const dir of process.argv.slice(2).length ? process.argv.slice(2) : [".next/static"]) walk(dir);
console.log(`precompress: ${files} files, ${Math.round(saved / 1024)} KB saved`);
