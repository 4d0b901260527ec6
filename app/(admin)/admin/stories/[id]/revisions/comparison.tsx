import type { compareSnapshots, WordPart } from "@/lib/story/diff";

export const TOO_DIFFERENT = "These versions are too different to compare word by word.";

const added = "bg-green-200 text-ink no-underline dark:bg-green-900";
const removed = "bg-red-200 text-ink dark:bg-red-900";

function Words({ parts }: { parts: WordPart[] }) {
  return (
    <>
      {parts.map((p, i) =>
        p.change === "added" ? (
          <ins key={i} className={added}>
            {p.text}
          </ins>
        ) : p.change === "removed" ? (
          <del key={i} className={removed}>
            {p.text}
          </del>
        ) : (
          <span key={i}>{p.text}</span>
        ),
      )}
    </>
  );
}

type Props = { diff: ReturnType<typeof compareSnapshots>; from?: number; to?: number };

/** Two revisions in one text: words struck and added, then the other fields that changed. */
export function Comparison({ diff, from, to }: Props) {
  return (
    <section aria-labelledby="cmp-h" className="mb-8 rounded border border-rule p-4">
      <h2 id="cmp-h" className="mb-3 font-sans text-sm font-bold tracking-widest uppercase">
        Version {from} compared with version {to}
      </h2>
      {diff.exact ? (
        <p className="mb-3 text-xs text-muted">Removed words are struck through on red; added words are on green.</p>
      ) : (
        <p className="mb-3 text-sm font-semibold">
          {TOO_DIFFERENT}{" "}
          {diff.body
            ? "Passages that changed too much are shown whole: removed on red, added on green."
            : "The other fields that changed are listed below."}
        </p>
      )}
      <h3 className="font-sans text-xs font-bold text-muted uppercase">Headline</h3>
      <p className="mb-3 font-serif text-xl font-bold">
        <Words parts={diff.headline} />
      </p>
      <h3 className="font-sans text-xs font-bold text-muted uppercase">Dek</h3>
      <p className="mb-3 font-serif text-lg">
        <Words parts={diff.dek} />
      </p>
      {diff.body && (
        <>
          <h3 className="font-sans text-xs font-bold text-muted uppercase">Body</h3>
          <div className="mb-3 font-serif leading-relaxed whitespace-pre-wrap">
            <Words parts={diff.body} />
          </div>
        </>
      )}
      {diff.fields.length > 0 && (
        <dl className="mt-4 grid gap-2 text-sm">
          {diff.fields.map((f) => (
            <div key={f.field}>
              <dt className="font-semibold">{f.field}</dt>
              <dd>
                <del className={removed}>{f.before || "(empty)"}</del> →{" "}
                <ins className={added}>{f.after || "(empty)"}</ins>
              </dd>
            </div>
          ))}
        </dl>
      )}
    </section>
  );
}
