import { ServerImage } from "@/components/article/server-image";
import type { StoryCard } from "@/lib/content/types";
import { storyHref } from "./story-list";

export function RelatedStories({ stories, heading }: { stories: StoryCard[]; heading: string }) {
  if (stories.length === 0) return null;
  return (
    <section aria-labelledby="related-heading" className="no-print mt-10" data-testid="related">
      <h2 id="related-heading" className="rule-heading">
        {heading}
      </h2>
      <ul className="mt-4 grid gap-6 sm:grid-cols-2">
        {stories.map((s) => (
          <li key={s.id} className="flex gap-3" lang={s.language}>
            {s.hero && (
              <ServerImage src={s.hero.url} alt="" width={96} height={64} className="h-16 w-24 shrink-0 object-cover" />
            )}
            <div>
              <p className="kicker">{s.section.name}</p>
              <h3 className="font-serif text-base leading-snug font-bold">
                <a href={storyHref(s)} className="hover:underline">
                  {s.headline}
                </a>
              </h3>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
