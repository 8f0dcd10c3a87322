// The booking journey's addresses. Each carries its state (helper, service, slot, postal code), so a
// customer sent to log in comes back to exactly the same choice.

export interface BookingChoice {
  helperId: string;
  serviceId: string;
  startsAt: string;
  postalCode: string;
}

export function helperHref(helperId: string, state: { serviceId?: string; postalCode?: string } = {}): string {
  const params = new URLSearchParams();
  if (state.serviceId) params.set('service', state.serviceId);
  if (state.postalCode) params.set('postalCode', state.postalCode);
  const query = params.toString();
  return `/helpers/${encodeURIComponent(helperId)}${query ? `?${query}` : ''}`;
}

/** Where to post a request from a search: the same service and postal code, kept in the address. */
export function postRequestHref(state: { serviceId?: string; postalCode?: string } = {}): string {
  const params = new URLSearchParams();
  if (state.serviceId) params.set('service', state.serviceId);
  if (state.postalCode) params.set('postalCode', state.postalCode);
  const query = params.toString();
  return `/post${query ? `?${query}` : ''}`;
}

export function bookHref(choice: BookingChoice): string {
  const params = new URLSearchParams({ helper: choice.helperId, service: choice.serviceId, startsAt: choice.startsAt });
  if (choice.postalCode) params.set('postalCode', choice.postalCode);
  return `/book?${params}`;
}

/** The choice a /book address names; null when a part is missing or the time is not one. */
export function readBookingChoice(url: URL): BookingChoice | null {
  const helperId = url.searchParams.get('helper') ?? '';
  const serviceId = url.searchParams.get('service') ?? '';
  const startsAt = url.searchParams.get('startsAt') ?? '';
  if (!helperId || !serviceId || Number.isNaN(Date.parse(startsAt))) return null;
  return { helperId, serviceId, startsAt, postalCode: url.searchParams.get('postalCode')?.trim() ?? '' };
}

export function requestHref(requestId: string): string {
  return `/requests/${encodeURIComponent(requestId)}`;
}
