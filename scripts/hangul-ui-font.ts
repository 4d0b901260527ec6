/**
 * Writes app/fonts/: the Hangul syllables of the interface's own strings (lib/content/interface-hangul.ts), cut from
 * the Noto Serif KR webfont's files (one small face per file they are in; the weight axis kept), and the @font-face
 * rules that name them. Run `npm run fonts:hangul-ui` after changing those strings; app/fonts/hangul-ui.test.ts fails
 * until then.
 */
import { readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import subsetFont from "subset-font";
import { interfaceHangul } from "../lib/content/interface-hangul";

const FAMILY = "Masthead Hangul UI";
const SOURCE = path.join(process.cwd(), "node_modules/@fontsource-variable/noto-serif-kr");
export const OUT = path.join(process.cwd(), "app/fonts");

/** Each webfont file holding some of the syllables, with the syllables it holds (by its CSS unicode-range). */
export function facesFor(syllables: Iterable<string>): { file: string; chars: string[] }[] {
  const css = readFileSync(path.join(SOURCE, "wght.css"), "utf8");
  const rules = [...css.matchAll(/@font-face\s*{([^}]*)}/g)].map(([, body = ""]) => ({
    file: /url\(\.\/files\/([^)]+\.woff2)\)/.exec(body)?.[1] ?? "",
    ranges: (/unicode-range:([^;]+)/.exec(body)?.[1] ?? "").split(",").map((range) => {
      const [from = "", to = from] = range.trim().replace(/^U\+/i, "").split("-");
      return [parseInt(from, 16), parseInt(to, 16)] as const;
    }),
  }));
  const byFile = new Map<string, string[]>();
  for (const c of [...syllables].sort()) {
    const cp = c.codePointAt(0)!;
    const rule = rules.find((r) => r.ranges.some(([from, to]) => cp >= from && cp <= to));
    if (!rule) throw new Error(`No Noto Serif KR file holds ${c}`);
    byFile.set(rule.file, [...(byFile.get(rule.file) ?? []), c]);
  }
  return [...byFile].map(([file, chars]) => ({ file, chars }));
}

export const outputName = (file: string) => `hangul-ui-${/-(\d+)-wght/.exec(file)?.[1]}.woff2`;

export function fontFaceCss(faces: { file: string; chars: string[] }[]): string {
  const rules = faces.map(({ file, chars }) =>
    [
      "@font-face {",
      `  font-family: "${FAMILY}";`,
      "  font-style: normal;",
      "  font-display: swap;",
      "  font-weight: 200 900;",
      `  src: url("./${outputName(file)}") format("woff2");`,
      `  unicode-range: ${chars.map((c) => `U+${c.codePointAt(0)!.toString(16).toUpperCase()}`).join(", ")};`,
      "}",
    ].join("\n"),
  );
  return `/* Made by scripts/hangul-ui-font.ts from Noto Serif KR (SIL Open Font License 1.1): do not edit. */\n${rules.join("\n")}\n`;
}

async function main() {
  const faces = facesFor(interfaceHangul);
  for (const f of readdirSync(OUT)) if (/^hangul-ui-\d+\.woff2$/.test(f)) rmSync(path.join(OUT, f));
  for (const { file, chars } of faces) {
    const font = await subsetFont(readFileSync(path.join(SOURCE, "files", file)), chars.join(""), {
      targetFormat: "woff2",
    });
    writeFileSync(path.join(OUT, outputName(file)), font);
    console.log(`${outputName(file)}: ${chars.join("")}, ${font.length} bytes`);
  }
  writeFileSync(path.join(OUT, "hangul-ui.css"), fontFaceCss(faces));
}

// Run, not imported (by its test).
if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) void main();
