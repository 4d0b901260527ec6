import type { Metadata } from "next";
import Link from "next/link";
import { searchMedia } from "@/db/queries/media";
import { can, requirePage } from "@/lib/authz";
import { mediaSearchSchema } from "@/lib/validation/media";
import { LibraryUploader } from "./_components/library-uploader";
import { MediaDefaultsForm } from "./_components/media-defaults-form";

export const instant = false;

export const metadata: Metadata = { title: "Photos" };

export default async function MediaPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requirePage("/admin/media");
  const raw = await searchParams;
  const { q, page } = mediaSearchSchema.parse({
    q: typeof raw.q === "string" ? raw.q : "",
    page: typeof raw.page === "string" ? raw.page : 1,
  });
  const { items, hasMore } = await searchMedia(q, page);
  const pageHref = (p: number) =>
    `/admin/media?${new URLSearchParams({ ...(q ? { q } : {}), ...(p > 1 ? { page: String(p) } : {}) })}`;
  return (
    <>
      <h1 className="mb-6 font-serif text-3xl font-bold">Photos</h1>
      {can(actor, "media.upload") && <LibraryUploader />}
      <form role="search" action="/admin/media" className="my-6 flex flex-wrap items-end gap-2">
        <div className="min-w-0 flex-1">
          <label htmlFor="media-search" className="block text-sm font-semibold">
            Search photos
          </label>
          <input
            id="media-search"
            name="q"
            type="search"
            defaultValue={q}
            placeholder="Caption, alt text, credit or file name"
            className="mt-1 block w-full rounded border border-rule bg-paper px-3 py-2 text-base"
          />
        </div>
        <button type="submit" className="rounded bg-ink px-4 py-2 text-sm font-semibold text-paper">
          Search
        </button>
      </form>
      {items.length === 0 && (
        <p className="text-muted">{q ? `No photos match “${q}”.` : "No photos yet. Upload the first one above."}</p>
      )}
      <ul className="grid gap-6 sm:grid-cols-2 lg:grid-cols-3" aria-label="Photos in the library">
        {items.map(({ media: m, uploadedBy }) => {
          const mayEdit = can(actor, "media.editAny") || uploadedBy === actor.id;
          return (
            <li key={m.id} className="rounded border border-rule p-3">
              {/* eslint-disable-next-line @next/next/no-img-element -- a desk thumbnail from our own reader sizes */}
              <img
                src={m.thumbUrl}
                alt={m.alt}
                width={m.width}
                height={m.height}
                loading="lazy"
                className="aspect-[3/2] w-full rounded object-cover"
              />
              <dl className="mt-2 space-y-1 text-sm">
                <div>
                  <dt className="inline font-semibold">Caption: </dt>
                  <dd className="inline">{m.caption || <em className="text-muted">none</em>}</dd>
                </div>
                <div>
                  <dt className="inline font-semibold">Credit: </dt>
                  <dd className="inline">{m.credit || <em className="text-muted">none</em>}</dd>
                </div>
                <div>
                  <dt className="inline font-semibold">Alt text: </dt>
                  <dd className="inline">{m.alt || <em className="text-accent">missing</em>}</dd>
                </div>
                <div className="text-muted">
                  <dt className="sr-only">File</dt>
                  <dd className="truncate">
                    {m.originalName || "—"} · {m.width}×{m.height}
                  </dd>
                </div>
              </dl>
              {mayEdit && (
                <details className="mt-2">
                  <summary className="cursor-pointer text-sm font-semibold underline">
                    Edit details<span className="sr-only"> of {m.originalName || m.caption || "this photo"}</span>
                  </summary>
                  <MediaDefaultsForm media={m} />
                </details>
              )}
            </li>
          );
        })}
      </ul>
      <nav aria-label="Photo pages" className="mt-6 flex gap-4">
        {page > 1 && (
          <Link href={pageHref(page - 1)} prefetch={false} className="underline">
            Newer photos
          </Link>
        )}
        {hasMore && (
          <Link href={pageHref(page + 1)} prefetch={false} className="underline">
            Older photos
          </Link>
        )}
      </nav>
    </>
  );
}
