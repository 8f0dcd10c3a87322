// What a known outage means for the rest of the marketplace, read in the caller's transaction:
// customers with a request in the outage's service and area are told (the incident and its notice),
// and paid bookings there wait (`assertNoKnownOutageIn`) until an operator closes the incident.
// An incident's area is a postal prefix, so a postal code is in it when it starts with the prefix.
import { ConflictError, type TenantTransaction } from '@quartier/platform';
import type { OutageMessage } from './incident-rows.js';

export interface OutageKey {
  serviceId: string;
  countryCode: string;
  postalCode: string;
}

export interface KnownOutage {
  incidentId: string;
  /** The notice in the caller's locale (else the plain text, else any locale given). */
  message: string;
  /** When the operator marked it a known outage. */
  since: Date;
}

const FALLBACK_LOCALES = ['en', 'de', 'fr', 'it'] as const;

/** The notice in `locale`, else its plain text, else the first locale it was given in. */
export function outageMessageFor(message: OutageMessage, locale: string): string {
  const byLocale = message as Record<string, string | null | undefined>;
  return byLocale[locale] || message.text || FALLBACK_LOCALES.map((key) => message[key]).find(Boolean) || '';
}

const normalizePostalCode = (postalCode: string) => postalCode.replace(/\s+/g, '').toUpperCase();

/** For each key, the known outage covering it, or null; one query for all of them. */
export async function knownOutagesIn(tx: TenantTransaction, keys: readonly OutageKey[]): Promise<(KnownOutage | null)[]> {
  if (keys.length === 0) return [];
  const outages = await tx.query<{ id: string; service_id: string; country_code: string; area: string; message: OutageMessage; known_at: Date }>(
    `select id, service_id, country_code::text as country_code, area, message, known_at
       from incidents
      where tenant_id = $1 and status = 'known_outage' and service_id = any($2::uuid[])
      order by known_at, id`,
    [tx.tenantId, [...new Set(keys.map((key) => key.serviceId))]],
  );
  return keys.map((key) => {
    const postalCode = normalizePostalCode(key.postalCode);
    const outage = outages.find(
      (candidate) => candidate.service_id === key.serviceId && candidate.country_code === key.countryCode.toUpperCase() && postalCode.startsWith(candidate.area),
    );
    return outage ? { incidentId: outage.id, message: outageMessageFor(outage.message, tx.ctx.locale), since: outage.known_at } : null;
  });
}

/** The known outage in the service and area of a postal code, or null. */
export async function knownOutageIn(tx: TenantTransaction, key: OutageKey): Promise<KnownOutage | null> {
  const [outage] = await knownOutagesIn(tx, [key]);
  return outage ?? null;
}

/** A paid booking in the area of a known outage waits until the operator closes it. */
export class KnownOutageError extends ConflictError {
  constructor(outage: KnownOutage) {
    super(`Bookings here are paused during a known outage: ${outage.message}`, { field: 'postalCode', detail: 'KNOWN_OUTAGE', incidentId: outage.incidentId });
  }
}

/** Throws the KNOWN_OUTAGE conflict when a known outage covers the key; the caller's transaction then writes nothing. */
export async function assertNoKnownOutageIn(tx: TenantTransaction, key: OutageKey): Promise<void> {
  const outage = await knownOutageIn(tx, key);
  if (outage) throw new KnownOutageError(outage);
}
