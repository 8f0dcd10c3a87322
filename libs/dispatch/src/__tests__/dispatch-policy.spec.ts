import { describe, expect, it } from '@jest/globals';
import { decideDispatch } from '../policy/dispatch-policy.js';
import type { DispatchCandidate, DispatchDecision, DispatchInput, DispatchSla, DispatchState } from '../policy/dispatch-types.js';

const MINUTE_MS = 60_000;
const ZURICH = 'Europe/Zurich';
/** 10:00 in Zurich (CET): the whole SLA fits in the day's service hours. */
const POSTED = new Date('2026-03-02T09:00:00Z');

function at(minutes: number): Date {
  return new Date(POSTED.getTime() + minutes * MINUTE_MS);
}

function sla(overrides: Partial<DispatchSla['dispatch']> = {}): DispatchSla {
  return {
    firstResponseMinutes: 15,
    helpWithinMinutes: 180,
    escalationTiers: [
      { key: 'specialists', target: 'specialist', afterMinutes: 60 },
      { key: 'contractors', target: 'contractor', afterMinutes: 120 },
      { key: 'operator', target: 'operator', afterMinutes: 150 },
    ],
    dispatch: { firstWaveSize: 2, waveGrowth: 1, waveIntervalMinutes: 5, initialRadiusKm: 10, radiusStepKm: 10, maxWaves: 3, maxLoad: 3, firstLookMinutes: 0, ...overrides },
    serviceHours: { start: '07:00', end: '22:00' },
  };
}

function helper(id: string, overrides: Partial<DispatchCandidate> = {}): DispatchCandidate {
  return {
    helperId: id,
    tier: 'friend',
    levelRank: 0,
    distanceKm: 3,
    serviceRadiusKm: 30,
    rating: 4.7,
    reviewCount: 20,
    load: 0,
    available: true,
    acceptanceRate: 0.5,
    responseMinutes: 10,
    reliability: 1,
    recentJobs: 0,
    ...overrides,
  };
}

function state(overrides: Partial<DispatchState> = {}): DispatchState {
  return {
    postedAt: POSTED,
    wavesSent: 0,
    lastWaveAt: null,
    offered: new Set(),
    excluded: new Set(),
    tiersEntered: [],
    pending: new Set(),
    tierWave: 0,
    lastWaveFirstLook: false,
    ...overrides,
  };
}

function input(minutes: number, candidates: DispatchCandidate[], overrides: { state?: Partial<DispatchState>; sla?: DispatchSla; topLevelRank?: number } = {}): DispatchInput {
  return { now: at(minutes), timeZone: ZURICH, sla: overrides.sla ?? sla(), state: state(overrides.state), candidates, topLevelRank: overrides.topLevelRank ?? 0 };
}

function wave(decision: DispatchDecision): Extract<DispatchDecision, { kind: 'wave' }> {
  if (decision.kind !== 'wave') throw new Error(`expected a wave, got ${decision.kind}: ${'reason' in decision ? decision.reason : ''}`);
  return decision;
}

function ids(decision: DispatchDecision): string[] {
  return wave(decision).offers.map((offer) => offer.helperId);
}

/** Sends the decision's wave into the state, as the engine records it. */
function afterWave(previous: Partial<DispatchState>, decision: DispatchDecision, minutes: number): Partial<DispatchState> {
  const sent = wave(decision);
  const offered = new Set([...(previous.offered ?? []), ...sent.offers.map((offer) => offer.helperId)]);
  return {
    ...previous,
    wavesSent: sent.wave,
    tierWave: (previous.tierWave ?? 0) + 1,
    lastWaveFirstLook: sent.firstLook,
    lastWaveAt: at(minutes),
    offered,
    pending: new Set(sent.offers.map((offer) => offer.helperId)),
  };
}

