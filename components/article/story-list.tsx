import { ServerImage } from "@/components/article/server-image";
import type { StoryCard } from "@/lib/content/types";
import { formatDateTime } from "@/lib/format";

export function storyHref(s: { slug: string; section: { slug: string } }): string {
  return `/${s.section.slug}/${s.slug}`;
}

/** A story in a listing: headline, dek, section and time, with a thumbnail when it has a photo. */
export function StoryListItem({
  story,
  timeZone,
  headingLevel = 3,
}: {
  story: StoryCard;
  timeZone: string;
  headingLevel?: 2 | 3;
}) {
  const H = `h${headingLevel}` as const;
  return (
    <article className="flex gap-4 border-b border-rule py-4" lang={story.language}>
      <div className="min-w-0 flex-1">
        <p className="kicker">{story.section.name}</p>
        <H className="mt-1 font-serif text-xl leading-snug font-bold">
          <a href={storyHref(story)} className="hover:underline">
            {story.headline}
          </a>
        </H>
        {story.dek && <p className="mt-1 font-serif text-base text-muted">{story.dek}</p>}
        <p className="mt-2 font-sans text-xs text-muted">
          <time dateTime={story.publishedAt.toISOString()}>
            {formatDateTime(story.publishedAt, timeZone, story.language)}
          </time>
        </p>
      </div>
      {story.hero && (
        <ServerImage
          src={story.hero.url}
          alt={story.hero.alt}
          width={160}
          height={100}
          className="hidden h-[100px] w-[160px] shrink-0 object-cover sm:block"
        />
      )}
    </article>
  );
}
