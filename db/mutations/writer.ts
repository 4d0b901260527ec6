import "server-only";
import { getDb } from "../index";

/** The database handle actions and routes pass to the mutations in this folder (which take it, so tests and the seed can pass theirs). */
export const writer = getDb;
