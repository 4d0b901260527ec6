import { PhotoImage } from "@/components/article/photo-image";
import { storyHref } from "@/components/article/story-list";
import { readSectionStories } from "@/lib/reads";

/** A section's block on the front page: its newest story with a photo, then three headlines. */
export async function SectionBlock({
  section,
  exclude,
}: {
  section: { id: string; slug: string; name: string };
  exclude: Set<string>;
}) {
  const { items } = await readSectionStories(section, 1, 8);
  const stories = items.filter((s) => !exclude.has(s.id)).slice(0, 4);
  if (stories.length === 0) return null;
  const [first, ...rest] = stories;
  return (
    <section aria-labelledby={`block-${section.slug}`} data-testid="section-block" className="py-2">
      <h2 id={`block-${section.slug}`} className="rule-heading">
        <a href={`/${section.slug}`} className="hover:underline">
          {section.name}
        </a>
      </h2>
      {first && (
        <article className="border-b border-rule py-3">
          {first.hero && (
            // The stored reader sizes, served as files: two srcset entries instead of the resizer's seven.
            <PhotoImage
              photo={first.hero}
              sizes="(min-width: 1024px) 360px, (min-width: 640px) 50vw, calc(100vw - 2rem)"
              className="mb-2 aspect-[3/2] h-auto w-full object-cover"
            />
          )}
          <h3 className="font-serif text-xl leading-snug font-bold">
            <a href={storyHref(first)} className="hover:underline">
              {first.headline}
            </a>
          </h3>
        </article>
      )}
      <ul>
        {rest.map((s) => (
          <li key={s.id} className="border-b border-rule py-2 last:border-0">
            <h3 className="font-serif text-base leading-snug font-semibold">
              <a href={storyHref(s)} className="hover:underline">
                {s.headline}
              </a>
            </h3>
          </li>
        ))}
      </ul>
    </section>
  );
}
