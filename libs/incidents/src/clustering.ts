// The pure part of incident detection: the postal area of a code, the cluster of requests alike to
// a new one, and an incident's title and summary built from its requests' own words.
import { comparable, type ComparableText, normalizeWords, textSimilarity } from './text-similarity.js';

export interface ClusterCandidate {
  id: string;
  text: string;
}

export interface ClusterMember {
  id: string;
  /** How alike the member's text is to the request that formed the cluster (that one itself: 1). */
  similarity: number;
}

/** The area of a postal code: its first `digits` characters, spaces dropped, upper case (CH 8001 → "80"). */
export function areaOf(postalCode: string, digits: number): string {
  return postalCode.replace(/\s+/g, '').toUpperCase().slice(0, digits);
}

/**
 * The new request and every candidate at least `minSimilarity` alike to it, the new one first and
 * then by similarity (highest first) and id, so the same inputs always give the same cluster.
 */
export function clusterAround(seed: ClusterCandidate, candidates: readonly ClusterCandidate[], minSimilarity: number): ClusterMember[] {
  const seedText = comparable(seed.text);
  const alike = candidates
    .filter((candidate) => candidate.id !== seed.id)
    .map((candidate) => ({ id: candidate.id, similarity: textSimilarity(seedText, candidate.text) }))
    .filter((member) => member.similarity >= minSimilarity)
    .sort((a, b) => b.similarity - a.similarity || a.id.localeCompare(b.id));
  return [{ id: seed.id, similarity: 1 }, ...alike];
}

/** The highest similarity of `text` to any of `others`; 0 when there are none. */
export function bestSimilarity(text: string, others: readonly string[]): number {
  const prepared: ComparableText = comparable(text);
  return others.reduce((best, other) => Math.max(best, textSimilarity(prepared, other)), 0);
}

/** Words by the number of texts using them (most first), ties in order of first use. */
export function commonWords(texts: readonly string[]): { word: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const text of texts) {
    for (const word of new Set(normalizeWords(text))) counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  // Map keeps first-use order, and the sort is stable.
  return [...counts].map(([word, count]) => ({ word, count })).sort((a, b) => b.count - a.count);
}

const TITLE_WORDS = 3;
const SUMMARY_WORDS = 8;

/** What operators see first: the words most requests share, and how often each comes up. */
export function describeCluster(texts: readonly string[]): { title: string; summary: string } {
  const words = commonWords(texts);
  const top = words.slice(0, TITLE_WORDS).map((entry) => entry.word);
  const title = top.length ? capitalize(top.join(', ')) : 'Requests about one fault';
  const mentions = words
    .slice(0, SUMMARY_WORDS)
    .map((entry) => `${entry.word} (${entry.count})`)
    .join(', ');
  const requests = `${texts.length} ${texts.length === 1 ? 'request' : 'requests'}`;
  return { title: title.slice(0, 200), summary: mentions ? `${requests}; most used words: ${mentions}` : requests };
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
