import "server-only";
import { asc, eq, inArray } from "drizzle-orm";
import { getDb } from "../index";
import { authors, sections } from "../schema";

export async function findSections(): Promise<{ id: string; name: string }[]> {
  const db = await getDb();
  return db.select({ id: sections.id, name: sections.name }).from(sections).orderBy(asc(sections.position));
}

export async function sectionExists(id: string): Promise<boolean> {
  const db = await getDb();
  return (await db.select({ id: sections.id }).from(sections).where(eq(sections.id, id))).length > 0;
}

export async function knownAuthors(ids: string[]): Promise<string[]> {
  if (!ids.length) return [];
  const db = await getDb();
  return (await db.select({ id: authors.id }).from(authors).where(inArray(authors.id, ids))).map((r) => r.id);
}

/** The byline profile tied to a staff account, so a reporter's new story starts with their name on it. */
export async function findAuthorIdForUser(userId: string): Promise<string | null> {
  const db = await getDb();
  const [row] = await db.select({ id: authors.id }).from(authors).where(eq(authors.userId, userId)).limit(1);
  return row?.id ?? null;
}
