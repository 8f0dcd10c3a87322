import { describe, expect, it } from '@jest/globals';
import { NOTIFICATION_KINDS, NOTIFICATION_LOCALES, variablesOf } from '../catalog/notification-kinds.js';
import { sampleVariables } from '../editing/sample-variables.js';

describe('template preview samples', () => {
  it('have a believable value for every variable of every kind in every locale', () => {
    const missing: string[] = [];
    for (const { kind } of NOTIFICATION_KINDS) {
      for (const locale of NOTIFICATION_LOCALES) {
        const values = sampleVariables({ kind, locale, now: new Date('2026-12-01T09:00:00Z'), timeZone: 'Europe/Zurich', currency: 'CHF', siteName: 'Alpine', link: 'https://alpine.example/x' });
        for (const name of variablesOf(kind)) {
          if (!values[name] || values[name] === `[${name}]`) missing.push(`${kind}.${name} (${locale})`);
        }
      }
    }
    expect(missing).toEqual([]);
  });

  it('write names in the preview’s language', () => {
    const values = (locale: 'de' | 'en') =>
      sampleVariables({ kind: 'level.reached', locale, now: new Date('2026-12-01T09:00:00Z'), timeZone: 'Europe/Zurich', currency: 'CHF', siteName: 'Alpine', link: 'https://alpine.example/x' });
    expect([values('de').levelName, values('en').levelName]).toEqual(['Silber', 'Silver']);
  });
});
