import type { ReactNode } from "react";

export function ListingHeader({ kicker, title, children }: { kicker?: string; title: string; children?: ReactNode }) {
  return (
    <header className="border-b-2 border-ink py-6">
      {kicker && <p className="font-sans text-xs font-semibold tracking-widest text-accent uppercase">{kicker}</p>}
      <h1 className="font-serif text-4xl leading-tight font-bold sm:text-5xl">{title}</h1>
      {children}
    </header>
  );
}
