import type { Metadata } from "next";
import { listDeskAuthors } from "@/db/queries/authors";
import { requirePage } from "@/lib/authz";
import { NewAuthor } from "./new-author";

export const instant = false;

export const metadata: Metadata = { title: "Authors" };

export default async function AuthorsPage() {
  await requirePage("/admin/authors");
  const authors = await listDeskAuthors();
  return (
    <>
      <h1 className="mb-6 font-serif text-3xl font-bold">Authors</h1>
      <NewAuthor />
      <ul className="mt-6 divide-y divide-rule border-y border-rule">
        {authors.map((a) => (
          <li key={a.id} className="flex items-center gap-3 py-3">
            {a.photoUrl ? (
              // eslint-disable-next-line @next/next/no-img-element -- a small desk thumbnail; next/image adds nothing here
              <img src={a.photoUrl} alt="" width={40} height={40} className="h-10 w-10 rounded-full object-cover" />
            ) : (
              <span aria-hidden className="h-10 w-10 rounded-full bg-rule" />
            )}
            <span className="font-semibold">{a.name}</span>
            <span className="text-sm text-muted">
              {a.kind === "desk" ? "Desk" : "Person"}
              {a.publicEmail ? ` · ${a.publicEmail}` : ""}
            </span>
          </li>
        ))}
      </ul>
    </>
  );
}
