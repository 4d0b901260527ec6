import type { Metadata } from "next";
import { ServerImage } from "@/components/article/server-image";
import { Suspense } from "react";
import { PagedStories } from "@/components/listing/paged-stories";
import { pageNumber } from "@/lib/route-input";
import { readAuthor, readAuthorStories, readSettings } from "@/lib/reads";
import { findOr404, placeholderParams } from "@/lib/static-params";

// `n`: set on page 2 on (./page/[n]/page.tsx); page 1 reads no request data, so it is cached whole.
type Props = { params: Promise<{ handle: string; n?: string }> };

// An unknown author is a real 404 (lib/static-params.ts).
export function generateStaticParams() {
  return placeholderParams("handle");
}

async function load(params: Props["params"]) {
  return findOr404((await params).handle, readAuthor);
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [author, settings] = await Promise.all([load(params), readSettings()]);
  const path = `/authors/${author.slug}`;
  return {
    title: `${author.name} | ${settings.siteName}`,
    description: author.bio.slice(0, 200),
    alternates: { canonical: path, types: { "application/rss+xml": `/feeds/author/${author.slug}` } },
    openGraph: {
      type: "profile",
      url: path,
      siteName: settings.siteName,
      title: author.name,
      images: author.photo ? [author.photo.url] : [],
    },
  };
}

async function Stories({ author, page }: { author: { id: string; slug: string }; page: number }) {
  const [result, settings] = await Promise.all([readAuthorStories(author, page), readSettings()]);
  return <PagedStories result={result} timeZone={settings.timeZone} basePath={`/authors/${author.slug}`} />;
}

export default async function AuthorPage({ params }: Props) {
  const author = await load(params);
  const page = pageNumber((await params).n);
  return (
    <>
      <header
        className="flex flex-col gap-5 border-b-2 border-ink py-6 sm:flex-row sm:items-start"
        data-testid="author-header"
      >
        {author.photo && (
          <ServerImage
            src={author.photo.url}
            alt={author.photo.alt}
            width={128}
            height={128}
            priority
            className="h-32 w-32 shrink-0 rounded-full object-cover"
          />
        )}
        <div>
          <p className="font-sans text-xs font-semibold tracking-widest text-accent uppercase">
            {author.kind === "desk" ? "Desk" : "Reporter"}
          </p>
          <h1 className="font-serif text-4xl font-bold">{author.name}</h1>
          <p className="mt-2 max-w-2xl font-serif text-lg leading-relaxed">{author.bio}</p>
          <p className="mt-2 font-sans text-sm">
            {author.publicEmail && (
              <>
                <a href={`mailto:${author.publicEmail}`} className="text-accent underline">
                  {author.publicEmail}
                </a>{" "}
                ·{" "}
              </>
            )}
            <a href={`/feeds/author/${author.slug}`} className="text-accent underline">
              RSS feed
            </a>
          </p>
        </div>
      </header>
      <Suspense fallback={<p className="py-8 font-sans text-muted">Loading stories…</p>}>
        <Stories author={author} page={page} />
      </Suspense>
    </>
  );
}
