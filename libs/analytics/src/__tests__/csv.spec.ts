import { describe, expect, it } from '@jest/globals';
import { ValidationError } from '@quartier/platform';
import { analyticsScopeOf } from '../analytics-filter.js';
import { csvField, toAnalyticsCsv, toCsv } from '../analytics-csv.js';
import type { AnalyticsReport } from '../analytics-report.js';
import { exportFilename } from '../analytics.service.js';

function fieldOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (error instanceof ValidationError) return error.field;
    throw error;
  }
  throw new Error('expected a validation error');
}

const emptyDuration = { count: 0, medianSeconds: null, p90Seconds: null, withinSla: 0, slaDecided: 0, withinSlaPercent: null };

function report(overrides: Partial<AnalyticsReport> = {}): AnalyticsReport {
  return {
    from: new Date('2025-03-01T00:00:00Z'),
    to: new Date('2025-04-01T00:00:00Z'),
    serviceId: null,
    postalArea: '80',
    helperId: null,
    areaLength: 2,
    generatedAt: new Date('2025-04-02T08:30:00Z'),
    volume: { posted: 0, booked: 0, byStatus: [] },
    firstResponse: emptyDuration,
    timeToHelp: emptyDuration,
    dispatch: { offersAnswered: 0, offersAccepted: 0, acceptanceRate: null },
    reallocation: { acceptedRequests: 0, reallocatedRequests: 0, rate: null },
    escalations: [],
    rating: { average: null, count: 0 },
    callDeflection: { resolvedByHelpers: 0, handledByOperator: 0, rate: null },
    remoteHelp: { startedByCall: 0, visitsAfterCall: 0, solvedOnCallRate: null },
    leaderboard: [],
    byService: [],
    byPostalArea: [],
    ...overrides,
  };
}

