// How alike two short request texts are, for spotting many requests about one fault. Customers
// describe the same outage in different words ("Internet down since this morning", "no internet,
// router blinking red"), so whole-word overlap is too strict; the Jaccard index of the texts'
// character trigrams (padded per word, as PostgreSQL's pg_trgm builds them) also rewards shared
// word stems and endings. Texts are normalized first: lowercase, accents and punctuation gone, and
// the short stop words of German, French, Italian and English dropped. Pure, no I/O.

/** Short function words of the site languages that say nothing about the fault. */
const STOP_WORDS = new Set(
  [
    // English
    'a an and are as at be but by can do does for from has have i in is it its me my no not of on or our since so that the this to was we with',
    // German
    'am an auf aus bei bin das dem den der des die ein eine einen einem er es hat ich im in ist kein keine mein meine mit nicht noch seit und uns von war wir zu zum zur',
    // French
    'au aux avec ce ces dans de depuis des du en est et il je la le les ma mais mes mon ne nous on ou par pas pour que qui sa se ses son sur un une',
    // Italian
    'al alla che con da dal del della di e gli ha ho il in la le lo mi mia mio nel non per sono su un una uno',
  ]
    .join(' ')
    .split(' '),
);

/** Lowercase, accents stripped, punctuation turned into spaces, stop words and one-letter words dropped. */
export function normalizeWords(text: string): string[] {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .split(' ')
    .filter((word) => word.length > 1 && !STOP_WORDS.has(word));
}

/** The distinct trigrams of the words, each word padded with two spaces before and one after. */
export function trigramsOf(words: readonly string[]): Set<string> {
  const trigrams = new Set<string>();
  for (const word of words) {
    const padded = `  ${word} `;
    for (let index = 0; index + 3 <= padded.length; index += 1) trigrams.add(padded.slice(index, index + 3));
  }
  return trigrams;
}

/** The Jaccard index of two sets: shared over all; 0 when both are empty. */
export function jaccard<T>(left: ReadonlySet<T>, right: ReadonlySet<T>): number {
  if (left.size === 0 && right.size === 0) return 0;
  let shared = 0;
  for (const item of left) if (right.has(item)) shared += 1;
  return shared / (left.size + right.size - shared);
}

/** A text prepared once for many comparisons. */
export interface ComparableText {
  words: string[];
  trigrams: Set<string>;
}

export function comparable(text: string): ComparableText {
  const words = normalizeWords(text);
  return { words, trigrams: trigramsOf(words) };
}

/** 0 (nothing in common) to 1 (the same words), rounded to three decimals so stored values compare exactly. */
export function textSimilarity(left: string | ComparableText, right: string | ComparableText): number {
  const a = typeof left === 'string' ? comparable(left) : left;
  const b = typeof right === 'string' ? comparable(right) : right;
  return Math.round(jaccard(a.trigrams, b.trigrams) * 1000) / 1000;
}
