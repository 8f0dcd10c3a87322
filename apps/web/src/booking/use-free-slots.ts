// The next bookable starts of a helper for a service, from the public availability query.
import { request } from '../graphql/client';
import { HelperAvailabilityQuery } from '../graphql/operations';
import { useSite } from '../tenant/site';
import { useRemote, type Remote } from '../use-remote';
import { freeSlots, localDateRange } from './free-slots';

/** How far ahead the profile looks, and how many starts it offers. */
const DAYS_AHEAD = 13;
const SLOT_COUNT = 8;

export function useFreeSlots(input: { helperId: string; durationMinutes: number | null; exclude?: string }): [Remote<string[]>, () => void] {
  const { tenant } = useSite();
  const { helperId, durationMinutes, exclude } = input;
  return useRemote(durationMinutes === null ? null : `${helperId}:${durationMinutes}:${exclude ?? ''}`, async (signal) => {
    const now = Date.now();
    const range = localDateRange(tenant.timezone, now, DAYS_AHEAD);
    const { helperAvailability } = await request(HelperAvailabilityQuery, { helperId, ...range }, { signal });
    return freeSlots(helperAvailability.intervals, { durationMinutes: durationMinutes ?? 60, now, limit: SLOT_COUNT, exclude });
  });
}
