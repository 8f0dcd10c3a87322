import { describe, expect, it } from '@jest/globals';
import { version } from 'uuid';
import { isUuid, newId } from '../ids.js';
import { decodeCursor, encodeCursor, pageSize } from '../pagination.js';
import { RequestContext } from '../context/request-context.js';

describe('ids', () => {
  it('are UUIDv7 and sort by creation', () => {
    const ids = Array.from({ length: 50 }, () => newId());
    expect(ids.every((id) => isUuid(id) && version(id) === 7)).toBe(true);
    expect([...ids].sort()).toEqual(ids);
  });
});

describe('cursor pagination', () => {
  it('caps first at 100 and refuses zero or negatives, naming the field', () => {
    expect(pageSize(undefined)).toBe(20);
    expect(pageSize(100)).toBe(100);
    for (const bad of [0, -1, 101, 2.5]) {
      expect(() => pageSize(bad)).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'first' }));
    }
  });

  it('round-trips cursors and refuses tampered ones with a typed error', () => {
    const cursor = encodeCursor({ slug: 'alpine' });
    expect(decodeCursor<{ slug: string }>(cursor, ['slug'])).toEqual({ slug: 'alpine' });
    expect(() => decodeCursor('not-a-cursor', ['slug'])).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'after' }));
    expect(() => decodeCursor(encodeCursor({ other: 1 }), ['slug'])).toThrow(/Malformed cursor/);
  });
});

describe('RequestContext', () => {
  it('survives serialization into a job payload', () => {
    const ctx = RequestContext.create({
      tenantId: newId(),
      actor: { kind: 'user', userId: newId(), sessionId: newId() },
      roles: ['operator_admin'],
      locale: 'fr',
    });
    const copy = RequestContext.fromJSON(JSON.parse(JSON.stringify(ctx.toJSON())));
    expect(copy.toJSON()).toEqual(ctx.toJSON());
    expect(copy.hasRole('operator_admin')).toBe(true);
    expect(copy.hasRole('customer')).toBe(false);
  });
});
