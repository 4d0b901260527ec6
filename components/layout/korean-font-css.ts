// A module of its own, imported only when a page needs it (korean-font.tsx), so the webfont's CSS is a chunk of its own.
import "@fontsource-variable/noto-serif-kr/wght.css";
