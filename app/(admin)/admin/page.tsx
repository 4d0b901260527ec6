import Link from "next/link";
import { can, requirePage } from "@/lib/authz";
import type { Capability } from "@/lib/capabilities";

// Checks the session against the database before rendering: a blocking, per-request page (see the layout).
export const instant = false;

const cards: { href: string; title: string; text: string; capability: Capability }[] = [
  { href: "/admin/stories", title: "Stories", text: "Drafts, reviews and published work.", capability: "desk.view" },
  { href: "/admin/authors", title: "Authors", text: "Bylines for people and desks.", capability: "author.manage" },
  { href: "/admin/staff", title: "Staff", text: "Accounts, roles and passwords.", capability: "staff.manage" },
  { href: "/admin/settings", title: "Site settings", text: "Name, time zone, weather and ads.", capability: "settings.manage" },
  { href: "/admin/account", title: "Your account", text: "Password, profile and sessions.", capability: "account.self" },
];

export default async function DeskHome() {
  const user = await requirePage("/admin");
  return (
    <>
      <h1 className="mb-6 font-serif text-3xl font-bold">Good to see you, {user.name.split(" ")[0]}</h1>
      <ul className="grid gap-4 sm:grid-cols-2">
        {cards.filter((c) => can(user, c.capability)).map((c) => (
          <li key={c.href}>
            <Link href={c.href} prefetch={false} className="block rounded border border-rule p-4 hover:border-ink">
              <h2 className="font-serif text-xl font-bold">{c.title}</h2>
              <p className="mt-1 text-sm text-muted">{c.text}</p>
            </Link>
          </li>
        ))}
      </ul>
    </>
  );
}
