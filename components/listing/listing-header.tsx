import type { ReactNode } from "react";

export function ListingHeader({ kicker, title, children }: { kicker?: string; title: string; children?: ReactNode }) {
  return (
    <header className="border-b-2 border-ink py-6">
      {kicker && <p className="font-sans text-xs font-semibold uppercase tracking-widest text-accent">{kicker}</p>}
      <h1 className="font-serif text-4xl font-bold leading-tight sm:text-5xl">{title}</h1>
      {children}
    </header>
  );
}
