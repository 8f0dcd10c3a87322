import { describe, expect, it } from '@jest/globals';
import { defaultIncidentSettings } from '@quartier/tenancy';
import { jaccard, normalizeWords, textSimilarity, trigramsOf } from '../text-similarity.js';

const { similarity: DEFAULT_SIMILARITY } = defaultIncidentSettings();

describe('text similarity', () => {
  it('normalizes case, accents, punctuation and drops short stop words of every site language', () => {
    expect(normalizeWords('Internet DOWN since this morning!!')).toEqual(['internet', 'down', 'morning']);
    expect(normalizeWords("Plus d'Internet depuis ce matin, le routeur clignote")).toEqual(['plus', 'internet', 'matin', 'routeur', 'clignote']);
    expect(normalizeWords('Kein Internet seit heute Morgen – Störung')).toEqual(['internet', 'heute', 'morgen', 'storung']);
    expect(normalizeWords('Non funziona il Wi-Fi da ieri')).toEqual(['funziona', 'wi', 'fi', 'ieri']);
    expect(normalizeWords('Straße')).toEqual(['strasse']);
    expect(normalizeWords(' ... ')).toEqual([]);
  });

  it('builds pg_trgm-style trigrams, each word padded', () => {
    expect([...trigramsOf(['net'])].sort()).toEqual(['  n', ' ne', 'et ', 'net'].sort());
    expect(trigramsOf([]).size).toBe(0);
  });

  it('computes the Jaccard index, 0 for two empty sets', () => {
    expect(jaccard(new Set([1, 2, 3]), new Set([2, 3, 4]))).toBeCloseTo(0.5);
    expect(jaccard(new Set(), new Set())).toBe(0);
  });

  it('finds two short descriptions of one fault alike at the default setting, in different words', () => {
    expect(textSimilarity('Internet down since this morning', 'no internet, router blinking red')).toBeGreaterThanOrEqual(DEFAULT_SIMILARITY);
    expect(textSimilarity('Kein Internet seit heute Morgen', 'Internet ausgefallen, Router blinkt rot')).toBeGreaterThanOrEqual(DEFAULT_SIMILARITY);
    expect(textSimilarity("Plus d'internet depuis ce matin", 'Internet en panne, le routeur clignote')).toBeGreaterThanOrEqual(DEFAULT_SIMILARITY);
  });

  it('keeps unrelated needs apart at the default setting', () => {
    expect(textSimilarity('Internet down since this morning', 'Assemble my IKEA wardrobe')).toBeLessThan(DEFAULT_SIMILARITY);
    expect(textSimilarity('Please mount my TV on the wall', 'no internet, router blinking red')).toBeLessThan(DEFAULT_SIMILARITY);
    expect(textSimilarity('Set up the Wi-Fi repeater', 'Internet down since this morning')).toBeLessThan(DEFAULT_SIMILARITY);
  });

  it('is symmetric, 1 for the same words in any order or case, and 0 with nothing to compare', () => {
    const a = 'Router blinking red, no internet';
    const b = 'internet: NO! red blinking router';
    expect(textSimilarity(a, b)).toBe(1);
    expect(textSimilarity(a, 'TV box without signal')).toBe(textSimilarity('TV box without signal', a));
    expect(textSimilarity('the and of', 'is it')).toBe(0);
  });
});
