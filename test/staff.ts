import { createSession } from "@/db/mutations/sessions";
import { createUser } from "@/db/mutations/users";
import { hashPassword } from "@/lib/password";
import type { Role } from "@/lib/capabilities";
import { writer } from "@/db/mutations/writer";

// Argon2 is slow on purpose, and the role matrix alone makes some 200 accounts: one real hash per password, shared.
const hashes = new Map<string, Promise<string>>();
const hashOnce = (password: string) => {
  if (!hashes.has(password)) hashes.set(password, hashPassword(password));
  return hashes.get(password)!;
};

/** A real staff account in the test database; returns its id and the claims a fresh session cookie would carry. */
export async function makeStaff(
  role: Role,
  email = `${role}-${Math.random().toString(36).slice(2, 8)}@example.com`,
  password = "a-long-test-password-42",
) {
  const id = await createUser(
    await writer(),
    { email, name: `Test ${role}`, role, passwordHash: await hashOnce(password), mustChangePassword: false },
    null,
  );
  const sid = await createSession(await writer(), {
    userId: id,
    expiresAt: new Date(Date.now() + 86_400_000),
    ip: null,
    userAgent: "test",
  });
  return { id, email, password, claims: { uid: id, sv: 1, sid } };
}
