import { MARK_END, MARK_START } from "@/lib/content/types";

/** A search snippet with its matches in <mark>; the text is rendered as text, so nothing in it becomes markup. */
export function Snippet({ text }: { text: string }) {
  const parts = text.split(MARK_START);
  return (
    <p className="mt-1 font-serif text-base text-muted" data-testid="snippet">
      {parts.map((part, i) => {
        if (i === 0) return part;
        const [marked = "", rest = ""] = part.split(MARK_END);
        return (
          <span key={i}>
            <mark className="bg-yellow-200 px-0.5 text-ink dark:bg-yellow-700/60">{marked}</mark>
            {rest}
          </span>
        );
      })}
    </p>
  );
}
