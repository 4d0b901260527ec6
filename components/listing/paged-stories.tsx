import { notFound } from "next/navigation";
import type { Page } from "@/lib/content/types";
import type { StoryCard } from "@/lib/content/types";
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

export function PagedStories({
  result,
  timeZone,
  basePath,
  headingLevel = 2,
}: {
  result: Page<StoryCard>;
  timeZone: string;
  basePath: string;
  /** 3 under a heading of the page's own ("Latest" below a section front). */
  headingLevel?: 2 | 3;
}) {
  if (result.items.length === 0) {
    // A page past the last one is not a page: the not-found view (marked noindex) instead of an empty list.
    if (result.page > 1) notFound();
    return <p className="py-8 font-serif text-lg text-muted">No stories here yet.</p>;
  }
  return (
    <>
      <div data-testid="story-list">
        {result.items.map((s) => (
          <StoryListItem key={s.id} story={s} timeZone={timeZone} headingLevel={headingLevel} />
        ))}
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