describe('decideDispatch', () => {
  it('sends waves that widen and grow, nearest and best first', () => {
    const pool = [
      helper('a-near', { distanceKm: 2 }),
      helper('b-near', { distanceKm: 4 }),
      helper('c-near', { distanceKm: 8 }),
      helper('d-mid', { distanceKm: 15 }),
      helper('e-far', { distanceKm: 25 }),
      helper('f-far', { distanceKm: 28 }),
    ];
    const first = decideDispatch(input(0, pool));
    expect(wave(first)).toMatchObject({ wave: 1, radiusKm: 10, tier: 'friend', firstLook: false, nextCheckAt: at(5) });
    expect(ids(first)).toEqual(['a-near', 'b-near']);
    expect(wave(first).reason).toBe('Wave 1 offered the request to the best 2 of 3 eligible friends within 10 km');

    const one = afterWave({}, first, 0);
    const second = decideDispatch(input(5, pool, { state: one }));
    expect(wave(second)).toMatchObject({ wave: 2, radiusKm: 20 });
    expect(ids(second)).toEqual(['c-near', 'd-mid']);

    const two = afterWave(one, second, 5);
    const third = decideDispatch(input(10, pool, { state: two }));
    expect(wave(third)).toMatchObject({ wave: 3, radiusKm: 30 });
    expect(ids(third)).toEqual(['e-far', 'f-far']);
    expect(wave(third).offers.map((offer) => offer.rank)).toEqual([1, 2]);
  });

  it('waits while a wave runs with offers pending, and goes on at once when everyone answered', () => {
    const pool = [helper('a'), helper('b'), helper('c')];
    const running = { wavesSent: 1, tierWave: 1, lastWaveAt: at(0), offered: new Set(['a', 'b']), pending: new Set(['a']) };
    const waiting = decideDispatch(input(2, pool, { state: running }));
    expect(waiting).toEqual({ kind: 'wait', nextCheckAt: at(5), reason: 'Wave 1 is running with 1 offer pending until 10:05, so the next look is at 10:05' });
    const answered = decideDispatch(input(2, pool, { state: { ...running, pending: new Set(), excluded: new Set(['a', 'b']) } }));
    expect(ids(answered)).toEqual(['c']);
  });

  it('gives top-level helpers a first look of their own, then offers to everyone', () => {
    const policy = sla({ firstLookMinutes: 2 });
    const pool = [helper('a-top', { levelRank: 3, distanceKm: 6 }), helper('b-top', { levelRank: 3, distanceKm: 9 }), helper('c-new', { levelRank: 0, distanceKm: 1 })];
    const look = decideDispatch(input(0, pool, { sla: policy, topLevelRank: 3 }));
    expect(wave(look)).toMatchObject({ wave: 1, firstLook: true, nextCheckAt: at(2) });
    expect(ids(look)).toEqual(['a-top', 'b-top']);
    // The first look runs its own minutes, not a wave interval.
    const looking = decideDispatch(input(1, pool, { sla: policy, topLevelRank: 3, state: afterWave({}, look, 0) }));
    expect(looking).toMatchObject({ kind: 'wait', nextCheckAt: at(2) });
    expect(looking.reason).toContain('(first look)');
    const next = decideDispatch(input(2, pool, { sla: policy, topLevelRank: 3, state: afterWave({}, look, 0) }));
    expect(wave(next)).toMatchObject({ wave: 2, firstLook: false });
    expect(ids(next)).toEqual(['c-new']);
  });

  it('has no first look without a top-level helper in the pool, or at a site with one level', () => {
    const policy = sla({ firstLookMinutes: 2 });
    expect(wave(decideDispatch(input(0, [helper('a', { levelRank: 1 })], { sla: policy, topLevelRank: 3 }))).firstLook).toBe(false);
    expect(wave(decideDispatch(input(0, [helper('a')], { sla: policy, topLevelRank: 0 }))).firstLook).toBe(false);
  });

  it('passes by helpers at the load cap and prefers the less busy among equals', () => {
    const pool = [helper('a-full', { load: 3 }), helper('b-busy', { load: 2, recentJobs: 12 }), helper('c-idle'), helper('d-idle')];
    const decision = decideDispatch(input(0, pool, { sla: sla({ firstWaveSize: 3 }) }));
    expect(ids(decision)).toEqual(['c-idle', 'd-idle', 'b-busy']);
    expect(ids(decision)).not.toContain('a-full');
  });

  it('never offers again to a helper already offered or excluded', () => {
    const pool = [helper('a', { distanceKm: 1 }), helper('b', { distanceKm: 2 }), helper('c', { distanceKm: 3 }), helper('d', { distanceKm: 4 })];
    const decision = decideDispatch(input(6, pool, { state: { wavesSent: 1, tierWave: 1, lastWaveAt: at(0), offered: new Set(['a']), excluded: new Set(['b']), pending: new Set() } }));
    expect(ids(decision)).toEqual(['c', 'd']);
  });

  it('never offers to the unqualified: wrong tier, unavailable, or outside their own radius', () => {
    const pool = [
      helper('a-specialist', { tier: 'specialist', distanceKm: 1 }),
      helper('b-contractor', { tier: 'contractor', distanceKm: 1 }),
      helper('c-off-shift', { available: false, distanceKm: 1 }),
      helper('d-too-far-for-them', { distanceKm: 6, serviceRadiusKm: 5 }),
      helper('e-ok', { distanceKm: 9 }),
    ];
    expect(ids(decideDispatch(input(0, pool)))).toEqual(['e-ok']);
    // None of them is a friend who could take it: the specialists' tier is entered at once (see below).
    const onlyUnqualified = pool.slice(0, 4);
    expect(decideDispatch(input(0, onlyUnqualified))).toMatchObject({ kind: 'escalate', tier: { key: 'specialists' } });
    const stillPending = { wavesSent: 1, tierWave: 1, lastWaveAt: at(0), offered: new Set(['x']), pending: new Set(['x']) };
    expect(decideDispatch(input(5, onlyUnqualified, { state: stillPending }))).toEqual({
      kind: 'wait',
      nextCheckAt: at(10),
      reason: 'No friends are eligible within 30 km (0 of 4 candidates) for wave 2, so dispatch looks again at 10:10',
    });
  });

  it('enters the next helper tier at once when nobody in this one could take it and no offer is pending', () => {
    const farOff = [helper('friend-too-far', { distanceKm: 45 }), helper('specialist', { tier: 'specialist', distanceKm: 12 })];
    expect(decideDispatch(input(3, farOff))).toEqual({
      kind: 'escalate',
      tier: { key: 'specialists', target: 'specialist', afterMinutes: 60 },
      early: true,
      reason:
        'No friends are left who could take the request within 30 km (none free in its windows who was not offered it yet) and no offer is pending, so it escalates to specialist helpers (tier specialists) now rather than at service minute 60',
    });
    // A friend with no free time in the request's windows cannot take it either.
    expect(decideDispatch(input(3, [...farOff, helper('friend-booked', { available: false })]))).toMatchObject({ kind: 'escalate', early: true });
    // A friend held back only by the load cap can, once an offer of theirs ends: dispatch looks again instead.
    expect(decideDispatch(input(3, [...farOff, helper('friend-busy', { load: 3 })]))).toMatchObject({ kind: 'wait', nextCheckAt: at(8) });
    // Every friend in reach said no: the same.
    const declined = { wavesSent: 1, tierWave: 1, lastWaveAt: at(0), offered: new Set(['friend']), excluded: new Set(['friend']) };
    expect(decideDispatch(input(2, [helper('friend'), ...farOff], { state: declined }))).toMatchObject({ kind: 'escalate', tier: { key: 'specialists' } });
    // The operator's queue keeps its own minute: with no helper of any kind in reach, dispatch waits for it.
    const lastHelperTier = { tiersEntered: ['specialists', 'contractors'] };
    expect(decideDispatch(input(125, [helper('friend-too-far', { distanceKm: 45 })], { state: lastHelperTier }))).toEqual({
      kind: 'wait',
      nextCheckAt: at(130),
      reason: 'No contractor partners are eligible within 30 km (0 of 1 candidates) for wave 1, so dispatch looks again at 12:10',
    });
  });

  it('widens at once when nobody is eligible within the first radius', () => {
    const decision = decideDispatch(input(0, [helper('far', { distanceKm: 18 })]));
    expect(wave(decision)).toMatchObject({ wave: 2, radiusKm: 20 });
    expect(ids(decision)).toEqual(['far']);
  });

  it('escalates tier by tier at their times, each tier adding its helpers to those before it, from the narrow radius again', () => {
    // A friend at the load cap keeps the friends' tier going until its minute (see above).
    const pool = [
      helper('friend', { distanceKm: 1 }),
      helper('friend-busy', { distanceKm: 2, load: 3 }),
      helper('specialist', { tier: 'specialist', distanceKm: 4 }),
      helper('contractor', { tier: 'contractor', distanceKm: 5 }),
    ];
    const friendsDone = { wavesSent: 3, tierWave: 3, lastWaveAt: at(10), offered: new Set(['friend']), excluded: new Set(['friend']) };
    expect(decideDispatch(input(59, pool, { state: friendsDone }))).toMatchObject({ kind: 'wait', nextCheckAt: at(60) });
    const first = decideDispatch(input(60, pool, { state: friendsDone }));
    expect(first).toEqual({
      kind: 'escalate',
      tier: { key: 'specialists', target: 'specialist', afterMinutes: 60 },
      early: false,
      reason: 'No helper had taken the request within 60 minutes of service time after it was posted, so it escalates to specialist helpers (tier specialists)',
    });
    const specialists = decideDispatch(input(60, pool, { state: { ...friendsDone, tiersEntered: ['specialists'], tierWave: 0 } }));
    expect(wave(specialists)).toMatchObject({ wave: 4, tier: 'specialist', radiusKm: 10 });
    expect(ids(specialists)).toEqual(['specialist']);

    // Late looks catch up one tier per call, in order.
    expect(decideDispatch(input(125, pool, { state: friendsDone }))).toMatchObject({ kind: 'escalate', tier: { key: 'specialists' } });
    const late = decideDispatch(input(125, pool, { state: { ...friendsDone, tiersEntered: ['specialists'], tierWave: 0 } }));
    expect(late).toMatchObject({ kind: 'escalate', tier: { key: 'contractors' } });
    const contractors = decideDispatch(input(125, pool, { state: { ...friendsDone, tiersEntered: ['specialists', 'contractors'], tierWave: 0 } }));
    expect(wave(contractors)).toMatchObject({ tier: 'contractor', radiusKm: 10 });
    // The specialist was never offered it in this state: the contractor tier still includes them.
    expect(ids(contractors)).toEqual(['specialist', 'contractor']);
    const specialistOffered = { ...friendsDone, offered: new Set(['friend', 'specialist']), tiersEntered: ['specialists', 'contractors'], tierWave: 0 };
    expect(ids(decideDispatch(input(125, pool, { state: specialistOffered })))).toEqual(['contractor']);
  });

  it('counts waves inside a tier: the second wave of the specialists reaches the second radius', () => {
    const pool = [helper('s1', { tier: 'specialist', distanceKm: 1 }), helper('s2', { tier: 'specialist', distanceKm: 2 }), helper('s3', { tier: 'specialist', distanceKm: 15 })];
    const decision = decideDispatch(input(66, pool, { state: { wavesSent: 4, tierWave: 1, lastWaveAt: at(60), tiersEntered: ['specialists'], offered: new Set(['s1', 's2']) } }));
    expect(wave(decision)).toMatchObject({ wave: 5, radiusKm: 20 });
    expect(ids(decision)).toEqual(['s3']);
  });

  it('waits for the next tier once a tier has sent all its waves', () => {
    const decision = decideDispatch(input(30, [helper('a')], { state: { wavesSent: 3, tierWave: 3, lastWaveAt: at(10) } }));
    expect(decision).toEqual({
      kind: 'wait',
      nextCheckAt: at(60),
      reason: 'All 3 waves to friends went out (0 helpers offered, 0 pending), so dispatch waits for the specialists tier at service minute 60 (11:00)',
    });
  });

  it('keeps offering an operator-tier request to every kind of helper while the operator has it, then expires it', () => {
    const all = ['specialists', 'contractors', 'operator'];
    const state = { wavesSent: 2, lastWaveAt: at(140), tiersEntered: all, tierWave: 0 };
    const decision = decideDispatch(input(151, [helper('a'), helper('c', { tier: 'contractor' })], { state }));
    expect(decision).toMatchObject({ kind: 'wave', tier: 'contractor' });
    expect(ids(decision).sort()).toEqual(['a', 'c']);
    // Nobody to offer it to: dispatch looks again after a wave interval (someone may come on shift).
    expect(decideDispatch(input(151, [], { state }))).toMatchObject({ kind: 'wait', nextCheckAt: at(156) });
    expect(decideDispatch(input(180, [helper('a')], { state: { tiersEntered: all } }))).toEqual({
      kind: 'expire',
      reason: 'Nobody had taken the request within 180 minutes of service time after it was posted (the help-within target), so it expires',
    });
  });

  it('expires at the help-within target before anything else', () => {
    expect(decideDispatch(input(180, [helper('a')])).kind).toBe('expire');
    expect(decideDispatch(input(179, [helper('a')])).kind).toBe('escalate');
  });

  it('never plans a check past the next tier or the deadline', () => {
    const noTiers = { ...sla(), escalationTiers: [] };
    expect(decideDispatch(input(178, [helper('a')], { sla: noTiers }))).toMatchObject({ kind: 'wave', nextCheckAt: at(180) });
    expect(decideDispatch(input(58, [helper('a')]))).toMatchObject({ kind: 'wave', nextCheckAt: at(60) });
    const pending = { wavesSent: 3, tierWave: 3, lastWaveAt: at(40), offered: new Set(['a']), pending: new Set(['a']) };
    expect(decideDispatch(input(58, [helper('a')], { state: pending }))).toMatchObject({ kind: 'wait', nextCheckAt: at(60) });
  });

  it('decides the same for the same input, whatever the order of the candidates', () => {
    const pool = Array.from({ length: 30 }, (_, index) =>
      helper(`h-${String(index).padStart(2, '0')}`, {
        distanceKm: (index * 7) % 19,
        acceptanceRate: index % 3 === 0 ? null : (index % 10) / 10,
        rating: index % 4 === 0 ? null : 3 + (index % 3) * 0.8,
        reviewCount: index % 11,
        recentJobs: index % 5,
        load: index % 3,
      }),
    );
    const sorted = decideDispatch(input(0, pool, { sla: sla({ firstWaveSize: 6 }) }));
    expect(decideDispatch(input(0, pool, { sla: sla({ firstWaveSize: 6 }) }))).toEqual(sorted);
    const shuffled = [...pool].reverse();
    for (let index = 0; index < shuffled.length; index += 3) shuffled.push(...shuffled.splice(index, 1));
    expect(decideDispatch(input(0, shuffled, { sla: sla({ firstWaveSize: 6 }) }))).toEqual(sorted);
    // Equal scores are ordered by helper id.
    const twins = decideDispatch(input(0, [helper('z'), helper('m'), helper('b')], { sla: sla({ firstWaveSize: 3 }) }));
    expect(ids(twins)).toEqual(['b', 'm', 'z']);
  });
});

