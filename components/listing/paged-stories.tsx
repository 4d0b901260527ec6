import { notFound } from "next/navigation";
import { Suspense } from "react";
import type { Page, StoryCard } from "@/lib/content/types";
import { StoryListItem } from "@/components/article/story-list";

export function Pagination({
  page,
  total,
  pageSize,
  href,
}: {
  page: number;
  total: number;
  pageSize: number;
  href: (page: number) => string;
}) {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  if (pages <= 1) return null;
  return (
    <nav aria-label="Pagination" className="no-print mt-6 flex items-center justify-between font-sans text-sm">
      {page > 1 ? (
        <a href={href(page - 1)} rel="prev" className="text-accent underline">
          ← Newer
        </a>
      ) : (
        <span />
      )}
      <span className="text-muted">
        Page {page} of {pages}
      </span>
      {page < pages ? (
        <a href={href(page + 1)} rel="next" className="text-accent underline">
          Older →
        </a>
      ) : (
        <span />
      )}
    </nav>
  );
}

/**
 * The first screen of a listing. React sends a finished <Suspense> boundary out of place (after the page, moved in
 * by a script and shown up to 300 ms after the first paint) once the page's HTML before it passes 12,800 bytes
 * (its progressiveChunkSize, which Next.js does not let us set), and a page of ten stories is about 11,500: the
 * whole list, its first headlines and photos with it, arrived last. So the rest of the list is a boundary of its
 * own, and only it is sent out of place.
 */
const IN_PLACE = 4;

export function PagedStories({
  result,
  timeZone,
  basePath,
  headingLevel = 2,
  inPlace = IN_PLACE,
}: {
  result: Page<StoryCard>;
  timeZone: string;
  basePath: string;
  /** 3 under a heading of the page's own ("Latest" below a section front). */
  headingLevel?: 2 | 3;
  /** Stories sent in place with the page; 0 where the list starts below the first screen (under top stories). */
  inPlace?: number;
}) {
  if (result.items.length === 0) {
    // A page past the last one is not a page: the not-found view (marked noindex) instead of an empty list.
    if (result.page > 1) notFound();
    return <p className="py-8 font-serif text-lg text-muted">No stories here yet.</p>;
  }
  const item = (s: StoryCard) => <StoryListItem key={s.id} story={s} timeZone={timeZone} headingLevel={headingLevel} />;
  return (
    <>
      <div data-testid="story-list">
        {result.items.slice(0, inPlace).map(item)}
        <Suspense>{result.items.slice(inPlace).map(item)}</Suspense>
      </div>
      <Pagination
        page={result.page}
        total={result.total}
        pageSize={result.pageSize}
        href={(p) => (p === 1 ? basePath : `${basePath}?page=${p}`)}
      />
    </>
  );
}