describe('analytics CSV', () => {
  it('quotes fields holding commas, quotes or line breaks and doubles their quotes', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('Müller, Anna')).toBe('"Müller, Anna"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('carriage\rreturn')).toBe('"carriage\rreturn"');
    expect(csvField('')).toBe('');
  });

  it('writes numbers unlocalized, instants in ISO 8601 and nothing for null', () => {
    expect(csvField(1234567.5)).toBe('1234567.5');
    expect(csvField(0.4)).toBe('0.4');
    expect(csvField(-3)).toBe('-3');
    expect(csvField(Number.NaN)).toBe('');
    expect(csvField(null)).toBe('');
    expect(csvField(undefined)).toBe('');
    expect(csvField(new Date('2025-03-01T12:00:00Z'))).toBe('2025-03-01T12:00:00.000Z');
  });

  it('keeps spreadsheets from running text as a formula', () => {
    expect(csvField('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvField('+41 44')).toBe("'+41 44");
    expect(csvField('@sum')).toBe("'@sum");
    expect(csvField('-1')).toBe("'-1");
  });

  it('ends every record with CRLF, the last one included', () => {
    expect(toCsv([['a', 'b,c'], [], [1, null]])).toBe('a,"b,c"\r\n\r\n1,\r\n');
  });

  it('writes one section per table with its header', () => {
    const csv = toAnalyticsCsv(
      report({
        volume: { posted: 2, booked: 1, byStatus: [{ status: 'completed', posted: 2, booked: 1 }] },
        escalations: [{ tierKey: 'operator', target: 'operator', requests: 1, escalations: 1 }],
        leaderboard: [
          {
            rank: 1,
            helperId: '018f0000-0000-7000-8000-000000000001',
            displayName: 'Rossi, "Gigi"',
            jobsCompleted: 3,
            averageStars: 4.67,
            ratingCount: 3,
            medianResponseSeconds: 612.5,
            dispatchOffersAccepted: 1,
            dispatchOffersAnswered: 2,
            acceptanceRate: 0.5,
            reallocations: 0,
          },
        ],
        byService: [
          {
            key: '018f0000-0000-7000-8000-0000000000aa',
            posted: 2,
            booked: 1,
            firstResponse: { count: 2, medianSeconds: 612.5, p90Seconds: 700.1, withinSla: 1, slaDecided: 2, withinSlaPercent: 50 },
            timeToHelp: emptyDuration,
          },
        ],
        byPostalArea: [{ key: '80', posted: 2, booked: 1, firstResponse: emptyDuration, timeToHelp: emptyDuration }],
      }),
    );
    const lines = csv.split('\r\n');
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(lines.slice(0, 4)).toEqual(['Summary', 'metric,value', 'period_from,2025-03-01T00:00:00.000Z', 'period_to,2025-04-01T00:00:00.000Z']);
    expect(lines).toContain('postal_area,80');
    expect(lines).toContain('service_id,');
    expect(lines).toContain('first_response_median_seconds,');
    expect(lines).toContain('posted_requests,2');
    const escalations = lines.indexOf('Escalations');
    expect(lines.slice(escalations - 1, escalations + 3)).toEqual(['', 'Escalations', 'tier_key,target,requests,escalations', 'operator,operator,1,1']);
    const volume = lines.indexOf('Volume by status');
    expect(lines.slice(volume, volume + 3)).toEqual(['Volume by status', 'status,posted,booked', 'completed,2,1']);
    const leaderboard = lines.indexOf('Leaderboard');
    expect(lines.slice(leaderboard + 1, leaderboard + 3)).toEqual([
      'rank,helper_id,display_name,jobs_completed,average_stars,rating_count,median_response_seconds,dispatch_offers_accepted,dispatch_offers_answered,acceptance_rate,reallocations',
      '1,018f0000-0000-7000-8000-000000000001,"Rossi, ""Gigi""",3,4.67,3,612.5,1,2,0.5,0',
    ]);
    // The breakdowns name their columns as the summary names its metrics.
    const durations = (prefix: string, within: string, decided: string) =>
      `${prefix}_count,${prefix}_median_seconds,${prefix}_p90_seconds,${within},${decided},${within}_percent`;
    const columns = `posted_requests,booked_requests,${durations('first_response', 'first_response_within_sla', 'first_response_sla_decided')},${durations('time_to_help', 'helped_within_sla', 'help_sla_decided')}`;
    const byService = lines.indexOf('By service');
    expect(lines.slice(byService - 1, byService + 3)).toEqual(['', 'By service', `service_id,${columns}`, '018f0000-0000-7000-8000-0000000000aa,2,1,2,612.5,700.1,1,2,50,0,,,0,0,']);
    const byArea = lines.indexOf('By postal area');
    expect(lines.slice(byArea - 1)).toEqual(['', 'By postal area', `postal_area,${columns}`, '80,2,1,0,,,0,0,,0,,,0,0,', '']);
  });

  it('names the file after the period in UTC', () => {
    expect(exportFilename(new Date('2025-03-01T00:00:00Z'), new Date('2025-04-01T12:30:00Z'))).toBe('analytics_20250301T000000Z_20250401T123000Z.csv');
  });
});

describe('analytics filter', () => {
  const from = '2025-01-01T00:00:00Z';

  it('needs a period of at most 366 days, from before to', () => {
    expect(fieldOf(() => analyticsScopeOf({ from: '', to: '2025-02-01T00:00:00Z' }))).toBe('from');
    expect(fieldOf(() => analyticsScopeOf({ from: 'yesterday', to: '2025-02-01T00:00:00Z' }))).toBe('from');
    expect(fieldOf(() => analyticsScopeOf({ from, to: 'later' }))).toBe('to');
    expect(fieldOf(() => analyticsScopeOf({ from, to: from }))).toBe('to');
    expect(fieldOf(() => analyticsScopeOf({ from, to: '2024-12-31T00:00:00Z' }))).toBe('to');
    expect(fieldOf(() => analyticsScopeOf({ from, to: '2026-01-02T00:00:01Z' }))).toBe('to');
    expect(analyticsScopeOf({ from, to: '2026-01-02T00:00:00Z' }).to.toISOString()).toBe('2026-01-02T00:00:00.000Z');
  });

  it('trims the postal area, refuses a long one, and matches nothing for a malformed id', () => {
    expect(analyticsScopeOf({ from, to: '2025-02-01T00:00:00Z', postalArea: ' 80 ' }).postalArea).toBe('80');
    expect(analyticsScopeOf({ from, to: '2025-02-01T00:00:00Z', postalArea: '  ' }).postalArea).toBeNull();
    expect(fieldOf(() => analyticsScopeOf({ from, to: '2025-02-01T00:00:00Z', postalArea: '1'.repeat(21) }))).toBe('postalArea');
    const scope = analyticsScopeOf({ from, to: '2025-02-01T00:00:00Z', serviceId: 'nope', helperId: null });
    expect(scope).toMatchObject({ serviceId: 'nope', serviceUuid: '00000000-0000-0000-0000-000000000000', helperId: null, helperUuid: null });
  });

  it('makes postal areas of two characters unless told otherwise, from 1 to 20', () => {
    const to = '2025-02-01T00:00:00Z';
    expect(analyticsScopeOf({ from, to }).areaLength).toBe(2);
    expect(analyticsScopeOf({ from, to, areaLength: 4 }).areaLength).toBe(4);
    for (const areaLength of [0, 21, 2.5]) expect(fieldOf(() => analyticsScopeOf({ from, to, areaLength }))).toBe('areaLength');
  });
});