describe('decideDispatch on the SLA clock (service hours 07:00–22:00, Europe/Zurich)', () => {
  const utc = (iso: string) => new Date(iso);
  function nightInput(now: string, posted: string, candidates: DispatchCandidate[], overrides: { state?: Partial<DispatchState>; sla?: DispatchSla; topLevelRank?: number } = {}): DispatchInput {
    return { ...input(0, candidates, overrides), now: utc(now), state: state({ postedAt: utc(posted), ...overrides.state }) };
  }

  it('holds a request posted at 23:10 until the 07:00 opening, and counts its SLA from there', () => {
    const posted = '2026-03-02T22:10:00Z';
    expect(decideDispatch(nightInput(posted, posted, [helper('a')]))).toEqual({
      kind: 'wait',
      nextCheckAt: utc('2026-03-03T06:00:00Z'),
      reason: 'Outside service hours (07:00–22:00), so the next wave waits for the opening at 07:00',
    });
    expect(decideDispatch(nightInput('2026-03-03T06:00:00Z', posted, [helper('a')]))).toMatchObject({ kind: 'wave', wave: 1, nextCheckAt: utc('2026-03-03T06:05:00Z') });

    // The specialists' tier starts after 60 minutes of service time: 08:00, not 00:10.
    const friendsDone = { wavesSent: 3, tierWave: 3, lastWaveAt: utc('2026-03-03T06:10:00Z'), offered: new Set(['a']), excluded: new Set(['a']) };
    // Nobody left among the friends, but no tier is entered early at night: the opening comes first.
    expect(decideDispatch(nightInput('2026-03-02T23:10:00Z', posted, [helper('a')], { state: friendsDone })).kind).not.toBe('escalate');
    // From the opening on, a friend at the load cap keeps the friends' tier going until its minute.
    const busy = [helper('a'), helper('b', { load: 3 })];
    expect(decideDispatch(nightInput('2026-03-03T06:59:00Z', posted, busy, { state: friendsDone }))).toMatchObject({ kind: 'wait', nextCheckAt: utc('2026-03-03T07:00:00Z') });
    expect(decideDispatch(nightInput('2026-03-03T07:00:00Z', posted, busy, { state: friendsDone }))).toMatchObject({ kind: 'escalate', tier: { key: 'specialists' }, early: false });

    // The help-within target is 10:00 the next morning, not 02:10.
    const all = { ...friendsDone, tiersEntered: ['specialists', 'contractors', 'operator'], tierWave: 0 };
    expect(decideDispatch(nightInput('2026-03-03T01:10:00Z', posted, [helper('a')], { state: all })).kind).toBe('wait');
    expect(decideDispatch(nightInput('2026-03-03T08:59:00Z', posted, [helper('a')], { state: all })).kind).toBe('wait');
    expect(decideDispatch(nightInput('2026-03-03T09:00:00Z', posted, [helper('a')], { state: all })).kind).toBe('expire');
  });

  it('gives a request posted at 21:30 the rest of the evening, then plans no wave before the opening', () => {
    const posted = '2026-03-02T20:30:00Z';
    const pool = [helper('a'), helper('b'), helper('c'), helper('d')];
    expect(decideDispatch(nightInput(posted, posted, pool))).toMatchObject({ kind: 'wave', wave: 1, nextCheckAt: utc('2026-03-02T20:35:00Z') });

    // A wave at 21:58 is not followed by another at 22:03: the next look is at the opening.
    const late = decideDispatch(nightInput('2026-03-02T20:58:00Z', posted, pool, { state: { wavesSent: 1, tierWave: 1, lastWaveAt: utc('2026-03-02T20:53:00Z'), offered: new Set(['a', 'b']), excluded: new Set(['a']) } }));
    expect(late).toMatchObject({ kind: 'wave', wave: 2, nextCheckAt: utc('2026-03-03T06:00:00Z') });
    const running = { wavesSent: 2, tierWave: 2, lastWaveAt: utc('2026-03-02T20:58:00Z'), offered: new Set(['a', 'b', 'c', 'd']), excluded: new Set(['a']), pending: new Set(['c']) };
    expect(decideDispatch(nightInput('2026-03-02T21:01:00Z', posted, pool, { state: running }))).toEqual({
      kind: 'wait',
      nextCheckAt: utc('2026-03-03T06:00:00Z'),
      reason: 'Wave 2 is running with 1 offer pending until 22:03, so the next look is at 07:00',
    });
    const answered = { ...running, offered: new Set(['a', 'b']), pending: new Set<string>() };
    expect(decideDispatch(nightInput('2026-03-02T21:30:00Z', posted, pool, { state: answered }))).toMatchObject({ kind: 'wait', nextCheckAt: utc('2026-03-03T06:00:00Z') });
    expect(decideDispatch(nightInput('2026-03-03T06:00:00Z', posted, pool, { state: answered }))).toMatchObject({ kind: 'wave', wave: 3 });

    // 30 minutes that evening and 30 from 07:00: the specialists' tier starts at 07:30.
    expect(decideDispatch(nightInput('2026-03-03T06:29:00Z', posted, pool, { state: answered })).kind).not.toBe('escalate');
    expect(decideDispatch(nightInput('2026-03-03T06:30:00Z', posted, pool, { state: answered }))).toMatchObject({ kind: 'escalate', tier: { key: 'specialists' } });
  });

  it('measures the first look in service minutes', () => {
    const posted = '2026-03-02T20:59:00Z';
    const policy = sla({ firstLookMinutes: 2 });
    const pool = [helper('a-top', { levelRank: 3 }), helper('b-new')];
    const look = decideDispatch(nightInput(posted, posted, pool, { sla: policy, topLevelRank: 3 }));
    // One minute before closing, one after the opening.
    expect(look).toMatchObject({ kind: 'wave', firstLook: true, nextCheckAt: utc('2026-03-03T06:01:00Z') });
    const during = { wavesSent: 1, tierWave: 1, lastWaveFirstLook: true, lastWaveAt: utc(posted), offered: new Set(['a-top']), pending: new Set(['a-top']) };
    expect(decideDispatch(nightInput('2026-03-03T06:00:30Z', posted, pool, { sla: policy, topLevelRank: 3, state: during }))).toMatchObject({
      kind: 'wait',
      nextCheckAt: utc('2026-03-03T06:01:00Z'),
    });
    expect(decideDispatch(nightInput('2026-03-03T06:01:00Z', posted, pool, { sla: policy, topLevelRank: 3, state: during }))).toMatchObject({ kind: 'wave', firstLook: false });
  });

  it('opens at 07:00 local time on the morning the clocks go forward', () => {
    // Saturday 28 March 2026, 23:00 CET; Sunday opens at 07:00 CEST (05:00Z).
    const posted = '2026-03-28T22:00:00Z';
    expect(decideDispatch(nightInput(posted, posted, [helper('a')]))).toMatchObject({ kind: 'wait', nextCheckAt: utc('2026-03-29T05:00:00Z') });
    const friendsDone = { wavesSent: 3, tierWave: 3, lastWaveAt: utc('2026-03-29T05:10:00Z'), offered: new Set(['a']), excluded: new Set(['a']) };
    const busy = [helper('a'), helper('b', { load: 3 })];
    expect(decideDispatch(nightInput('2026-03-29T05:59:00Z', posted, busy, { state: friendsDone }))).toMatchObject({ kind: 'wait', nextCheckAt: utc('2026-03-29T06:00:00Z') });
    expect(decideDispatch(nightInput('2026-03-29T06:00:00Z', posted, busy, { state: friendsDone }))).toMatchObject({ kind: 'escalate', early: false });
  });
});
