import type { Metadata } from "next";
import Link from "next/link";
import { buttonClass } from "@/components/desk/field";
import { listAuditEvents, listAuditFilters } from "@/db/queries/audit";
import { isUuid } from "@/lib/content/uuid";
import { requirePage } from "@/lib/authz";
import { formatDateTime } from "@/lib/format";
import { readSettings } from "@/lib/reads";

export const instant = false;
export const metadata: Metadata = { title: "Audit log" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };
const PAGE = 100;

/** Who did what and when: status changes, publications, schedules, restores, take-overs, preview links, sign-ins. */
export default async function AuditPage({ searchParams }: Props) {
  await requirePage("/admin/audit");
  const sp = await searchParams;
  const one = (k: string) => (typeof sp[k] === "string" ? (sp[k] as string) : "");
  const page = Math.min(Math.max(1, Number.parseInt(one("page"), 10) || 1), 1000);
  // A story's id, or its desk address pasted whole; anything else is said to be no id rather than ignored (which
  // would list every event under a filter that looks applied).
  const storyInput = one("story").trim();
  const storyId = storyInput
    ? (storyInput
        .split(/[\s#/?]+/)
        .find(isUuid)
        ?.toLowerCase() ?? null)
    : "";
  const filter = { storyId: storyId ?? "", actorId: one("person"), action: one("kind") };
  const [rows, filters, settings] = await Promise.all([
    storyId === null ? [] : listAuditEvents({ ...filter, limit: PAGE, offset: (page - 1) * PAGE }),
    listAuditFilters(),
    readSettings(),
  ]);
  const select = "mt-1 block w-full rounded border border-rule bg-paper px-3 py-2";
  const next = new URLSearchParams({
    ...(filter.storyId && { story: filter.storyId }),
    ...(filter.actorId && { person: filter.actorId }),
    ...(filter.action && { kind: filter.action }),
    page: String(page + 1),
  });
  return (
    <>
      <h1 className="mb-6 font-serif text-3xl font-bold">Audit log</h1>
      <form method="get" className="mb-6 grid gap-4 sm:grid-cols-4 sm:items-end">
        <label className="block text-sm font-semibold">
          Kind
          <select name="kind" defaultValue={filter.action} className={select}>
            <option value="">Everything</option>
            {filters.actions.map((a) => (
              <option key={a} value={a}>
                {a}
              </option>
            ))}
          </select>
        </label>
        <label className="block text-sm font-semibold">
          Person
          <select name="person" defaultValue={filter.actorId} className={select}>
            <option value="">Anyone</option>
            {filters.people.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </label>
        <label className="block text-sm font-semibold">
          Story id
          <input
            name="story"
            defaultValue={storyInput}
            className={select}
            aria-invalid={storyId === null || undefined}
            aria-describedby={storyId === null ? "story-id-error" : undefined}
          />
        </label>
        <button type="submit" className={buttonClass}>
          Filter
        </button>
      </form>
      {storyId === null ? (
        <p id="story-id-error" role="alert" className="font-semibold text-accent">
          “{storyInput.slice(0, 80)}” is not a story id. Paste the story’s desk address, or the id at its end (like
          0b6f0c1e-…).
        </p>
      ) : rows.length === 0 ? (
        <p className="text-muted">Nothing recorded for this filter.</p>
      ) : (
        <ul className="divide-y divide-rule border-y border-rule text-sm">
          {rows.map((r) => (
            <li key={r.id} className="py-2">
              <span className="font-semibold">{r.action}</span> · {r.actorName ?? "System"} ·{" "}
              <time dateTime={r.at.toISOString()}>{formatDateTime(r.at, settings.timeZone)}</time>
              {r.entityId && r.storyHeadline !== null && (
                <>
                  {" "}
                  ·{" "}
                  <Link href={`/admin/audit?story=${r.entityId}`} prefetch={false} className="underline">
                    {r.storyHeadline || "Untitled story"}
                  </Link>
                </>
              )}
              {r.detail?.late === true && <span className="ml-2 font-semibold text-accent">late</span>}
            </li>
          ))}
        </ul>
      )}
      {rows.length === PAGE && (
        <p className="mt-4">
          <Link href={`/admin/audit?${next}`} prefetch={false} className="underline">
            Older entries
          </Link>
        </p>
      )}
    </>
  );
}
