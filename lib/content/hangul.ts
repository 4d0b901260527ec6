/**
 * Hangul to Latin letters by the Revised Romanization of Korean (RR, the South Korean standard of 2000), for URLs.
 * Romanized rather than percent-encoded: an ASCII slug survives every system that copies, logs or shortens a link,
 * reads in a share preview, and is what Korean news sites (Yonhap, Korea JoongAng Daily) use. Stored slugs never
 * change, so old links keep working.
 *
 * Each syllable (U+AC00..U+D7A3) is split into initial, vowel and final; inside a word the final and the next
 * initial are written as pronounced, as RR asks: a final moves onto a following silent ㅇ (한인 hanin), nasals
 * assimilate (국민 gungmin, 종로 jongno, 독립 dongnip), ㄴ and ㄹ meet as ll (신라 silla, 설날 seollal), ㄷ/ㅌ
 * before 이 palatalize (같이 gachi), and ㅎ aspirates a following ㄱ/ㄷ/ㅈ (좋고 joko). Not covered: tensing
 * (not written in RR anyway) and exceptions that depend on meaning; surnames follow RR too (김 gim, not Kim).
 */

const INITIAL = ["g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch", "k", "t", "p", "h"];
const VOWEL = [
  "a",
  "ae",
  "ya",
  "yae",
  "eo",
  "e",
  "yeo",
  "ye",
  "o",
  "wa",
  "wae",
  "oe",
  "yo",
  "u",
  "wo",
  "we",
  "wi",
  "yu",
  "eu",
  "ui",
  "i",
];
// Finals as said at the end of a word, by index: none ㄱ ㄲ ㄳ ㄴ ㄵ ㄶ ㄷ ㄹ ㄺ ㄻ ㄼ ㄽ ㄾ ㄿ ㅀ ㅁ ㅂ ㅄ ㅅ ㅆ ㅇ ㅈ ㅊ ㅋ ㅌ ㅍ ㅎ
const FINAL = [
  "",
  "k",
  "k",
  "k",
  "n",
  "n",
  "n",
  "t",
  "l",
  "k",
  "m",
  "l",
  "l",
  "l",
  "p",
  "l",
  "m",
  "p",
  "p",
  "t",
  "t",
  "ng",
  "t",
  "t",
  "k",
  "t",
  "p",
  "t",
];
// Before a silent ㅇ the final (or a cluster's second half) is said as the next syllable's initial.
const CARRIED: [string, string][] = [
  ["", ""],
  ["", "g"],
  ["", "kk"],
  ["k", "s"],
  ["", "n"],
  ["n", "j"],
  ["", "n"],
  ["", "d"],
  ["", "r"],
  ["l", "g"],
  ["l", "m"],
  ["l", "b"],
  ["l", "s"],
  ["l", "t"],
  ["l", "p"],
  ["", "r"],
  ["", "m"],
  ["", "b"],
  ["p", "s"],
  ["", "s"],
  ["", "ss"],
  ["ng", ""],
  ["", "j"],
  ["", "ch"],
  ["", "k"],
  ["", "t"],
  ["", "p"],
  ["", ""],
];
const I = { g: 0, n: 2, d: 3, r: 5, m: 6, silent: 11, j: 12, h: 18 } as const;
const F = { none: 0, n: 4, nh: 6, d: 7, l: 8, lt: 13, lh: 15, m: 16, ng: 21, t: 25, h: 27 } as const;
const VOWEL_I = 20;
const ASPIRATED: Record<number, string> = { [I.g]: "k", [I.d]: "t", [I.j]: "ch" };

type Syllable = { initial: number; vowel: number; final: number };

function decompose(ch: string): Syllable | null {
  const code = ch.charCodeAt(0) - 0xac00;
  if (code < 0 || code > 11171) return null;
  return { initial: Math.floor(code / 588), vowel: Math.floor((code % 588) / 28), final: code % 28 };
}

/** How a final and the next syllable's initial are written together: [final, initial]. */
function join(final: number, next: Syllable): [string, string] {
  const initial = next.initial;
  const plain: [string, string] = [FINAL[final]!, INITIAL[initial]!];
  if (final === F.none) return plain;
  if (initial === I.silent) {
    if (next.vowel === VOWEL_I && final === F.d) return ["", "j"];
    if (next.vowel === VOWEL_I && final === F.t) return ["", "ch"];
    if (next.vowel === VOWEL_I && final === F.lt) return ["l", "ch"];
    return CARRIED[final]!;
  }
  const sound = FINAL[final]!;
  if (final === F.h || final === F.nh || final === F.lh) {
    const kept = final === F.h ? "" : final === F.nh ? "n" : "l";
    if (ASPIRATED[initial]) return [kept, ASPIRATED[initial]!];
    if (initial === I.n) return final === F.lh ? ["l", "l"] : ["n", "n"];
  }
  if (initial === I.n || initial === I.m) {
    if (sound === "k") return ["ng", INITIAL[initial]!];
    if (sound === "t") return ["n", INITIAL[initial]!];
    if (sound === "p") return ["m", INITIAL[initial]!];
    if (sound === "l" && initial === I.n) return ["l", "l"];
  }
  if (initial === I.r) {
    if (final === F.n || sound === "l") return ["l", "l"];
    if (final === F.m || final === F.ng) return [sound, "n"];
    if (sound === "k") return ["ng", "n"];
    if (sound === "t") return ["n", "n"];
    if (sound === "p") return ["m", "n"];
  }
  return plain;
}

/** The text with every run of Hangul syllables romanized; everything else is left as it is. */
export function romanizeHangul(text: string): string {
  const chars = [...text];
  let out = "";
  let carried: string | null = null;
  for (let k = 0; k < chars.length; k++) {
    const s = decompose(chars[k]!);
    if (!s) {
      out += chars[k];
      carried = null;
      continue;
    }
    const next = k + 1 < chars.length ? decompose(chars[k + 1]!) : null;
    const head = (carried ?? INITIAL[s.initial]!) + VOWEL[s.vowel]!;
    if (next) {
      const [final, nextInitial] = join(s.final, next);
      out += head + final;
      carried = nextInitial;
    } else {
      out += head + FINAL[s.final]!;
      carried = null;
    }
  }
  return out;
}
