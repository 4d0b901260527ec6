import "server-only";
import { asc, eq } from "drizzle-orm";
import { getDb } from "../index";
import { passkeys, users } from "../schema";

/** A person's passkeys for the account page: never the key itself. */
export async function listPasskeys(userId: string) {
  const db = await getDb();
  return db
    .select({ id: passkeys.id, name: passkeys.name, createdAt: passkeys.createdAt, lastUsedAt: passkeys.lastUsedAt })
    .from(passkeys)
    .where(eq(passkeys.userId, userId))
    .orderBy(asc(passkeys.createdAt));
}

/** The credential ids a person has, so the browser does not register the same authenticator twice. */
export async function listPasskeyCredentials(userId: string) {
  const db = await getDb();
  return db
    .select({ credentialId: passkeys.credentialId, transports: passkeys.transports })
    .from(passkeys)
    .where(eq(passkeys.userId, userId));
}

/** A passkey by the credential id a browser sent, with its owner's sign-in state: for the sign-in check only. */
export async function getPasskeyForSignIn(credentialId: string) {
  if (credentialId.length > 1400) return null;
  const db = await getDb();
  const [row] = await db
    .select({
      id: passkeys.id,
      credentialId: passkeys.credentialId,
      publicKey: passkeys.publicKey,
      counter: passkeys.counter,
      transports: passkeys.transports,
      userId: users.id,
      email: users.email,
      active: users.active,
      sessionVersion: users.sessionVersion,
      role: users.role,
    })
    .from(passkeys)
    .innerJoin(users, eq(users.id, passkeys.userId))
    .where(eq(passkeys.credentialId, credentialId));
  return row ?? null;
}
