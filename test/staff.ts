import { createSession } from "@/db/mutations/sessions";
import { createUser } from "@/db/mutations/users";
import { hashPassword } from "@/lib/password";
import type { Role } from "@/lib/capabilities";
import { writer } from "@/db/mutations/writer";

/** A real staff account in the test database; returns its id and the claims a fresh session cookie would carry. */
export async function makeStaff(
  role: Role,
  email = `${role}-${Math.random().toString(36).slice(2, 8)}@example.com`,
  password = "a-long-test-password-42",
) {
  const id = await createUser(
    await writer(),
    { email, name: `Test ${role}`, role, passwordHash: await hashPassword(password), mustChangePassword: false },
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
