"use client";
import "@fontsource-variable/noto-serif-kr/wght.css";

export default function KoreanFontCss() {
  return null;
}
