// The mutation check (npm run test:mutations): removes each guard in turn from the source, runs the workflow unit
// tests and the role matrix on PGlite, and fails if any removal leaves them green. A guard no test misses is a
// guard nobody would notice losing. Each file is edited in place and restored in `finally` (and on Ctrl-C).
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

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
      // An action open to anyone by design (a mailed link, a reset request) has no guard to remove.
      if (m[2] === "public") continue;
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
    child?.kill("SIGTERM");
    restore();
    process.exit(130);
  });
}

const TIMED_OUT = "timed out";
const report = path.join(os.tmpdir(), `masthead-mutations-${process.pid}.json`);
type Result = {
  testResults: {
    name: string;
    message?: string;
    assertionResults: { status: string; fullName: string; failureMessages?: string[] }[];
  }[];
};
let child: ChildProcess | null = null;

/**
 * Runs the tests in a fresh Vitest process (an in-process Vitest reused across edits kept stale modules and
 * "killed" mutants with unrelated failures); returns the first failing test's name, or null when all passed.
 */
async function runTests(files: string[], only?: string): Promise<string | null> {
  const args = ["run", "--project", "pglite", "--bail", "1", "--reporter", "json", "--outputFile", report, ...files];
  if (only) args.push("-t", `runs every action as each role.* ${only}$`);
  fs.rmSync(report, { force: true });
  const proc = spawn("node_modules/.bin/vitest", args, {
    env: { ...process.env, TEST_DRIVER: "pglite" },
    stdio: ["ignore", "ignore", "ignore"],
  });
  child = proc;
  const status = await new Promise<number | null>((resolve) => proc.on("close", resolve));
  child = null;
  const json = fs.existsSync(report) ? (JSON.parse(fs.readFileSync(report, "utf8")) as Result) : null;
  const tests = json?.testResults.flatMap((f) => f.assertionResults) ?? [];
  // A run in which no test ran proves nothing: it must not count as a mutant that survived, nor as a baseline.
  if (status === 0 && !tests.some((t) => t.status === "passed"))
    throw new Error(`No test ran in ${files.join(", ")} ${only ?? ""}`);
  if (status === 0) return null;
  const timedOut = (m: string | undefined) => /timed out/i.test(m ?? "");
  for (const f of json?.testResults ?? []) {
    if (timedOut(f.message)) return TIMED_OUT;
    const failed = f.assertionResults.find((a) => a.status === "failed");
    if (failed && failed.failureMessages?.some(timedOut)) return TIMED_OUT;
    if (failed) return `${path.relative(root, f.name)} > ${failed.fullName}`;
    if (f.message) return `${path.relative(root, f.name)} (${f.message.split("\n")[0]})`;
  }
  return `vitest exit ${status}`;
}

async function main() {
  const started = Date.now();
  const baseline = await runTests([unit, matrix]);
  if (baseline) {
    console.error(`The tests fail without any mutation (${baseline}); fix that first.`);
    process.exit(1);
  }
  const pick = process.env.MUTANTS ? new RegExp(process.env.MUTANTS) : null;
  const chosen = mutants.filter((x) => !pick || pick.test(x.guard));
  let survived = 0;
  try {
    // MUTANTS=<regex> picks guards by name, to check one quickly; the full run (CI) takes every guard.
    for (const m of chosen) {
      const text = originals.get(m.file) ?? fs.readFileSync(m.file, "utf8");
      originals.set(m.file, text);
      fs.writeFileSync(pendingRestore, JSON.stringify(Object.fromEntries(originals)));
      const hits =
        typeof m.find === "string" ? text.split(m.find).length - 1 : (text.match(new RegExp(m.find, "g")) ?? []).length;
      if (hits !== 1)
        throw new Error(`${m.guard}: the guard is found ${hits} times in ${m.file}; update scripts/mutations.ts`);
      fs.writeFileSync(m.file, text.replace(m.find, m.replace));
      const t0 = Date.now();
      let killer: string | null;
      try {
        const once = async () =>
          m.action ? await runTests([matrix], m.action) : ((await runTests([unit])) ?? (await runTests([matrix])));
        killer = await once();
        if (killer === TIMED_OUT) killer = await once();
      } finally {
        fs.writeFileSync(m.file, text);
      }
      // Only a failed assertion kills a mutant; twice timed out is counted as surviving, so the run fails.
      const verdict = killer === TIMED_OUT ? "TIMED OUT" : killer ? "killed  " : "SURVIVED";
      if (!killer || killer === TIMED_OUT) survived++;
      const secs = ((Date.now() - t0) / 1000).toFixed(0);
      console.log(`${verdict} removed ${m.guard} (${m.file}) ${secs}s: ${killer ?? "no test failed"}`);
    }
  } finally {
    restore();
    fs.rmSync(report, { force: true });
  }
  console.log(
    `${chosen.length} guards removed one at a time, ${chosen.length - survived} caught, ${survived} survived, in ${((Date.now() - started) / 1000).toFixed(0)} s.`,
  );
  process.exit(survived ? 1 : 0);
}

void main();
