// Spots incidents as requests are posted (the worker runs `detect` for every `request.posted`).
// Under a transaction-scoped advisory lock per service and postal area, so two posts never open
// two incidents, the new request joins the area's open or known incident when its text is alike to
// the incident's requests; with no such incident, the requests of the service and area posted
// within the SLA policy's window around it (any channel) that are alike to it form a cluster, and
// a cluster of at least the threshold opens an incident. Detecting a request again changes nothing.
import { Injectable } from '@nestjs/common';
import { asUuid, Clock, newId, type RequestContext, TenantDatabase, type TenantTransaction } from '@quartier/platform';
import { defaultIncidentSettings, type IncidentSettings, slaPolicy, TenantPolicyService } from '@quartier/tenancy';
import { areaOf, bestSimilarity, clusterAround, type ClusterMember, describeCluster } from './clustering.js';
import { INCIDENT_COLUMNS, type IncidentRow } from './incident-rows.js';

/** How many of a live incident's newest requests a newcomer is compared with. */
const COMPARED_MEMBERS = 200;
/** The most requests read from one window; a burst beyond it is an incident long before. */
const WINDOW_LIMIT = 2_000;

export type DetectionOutcome = 'opened' | 'attached' | `skipped: ${string}`;

interface SeedRow {
  id: string;
  service_id: string;
  country_code: string;
  postal_code: string;
  description: string;
  created_at: Date;
  posted: boolean;
}

