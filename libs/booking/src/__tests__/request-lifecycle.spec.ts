// The request state machine, exhaustively: every (status, event, actor) either follows its row of
// the table or is refused with the typed error, and the table covers DESIGN's lifecycle.
import { describe, expect, it } from '@jest/globals';
import {
  FINAL_REQUEST_STATUSES,
  IllegalRequestTransitionError,
  REQUEST_ACTOR_KINDS,
  REQUEST_BIRTHS,
  REQUEST_EVENTS,
  REQUEST_STATUSES,
  REQUEST_TRANSITIONS,
  transition,
  type RequestActorKind,
  type RequestEvent,
  type RequestStatus,
} from '../request-lifecycle.js';

/** The legal moves, written out independently of the table: [from, event, to, actors]. */
const LEGAL: [RequestStatus, RequestEvent, RequestStatus, RequestActorKind[]][] = [
  ['open', 'offered', 'offered', ['system', 'operator']],
  ['open', 'escalated', 'escalated', ['system', 'operator']],
  ['open', 'expired', 'expired', ['system']],
  ['open', 'cancelled', 'cancelled', ['customer', 'operator']],
  ['offered', 'accepted', 'accepted', ['helper', 'customer', 'operator']],
  ['offered', 'escalated', 'escalated', ['system', 'operator']],
  ['offered', 'expired', 'expired', ['system']],
  ['offered', 'cancelled', 'cancelled', ['customer', 'operator']],
  ['escalated', 'offered', 'offered', ['system', 'operator']],
  ['escalated', 'escalated', 'escalated', ['system', 'operator']],
  ['escalated', 'accepted', 'accepted', ['helper', 'operator']],
  ['escalated', 'expired', 'expired', ['system']],
  ['escalated', 'cancelled', 'cancelled', ['customer', 'operator']],
  ['accepted', 'scheduled', 'scheduled', ['helper', 'operator', 'system']],
  ['accepted', 'reallocated', 'offered', ['system', 'operator']],
  ['accepted', 'cancelled', 'cancelled', ['customer', 'operator']],
  ['scheduled', 'reassigned', 'scheduled', ['operator']],
  ['scheduled', 'started', 'in_progress', ['helper']],
  ['scheduled', 'reallocated', 'offered', ['system', 'operator']],
  ['scheduled', 'cancelled', 'cancelled', ['customer', 'operator']],
  ['in_progress', 'completed', 'completed', ['helper', 'operator']],
  ['in_progress', 'visit_needed', 'offered', ['helper', 'operator']],
  ['in_progress', 'disputed', 'disputed', ['customer', 'helper']],
  ['completed', 'closed', 'closed', ['customer', 'operator', 'system']],
  ['completed', 'disputed', 'disputed', ['customer', 'helper']],
  ['disputed', 'resolved', 'closed', ['operator']],
  ['disputed', 'refunded', 'refunded', ['operator']],
  ['cancelled', 'refunded', 'refunded', ['operator']],
];

const legalRow = (from: RequestStatus, event: RequestEvent) => LEGAL.find(([f, e]) => f === from && e === event);

/** The error `attempt` throws; undefined when it does not throw, which fails the caller's expectations. */
function refusal(attempt: () => unknown): unknown {
  try {
    attempt();
  } catch (error) {
    return error;
  }
  return undefined;
}

const PAIRS = REQUEST_STATUSES.flatMap((from) => REQUEST_EVENTS.map((event) => [from, event] as const));

describe('request lifecycle', () => {
  it('has exactly the listed legal transitions', () => {
    const table = REQUEST_TRANSITIONS.map((row) => [row.from, row.event, row.to, [...row.actors].sort()]);
    const expected = LEGAL.map(([from, event, to, actors]) => [from, event, to, [...actors].sort()]);
    expect(table.sort()).toEqual(expected.sort());
  });

  it.each(PAIRS)('%s + %s follows the table for every actor kind, or is an illegal transition', (from, event) => {
    const row = legalRow(from, event);
    for (const actor of REQUEST_ACTOR_KINDS) {
      if (row?.[3].includes(actor)) {
        expect(transition(from, event, actor)).toBe(row[2]);
        continue;
      }
      const error = refusal(() => transition(from, event, actor));
      if (!row) {
        expect(error).toBeInstanceOf(IllegalRequestTransitionError);
        expect(error).toMatchObject({ code: 'CONFLICT', details: { detail: 'ILLEGAL_TRANSITION', from, event } });
      } else {
        expect(error).toMatchObject({ code: 'FORBIDDEN' });
      }
    }
  });

  it('walks the happy path from open to closed', () => {
    let status: RequestStatus = REQUEST_BIRTHS.posted.to;
    const steps: [RequestEvent, RequestActorKind][] = [
      ['offered', 'system'],
      ['accepted', 'helper'],
      ['scheduled', 'helper'],
      ['started', 'helper'],
      ['completed', 'helper'],
      ['closed', 'customer'],
    ];
    const visited: RequestStatus[] = [status];
    for (const [event, actor] of steps) {
      status = transition(status, event, actor);
      visited.push(status);
    }
    expect(visited).toEqual(['open', 'offered', 'accepted', 'scheduled', 'in_progress', 'completed', 'closed']);
  });

  it('reaches every status and ends only in closed, expired and refunded', () => {
    const reachable = new Set<RequestStatus>(Object.values(REQUEST_BIRTHS).map((birth) => birth.to));
    for (let grew = true; grew; ) {
      const before = reachable.size;
      for (const row of REQUEST_TRANSITIONS) if (reachable.has(row.from)) reachable.add(row.to);
      grew = reachable.size > before;
    }
    expect([...reachable].sort()).toEqual([...REQUEST_STATUSES].sort());
    expect([...FINAL_REQUEST_STATUSES].sort()).toEqual(['closed', 'expired', 'refunded']);
  });

  it('lets a direct booking start accepted and a posted request start open', () => {
    expect(REQUEST_BIRTHS.booked.to).toBe('accepted');
    expect(REQUEST_BIRTHS.posted.to).toBe('open');
  });
});
