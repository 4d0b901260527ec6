import "server-only";
import { and, eq, lte, sql } from "drizzle-orm";
import { stories } from "../schema";

/** The one definition of "a reader may see this story": published, and its publication time has come. */
export const isPublic = and(eq(stories.status, "published"), lte(stories.publishedAt, sql`now()`));
