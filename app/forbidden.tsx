import Link from "next/link";

/** The plain 403 page: shown when a signed-in user lacks the capability a page or action needs. */
export default function Forbidden() {
  return (
    <main id="main" className="mx-auto max-w-xl px-4 py-20 text-center">
      <h1 className="font-serif text-4xl font-bold">Not allowed</h1>
      <p className="mt-4 font-sans text-muted">
        Your role does not include this part of the desk. Ask an admin if you need it.
      </p>
      <p className="mt-6 font-sans">
        <Link href="/admin" className="text-accent underline">
          Back to the desk
        </Link>
      </p>
    </main>
  );
}
