import { describe, expect, it } from '@jest/globals';
import { RequestContext } from '../context/request-context.js';
import { userIdOf } from '../context/user-id.js';
import { asUuid, newId } from '../ids.js';
import { decodeCheckedCursor, decodeTimeCursor, encodeCursor } from '../pagination.js';

const NIL = '00000000-0000-0000-0000-000000000000';

describe('asUuid', () => {
  it('keeps a UUID (in the lower case Postgres answers with) and turns anything else into the nil UUID', () => {
    const id = newId();
    expect(asUuid(id)).toBe(id);
    expect(asUuid(id.toUpperCase())).toBe(id);
    for (const bad of ['', 'not-an-id', `${id}x`, NIL, "'; drop table requests; --"]) expect(asUuid(bad)).toBe(NIL);
  });
});

describe('checked cursors', () => {
  it('round-trips a time cursor to the microsecond', () => {
    const cursor = { t: '2031-03-30T01:30:00.123456Z', id: newId() };
    expect(decodeTimeCursor(encodeCursor(cursor))).toEqual(cursor);
    expect(decodeTimeCursor(null)).toBeNull();
    expect(decodeTimeCursor('')).toBeNull();
  });

  it('refuses a cursor whose fields do not hold what the list keys by, naming after', () => {
    const id = newId();
    const bad = [
      'not-a-cursor',
      encodeCursor({ t: 'yesterday', id }),
      encodeCursor({ t: '2031-03-30T01:30:00Z', id: 'abc' }),
      encodeCursor({ t: '2031-03-30T01:30:00Z' }),
      encodeCursor({ s: 3 }),
    ];
    for (const cursor of bad) expect(() => decodeTimeCursor(cursor)).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'after' }));
    expect(decodeCheckedCursor(encodeCursor({ s: 0 }), { s: 'count' })).toEqual({ s: 0 });
    for (const s of [-1, 1.5, '2']) expect(() => decodeCheckedCursor(encodeCursor({ s }), { s: 'count' })).toThrow(/Malformed cursor/);
  });
});

describe('userIdOf', () => {
  it('is the signed-in user, and UNAUTHENTICATED for anyone else', () => {
    const userId = newId();
    expect(userIdOf(RequestContext.create({ tenantId: newId(), actor: { kind: 'user', userId, sessionId: newId() } }))).toBe(userId);
    for (const ctx of [RequestContext.create({ tenantId: newId() }), RequestContext.system(newId(), 'sweep')]) {
      expect(() => userIdOf(ctx)).toThrow(expect.objectContaining({ code: 'UNAUTHENTICATED' }));
    }
  });
});
