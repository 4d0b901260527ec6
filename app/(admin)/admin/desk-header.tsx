import Link from "next/link";
import { countUnreadNotifications } from "@/db/queries/notifications";
import { countPausedEndpoints } from "@/db/queries/webhooks";
import { can, currentUser } from "@/lib/authz";
import type { Capability } from "@/lib/capabilities";
import { singleOriginWarning } from "@/lib/ops/start-warnings";
import { SignOutForm } from "./sign-out-form";

const links: { href: string; label: string; capability: Capability }[] = [
  { href: "/admin/stories", label: "Stories", capability: "desk.view" },
  { href: "/admin/budget", label: "Budget", capability: "budget.view" },
  { href: "/admin/media", label: "Photos", capability: "desk.view" },
  { href: "/admin/front-page", label: "Front page", capability: "frontpage.manage" },
  { href: "/admin/audit", label: "Audit log", capability: "story.publish" },
  { href: "/admin/authors", label: "Authors", capability: "author.manage" },
  { href: "/admin/staff", label: "Staff", capability: "staff.manage" },
  { href: "/admin/settings", label: "Settings", capability: "settings.manage" },
  { href: "/admin/api-keys", label: "API keys", capability: "settings.manage" },
  { href: "/admin/webhooks", label: "Webhooks", capability: "settings.manage" },
];

// Desk pages depend on who asks and when, so links are not prefetched: a prefetched page could carry a
// decision (such as "change your password first") that is stale by the time it is opened.
export async function DeskHeader() {
  const user = await currentUser();
  const unread = user && !user.mustChangePassword ? await countUnreadNotifications(user.id) : 0;
  const paused = user && can(user, "settings.manage") ? await countPausedEndpoints() : 0;
  return (
    <header className="border-b border-rule">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
        <Link href="/admin" prefetch={false} className="font-serif text-xl font-black">
          Masthead desk
        </Link>
        {user && !user.mustChangePassword && (
          <nav aria-label="Desk" className="order-last w-full sm:order-none sm:w-auto sm:flex-1">
            <ul className="flex flex-wrap gap-4 text-sm font-semibold">
              {links
                .filter((l) => can(user, l.capability))
                .map((l) => (
                  <li key={l.href}>
                    <Link href={l.href} prefetch={false} className="hover:underline">
                      {l.label}
                    </Link>
                  </li>
                ))}
            </ul>
          </nav>
        )}
        {user && (
          <div className="ml-auto flex items-center gap-3 text-sm">
            {!user.mustChangePassword && (
              <Link href="/admin/notifications" prefetch={false} className="hover:underline">
                Notifications
                {unread > 0 && " "}
                {unread > 0 && (
                  <span className="rounded-full bg-accent px-1.5 py-0.5 text-xs font-bold text-paper">
                    {unread}
                    <span className="sr-only"> unread</span>
                  </span>
                )}
              </Link>
            )}
            <Link href="/admin/account" prefetch={false} className="hover:underline">
              {user.name} <span className="text-muted">({user.role})</span>
            </Link>
            <SignOutForm />
          </div>
        )}
      </div>
      {paused > 0 && (
        <p role="note" className="border-t-2 border-accent bg-accent/10 px-4 py-2 text-center text-sm">
          <strong>Webhooks:</strong> {paused === 1 ? "an endpoint is" : `${paused} endpoints are`} paused and told
          nothing.{" "}
          <Link href="/admin/webhooks" prefetch={false} className="underline">
            See webhooks
          </Link>
        </p>
      )}
      {user && can(user, "settings.manage") && singleOriginWarning() && (
        <p role="note" className="border-t-2 border-accent bg-accent/10 px-4 py-2 text-center text-sm">
          <strong>Security:</strong> {singleOriginWarning()}
        </p>
      )}
    </header>
  );
}
