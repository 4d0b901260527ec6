"use client";

import { useEffect } from "react";

declare global {
  interface Window {
    /** Set by an ad tag to fill Masthead's reserved slots; see README "Ads". */
    mastheadAds?: { fill: (slot: HTMLElement) => void };
  }
}

/**
 * The hook for a real ad tag. When the settings name an ad script (its origin listed in AD_HOSTS for the CSP), that
 * script is loaded; once window.mastheadAds exists, fill(slot) is called with each [data-ad-slot] element on the
 * page. With no ad tag the slots stay empty, labelled, and at their reserved size.
 */
export function AdHook({ scriptUrl }: { scriptUrl: string | null }) {
  useEffect(() => {
    const fillAll = () => {
      document.querySelectorAll<HTMLElement>("[data-ad-slot]:not([data-ad-filled])").forEach((slot) => {
        slot.dataset.adFilled = "true";
        window.mastheadAds?.fill(slot);
      });
    };
    if (window.mastheadAds) return fillAll();
    if (!scriptUrl) return;
    const script = document.createElement("script");
    script.src = scriptUrl;
    script.async = true;
    script.onload = fillAll;
    document.head.appendChild(script);
  }, [scriptUrl]);
  return null;
}
