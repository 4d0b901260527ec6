import Link from "next/link";
import type { BudgetRow } from "@/db/queries/budget";
import { budgetStatusLabel, reassignableStatuses, slotLabels } from "@/lib/story/budget";
import { AssignForm } from "./assign-form";

export type BoardDay = { day: string; label: string; today: boolean; rows: BudgetRow[] };
export type BoardViewer = {
  id: string;
  manages: boolean;
  editsAny: boolean;
  reporters: { id: string; name: string }[];
  time: (d: Date) => string;
  /** This board's address with a plan's edit form open. */
  editHref: (planId: string) => string;
};

const atWords = { due: "Due", scheduled: "Goes live", published: "Published" } as const;

const statusClass = (s: BudgetRow["status"]) =>
  s === "planned"
    ? "border border-dashed border-ink"
    : s === "published"
      ? "bg-ink text-paper"
      : s === "scheduled"
        ? "bg-accent/15"
        : "bg-rule/60";

function Detail({ term, value }: { term: string; value: string }) {
  return (
    <div className="flex gap-1">
      <dt>{term}</dt>
      <dd className="text-ink">{value}</dd>
    </div>
  );
}

/** One line of the budget: what, who, when, where it runs and how far along it is. */
function BudgetItem({ row, viewer, compact }: { row: BudgetRow; viewer: BoardViewer; compact: boolean }) {
  const title = row.slugLine ?? row.headline?.trim() ?? "Untitled story";
  const canOpen = row.storyId && (viewer.editsAny || row.ownerId === viewer.id);
  const mine = row.reporterId === viewer.id;
  const Title = compact ? "p" : "h3";
  const story = row.storyId ? (row.status === "planned" ? null : row.status) : null;
  return (
    <li className={`py-3 ${mine ? "border-l-4 border-accent pl-3" : ""}`} data-testid="budget-item">
      <div className="flex flex-wrap items-baseline justify-between gap-x-3 gap-y-1 font-sans text-sm">
        <span>
          {atWords[row.atKind]} <time dateTime={row.at.toISOString()}>{viewer.time(row.at)}</time>
        </span>
        <span
          className={`rounded px-2 py-0.5 text-xs font-semibold tracking-wide uppercase ${statusClass(row.status)}`}
        >
          {budgetStatusLabel(row.status)}
        </span>
      </div>
      <Title className={`mt-1 font-semibold break-words ${compact ? "font-sans text-sm" : "font-serif text-lg"}`}>
        {canOpen ? (
          <Link href={`/admin/stories/${row.storyId}`} prefetch={false} className="underline-offset-2 hover:underline">
            {title}
          </Link>
        ) : (
          title
        )}
      </Title>
      {/* A working headline is the writer's and their editors' until it is scheduled or published. */}
      {row.slugLine &&
        row.headline &&
        row.headline.trim() !== row.slugLine &&
        (canOpen || row.status === "published" || row.status === "scheduled") && (
          <p className="font-serif text-sm break-words">{row.headline}</p>
        )}
      {row.notes && !compact && <p className="mt-1 text-sm">{row.notes}</p>}
      <dl className="mt-1 flex flex-wrap gap-x-4 gap-y-0.5 font-sans text-xs text-muted">
        <Detail term="Section" value={row.sectionName} />
        <Detail term="Reporter" value={mine ? "You" : (row.reporterName ?? (row.storyId ? "Newsroom" : "not yet"))} />
        {/* A story that was never on the budget has no editor or slot to show. */}
        {(row.planId || row.editorName) && <Detail term="Editor" value={row.editorName ?? "none"} />}
        {(row.planId || row.slot) && <Detail term="Slot" value={row.slot ? slotLabels[row.slot] : "none"} />}
      </dl>
      {!compact && viewer.manages && row.planId && (
        <p className="mt-2 font-sans text-sm">
          <Link
            href={viewer.editHref(row.planId)}
            prefetch={false}
            className="underline"
            aria-label={`Edit plan: ${title}`}
          >
            Edit plan
          </Link>
        </p>
      )}
      {!compact && viewer.manages && row.planId && row.atKind === "due" && (
        <>
          {story && !reassignableStatuses.includes(story) ? (
            <p className="mt-2 font-sans text-xs text-muted">
              Its story has left the draft stage, so it stays with {row.reporterName ?? "its writer"}.
            </p>
          ) : (
            <AssignForm
              planId={row.planId}
              slugLine={title}
              reporterId={row.reporterId}
              reporters={viewer.reporters}
              assigned={!!row.storyId}
            />
          )}
        </>
      )}
    </li>
  );
}

function Items({ rows, viewer, compact }: { rows: BudgetRow[]; viewer: BoardViewer; compact: boolean }) {
  if (!rows.length) return <p className="py-3 font-sans text-sm text-muted">Nothing on the budget.</p>;
  return (
    <ul className="divide-y divide-rule">
      {rows.map((r) => (
        <BudgetItem key={r.key} row={r} viewer={viewer} compact={compact} />
      ))}
    </ul>
  );
}

export function DayBoard({ day, viewer }: { day: BoardDay; viewer: BoardViewer }) {
  return (
    <section aria-labelledby="budget-day" className="border-t border-rule">
      <h2 id="budget-day" className="py-2 font-sans text-lg font-bold">
        {day.label}
      </h2>
      <Items rows={day.rows} viewer={viewer} compact={false} />
    </section>
  );
}

/** Monday to Sunday: side by side on a wide screen, one under another on a phone. */
export function WeekBoard({ days, viewer }: { days: BoardDay[]; viewer: BoardViewer }) {
  return (
    <div className="grid gap-4 lg:relative lg:left-1/2 lg:w-[calc(100vw-3rem)] lg:max-w-[100rem] lg:-translate-x-1/2 lg:grid-cols-7 lg:gap-2">
      {days.map((d) => (
        <section
          key={d.day}
          aria-labelledby={`day-${d.day}`}
          className={`min-w-0 rounded border px-3 py-2 lg:px-2 ${d.today ? "border-2 border-ink" : "border-rule"}`}
          data-testid="budget-day"
        >
          <h2 id={`day-${d.day}`} className="border-b border-rule pb-1 font-sans text-sm font-bold">
            <Link href={`/admin/budget?date=${d.day}`} prefetch={false} className="hover:underline">
              {d.label}
            </Link>
          </h2>
          <Items rows={d.rows} viewer={viewer} compact />
        </section>
      ))}
    </div>
  );
}
