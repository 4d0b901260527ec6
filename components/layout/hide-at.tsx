"use client";
import { useEffect, useState, type ReactNode } from "react";

/**
 * Hides its children at a time: a page the proxy or the browser kept from before a banner's end shows it no
 * longer once the end has passed (the server stops sending it at the same moment: lib/reads/front-page.ts).
 */
export function HideAt({ at, children }: { at: string; children: ReactNode }) {
  const [gone, setGone] = useState(false);
  useEffect(() => {
    const ms = Date.parse(at) - Date.now();
    // setTimeout holds at most about 24.8 days; a later end is left to the server.
    if (ms > 2 ** 31 - 1) return;
    const timer = setTimeout(() => setGone(true), Math.max(0, ms));
    return () => clearTimeout(timer);
  }, [at]);
  return gone ? null : children;
}
