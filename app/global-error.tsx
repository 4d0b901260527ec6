"use client";
import { ErrorView } from "@/components/errors/error-view";
import "./globals.css";

// Replaces the root layout when it fails, so it brings its own html and body.
export default function GlobalError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="en">
      <body className="min-h-screen font-sans">
        <main id="main" className="mx-auto max-w-2xl px-4">
          <ErrorView digest={error.digest} reset={reset} />
        </main>
      </body>
    </html>
  );
}
