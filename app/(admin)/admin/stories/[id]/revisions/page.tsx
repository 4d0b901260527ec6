import type { Metadata } from "next";
import Link from "next/link";
import { buttonClass } from "@/components/desk/field";
import { getRevisionSnapshots, listRevisions, namesFor } from "@/db/queries/revisions";
import { getStoryState } from "@/db/queries/desk-story";
import { asWorkflowActor, requirePage } from "@/lib/authz";
import { formatDateTime } from "@/lib/format";
import { readSettings } from "@/lib/reads";
import { compareSnapshots } from "@/lib/story/diff";
import { canEditWorkingCopy, statusLabels, transitionNames, transitions } from "@/lib/story/workflow";
import { loadDeskStory } from "../../_lib/load-story";
import { Comparison } from "./comparison";
import { RestoreForm } from "./restore-form";

export const instant = false;
export const metadata: Metadata = { title: "Revisions" };

// A revision's kind is an edit or the workflow move that wrote it.
const kindLabels: Record<string, string> = {
  create: "Created",
  save: "Saved",
  autosave: "Autosaved",
  restore: "Restored",
  ...Object.fromEntries(transitionNames.map((n) => [n, transitions[n].past])),
};

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ a?: string | string[]; b?: string | string[] }>;
};

/** Every kept revision of a story; pick two to compare word by word, or restore one as the working copy. */
export default async function RevisionsPage({ params, searchParams }: Props) {
  const user = await requirePage("/admin/stories/[id]/revisions");
  const { id } = await params;
  const story = await loadDeskStory(id, user, getStoryState);
  const [rows, settings, sp] = await Promise.all([listRevisions(id), readSettings(), searchParams]);
  const one = (v: string | string[] | undefined) => (typeof v === "string" ? v : undefined);
  const a = one(sp.a) ?? rows[1]?.id;
  const b = one(sp.b) ?? rows[0]?.id;
  const snaps = a && b ? await getRevisionSnapshots(id, [a, b]) : new Map();
  const before = a ? snaps.get(a) : undefined;
  const after = b ? snaps.get(b) : undefined;
  const names =
    before && after
      ? await namesFor([before.sectionId, after.sectionId], [...before.authorIds, ...after.authorIds])
      : new Map<string, string>();
  const diff = before && after ? compareSnapshots(before, after, (x) => names.get(x) ?? "(removed)") : null;
  const label = (rid: string | undefined) => rows.find((r) => r.id === rid)?.version;
  const mayRestore = canEditWorkingCopy(story, asWorkflowActor(user));
  const tz = settings.timeZone;
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href={`/admin/stories/${id}`} prefetch={false} className="underline">
          Back to the story
        </Link>
      </p>
      <h1 className="mb-6 font-serif text-3xl font-bold">Revisions</h1>
      {diff && <Comparison diff={diff} from={label(a)} to={label(b)} />}
      {/* The radios belong to this form by id, so each row can hold its own Restore form (forms cannot nest). */}
      <form id="compare" method="get" />
      <div className="mb-4">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">Revisions, newest first</caption>
          <thead>
            <tr className="border-b border-rule">
              <th className="py-2">From</th>
              <th>To</th>
              <th>Version</th>
              <th>What</th>
              <th>Who and when</th>
              <th>
                <span className="sr-only">Restore</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id} className="border-b border-rule align-top">
                <td className="py-2">
                  <input
                    type="radio"
                    form="compare"
                    name="a"
                    value={r.id}
                    defaultChecked={r.id === a}
                    aria-label={`Compare from version ${r.version}`}
                  />
                </td>
                <td className="py-2">
                  <input
                    type="radio"
                    form="compare"
                    name="b"
                    value={r.id}
                    defaultChecked={r.id === b}
                    aria-label={`Compare to version ${r.version}`}
                  />
                </td>
                <td className="py-2">{r.version}</td>
                <td className="py-2">
                  <span className="font-semibold">{kindLabels[r.kind] ?? r.kind}</span>
                  {r.status ? ` · ${statusLabels[r.status]}` : ""}
                  <br />
                  <span className="text-muted">{r.headline || "Untitled"}</span>
                </td>
                <td className="py-2">
                  {r.createdByName ?? "Scheduler"}
                  <br />
                  <time dateTime={r.createdAt.toISOString()}>{formatDateTime(r.createdAt, tz)}</time>
                </td>
                <td className="py-2">
                  {mayRestore && r.version !== story.version && (
                    <RestoreForm id={id} version={story.version} revisionId={r.id} label={r.version} />
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <button type="submit" form="compare" className={`${buttonClass} mt-4`}>
          Compare
        </button>
      </div>
      <p className="text-sm text-muted">
        Restoring makes that version the working copy again (as a new version). It never publishes by itself.
      </p>
    </>
  );
}
