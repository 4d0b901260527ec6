"use client";
import { useState } from "react";
import { controlClass } from "@/components/desk/text-control";
import { authorLabel, type DeskAuthorOption, type DeskOptions } from "@/lib/story/desk-types";

const small = "rounded border border-rule px-2 py-1 text-sm hover:bg-rule/40 disabled:opacity-40";

/** The byline: one or more author profiles (people and desks) in order, added, moved and removed by buttons. */
export function AuthorsField({
  authorIds,
  onChange,
  options,
  readOnly,
}: {
  authorIds: string[];
  onChange: (ids: string[]) => void;
  options: DeskOptions;
  readOnly: boolean;
}) {
  const [pick, setPick] = useState("");
  const byId = new Map(options.authors.map((a) => [a.id, a]));
  const available = options.authors.filter((a) => !authorIds.includes(a.id));
  const name = (id: string) => byId.get(id)?.name ?? "Unknown author";
  const move = (i: number, by: number) => {
    const next = [...authorIds];
    const [a] = next.splice(i, 1);
    next.splice(i + by, 0, a!);
    onChange(next);
  };
  return (
    <div className="mb-4 font-sans">
      <label htmlFor="field-authors" className="block text-sm font-semibold">
        Authors
      </label>
      {authorIds.length > 0 ? (
        <ol aria-label="Byline order" className="mt-1 divide-y divide-rule rounded border border-rule">
          {authorIds.map((id, i) => (
            <li key={id} className="flex flex-wrap items-center gap-2 px-3 py-1.5">
              <AuthorName author={byId.get(id)} />
              {!readOnly && (
                <>
                  <button
                    type="button"
                    className={small}
                    disabled={i === 0}
                    onClick={() => move(i, -1)}
                    aria-label={`Move ${name(id)} up`}
                  >
                    ↑
                  </button>
                  <button
                    type="button"
                    className={small}
                    disabled={i === authorIds.length - 1}
                    onClick={() => move(i, 1)}
                    aria-label={`Move ${name(id)} down`}
                  >
                    ↓
                  </button>
                  <button
                    type="button"
                    className={small}
                    onClick={() => onChange(authorIds.filter((a) => a !== id))}
                    aria-label={`Remove ${name(id)}`}
                  >
                    Remove
                  </button>
                </>
              )}
            </li>
          ))}
        </ol>
      ) : (
        <p className="mt-1 text-sm text-muted">No author yet: add at least one.</p>
      )}
      {
        <div className="mt-2 flex flex-wrap gap-2">
          <select
            id="field-authors"
            value={pick}
            disabled={readOnly}
            onChange={(e) => setPick(e.target.value)}
            className={`${controlClass} mt-0 w-auto flex-1`}
          >
            <option value="">Add a person or desk…</option>
            {available.map((a) => (
              <option key={a.id} value={a.id}>
                {authorLabel(a)}
              </option>
            ))}
          </select>
          <button
            type="button"
            className="rounded border border-ink px-3 py-2 text-sm font-semibold disabled:opacity-50"
            disabled={!pick || readOnly}
            onClick={() => {
              onChange([...authorIds, pick]);
              setPick("");
            }}
          >
            Add author
          </button>
        </div>
      }
    </div>
  );
}

/** A byline in the list: photo, name, and the handle and email that tell two of the same name apart. */
function AuthorName({ author }: { author: DeskAuthorOption | undefined }) {
  if (!author) return <span className="min-w-0 flex-1">Unknown author</span>;
  return (
    <span className="flex min-w-0 flex-1 items-center gap-2">
      {author.photoUrl && (
        // eslint-disable-next-line @next/next/no-img-element -- a desk thumbnail; next/image adds nothing here
        <img src={author.photoUrl} alt="" width={24} height={24} className="size-6 rounded-full object-cover" />
      )}
      <span>
        {author.name}
        {author.kind === "desk" && <span className="text-muted"> (desk)</span>}
        <span className="text-sm text-muted">
          {" "}
          @{author.slug}
          {author.publicEmail && ` · ${author.publicEmail}`}
        </span>
      </span>
    </span>
  );
}
