import "server-only";
import { and, eq, lte, sql } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import { stories } from "../schema";

/** The one definition of "a reader may see this story": published, and its publication time has come. */
export const publicStory = (t: Record<"status" | "publishedAt", AnyPgColumn>) =>
  and(eq(t.status, "published"), lte(t.publishedAt, sql`now()`));

export const isPublic = publicStory(stories);
