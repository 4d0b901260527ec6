import type { Byline as BylineData } from "@/lib/content/types";
import { readerStrings, type ReaderStrings } from "@/lib/content/language";

/** "BY SARAH KIM [sarah.kim@example.com] AND …", each name linking to the author page. */
export function Byline({
  authors,
  words = readerStrings.en.byline,
}: {
  authors: BylineData[];
  /** "By A and B" in English, "A 기자, B 기자" in Korean. */
  words?: ReaderStrings["byline"];
}) {
  if (authors.length === 0) return null;
  return (
    <p className="font-sans text-sm font-semibold tracking-wide uppercase" data-testid="byline">
      {words.before}
      {authors.map((a, i) => (
        <span key={a.slug}>
          {i > 0 && (i === authors.length - 1 ? words.and : ", ")}
          <a href={`/authors/${a.slug}`} className="hover:underline">
            {a.name}
          </a>
          {a.kind === "person" && words.afterEach}
          {a.publicEmail && (
            <>
              {" "}
              <span className="font-normal normal-case">
                [
                <a href={`mailto:${a.publicEmail}`} className="text-accent hover:underline">
                  {a.publicEmail}
                </a>
                ]
              </span>
            </>
          )}
        </span>
      ))}
    </p>
  );
}
