import type { Metadata } from "next";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { Suspense } from "react";
import { storyHref } from "@/components/article/story-list";
import { ListingHeader } from "@/components/listing/listing-header";
import { Pagination } from "@/components/listing/paged-stories";
import { pageNumber } from "@/lib/route-input";
import { Snippet } from "@/components/listing/snippet";
import { clientIp } from "@/lib/client-ip";
import { formatDateTime } from "@/lib/format";
import { isSafeText } from "@/lib/route-input";
import { allowSearch, MAX_QUERY, normaliseQuery } from "@/lib/search-limits";
import { readSearch, readSettings } from "@/lib/reads";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export async function generateMetadata(): Promise<Metadata> {
  const settings = await readSettings();
  // Result pages carry `X-Robots-Tag: noindex, follow` (proxy.ts): not worth indexing. The form page is.
  return {
    title: `Search | ${settings.siteName}`,
    alternates: { canonical: "/search" },
    description: `Search every story ${settings.siteName} has published.`,
  };
}

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? "";

async function SearchForm({ searchParams }: { searchParams: SearchParams }) {
  const q = one((await searchParams).q);
  return <SearchFormView q={q} />;
}

function SearchFormView({ q }: { q: string }) {
  return (
    <form role="search" action="/search" className="mt-4 flex max-w-xl gap-2 font-sans">
      <label htmlFor="search-q" className="sr-only">
        Search stories
      </label>
      <input
        id="search-q"
        name="q"
        type="search"
        defaultValue={q}
        placeholder="Search stories"
        maxLength={MAX_QUERY}
        className="min-w-0 flex-1 rounded border border-ink/40 bg-paper px-3 py-2 text-base"
      />
      <button type="submit" className="rounded bg-ink px-4 py-2 font-semibold text-paper">
        Search
      </button>
    </form>
  );
}

async function Results({ searchParams }: { searchParams: SearchParams }) {
  const sp = await searchParams;
  const raw = one(sp.q);
  // The proxy answers 400 for these already; this holds if the page is reached another way.
  if (!raw.trim() || !isSafeText(raw, MAX_QUERY)) return null;
  const q = normaliseQuery(raw);
  if (!(await allowSearch(clientIp(await headers())))) {
    return (
      <p role="status" className="py-8 font-sans text-muted">
        Too many searches from your network just now. Please wait a minute and try again.
      </p>
    );
  }
  const page = pageNumber(sp.page);
  const [result, settings] = await Promise.all([readSearch(q, page), readSettings()]);
  if (page > 1 && result.hits.length === 0) notFound();
  return (
    <section aria-labelledby="results-heading" className="py-4">
      <h2 id="results-heading" className="font-sans text-sm text-muted" aria-live="polite">
        {result.total === 0
          ? `No stories match “${q}”.`
          : result.capped
            ? `More than ${result.total.toLocaleString("en-US")} stories match “${q}”; the newest are ranked`
            : `${result.total} ${result.total === 1 ? "story matches" : "stories match"} “${q}”`}
        {result.mode === "fuzzy" && result.total > 0 && " (closest matches)"}
      </h2>
      <ol data-testid="search-results">
        {result.hits.map((s) => (
          <li key={s.id} className="border-b border-rule py-4">
            <p className="kicker">{s.section.name}</p>
            <h3 className="mt-1 font-serif text-xl leading-snug font-bold">
              <a href={storyHref(s)} className="hover:underline">
                {s.headline}
              </a>
            </h3>
            <Snippet text={s.snippet} />
            <p className="mt-1 font-sans text-xs text-muted">
              <time dateTime={s.publishedAt.toISOString()}>{formatDateTime(s.publishedAt, settings.timeZone)}</time>
            </p>
          </li>
        ))}
      </ol>
      <Pagination
        page={result.page}
        total={result.total}
        pageSize={result.pageSize}
        href={(p) => `/search?q=${encodeURIComponent(q)}${p > 1 ? `&page=${p}` : ""}`}
      />
    </section>
  );
}

export default function SearchPage({ searchParams }: { searchParams: SearchParams }) {
  return (
    <>
      <ListingHeader title="Search">
        <Suspense fallback={<SearchFormView q="" />}>
          <SearchForm searchParams={searchParams} />
        </Suspense>
      </ListingHeader>
      <Suspense fallback={<p className="py-8 font-sans text-muted">Searching…</p>}>
        <Results searchParams={searchParams} />
      </Suspense>
    </>
  );
}
