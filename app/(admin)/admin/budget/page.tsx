import type { Metadata } from "next";
import Link from "next/link";
import { getPlan, listBudget, listBudgetPeople } from "@/db/queries/budget";
import { findSections } from "@/db/queries/desk-lookups";
import { can, requirePage } from "@/lib/authz";
import { readSettings } from "@/lib/reads";
import { addDays, dayIn, isDay, mondayOf, startOfDay, wallTime } from "@/lib/zoned-days";
import { DayBoard, WeekBoard, type BoardDay, type BoardViewer } from "./board";
import { PlanForm } from "./plan-form";

export const instant = false;

export const metadata: Metadata = { title: "Budget" };

type Param = string | string[];
type Search = { view?: Param; date?: Param; mine?: Param; edit?: Param; removed?: Param; drafted?: Param };

const linkClass =
  "rounded border border-rule px-3 py-1 hover:bg-rule/40 aria-[current=page]:bg-ink aria-[current=page]:text-paper";

export default async function BudgetPage({ searchParams }: { searchParams: Promise<Search> }) {
  const user = await requirePage("/admin/budget");
  const params = await searchParams;
  const { timeZone } = await readSettings();
  const week = params.view === "week";
  const mine = params.mine === "1";
  const today = dayIn(new Date(), timeZone);
  const day = typeof params.date === "string" && isDay(params.date) ? params.date : today;
  const first = week ? mondayOf(day) : day;
  const count = week ? 7 : 1;
  const manages = can(user, "budget.manage");

  const [rows, people, sections, edited] = await Promise.all([
    listBudget(startOfDay(first, timeZone), startOfDay(addDays(first, count), timeZone)),
    manages ? listBudgetPeople() : Promise.resolve([]),
    manages ? findSections() : Promise.resolve([]),
    manages && typeof params.edit === "string" ? getPlan(params.edit) : Promise.resolve(null),
  ]);
  const dayName = new Intl.DateTimeFormat("en-US", {
    timeZone: "UTC", // the days are calendar dates already
    weekday: week ? "short" : "long",
    month: week ? "short" : "long",
    day: "numeric",
    ...(week ? {} : { year: "numeric" }),
  });
  const clock = new Intl.DateTimeFormat("en-US", { timeZone, hour: "numeric", minute: "2-digit" });
  const shown = mine ? rows.filter((r) => r.reporterId === user.id || r.ownerId === user.id) : rows;
  const days: BoardDay[] = Array.from({ length: count }, (_, i) => {
    const d = addDays(first, i);
    return {
      day: d,
      label: `${dayName.format(new Date(`${d}T12:00:00Z`))}${d === today ? " (today)" : ""}`,
      today: d === today,
      rows: shown.filter((r) => dayIn(r.at, timeZone) === d),
    };
  });
  const viewer: BoardViewer = {
    id: user.id,
    manages,
    editsAny: can(user, "story.editAny"),
    reporters: people.map((p) => ({ id: p.id, name: p.name })),
    time: (d) => clock.format(d),
    editHref: (planId) => href({ edit: planId }),
  };
  const removed = typeof params.removed === "string" ? params.removed : null;

  const href = (over: { view?: "day" | "week"; date?: string; mine?: boolean; edit?: string }) => {
    const q = new URLSearchParams();
    if ((over.view ?? (week ? "week" : "day")) === "week") q.set("view", "week");
    const date = over.date ?? day;
    if (date !== today) q.set("date", date);
    if (over.mine ?? mine) q.set("mine", "1");
    if (over.edit) q.set("edit", over.edit);
    const s = q.toString();
    return `/admin/budget${s ? `?${s}` : ""}`;
  };
  const step = week ? 7 : 1;
  const unit = week ? "week" : "day";
  const range = week
    ? `${dayName.format(new Date(`${first}T12:00:00Z`))} – ${dayName.format(new Date(`${addDays(first, 6)}T12:00:00Z`))}`
    : null;

  return (
    <>
      <h1 className="mb-4 font-serif text-3xl font-bold">Budget</h1>
      <nav aria-label="Budget dates" className="mb-6 flex flex-wrap gap-x-6 gap-y-2 font-sans text-sm">
        <div className="flex gap-2">
          <Link
            href={href({ view: "day" })}
            prefetch={false}
            className={linkClass}
            aria-current={week ? undefined : "page"}
          >
            Day
          </Link>
          <Link
            href={href({ view: "week" })}
            prefetch={false}
            className={linkClass}
            aria-current={week ? "page" : undefined}
          >
            Week
          </Link>
        </div>
        <div className="flex gap-2">
          <Link href={href({ date: addDays(first, -step) })} prefetch={false} className={linkClass}>
            Previous {unit}
          </Link>
          <Link href={href({ date: today })} prefetch={false} className={linkClass}>
            Today
          </Link>
          <Link href={href({ date: addDays(first, step) })} prefetch={false} className={linkClass}>
            Next {unit}
          </Link>
        </div>
        <Link href={href({ mine: !mine })} prefetch={false} className={linkClass}>
          {mine ? "Everyone's stories" : "Only my stories"}
        </Link>
      </nav>
      {removed && (
        <p role="status" className="mb-4 rounded border border-rule bg-rule/30 p-3 font-sans text-sm">
          &ldquo;{removed}&rdquo; is off the budget
          {params.drafted === "1" ? "; its draft stays with its writer." : "."}
        </p>
      )}
      {manages && edited && (
        <PlanForm
          key={edited.id}
          sections={sections}
          reporters={viewer.reporters}
          editors={people.filter((p) => p.editor).map((p) => ({ id: p.id, name: p.name }))}
          defaultDue={`${day}T17:00`}
          timeZone={timeZone}
          editing={{
            id: edited.id,
            drafted: !!edited.storyId,
            closeHref: href({}),
            values: {
              slugLine: edited.slugLine,
              notes: edited.notes,
              sectionId: edited.sectionId,
              reporterId: edited.reporterId ?? "",
              editorId: edited.editorId ?? "",
              due: wallTime(edited.dueAt, timeZone),
              slot: edited.slot ?? "",
            },
          }}
        />
      )}
      {manages && !edited && (
        <PlanForm
          key={day}
          sections={sections}
          reporters={viewer.reporters}
          editors={people.filter((p) => p.editor).map((p) => ({ id: p.id, name: p.name }))}
          defaultDue={`${day}T17:00`}
          timeZone={timeZone}
        />
      )}
      {week ? (
        <>
          <p className="mb-3 font-sans text-sm font-semibold">Week of {range}</p>
          <WeekBoard days={days} viewer={viewer} />
        </>
      ) : (
        <DayBoard day={days[0]!} viewer={viewer} />
      )}
      <p className="mt-6 font-sans text-xs text-muted">
        Times are the newsroom&apos;s ({timeZone}). The board lists plans by their due time, and stories scheduled or
        published that {unit}.
      </p>
    </>
  );
}
