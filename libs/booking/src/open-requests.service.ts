// A helper's feed of work: requests still taking offers, for a service the helper offers, at a
// place inside the helper's service radius (haversine between the two postal codes, as in helper
// search), newest first. Requests the helper already offered on carry that offer's id. The
// customer stays anonymous until an offer is chosen.
import { Injectable } from '@nestjs/common';
import { EARTH_RADIUS_KM } from '@quartier/geo';
import { Clock, decodeTimeCursor, encodeCursor, pageSize, type RequestContext, TenantDatabase, toConnection, userIdOf } from '@quartier/platform';
import { TAKING_OFFERS, type RequestStatus } from './request-lifecycle.js';
import { requestBasics, type RequestRow } from './request-rows.js';

export interface OpenRequestView {
  id: string;
  serviceId: string;
  description: string;
  countryCode: string;
  postalCode: string;
  windows: { from: Date; to: Date }[];
  budget: { amountMinor: number; currency: string } | null;
  status: RequestStatus;
  expiresAt: Date;
  createdAt: Date;
  /** From the helper's home postal code, rounded to 100 m. */
  distanceKm: number;
  myOfferId: string | null;
}

type OpenRequestRow = Pick<RequestRow, 'id' | 'service_id' | 'description' | 'country_code' | 'postal_code' | 'windows' | 'budget_minor' | 'budget_currency' | 'remote_first' | 'status' | 'expires_at' | 'created_at'> & {
  created_key: string;
  distance_km: number;
  my_offer_id: string | null;
};

// Anyone but an approved helper matches no row: a helper still in vetting sees an empty feed.
const OPEN_REQUESTS_SQL = `
  select r.id, r.service_id, r.description, r.country_code, r.postal_code, r.windows, r.budget_minor, r.budget_currency, r.remote_first, r.status,
         r.expires_at, r.created_at, to_char(r.created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as created_key,
         d.distance_km, o.id as my_offer_id
    from helper_profiles h
    join postal_codes hp on hp.tenant_id = h.tenant_id and hp.country_code = h.home_country_code and hp.postal_code = h.home_postal_code
    join helper_skills s on s.tenant_id = h.tenant_id and s.helper_id = h.user_id
    join services sv on sv.tenant_id = s.tenant_id and sv.id = s.service_id and sv.archived_at is null
    join requests r on r.tenant_id = s.tenant_id and r.service_id = s.service_id
    join postal_codes rp on rp.tenant_id = r.tenant_id and rp.country_code = r.country_code and rp.postal_code = r.postal_code
    cross join lateral (
      select 2 * ${EARTH_RADIUS_KM} * asin(sqrt(
               power(sin(radians(rp.latitude - hp.latitude) / 2), 2)
             + cos(radians(hp.latitude)) * cos(radians(rp.latitude)) * power(sin(radians(rp.longitude - hp.longitude) / 2), 2)
             )) as distance_km
    ) d
    left join offers o on o.tenant_id = r.tenant_id and o.request_id = r.id and o.helper_id = h.user_id
   where h.tenant_id = $1 and h.user_id = $2 and h.status = 'approved'
     and hp.tenant_id = $1 and s.tenant_id = $1 and sv.tenant_id = $1 and r.tenant_id = $1 and rp.tenant_id = $1
     and r.status = any($3::text[]) and r.expires_at > $4 and r.customer_id <> h.user_id
     and d.distance_km <= h.service_radius_km
     -- A request with a price agreed already (taken back from a helper) takes no offers.
     and not exists (select 1 from appointments a where a.tenant_id = r.tenant_id and a.request_id = r.id and a.status = 'cancelled')
     and ($5::timestamptz is null or (r.created_at, r.id) < ($5, $6::uuid))
   order by r.created_at desc, r.id desc
   limit $7`;

const toView = (row: OpenRequestRow): OpenRequestView => ({
  ...requestBasics(row),
  distanceKm: Math.round(row.distance_km * 10) / 10,
  myOfferId: row.my_offer_id,
});

@Injectable()
export class OpenRequestsService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly clock: Clock,
  ) {}

  async openRequestsForMe(ctx: RequestContext, input: { first?: number | null; after?: string | null }) {
    const helperId = userIdOf(ctx);
    const size = pageSize(input.first);
    const after = decodeTimeCursor(input.after);
    return this.db.run(ctx, async (tx) => {
      const rows = await tx.query<OpenRequestRow>(OPEN_REQUESTS_SQL, [tx.tenantId, helperId, TAKING_OFFERS, this.clock.now(), after?.t ?? null, after?.id ?? null, size + 1]);
      return toConnection(rows, size, toView, (row) => encodeCursor({ t: row.created_key, id: row.id }));
    });
  }
}
