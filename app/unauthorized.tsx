import Link from "next/link";

// Nothing calls unauthorized() (the desk redirects to /login instead), but with authInterrupts on, Next.js sends
// this boundary's content with every page; its built-in one carries a kilobyte of inline styles.
export default function Unauthorized() {
  return (
    <main id="main" className="mx-auto max-w-xl px-4 py-20 text-center">
      <h1 className="font-serif text-4xl font-bold">Please sign in</h1>
      <p className="mt-6 font-sans">
        <Link href="/login" className="text-accent underline">
          Sign in
        </Link>
      </p>
    </main>
  );
}