@Injectable()
export class IncidentDetectionService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly policies: TenantPolicyService,
    private readonly clock: Clock,
  ) {}

  /** Looks at one posted request: joins it to its area's live incident, opens one, or leaves it. */
  detect(ctx: RequestContext, input: { requestId: string }): Promise<DetectionOutcome> {
    return this.db.run(ctx, async (tx) => {
      const [seed] = await tx.query<SeedRow>(
        `select r.id, r.service_id, r.country_code, r.postal_code, r.description, r.created_at,
                exists (select 1 from request_events e where e.tenant_id = r.tenant_id and e.request_id = r.id and e.sequence = 1 and e.event = 'posted') as posted
           from requests r where r.tenant_id = $1 and r.id = $2::uuid`,
        [tx.tenantId, asUuid(input.requestId)],
      );
      if (!seed) return 'skipped: no such request';
      if (!seed.posted) return 'skipped: booked directly';
      const settings = await this.settingsIn(tx);
      const area = areaOf(seed.postal_code, settings.areaDigits);
      await tx.query(`select pg_advisory_xact_lock(hashtextextended($1, 0))`, [`incidents:${tx.tenantId}:${seed.service_id}:${seed.country_code}:${area}`]);

      const [member] = await tx.query(`select 1 from incident_requests where tenant_id = $1 and request_id = $2`, [tx.tenantId, seed.id]);
      if (member) return 'skipped: already in an incident';

      // Locked, so an operator closing it meanwhile is seen (the row then no longer matches).
      const [live] = await tx.query<IncidentRow>(
        `select ${INCIDENT_COLUMNS} from incidents
          where tenant_id = $1 and service_id = $2 and country_code = $3 and area = $4 and status in ('open', 'known_outage')
          for update`,
        [tx.tenantId, seed.service_id, seed.country_code, area],
      );
      if (live) return this.attachIn(tx, live, seed, settings);
      return this.openIfClusterIn(tx, seed, area, settings);
    });
  }

  private async attachIn(tx: TenantTransaction, incident: IncidentRow, seed: SeedRow, settings: IncidentSettings): Promise<DetectionOutcome> {
    const members = await tx.query<{ description: string }>(
      `select r.description from incident_requests ir join requests r on r.tenant_id = ir.tenant_id and r.id = ir.request_id
        where ir.tenant_id = $1 and ir.incident_id = $2
        order by ir.added_at desc, r.id desc limit ${COMPARED_MEMBERS}`,
      [tx.tenantId, incident.id],
    );
    const similarity = bestSimilarity(seed.description, members.map((row) => row.description));
    if (similarity < settings.similarity) return 'skipped: not alike to the live incident';
    const now = this.clock.now();
    await tx.query(`insert into incident_requests (tenant_id, incident_id, request_id, similarity, added_at) values ($1, $2, $3, $4, $5)`, [
      tx.tenantId,
      incident.id,
      seed.id,
      similarity,
      now,
    ]);
    const texts = await tx.query<{ description: string }>(
      `select r.description from incident_requests ir join requests r on r.tenant_id = ir.tenant_id and r.id = ir.request_id
        where ir.tenant_id = $1 and ir.incident_id = $2 order by r.created_at, r.id`,
      [tx.tenantId, incident.id],
    );
    const { summary } = describeCluster(texts.map((row) => row.description));
    await tx.query(`update incidents set request_count = $3, summary = $4 where tenant_id = $1 and id = $2`, [tx.tenantId, incident.id, texts.length, summary]);
    await tx.emit({
      type: 'incident.request_added',
      aggregateType: 'incident',
      aggregateId: incident.id,
      payload: { incidentId: incident.id, requestId: seed.id, similarity, status: incident.status, requestCount: texts.length },
    });
    return 'attached';
  }

  private async openIfClusterIn(tx: TenantTransaction, seed: SeedRow, area: string, settings: IncidentSettings): Promise<DetectionOutcome> {
    // The window reaches both ways: posts are detected in any order, and the last one detected
    // must see the earlier ones whichever it is.
    const windowMs = settings.windowMinutes * 60_000;
    const candidates = await tx.query<{ id: string; description: string }>(
      `select r.id, r.description from requests r
        where r.tenant_id = $1 and r.service_id = $2 and r.country_code = $3
          and upper(left(replace(r.postal_code, ' ', ''), $4)) = $5
          and r.created_at between $6 and $7 and r.id <> $8
          and exists (select 1 from request_events e where e.tenant_id = r.tenant_id and e.request_id = r.id and e.sequence = 1 and e.event = 'posted')
          and not exists (select 1 from incident_requests ir where ir.tenant_id = r.tenant_id and ir.request_id = r.id)
        order by r.created_at, r.id
        limit ${WINDOW_LIMIT}`,
      [
        tx.tenantId,
        seed.service_id,
        seed.country_code,
        area.length,
        area,
        new Date(seed.created_at.getTime() - windowMs),
        new Date(seed.created_at.getTime() + windowMs),
        seed.id,
      ],
    );
    const cluster = clusterAround({ id: seed.id, text: seed.description }, candidates.map((row) => ({ id: row.id, text: row.description })), settings.similarity);
    if (cluster.length < settings.threshold) return `skipped: ${cluster.length} alike of ${settings.threshold} needed`;
    await this.openIn(tx, { seed, area, cluster, texts: new Map([[seed.id, seed.description], ...candidates.map((row) => [row.id, row.description] as const)]) });
    return 'opened';
  }

  private async openIn(tx: TenantTransaction, input: { seed: SeedRow; area: string; cluster: ClusterMember[]; texts: Map<string, string> }): Promise<void> {
    const { seed, area, cluster } = input;
    const id = newId();
    const now = this.clock.now();
    const { title, summary } = describeCluster(cluster.map((member) => input.texts.get(member.id) ?? ''));
    await tx.query(
      `insert into incidents (tenant_id, id, service_id, country_code, area, status, title, summary, request_count, opened_at)
       values ($1, $2, $3, $4, $5, 'open', $6, $7, $8, $9)`,
      [tx.tenantId, id, seed.service_id, seed.country_code, area, title, summary, cluster.length, now],
    );
    await tx.query(
      `insert into incident_requests (tenant_id, incident_id, request_id, similarity, added_at)
       select $1, $2, member.request_id, member.similarity, $5
         from unnest($3::uuid[], $4::real[]) as member (request_id, similarity)`,
      [tx.tenantId, id, cluster.map((member) => member.id), cluster.map((member) => member.similarity), now],
    );
    await tx.emit({
      type: 'incident.opened',
      aggregateType: 'incident',
      aggregateId: id,
      payload: { incidentId: id, serviceId: seed.service_id, countryCode: seed.country_code, area, title, requestIds: cluster.map((member) => member.id), requestCount: cluster.length },
    });
  }

  /** The incident settings of the SLA policy in force; a document stored before they existed reads as the defaults. */
  private async settingsIn(tx: TenantTransaction): Promise<IncidentSettings> {
    const document = await this.policies.currentDocumentIn(tx, 'sla');
    const parsed = slaPolicy.shape.incidents.safeParse((document as { incidents?: unknown }).incidents);
    return parsed.success ? parsed.data : defaultIncidentSettings();
  }
}
