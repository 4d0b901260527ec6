import Link from "next/link";

export default function NotFound() {
  return (
    <div className="py-20 text-center">
      <h1 className="font-serif text-4xl font-bold">Page not found</h1>
      <p className="mt-4 font-serif text-lg text-muted">This story may have moved, or it is not published.</p>
      <p className="mt-6 font-sans">
        <Link href="/" className="text-accent underline">
          Go to the front page
        </Link>{" "}
        or{" "}
        <Link href="/search" className="text-accent underline">
          search the stories
        </Link>
      </p>
    </div>
  );
}
