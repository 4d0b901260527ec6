"use client";
import dynamic from "next/dynamic";

// The Noto Serif KR webfont's CSS is 124 @font-face slices (24 KB gzip): loaded after the page instead of before
// it, so it never delays the first paint. Korean text shows in the reader's own Hangul font until it arrives
// (and stays so where the reader has one); machines with no Hangul font would otherwise show empty boxes.
const KoreanFontCss = dynamic(() => import("./korean-font-css"), { ssr: false });

export function KoreanFont() {
  return <KoreanFontCss />;
}
