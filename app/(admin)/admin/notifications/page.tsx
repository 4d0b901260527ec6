import type { Metadata } from "next";
import Link from "next/link";
import { getEmailChoices, listNotifications } from "@/db/queries/notifications";
import { getSiteSettings } from "@/db/queries/settings";
import { secondaryButtonClass } from "@/components/desk/field";
import { requirePage } from "@/lib/authz";
import { asFormAction } from "@/lib/desk-action";
import { formatDateTime } from "@/lib/format";
import { markAllNotificationsReadAction, markNotificationReadAction } from "./actions";
import { EmailChoices } from "./email-choices";

export const instant = false;

export const metadata: Metadata = { title: "Notifications" };

export default async function NotificationsPage() {
  const user = await requirePage("/admin/notifications");
  const [items, email, settings] = await Promise.all([
    listNotifications(user.id),
    getEmailChoices(user.id),
    getSiteSettings(),
  ]);
  const unread = items.filter((n) => !n.read).length;
  return (
    <>
      <h1 className="mb-2 font-serif text-3xl font-bold">Notifications</h1>
      <p className="mb-6 text-sm text-muted">{unread ? `${unread} unread.` : "Nothing unread."}</p>
      <div className="grid gap-10 md:grid-cols-[2fr_1fr]">
        <section aria-labelledby="list-h">
          <div className="mb-3 flex flex-wrap items-center justify-between gap-2">
            <h2 id="list-h" className="font-serif text-xl font-bold">
              Newest first
            </h2>
            {unread > 0 && (
              <form action={asFormAction(markAllNotificationsReadAction)}>
                <button type="submit" className={secondaryButtonClass}>
                  Mark all read
                </button>
              </form>
            )}
          </div>
          {items.length === 0 ? (
            <p className="text-sm text-muted">No notifications yet.</p>
          ) : (
            <ul className="divide-y divide-rule border-y border-rule">
              {items.map((n) => (
                <li
                  key={n.id}
                  className={`flex flex-wrap items-start gap-x-4 gap-y-1 py-3 ${n.read ? "" : "font-semibold"}`}
                >
                  <div className="min-w-0 flex-1">
                    {n.storyId ? (
                      <Link href={`/admin/stories/${n.storyId}`} prefetch={false} className="underline">
                        {n.text}
                      </Link>
                    ) : (
                      n.text
                    )}
                    <p className="text-xs font-normal text-muted">
                      {!n.read && <span className="mr-2 text-accent">Unread</span>}
                      <time dateTime={n.createdAt.toISOString()}>{formatDateTime(n.createdAt, settings.timeZone)}</time>
                    </p>
                  </div>
                  {!n.read && (
                    <form action={asFormAction(markNotificationReadAction)}>
                      <input type="hidden" name="id" value={n.id} />
                      <button type="submit" className="text-sm font-normal underline">
                        Mark read
                      </button>
                    </form>
                  )}
                </li>
              ))}
            </ul>
          )}
        </section>
        <EmailChoices email={email} />
      </div>
    </>
  );
}
