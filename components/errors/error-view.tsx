"use client";

/**
 * What a visitor sees when a page fails: plain words and a retry. Never the error's message or stack, which can
 * name files, queries or data; the digest lets an operator find the full error in the server log.
 */
export function ErrorView({ digest, reset }: { digest?: string; reset?: () => void }) {
  return (
    <div role="alert" className="py-20 text-center">
      <h1 className="font-serif text-4xl font-bold">Something went wrong</h1>
      <p className="mt-4 font-serif text-lg text-muted">
        This page could not be shown just now. Please try again in a moment.
      </p>
      {digest && <p className="mt-2 font-sans text-xs text-muted">Reference: {digest}</p>}
      {reset && (
        <button
          type="button"
          onClick={reset}
          className="mt-6 rounded bg-ink px-4 py-2 font-sans font-semibold text-paper"
        >
          Try again
        </button>
      )}
    </div>
  );
}
