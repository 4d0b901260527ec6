/**
 * Korean writes a noun and its particle as one word ("예산안을", "예산안이", "예산안의"), and neither PostgreSQL
 * nor PGlite ships a Korean dictionary, so the English parser indexes each whole word. A Hangul word in a query is
 * matched as a prefix after its particle is taken off: "예산안을" finds "예산안", "예산안이" and "예산안에서", and
 * "통과" finds "통과시켰다". Prefix matching only widens a word's matches, so taking off a particle that was part
 * of the noun ("어린이" -> "어린") loses nothing.
 */

// Longest first, so "에서는" is taken off before "는".
const PARTICLES = [
  "으로부터",
  "에서부터",
  "에게서",
  "한테서",
  "으로서",
  "으로써",
  "이라는",
  "에서는",
  "에서도",
  "에게는",
  "까지",
  "부터",
  "에서",
  "에게",
  "한테",
  "으로",
  "처럼",
  "보다",
  "마다",
  "이나",
  "과의",
  "와의",
  "에는",
  "에도",
  "로는",
  "의",
  "을",
  "를",
  "이",
  "가",
  "은",
  "는",
  "에",
  "와",
  "과",
  "로",
  "도",
  "만",
];

const HANGUL_WORD = /\p{Script=Hangul}+/gu;

/** A Hangul word without its particle; a stem is kept at two syllables or more, so "나는" stays "나는". */
export function hangulStem(word: string): string {
  for (const particle of PARTICLES) {
    if (word.endsWith(particle) && word.length - particle.length >= 2) return word.slice(0, -particle.length);
  }
  return word;
}

/**
 * A query split for full-text search: `words`, the query without its Hangul words, for websearch_to_tsquery's
 * English handling; `prefixes`, each Hangul word's stem as a to_tsquery prefix term ("예산안:*").
 */
export function searchTerms(query: string): { words: string; prefixes: string[] } {
  const stems = new Set<string>();
  for (const [word] of query.matchAll(HANGUL_WORD)) stems.add(hangulStem(word));
  return { words: query.replace(HANGUL_WORD, " ").trim(), prefixes: [...stems].map((s) => `${s}:*`) };
}
