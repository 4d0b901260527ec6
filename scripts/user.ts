import { createInterface } from "node:readline";
import { parseArgs } from "node:util";
import { useDatabase } from "../db";
import { createUser, setUserPassword } from "../db/mutations/users";
import { getUserByEmail } from "../db/queries/users";
import { passwordProblem } from "../lib/auth/password-policy";
import { isRole, type Role } from "../lib/capabilities";
import { hashPassword } from "../lib/password";
import { openMigrated, run } from "./_db";
import { writer } from "@/db/mutations/writer";

const USAGE = `Usage:
  npm run user -- create --email EMAIL --name NAME --role journalist|editor|admin
  npm run user -- reset-password --email EMAIL
The password is read from a prompt (or from standard input when it is not a terminal), never from an argument.`;

/** Reads a line without echoing it when standard input is a terminal. */
async function readPassword(prompt: string): Promise<string> {
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: process.stdin.isTTY });
  if (process.stdin.isTTY) {
    process.stdout.write(prompt);
    // Replace echoed characters: the password must not appear on screen.
    (rl as unknown as { _writeToOutput: (s: string) => void })._writeToOutput = () => {};
  }
  const line = await new Promise<string>((resolve) => rl.once("line", resolve).once("close", () => resolve("")));
  rl.close();
  if (process.stdin.isTTY) process.stdout.write("\n");
  return line.replace(/\r$/, "");
}

run(async () => {
  const [command, ...rest] = process.argv.slice(2);
  const { values } = parseArgs({
    args: rest,
    options: { email: { type: "string" }, name: { type: "string" }, role: { type: "string" } },
  });
  const email = values.email?.trim();
  if (!email || (command !== "create" && command !== "reset-password")) throw new Error(USAGE);
  const handle = await openMigrated();
  useDatabase(handle);
  try {
    const existing = await getUserByEmail(email);
    if (command === "create") {
      if (!values.name || !isRole(values.role)) throw new Error(USAGE);
      if (existing) throw new Error(`A staff account for ${email} exists already.`);
    } else if (!existing) throw new Error(`No staff account for ${email}.`);
    const name = values.name ?? existing!.name;
    const password = await readPassword(`Password for ${email}: `);
    const problem = passwordProblem(password, { email, name });
    if (problem) throw new Error(problem);
    const passwordHash = await hashPassword(password);
    if (command === "create") {
      await createUser(
        await writer(),
        { email, name, role: values.role as Role, passwordHash, mustChangePassword: false },
        null,
      );
      console.log(`Created ${values.role} ${email}. Sign in at /login.`);
    } else {
      // Whoever runs the CLI holds the server; the password they type is final, and open sessions end.
      await setUserPassword(await writer(), existing!.id, passwordHash, { mustChange: false, endSessions: true }, null);
      console.log(`New password set for ${email}; their open sessions have ended.`);
    }
  } finally {
    await handle.close();
  }
});
