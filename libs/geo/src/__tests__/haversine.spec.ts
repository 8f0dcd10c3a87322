import { describe, expect, it } from '@jest/globals';
import { haversineKm } from '../places/haversine.js';

const ZURICH = { latitude: 47.3721, longitude: 8.5417 };
const GENEVE = { latitude: 46.2022, longitude: 6.1457 };

describe('haversineKm', () => {
  it('measures Zürich to Genève as the crow flies (about 224 km), the same both ways', () => {
    expect(haversineKm(ZURICH, GENEVE)).toBeCloseTo(224.2, 0);
    expect(haversineKm(GENEVE, ZURICH)).toBe(haversineKm(ZURICH, GENEVE));
    expect(haversineKm(ZURICH, ZURICH)).toBe(0);
  });

  it('stays finite for antipodal points: half the circumference', () => {
    expect(haversineKm({ latitude: 0, longitude: 0 }, { latitude: 0, longitude: 180 })).toBeCloseTo(Math.PI * 6371.0088, 6);
  });
});
