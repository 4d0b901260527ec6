// The mutation check (npm run test:mutations): removes each guard in turn from the source, runs the workflow unit
// tests and the role matrix on PGlite, and fails if any removal leaves them green. A guard no test misses is a
// guard nobody would notice losing. Each file is edited in place and restored in `finally` (and on Ctrl-C).
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Vitest } from "vitest/node";

const root = path.resolve(__dirname, "..");
process.chdir(root);

// `action`: the guard belongs to one action, so only that action's test in the role matrix runs (fast); otherwise
// the workflow unit tests run first and the whole role matrix only if they stay green.
type Mutant = { guard: string; file: string; find: string | RegExp; replace: string; action?: string };

const workflow = "lib/story/workflow.ts";
const transitionNames = ["submit", "return", "approve", "schedule", "unschedule", "publish", "unpublish"];

/** Every deskAction(...) call site: its capability becomes "public", which lets anyone through. */
function actionCapabilities(): Mutant[] {
  const files = execFileSync("grep", ["-rl", "= deskAction(", "app", "--include=*.ts"], { encoding: "utf8" })
    .trim()
    .split("\n");
  const out: Mutant[] = [];
  for (const file of files) {
    const re = /deskAction\(\s*\{ name: "(\w+)", capability: "([\w.]+)"/g;
    for (const m of fs.readFileSync(file, "utf8").matchAll(re)) {
      out.push({
        guard: `${m[1]} capability ${m[2]}`,
        file,
        find: m[0],
        replace: m[0].replace(`"${m[2]}"`, '"public"'),
        action: m[1],
      });
    }
  }
  return out;
}

const mutants: Mutant[] = [
  {
    guard: "deskAction guard (every action)",
    file: "lib/desk-action.ts",
    find: "if (!permits(actor, spec.capability)) return { ...deniedState, values };",
    replace: "",
    action: "updateSettingsAction",
  },
  ...actionCapabilities(),
  // Ownership.
  {
    guard: "canViewStory",
    file: workflow,
    find: `return actor.can("story.editAny") || story.createdBy === actor.id;`,
    replace: "return true;",
  },
  {
    guard: "visibleStory ownership",
    file: "app/(admin)/admin/stories/_lib/load-story.ts",
    find: "return story && canViewStory(story, asWorkflowActor(actor)) ? story : null;",
    replace: "return story ?? null;",
  },
  {
    guard: "canEditWorkingCopy owner",
    file: workflow,
    find: `if (story.createdBy !== actor.id || !actor.can("story.editOwn")) return false;`,
    replace: `if (!actor.can("story.editOwn")) return false;`,
  },
  {
    guard: "canEditWorkingCopy story.editOwn",
    file: workflow,
    find: `if (story.createdBy !== actor.id || !actor.can("story.editOwn")) return false;`,
    replace: "if (story.createdBy !== actor.id) return false;",
  },
  {
    guard: "canEditWorkingCopy proposeEdit on live",
    file: workflow,
    find: `if (story.status === "published") return actor.can("story.proposeEdit");`,
    replace: `if (story.status === "published") return true;`,
  },
  {
    guard: "canEditWorkingCopy status",
    file: workflow,
    find: `return story.status === "draft" || story.status === "returned";`,
    replace: "return true;",
  },
  // The workflow table's capability and writer checks.
  {
    guard: "transitionProblem capability",
    file: workflow,
    find: `if (!actor.can(t.capability)) return "Your role cannot do that.";`,
    replace: "",
  },
  {
    guard: "transitionProblem ownOnly",
    file: workflow,
    find: `if (t.ownOnly && !canViewStory(story, actor)) return "Only the story's writer can submit it.";`,
    replace: "",
  },
  ...transitionNames.map((n) => ({
    guard: `${n} capability`,
    file: workflow,
    find: new RegExp(`(\\n  ${n}: \\{[^}]*?capability: )"[\\w.]+"`),
    replace: `$1"desk.view"`,
  })),
  // Status.
  {
    guard: "stateProblem from",
    file: workflow,
    find: "if (!t.from.includes(story.status)) {",
    replace: "if (false) {",
  },
  {
    guard: "stateProblem no changes",
    file: workflow,
    find: "if (story.status === t.to && !story.pendingChanges) return",
    replace: "if (false) return",
  },
  ...transitionNames.map((n) => ({
    guard: `${n} from list`,
    file: workflow,
    find: new RegExp(`(\\n  ${n}: \\{\\s*from: )\\[[^\\]]*\\]`),
    replace: "$1storyStatuses",
  })),
];

const unit = "lib/story/workflow.test.ts";
const matrix = "lib/auth/role-matrix.int.test.ts";
// The original text of each file being edited, also on disk: a run killed without a chance to clean up (kill -9,
// a closed terminal) is undone by the next run before it starts.
const originals = new Map<string, string>();
const pendingRestore = path.join(
  os.tmpdir(),
  `masthead-mutations-${Buffer.from(root).toString("hex").slice(-32)}.json`,
);
function restore() {
  for (const [file, text] of originals) fs.writeFileSync(file, text);
  fs.rmSync(pendingRestore, { force: true });
}
if (fs.existsSync(pendingRestore)) {
  for (const [file, text] of Object.entries(
    JSON.parse(fs.readFileSync(pendingRestore, "utf8")) as Record<string, string>,
  ))
    fs.writeFileSync(file, text);
  fs.rmSync(pendingRestore);
  console.log("Restored the files an interrupted mutation run had left edited.");
}
for (const sig of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
  process.on(sig, () => {
    restore();
    process.exit(130);
  });
}

// One Vitest instance for the whole run: between mutants only the edited file is invalidated, so the rest of the
// module graph stays transformed (a fresh `vitest run` per mutant spent most of its time starting up).
let vitest: Vitest;
process.env.TEST_DRIVER = "pglite";

const TIMED_OUT = "timed out";

/** Runs the tests; returns the first failing test's name, or null when all passed. */
async function runTests(files: string[], only?: string): Promise<string | null> {
  if (only) vitest.setGlobalTestNamePattern(new RegExp(`runs every action as each role.* ${only}$`));
  else vitest.resetGlobalTestNamePattern();
  const specs = await vitest.globTestSpecifications(files);
  if (specs.length !== files.length) throw new Error(`Found ${specs.length} test files for ${files.join(", ")}`);
  const result = await vitest.runTestSpecifications(specs);
  // A run in which no test ran proves nothing: it must not count as a mutant that survived, nor as a baseline.
  const ran = result.testModules
    .flatMap((m) => [...m.children.allTests()])
    .filter((t) => t.result().state !== "skipped");
  if (ran.length === 0) throw new Error(`No test ran in ${files.join(", ")}${only ? ` for ${only}` : ""}`);
  for (const mod of result.testModules) {
    // A timeout (a slow machine) says nothing about the guard: the caller runs it again.
    const timedOut = (m: string | undefined) => /timed out/i.test(m ?? "");
    if (mod.errors().some((e) => timedOut(e.message))) return TIMED_OUT;
    for (const t of mod.children.allTests()) {
      const r = t.result();
      if (r.state !== "failed") continue;
      if (r.errors?.some((e) => timedOut(e.message))) return TIMED_OUT;
      return `${path.relative(root, mod.moduleId)} > ${t.fullName}`;
    }
    if (mod.state() === "failed")
      return `${path.relative(root, mod.moduleId)} (${mod.errors()[0]?.message.split("\n")[0] ?? "failed"})`;
  }
  if (result.unhandledErrors.length)
    return `unhandled error: ${String((result.unhandledErrors[0] as Error)?.message ?? result.unhandledErrors[0])}`;
  return null;
}

async function main() {
  const started = Date.now();
  // vitest/node is ESM only; this script runs as CommonJS under tsx.
  const { createVitest } = await import("vitest/node");
  vitest = await createVitest("test", { watch: false, project: ["pglite"], reporters: [{}] });
  const baseline = await runTests([unit, matrix]);
  if (baseline) {
    console.error(`The tests fail without any mutation (${baseline}); fix that first.`);
    process.exit(1);
  }
  let survived = 0;
  try {
    for (const m of mutants) {
      const text = originals.get(m.file) ?? fs.readFileSync(m.file, "utf8");
      originals.set(m.file, text);
      fs.writeFileSync(pendingRestore, JSON.stringify(Object.fromEntries(originals)));
      const hits =
        typeof m.find === "string" ? text.split(m.find).length - 1 : (text.match(new RegExp(m.find, "g")) ?? []).length;
      if (hits !== 1)
        throw new Error(`${m.guard}: the guard is found ${hits} times in ${m.file}; update scripts/mutations.ts`);
      fs.writeFileSync(m.file, text.replace(m.find, m.replace));
      vitest.invalidateFile(path.resolve(m.file));
      const t0 = Date.now();
      let killer: string | null;
      try {
        const once = async () =>
          m.action ? await runTests([matrix], m.action) : ((await runTests([unit])) ?? (await runTests([matrix])));
        killer = await once();
        if (killer === TIMED_OUT) killer = await once();
      } finally {
        fs.writeFileSync(m.file, text);
        vitest.invalidateFile(path.resolve(m.file));
      }
      // Only a failed assertion kills a mutant; twice timed out is counted as surviving, so the run fails.
      const verdict = killer === TIMED_OUT ? "TIMED OUT" : killer ? "killed  " : "SURVIVED";
      if (!killer || killer === TIMED_OUT) survived++;
      const secs = ((Date.now() - t0) / 1000).toFixed(0);
      console.log(`${verdict} removed ${m.guard} (${m.file}) ${secs}s: ${killer ?? "no test failed"}`);
    }
  } finally {
    restore();
    await vitest.close();
  }
  console.log(
    `${mutants.length} guards removed one at a time, ${mutants.length - survived} caught, ${survived} survived, in ${((Date.now() - started) / 1000).toFixed(0)} s.`,
  );
  process.exit(survived ? 1 : 0);
}

void main();
