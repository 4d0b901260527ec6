import type { LiveUpdate } from "@/lib/content/types";
import { updateParagraphs } from "@/lib/content/live";
import { formatDateTime } from "@/lib/format";
import { stringsFor, type Language } from "@/lib/content/language";
import { PhotoCaption } from "./photo-caption";

// No "use client" and no server imports: the server list and the polling leaf render updates the same way.

/** One update: its time in the newsroom's zone, a Key mark, its paragraphs (links only), photo and link. */
export function LiveUpdateItem({
  update,
  timeZone,
  language = "en",
}: {
  update: LiveUpdate;
  timeZone: string;
  language?: Language;
}) {
  const t = stringsFor(language).live;
  const photo = update.photo;
  const largest = photo?.variants[photo.variants.length - 1];
  return (
    <article id={`update-${update.id}`} className="border-l-2 border-accent py-1 pl-4" data-testid="live-update">
      <p className="font-sans text-xs font-semibold text-muted">
        <time dateTime={update.createdAt}>{formatDateTime(new Date(update.createdAt), timeZone, language)}</time>
        {update.key && (
          <span className="ml-2 rounded bg-accent px-1.5 py-0.5 text-[0.7rem] tracking-wider text-paper uppercase">
            {t.keyUpdate}
          </span>
        )}
        {update.editedAt && <span className="ml-2 font-normal">{t.edited}</span>}
      </p>
      <div className="article-body mt-1">
        {updateParagraphs(update.body).map((pieces, i) => (
          <p key={i}>
            {pieces.map((piece, j) =>
              "href" in piece ? (
                <a key={j} href={piece.href} rel="nofollow noopener" className="break-all">
                  {piece.text}
                </a>
              ) : (
                piece.text
              ),
            )}
          </p>
        ))}
      </div>
      {photo && (
        <figure className="my-3">
          {/* eslint-disable-next-line @next/next/no-img-element -- stored reader sizes; the poller inserts these too */}
          <img
            src={largest?.url ?? photo.url}
            srcSet={photo.variants.map((v) => `${v.url} ${v.width}w`).join(", ") || undefined}
            sizes="(min-width: 768px) 640px, calc(100vw - 3rem)"
            alt={photo.alt}
            width={photo.width}
            height={photo.height}
            loading="lazy"
            decoding="async"
            className="h-auto w-full bg-rule/40"
          />
          <PhotoCaption photo={photo} />
        </figure>
      )}
      {update.linkUrl && (
        <p className="font-sans text-sm">
          <a href={update.linkUrl} rel="nofollow noopener" className="break-all underline">
            {update.linkUrl}
          </a>
        </p>
      )}
    </article>
  );
}
