import { describe, expect, it } from '@jest/globals';
import { areaOf, bestSimilarity, clusterAround, commonWords, describeCluster } from '../clustering.js';

const seed = { id: 'r5', text: 'No internet since this morning, router blinking red' };
const candidates = [
  { id: 'r1', text: 'Internet down since this morning' },
  { id: 'r2', text: 'Assemble my IKEA wardrobe' },
  { id: 'r3', text: 'Router blinking red, internet gone' },
  { id: 'r4', text: 'Internet outage in the whole street' },
  { id: 'r5', text: 'No internet since this morning, router blinking red' },
];

describe('clustering', () => {
  it('takes the postal area as the first digits of the code', () => {
    expect(areaOf('8001', 2)).toBe('80');
    expect(areaOf('8004', 2)).toBe('80');
    expect(areaOf('1200', 2)).toBe('12');
    expect(areaOf('sw1a 1aa', 3)).toBe('SW1');
    expect(areaOf('8001', 6)).toBe('8001');
  });

  it('clusters the new request with the alike ones only, itself first, most alike next', () => {
    const cluster = clusterAround(seed, candidates, 0.2);
    expect(cluster[0]).toEqual({ id: 'r5', similarity: 1 });
    expect(cluster.map((member) => member.id).sort()).toEqual(['r1', 'r3', 'r5']);
    const similarities = cluster.slice(1).map((member) => member.similarity);
    expect(similarities).toEqual([...similarities].sort((a, b) => b - a));
    expect(cluster.every((member) => member.similarity >= 0.2)).toBe(true);
  });

  it('grows and shrinks with the similarity setting, and is the same for the same input', () => {
    expect(clusterAround(seed, candidates, 0)).toHaveLength(5);
    expect(clusterAround(seed, candidates, 0.99)).toEqual([{ id: 'r5', similarity: 1 }]);
    expect(clusterAround(seed, [...candidates].reverse(), 0.2)).toEqual(clusterAround(seed, candidates, 0.2));
  });

  it('compares a newcomer with the best match among an incident’s requests', () => {
    expect(bestSimilarity('internet gone', ['Assemble my IKEA wardrobe', 'Internet down since this morning'])).toBeGreaterThan(0.2);
    expect(bestSimilarity('internet gone', [])).toBe(0);
  });

  it('titles an incident with the words most requests share and counts them in the summary', () => {
    const texts = ['Internet down since this morning', 'no internet, router blinking red', 'Internet and router dead', 'Router: internet gone'];
    expect(commonWords(texts).slice(0, 2)).toEqual([
      { word: 'internet', count: 4 },
      { word: 'router', count: 3 },
    ]);
    const { title, summary } = describeCluster(texts);
    expect(title).toBe('Internet, router, down');
    expect(summary).toBe('4 requests; most used words: internet (4), router (3), down (1), morning (1), blinking (1), red (1), dead (1), gone (1)');
    expect(describeCluster(['the and of'])).toEqual({ title: 'Requests about one fault', summary: '1 request' });
  });
});
