import "server-only";
import { and, count, desc, inArray, sql, type SQL } from "drizzle-orm";
import { searchTerms } from "@/lib/content/search-terms";
import { getDb } from "../index";
import { stories } from "../schema";
import { isPublic } from "./published";
import { MARK_END, MARK_START } from "@/lib/content/types";
import { selectCards } from "./stories";
import { type StoryCard } from "@/lib/content/types";

// Snippet highlight markers: control characters no writer can type, turned into <mark> by the page (never raw HTML).

export type SearchHit = StoryCard & { snippet: string };
/** `capped`: more than SEARCH_WINDOW stories match; `total` is then SEARCH_WINDOW. */
export type SearchResult = {
  hits: SearchHit[];
  total: number;
  capped?: boolean;
  page: number;
  pageSize: number;
  mode: "fulltext" | "fuzzy";
};

/**
 * Full-text results are ranked among the newest SEARCH_WINDOW matches: ranking and counting every match of a
 * common word took about a second per search at 100,000 stories, and readers of news want the recent ones anyway.
 */
export const SEARCH_WINDOW = 1000;

/**
 * Full-text search (English stemming, Korean words by their stem as a prefix, headline > dek > body weights) ranked
 * by ts_rank; when that finds nothing, a fuzzy pass: trigram word similarity on headline and dek for typos, and a
 * plain substring match, which finds a Korean word inside a compound ("의회" in "주민의회").
 */
/** Results a search page lists. */
export const SEARCH_PAGE_SIZE = 10;

export async function searchStories(
  q: string,
  page = 1,
  pageSize = SEARCH_PAGE_SIZE,
  newest = SEARCH_WINDOW,
): Promise<SearchResult> {
  const query = q.trim().slice(0, 200);
  if (!query) return { hits: [], total: 0, page, pageSize, mode: "fulltext" };
  const fulltext = await searchFulltext(query, page, pageSize, newest);
  if (fulltext.total > 0) return fulltext;
  return searchFuzzy(query, page, pageSize);
}

/** English words through websearch_to_tsquery, Hangul words as stem prefixes (lib/content/search-terms.ts), all required. */
function fulltextQuery(query: string): SQL {
  const { words, prefixes } = searchTerms(query);
  const parts: SQL[] = [];
  if (words || !prefixes.length) parts.push(sql`websearch_to_tsquery('english', ${words})`);
  if (prefixes.length) parts.push(sql`to_tsquery('simple', ${prefixes.join(" & ")})`);
  return sql`(${sql.join(parts, sql` && `)})`;
}

async function searchFulltext(query: string, page: number, pageSize: number, newest: number): Promise<SearchResult> {
  const db = await getDb();
  const tsq = fulltextQuery(query);
  const match = and(isPublic, sql`${stories.search} @@ ${tsq}`);
  // The newest matches, ranked; then the highlighted text for that page only (ts_headline before the LIMIT would
  // run over every match).
  const recent = db
    .select({ id: stories.id, search: stories.search, publishedAt: stories.publishedAt })
    .from(stories)
    .where(match)
    .orderBy(desc(stories.publishedAt), desc(stories.id))
    .limit(newest)
    .as("recent");
  const upTo = db
    .select({ one: sql`1` })
    .from(stories)
    .where(match)
    .limit(newest + 1)
    .as("up_to");
  const [rows, [counted]] = await Promise.all([
    db
      .select({ id: recent.id })
      .from(recent)
      .orderBy(desc(sql`ts_rank(${recent.search}, ${tsq})`), desc(recent.publishedAt), desc(recent.id))
      .limit(pageSize)
      .offset((page - 1) * pageSize),
    db.select({ n: count() }).from(upTo),
  ]);
  const capped = (counted?.n ?? 0) > newest;
  const ids = rows.map((r) => r.id);
  const marked =
    ids.length === 0
      ? []
      : await db
          .select({
            id: stories.id,
            // The whole text with every match marked; the window is cut in JS (windowAroundMark) because ts_headline's
            // own fragment choice differs between PostgreSQL versions (PGlite embeds 18, production runs 15).
            marked: sql<string>`ts_headline('english', ${stories.bodyText}, ${tsq}, ${`StartSel=${MARK_START}, StopSel=${MARK_END}, HighlightAll=true`})`,
          })
          .from(stories)
          .where(inArray(stories.id, ids));
  const byId = new Map(marked.map((m) => [m.id, m.marked]));
  const hits = ids.map((id) => ({ id, snippet: windowAroundMark(byId.get(id) ?? "") }));
  return {
    hits: await withCards(hits),
    total: capped ? newest : (counted?.n ?? 0),
    capped,
    page,
    pageSize,
    mode: "fulltext",
  };
}

async function searchFuzzy(query: string, page: number, pageSize: number): Promise<SearchResult> {
  const db = await getDb();
  const like = `%${query.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const text = sql`(${stories.headline} || ' ' || ${stories.dek})`;
  const score = sql`word_similarity(${query}, ${text})`;
  const match = and(isPublic, sql`(${score} >= 0.45 or ${text} ilike ${like} or ${stories.bodyText} ilike ${like})`);
  const [rows, [total]] = await Promise.all([
    db
      .select({ id: stories.id, bodyText: stories.bodyText, dek: stories.dek })
      .from(stories)
      .where(match)
      .orderBy(
        desc(sql`case when ${text} ilike ${like} then 1 else 0 end`),
        desc(score),
        desc(stories.publishedAt),
        desc(stories.id),
      )
      .limit(pageSize)
      .offset((page - 1) * pageSize),
    db.select({ n: count() }).from(stories).where(match),
  ]);
  const hits = rows.map((r) => ({ id: r.id, snippet: substringSnippet(r.bodyText, query) ?? r.dek }));
  return { hits: await withCards(hits), total: total?.n ?? 0, page, pageSize, mode: "fuzzy" };
}

/** Text around the first occurrence of the query, with it marked. */
export function substringSnippet(text: string, query: string): string | null {
  const at = text.toLowerCase().indexOf(query.toLowerCase());
  if (at < 0) return null;
  const end = at + query.length;
  return windowAroundMark(`${text.slice(0, at)}${MARK_START}${text.slice(at, end)}${MARK_END}${text.slice(end)}`);
}

/** About 200 characters of a marked text, starting a little before its first mark, cut at spaces. */
export function windowAroundMark(marked: string, before = 80, length = 240): string {
  const text = marked.replace(/\s+/g, " ");
  const at = Math.max(0, text.indexOf(MARK_START));
  let start = at <= before ? 0 : text.indexOf(" ", at - before) + 1;
  if (start > at) start = at;
  let end = text.indexOf(" ", start + length);
  if (end < 0) end = text.length;
  let out = text.slice(start, end);
  // A window that cuts a mark in two closes it.
  if (out.lastIndexOf(MARK_START) > out.lastIndexOf(MARK_END)) out += MARK_END;
  return `${start > 0 ? "… " : ""}${out}${end < text.length ? " …" : ""}`;
}

async function withCards(rows: { id: string; snippet: string }[]): Promise<SearchHit[]> {
  if (!rows.length) return [];
  const cards = await selectCards(
    inArray(
      stories.id,
      rows.map((r) => r.id),
    ),
    rows.length,
  );
  const byId = new Map(cards.map((c) => [c.id, c]));
  return rows.flatMap((r) => {
    const card = byId.get(r.id);
    return card ? [{ ...card, snippet: r.snippet.replace(/\s+/g, " ") }] : [];
  });
}
