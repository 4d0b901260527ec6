"use client";
import Link from "next/link";
import { useActionState } from "react";
import { readerStrings, type Language } from "@/lib/content/language";
import { secondaryButtonClass } from "@/components/desk/field";
import { translateStoryAction } from "../actions";

export type Edition = { id: string; language: string; headline: string; status: string; canOpen: boolean };

const nameOf = (l: string) => readerStrings[l as Language]?.englishName ?? l;

/** The story in other languages: its linked editions, and "Translate" for each language it lacks. */
export function EditionsPanel({
  storyId,
  language,
  editions,
  canTranslate,
  languages,
  beforeTranslate,
}: {
  storyId: string;
  /** The language chosen in the editor, saved or not. */
  language: string;
  editions: Edition[];
  canTranslate: boolean;
  /** The languages the newsroom publishes in: "Translate" offers these. */
  languages: readonly Language[];
  /** Saves what was typed first: the new edition starts from the saved text. */
  beforeTranslate: () => Promise<unknown>;
}) {
  const [state, run, pending] = useActionState(
    async (prev: unknown, fd: FormData) => {
      await beforeTranslate();
      return translateStoryAction(prev, fd);
    },
    { ok: false },
  );
  const missing = languages.filter((l) => l !== language && !editions.some((e) => e.language === l));
  if (editions.length === 0 && (!canTranslate || missing.length === 0)) return null;
  return (
    <section aria-labelledby="editions-heading" className="font-sans text-sm">
      <h2 id="editions-heading" className="rule-heading">
        Editions
      </h2>
      <p className="mt-2 text-muted">
        This story is in {nameOf(language)}. Each published edition links to the others for readers and search engines.
      </p>
      {editions.length > 0 && (
        <ul className="mt-3 space-y-1">
          {editions.map((e) => (
            <li key={e.id}>
              {nameOf(e.language)}:{" "}
              {e.canOpen ? (
                <Link href={`/admin/stories/${e.id}`} className="underline" lang={e.language}>
                  {e.headline || "Untitled"}
                </Link>
              ) : (
                <span lang={e.language}>{e.headline || "Untitled"}</span>
              )}{" "}
              <span className="text-muted">({e.status.replace("_", " ")})</span>
            </li>
          ))}
        </ul>
      )}
      {canTranslate &&
        missing.map((l) => (
          <form key={l} action={run} className="mt-3">
            <input type="hidden" name="id" value={storyId} />
            <input type="hidden" name="language" value={l} />
            <button type="submit" disabled={pending} className={secondaryButtonClass}>
              Translate<span className="sr-only"> into {nameOf(l)}</span>
            </button>{" "}
            <span className="text-muted">starts the {nameOf(l)} edition as a linked draft, photos included.</span>
          </form>
        ))}
      {!state.ok && state.message && (
        <p role="alert" className="mt-2 font-semibold text-accent">
          {state.message}
        </p>
      )}
    </section>
  );
}
