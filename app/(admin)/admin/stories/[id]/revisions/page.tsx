import { asFormAction } from "@/lib/desk-action";
import type { Metadata } from "next";
import Link from "next/link";
import { buttonClass, secondaryButtonClass } from "@/components/desk/field";
import { getRevisionSnapshots, getStoryState, listRevisions, namesFor } from "@/db/queries/story-desk";
import { asWorkflowActor, requirePage } from "@/lib/authz";
import { formatDateTime } from "@/lib/format";
import { readSettings } from "@/lib/reads";
import { compareSnapshots, type WordPart } from "@/lib/revision-diff";
import { canEditWorkingCopy, statusLabels, transitionNames, transitions } from "@/lib/story/workflow";
import { loadDeskStory } from "../../_lib/load-story";
import { restoreRevisionAction } from "../../actions";

export const instant = false;
export const metadata: Metadata = { title: "Revisions" };

// A revision's kind is an edit or the workflow move that wrote it.
const kindLabels: Record<string, string> = {
  create: "Created", save: "Saved", autosave: "Autosaved", restore: "Restored",
  ...Object.fromEntries(transitionNames.map((n) => [n, transitions[n].past])),
};

function Words({ parts }: { parts: WordPart[] }) {
  return (
    <>
      {parts.map((p, i) => p.change === "added" ? <ins key={i} className="bg-green-200 text-ink no-underline dark:bg-green-900">{p.text}</ins>
        : p.change === "removed" ? <del key={i} className="bg-red-200 text-ink dark:bg-red-900">{p.text}</del>
          : <span key={i}>{p.text}</span>)}
    </>
  );
}

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ a?: string | string[]; b?: string | string[] }> };

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
  const names = before && after ? await namesFor([before.sectionId, after.sectionId], [...before.authorIds, ...after.authorIds]) : new Map<string, string>();
  const diff = before && after ? compareSnapshots(before, after, (x) => names.get(x) ?? "(removed)") : null;
  const label = (rid: string | undefined) => rows.find((r) => r.id === rid)?.version;
  const mayRestore = canEditWorkingCopy(story, asWorkflowActor(user));
  const tz = settings.timeZone;
  return (
    <>
      <p className="mb-2 text-sm"><Link href={`/admin/stories/${id}`} prefetch={false} className="underline">Back to the story</Link></p>
      <h1 className="mb-6 font-serif text-3xl font-bold">Revisions</h1>
      {diff && (
        <section aria-labelledby="cmp-h" className="mb-8 rounded border border-rule p-4">
          <h2 id="cmp-h" className="mb-3 font-sans text-sm font-bold uppercase tracking-widest">Version {label(a)} compared with version {label(b)}</h2>
          <p className="mb-3 text-xs text-muted">Removed words are struck through on red; added words are on green.</p>
          <h3 className="font-sans text-xs font-bold uppercase text-muted">Headline</h3>
          <p className="mb-3 font-serif text-xl font-bold"><Words parts={diff.headline} /></p>
          <h3 className="font-sans text-xs font-bold uppercase text-muted">Dek</h3>
          <p className="mb-3 font-serif text-lg"><Words parts={diff.dek} /></p>
          <h3 className="font-sans text-xs font-bold uppercase text-muted">Body</h3>
          <div className="mb-3 whitespace-pre-wrap font-serif leading-relaxed"><Words parts={diff.body} /></div>
          {diff.fields.length > 0 && (
            <dl className="mt-4 grid gap-2 text-sm">
              {diff.fields.map((f) => (
                <div key={f.field}><dt className="font-semibold">{f.field}</dt><dd><del className="bg-red-200 dark:bg-red-900">{f.before || "(empty)"}</del> → <ins className="bg-green-200 no-underline dark:bg-green-900">{f.after || "(empty)"}</ins></dd></div>
              ))}
            </dl>
          )}
        </section>
      )}
      <form method="get" className="mb-4">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">Revisions, newest first</caption>
          <thead><tr className="border-b border-rule"><th className="py-2">From</th><th>To</th><th>Version</th><th>What</th><th>Who and when</th><th><span className="sr-only">Restore</span></th></tr></thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id} className="border-b border-rule align-top">
                <td className="py-2"><input type="radio" name="a" value={r.id} defaultChecked={r.id === a} aria-label={`Compare from version ${r.version}`} /></td>
                <td className="py-2"><input type="radio" name="b" value={r.id} defaultChecked={r.id === b} aria-label={`Compare to version ${r.version}`} /></td>
                <td className="py-2">{r.version}</td>
                <td className="py-2"><span className="font-semibold">{kindLabels[r.kind] ?? r.kind}</span>{r.status ? ` · ${statusLabels[r.status]}` : ""}<br /><span className="text-muted">{r.headline || "Untitled"}</span></td>
                <td className="py-2">{r.createdByName ?? "Scheduler"}<br /><time dateTime={r.createdAt.toISOString()}>{formatDateTime(r.createdAt, tz)}</time></td>
                <td className="py-2">
                  {mayRestore && r.version !== story.version && (
                    <button type="submit" formAction={asFormAction(restoreRevisionAction)} formMethod="post"
                      name="revisionId" value={r.id} className={secondaryButtonClass} aria-label={`Restore version ${r.version}`}>Restore</button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <input type="hidden" name="id" value={id} />
        <input type="hidden" name="version" value={story.version} />
        <button type="submit" className={`${buttonClass} mt-4`}>Compare</button>
      </form>
      <p className="text-sm text-muted">Restoring makes that version the working copy again (as a new version). It never publishes by itself.</p>
    </>
  );
}
