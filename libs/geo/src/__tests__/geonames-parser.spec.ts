import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { haversineKm } from '../places/haversine.js';
import { parseGeonamesPostalCodes } from '../import/geonames-parser.js';

// Lines exactly as data/geonames/CH.txt has them (the second has no accuracy).
const AARAU = 'CH\t5000\tAarau\tKanton Aargau\tAG\tBezirk Aarau\t1901\tAarau\t4001\t47.3887\t8.0483\t4';
const AARAU_1 = 'CH\t5001\tAarau 1\tKanton Aargau\tAG\tBezirk Aarau\t1901\tAarau\t4001\t47.3888\t8.0483\t';
const GENEVE = 'CH\t1200\tGenève\tGenève\tGE\tGeneva\t2500\tGenève\t6621\t46.2022\t6.1457\t4';
const ZURICH = 'CH\t8001\tZürich\tKanton Zürich\tZH\tBezirk Zürich\t112\tZürich\t261\t47.3721\t8.5417\t4';

describe('GeoNames postal code parser', () => {
  it('reads real lines with UTF-8 names, all twelve columns and an empty accuracy', () => {
    const parsed = parseGeonamesPostalCodes([AARAU, AARAU_1, GENEVE, ZURICH, ''].join('\n'));
    expect(parsed.badRows).toEqual([]);
    expect(parsed.duplicates).toBe(0);
    expect(parsed.rows).toHaveLength(4);
    expect(parsed.rows[1]).toEqual({
      line: 2,
      countryCode: 'CH',
      postalCode: '5001',
      name: 'Aarau 1',
      admin1Name: 'Kanton Aargau',
      admin1Code: 'AG',
      admin2Name: 'Bezirk Aarau',
      admin2Code: '1901',
      admin3Name: 'Aarau',
      admin3Code: '4001',
      latitude: 47.3888,
      longitude: 8.0483,
      accuracy: null,
    });
    expect(parsed.rows[2]).toMatchObject({ line: 3, postalCode: '1200', name: 'Genève', admin1Name: 'Genève', accuracy: 4 });
    expect(parsed.rows[3]).toMatchObject({ line: 4, name: 'Zürich', admin2Name: 'Bezirk Zürich', latitude: 47.3721, longitude: 8.5417 });
  });

  it('accepts Windows line ends, a byte order mark and a line whose empty accuracy column was stripped', () => {
    const parsed = parseGeonamesPostalCodes(`\uFEFF${AARAU}\r\n${AARAU_1.slice(0, -1)}\r\n`);
    expect(parsed.badRows).toEqual([]);
    expect(parsed.rows.map((row) => [row.line, row.countryCode, row.name, row.accuracy])).toEqual([
      [1, 'CH', 'Aarau', 4],
      [2, 'CH', 'Aarau 1', null],
    ]);
  });

  it('reports every bad row with its line number and all its reasons, blank lines still counted', () => {
    const lines = [
      AARAU,
      'ch\t5000\tAarau\tKanton Aargau\tAG\tBezirk Aarau\t1901\tAarau\t4001\t47.3887\t8.0483\t4',
      '',
      'CH\t\tNowhere\t\t\t\t\t\t\t47\t8\t',
      'CH\t8001\tZürich\tKanton Zürich\tZH\tBezirk Zürich\t112\tZürich\t261\t91.5\t-180.5\t4',
      'CH\t8001\tZürich',
      'CH\t8001\tZürich\tKanton Zürich\tZH\tBezirk Zürich\t112\tZürich\t261\tnorth\t\t9',
      ZURICH,
    ];
    const parsed = parseGeonamesPostalCodes(lines.join('\n'));
    expect(parsed.badRows).toEqual([
      { line: 2, reason: 'country code "ch" is not two capital letters' },
      { line: 4, reason: 'postal code is empty' },
      { line: 5, reason: 'latitude 91.5 is outside −90..90; longitude -180.5 is outside −180..180' },
      { line: 6, reason: 'expected 12 tab-separated columns, found 3' },
      { line: 7, reason: 'latitude "north" is not a decimal number; longitude "" is not a decimal number; accuracy "9" is not a whole number from 1 to 6' },
    ]);
    expect(parsed.rows.map((row) => row.line)).toEqual([1, 8]);
  });

  it('keeps the first of repeated places and counts the repeats, as in the shipped Swiss file', () => {
    const parsed = parseGeonamesPostalCodes([ZURICH, AARAU, ZURICH.replace('47.3721', '47.9999')].join('\n'));
    expect(parsed.duplicates).toBe(1);
    expect(parsed.rows.map((row) => [row.line, row.latitude])).toEqual([
      [1, 47.3721],
      [2, 47.3887],
    ]);

    const swiss = parseGeonamesPostalCodes(readFileSync(new URL('../../../../data/geonames/CH.txt', import.meta.url), 'utf8'));
    expect(swiss.badRows).toEqual([]);
    expect(swiss.rows.length + swiss.duplicates).toBe(4521);
    expect(swiss.duplicates).toBe(43);
    expect(new Set(swiss.rows.map((row) => row.postalCode)).size).toBe(3362);
    expect(swiss.rows.filter((row) => row.accuracy === null).length).toBeGreaterThan(0);
  });
});

describe('haversine distance', () => {
  it('measures Zürich–Genève, a point to itself and half the equator in kilometres', () => {
    const zurich = { latitude: 47.3721, longitude: 8.5417 };
    const geneve = { latitude: 46.2022, longitude: 6.1457 };
    expect(haversineKm(zurich, geneve)).toBeCloseTo(224.1, 0);
    expect(haversineKm(geneve, zurich)).toBeCloseTo(haversineKm(zurich, geneve), 9);
    expect(haversineKm(zurich, zurich)).toBe(0);
    expect(haversineKm({ latitude: 0, longitude: 0 }, { latitude: 0, longitude: 180 })).toBeCloseTo(Math.PI * 6371.0088, 3);
  });
});
