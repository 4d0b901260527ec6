// Summarises a V8 .cpuprofile: the functions (and packages) with the most self time.
//   node bench/profile-top.mjs file.cpuprofile [N]
import { readFileSync } from "node:fs";

const prof = JSON.parse(readFileSync(process.argv[2], "utf8"));
const top = Number(process.argv[3] ?? 25);
const byId = new Map(prof.nodes.map((n) => [n.id, n]));
const self = new Map();
const dt = prof.timeDeltas;
for (let i = 0; i < prof.samples.length; i++)
  self.set(prof.samples[i], (self.get(prof.samples[i]) ?? 0) + (dt[i] ?? 0));
const total = [...self.values()].reduce((a, b) => a + b, 0);
const fn = new Map();
const pkg = new Map();
for (const [id, us] of self) {
  const { callFrame: f } = byId.get(id);
  const where = f.url.replace(/^.*node_modules\//, "").replace(/^file:\/\/.*\/\.next\//, ".next/");
  const key = `${f.functionName || "(anonymous)"}  ${where.split("/").slice(-2).join("/")}:${f.lineNumber}`;
  fn.set(key, (fn.get(key) ?? 0) + us);
  const p = f.url.includes("node_modules/")
    ? f.url
        .split("node_modules/")
        .pop()
        .split("/")
        .slice(0, f.url.includes("node_modules/@") ? 2 : 1)
        .join("/")
    : f.url.includes(".next/")
      ? "app bundle (.next)"
      : f.url.startsWith("node:")
        ? "node internals"
        : f.url
          ? "other"
          : f.functionName;
  pkg.set(p, (pkg.get(p) ?? 0) + us);
}
const pct = (us) => `${((100 * us) / total).toFixed(1).padStart(5)}%`;
console.log(`total sampled ${(total / 1000).toFixed(0)} ms\n\nby package:`);
for (const [k, v] of [...pkg].sort((a, b) => b[1] - a[1]).slice(0, 12)) console.log(pct(v), k);
console.log("\nby function (self time):");
for (const [k, v] of [...fn].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(pct(v), k);
