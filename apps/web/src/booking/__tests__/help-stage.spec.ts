// What the customer's request page says of remote-first help at each stage.
import { describe, expect, it } from '@jest/globals';
import { helpStageOf } from '../help-stage';

const at = '2026-12-02T09:00:00.000Z';
const posted = { event: 'posted', reason: null };
const handedOn = { event: 'visit_needed', reason: 'The socket behind the TV is loose' };

describe('remote-first help on the request page', () => {
  it('says a helper calls first while a remote-first request looks for one', () => {
    expect(helpStageOf({ status: 'OFFERED', remoteFirst: true, timeline: [posted] }, null)).toEqual({ kind: 'call-first' });
    expect(helpStageOf({ status: 'OFFERED', remoteFirst: false, timeline: [posted] }, null)).toBeNull();
    expect(helpStageOf({ status: 'CANCELLED', remoteFirst: true, timeline: [posted] }, null)).toBeNull();
  });

  it('says when the helper calls once a call is booked, and nothing about a visit', () => {
    const call = { status: 'SCHEDULED' as const, mode: 'REMOTE' as const, startsAt: at, completionNote: null };
    expect(helpStageOf({ status: 'SCHEDULED', remoteFirst: true, timeline: [posted] }, call)).toEqual({ kind: 'call-booked', startsAt: at });
    expect(helpStageOf({ status: 'IN_PROGRESS', remoteFirst: true, timeline: [posted] }, { ...call, status: 'IN_PROGRESS' })).toBeNull();
    expect(helpStageOf({ status: 'SCHEDULED', remoteFirst: false, timeline: [posted] }, { ...call, mode: 'ON_SITE' })).toBeNull();
  });

  it('says a visit is needed, with the note of the call, until a helper for the visit is booked', () => {
    const call = { status: 'CANCELLED' as const, mode: 'REMOTE' as const, startsAt: at, completionNote: 'The socket behind the TV is loose' };
    const request = { status: 'OFFERED' as const, remoteFirst: false, timeline: [posted, handedOn] };
    expect(helpStageOf(request, call)).toEqual({ kind: 'visit-needed', note: 'The socket behind the TV is loose' });
    // No note left on the call: none is shown (the step's reason is then a default sentence).
    expect(helpStageOf({ ...request, timeline: [posted, { event: 'visit_needed', reason: 'The call found that the job needs a visit' }] }, { ...call, completionNote: null })).toEqual({
      kind: 'visit-needed',
      note: null,
    });
    // Without the call's appointment at hand, the step's reason is the note.
    expect(helpStageOf(request, null)).toEqual({ kind: 'visit-needed', note: 'The socket behind the TV is loose' });
    const visit = { status: 'SCHEDULED' as const, mode: 'ON_SITE' as const, startsAt: at, completionNote: null };
    expect(helpStageOf({ ...request, status: 'SCHEDULED' }, visit)).toBeNull();
  });
});
