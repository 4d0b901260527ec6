import { ServerImage } from "@/components/article/server-image";
import type { Article } from "@/lib/content/types";

type Profile = Article["authorProfiles"][number];

/** "About the author" box at the foot of a story, one per byline. */
export function AuthorBio({ author, moreFrom }: { author: Profile; moreFrom: string }) {
  return (
    <div className="flex gap-4 border-t border-rule py-5" data-testid="author-bio">
      {author.photo && (
        <ServerImage
          src={author.photo.url}
          alt={author.photo.alt}
          width={72}
          height={72}
          className="h-[72px] w-[72px] shrink-0 rounded-full object-cover"
        />
      )}
      <div className="min-w-0">
        <h3 className="font-serif text-lg font-bold">
          <a href={`/authors/${author.slug}`} className="hover:underline">
            {author.name}
          </a>
        </h3>
        {author.bio && <p className="mt-1 font-serif text-base leading-relaxed text-muted">{author.bio}</p>}
        <p className="mt-2 font-sans text-sm">
          <a href={`/authors/${author.slug}`} className="text-accent underline">
            {moreFrom}
          </a>
          {author.publicEmail && (
            <>
              {" "}
              ·{" "}
              <a href={`mailto:${author.publicEmail}`} className="text-accent underline">
                {author.publicEmail}
              </a>
            </>
          )}
        </p>
      </div>
    </div>
  );
}
