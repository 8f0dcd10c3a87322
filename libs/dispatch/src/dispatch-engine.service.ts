// The dispatch engine: looks at a posted request under its row lock, asks the pure policy what to
// do (a wave of offers, the next escalation tier, wait, expire) and does it in the same
// transaction — offers written, the request moved along its lifecycle with the decision's reason on
// its timeline, the next look stamped on the row. A scheduled request is watched until its helper
// starts: past the SLA's reallocation timeout the job is taken back and dispatch goes on without
// that helper. After the commit, the next look becomes a delayed BullMQ job named after the request
// and its dispatch step; the tenant sweep looks again at any request whose timer was lost.
import { Inject, Injectable } from '@nestjs/common';
import { type HelpMode, type RequestRow, RequestHandoverService, RequestService, TAKING_OFFERS } from '@quartier/booking';
import { knownOutageIn } from '@quartier/incidents';
import { Clock, ForbiddenError, type RequestContext, TenantDatabase, type TenantTransaction } from '@quartier/platform';
import { helperLevelsIn, topLevelRankIn } from '@quartier/rewards';
import { type SlaPolicy, TenantPolicyService } from '@quartier/tenancy';
import { requestSlaIn } from './dispatch-sla.js';
import { candidatesIn, type DispatchPlace } from './dispatch-candidates.js';
import { countIn } from './dispatch-stats.js';
import { DispatchTimers, type DispatchTimer } from './dispatch-timers.js';
import { decideDispatch } from './policy/dispatch-policy.js';
import type { DispatchDecision, DispatchSla, DispatchState } from './policy/dispatch-types.js';

const MINUTE_MS = 60_000;
/** Decisions one look takes at most (escalations chain into the tier's first wave). */
const MAX_STEPS_PER_LOOK = 8;
/** The sweep looks at requests whose timer is this late: the timer had its chance. */
const SWEEP_GRACE_MS = 30_000;
const SWEEP_BATCH = 200;

/** A request's place in dispatch, as its row keeps it. */
export interface DispatchRow {
  /** 1, then one more for each visit a call found needed: offers count within their round. */
  dispatch_round: number;
  /** When a round after the first began (a visit after a call): its SLA clock counts from here; null in round 1. */
  dispatch_round_started_at: Date | null;
  dispatch_wave: number;
  dispatch_step: number;
  dispatch_tiers: string[];
  dispatch_last_wave_at: Date | null;
  dispatch_next_at: Date | null;
  birth: string;
  duration_minutes: number;
}

export interface LookOutcome {
  outcome: string;
  timers: DispatchTimer[];
}

@Injectable()
export class DispatchEngine {
  constructor(
    @Inject(TenantDatabase) private readonly db: TenantDatabase,
    @Inject(RequestService) private readonly requests: RequestService,
    @Inject(RequestHandoverService) private readonly handover: RequestHandoverService,
    @Inject(TenantPolicyService) private readonly policies: TenantPolicyService,
    @Inject(DispatchTimers) private readonly timers: DispatchTimers,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  /**
   * The platform looks at a request: `step` given (a timer), only if the request is still at that
   * dispatch step; otherwise (an outbox event, the sweep) whatever its step.
   */
  async look(ctx: RequestContext, input: { requestId: string; step?: number | null }): Promise<string> {
    if (ctx.actor.kind !== 'system') throw new ForbiddenError('Only the platform dispatches requests');
    const result = await this.db.run(ctx, async (tx): Promise<LookOutcome> => {
      const row = await this.requests.lockIn(tx, input.requestId);
      if (!row) return { outcome: 'skipped: no such request', timers: [] };
      const state = await dispatchRowIn(tx, row.id);
      if (state.birth !== 'posted') return { outcome: 'skipped: booked directly', timers: [] };
      if (input.step !== undefined && input.step !== null && input.step !== state.dispatch_step) {
        return { outcome: `skipped: the request moved on to step ${state.dispatch_step}`, timers: [] };
      }
      return this.lookIn(tx, row, state);
    });
    await this.timers.set(result.timers);
    return result.outcome;
  }

  /** Looks at every request of the tenant whose next look is overdue (its timer was lost); returns how many. */
  async lookOverdue(ctx: RequestContext, now: Date): Promise<number> {
    if (ctx.actor.kind !== 'system') throw new ForbiddenError('Only the platform dispatches requests');
    const due = await this.db.run(ctx, (tx) =>
      tx.query<{ id: string }>(
        `select id from requests where tenant_id = $1 and dispatch_next_at <= $2 order by dispatch_next_at limit ${SWEEP_BATCH}`,
        [tx.tenantId, new Date(now.getTime() - SWEEP_GRACE_MS)],
      ),
    );
    for (const { id } of due) await this.look(ctx, { requestId: id });
    return due.length;
  }

  /**
   * The look itself, in the caller's transaction holding the request's row lock: decisions until one
   * leaves the request waiting (or done), then the step and next look stamped on the row. The
   * request's SLA and the site's settings are read once; `dispatch` follows the row's dispatch
   * columns as the look changes them.
   */
  private async lookIn(tx: TenantTransaction, locked: RequestRow, dispatch: DispatchRow): Promise<LookOutcome> {
    const now = this.clock.now();
    let site: LookSite | null = null;
    let row = locked;
    const done: string[] = [];
    let nextAt: Date | null = null;
    for (let step = 0; step < MAX_STEPS_PER_LOOK; step++) {
      if (TAKING_OFFERS.includes(row.status)) {
        site ??= await lookSiteIn(tx, this.policies, row);
        const { decision, modes } = await this.decideIn(tx, row, dispatch, site, now);
        done.push(decision.kind);
        if (decision.kind === 'escalate') {
          row = await this.escalateIn(tx, row, decision);
          dispatch.dispatch_tiers = [...dispatch.dispatch_tiers, decision.tier.key];
          continue;
        }
        if (decision.kind === 'wave') {
          row = await this.sendWaveIn(tx, row, dispatch, decision, modes, now);
          dispatch.dispatch_wave = decision.wave;
          dispatch.dispatch_last_wave_at = now;
          nextAt = decision.nextCheckAt;
        } else if (decision.kind === 'wait') {
          row = await this.noteWaitIn(tx, row, decision.reason);
          nextAt = decision.nextCheckAt;
        } else {
          row = await this.expireIn(tx, row, decision.reason, now);
        }
        break;
      }
      if (row.status === 'scheduled') {
        site ??= await lookSiteIn(tx, this.policies, row);
        const watched = await this.watchStartIn(tx, row, dispatch.dispatch_round, site.sla, now);
        if (watched.takenBack) {
          done.push('reallocate');
          row = watched.row;
          continue;
        }
        done.push('watch');
        nextAt = watched.deadline;
        break;
      }
      // Cancelled, expired, taken and started requests want nobody any more; what still waits on them lapses.
      await this.lapseOffersIn(tx, row.id, now);
      done.push(`done (${row.status})`);
      break;
    }
    const [stamped] = await tx.query<{ dispatch_step: number }>(
      `update requests set dispatch_step = dispatch_step + 1, dispatch_next_at = $3 where tenant_id = $1 and id = $2 returning dispatch_step`,
      [tx.tenantId, row.id, nextAt],
    );
    const timers = nextAt ? [{ tenantId: tx.tenantId, requestId: row.id, step: stamped.dispatch_step, at: nextAt }] : [];
    return { outcome: `${done.join(', ')}; step ${stamped.dispatch_step}${nextAt ? `, next look at ${nextAt.toISOString()}` : ''}`, timers };
  }

  /** The policy's decision on the request as the tables have it now, and how each candidate would help (a call or a visit). */
  private async decideIn(
    tx: TenantTransaction,
    row: RequestRow,
    stateRow: DispatchRow,
    site: LookSite,
    now: Date,
  ): Promise<{ decision: DispatchDecision; modes: ReadonlyMap<string, HelpMode> }> {
    const { sla } = site;
    const offers = await tx.query<{ helper_id: string; status: string; wave: number; tier_key: string | null; first_look: boolean }>(
      `select helper_id, status, wave, tier_key, first_look from dispatch_offers where tenant_id = $1 and request_id = $2 and round = $3`,
      [tx.tenantId, row.id, stateRow.dispatch_round],
    );
    const currentTier = stateRow.dispatch_tiers.at(-1) ?? null;
    const state: DispatchState = {
      // A visit after a call is a new ask: its tiers and expiry count from when the call handed it on.
      postedAt: stateRow.dispatch_round_started_at ?? row.created_at,
      wavesSent: stateRow.dispatch_wave,
      lastWaveAt: stateRow.dispatch_last_wave_at,
      offered: new Set(offers.map((offer) => offer.helper_id)),
      excluded: new Set(offers.filter((offer) => offer.status === 'declined' || offer.status === 'released').map((offer) => offer.helper_id)),
      pending: new Set(offers.filter((offer) => offer.status === 'pending').map((offer) => offer.helper_id)),
      tiersEntered: stateRow.dispatch_tiers,
      // Waves count inside the tier they were sent in (wave 0: a helper released who was never offered it).
      tierWave: new Set(offers.filter((offer) => offer.wave > 0 && offer.tier_key === currentTier).map((offer) => offer.wave)).size,
      lastWaveFirstLook: offers.some((offer) => offer.wave === stateRow.dispatch_wave && offer.first_look),
    };
    const dispatchSla: DispatchSla = {
      firstResponseMinutes: sla.firstResponseMinutes,
      helpWithinMinutes: sla.helpWithinMinutes,
      escalationTiers: sla.escalationTiers,
      dispatch: sla.dispatch,
      serviceHours: sla.serviceHours,
    };
    // Paid bookings are paused where the operator declared a known outage: no offers go out there.
    const outage = await knownOutageIn(tx, { serviceId: row.service_id, countryCode: row.country_code, postalCode: row.postal_code });
    if (outage) {
      const none = new Map<string, HelpMode>();
      if (now.getTime() >= row.expires_at.getTime()) return { decision: { kind: 'expire', reason: 'The help-within target passed during a known outage' }, modes: none };
      const next = new Date(Math.min(now.getTime() + sla.dispatch.waveIntervalMinutes * MINUTE_MS, row.expires_at.getTime()));
      return { decision: { kind: 'wait', reason: `No offers while the operator's known outage ${outage.incidentId} covers this area and service`, nextCheckAt: next }, modes: none };
    }
    const { dispatch } = sla;
    const maxRadiusKm = Math.min(100, dispatch.initialRadiusKm + (dispatch.maxWaves - 1) * dispatch.radiusStepKm);
    const place: DispatchPlace = {
      requestId: row.id,
      serviceId: row.service_id,
      countryCode: row.country_code,
      postalCode: row.postal_code,
      windows: row.windows,
      durationMinutes: stateRow.duration_minutes,
      timeZone: site.timeZone,
      remoteFirst: row.remote_first,
    };
    const candidates = (await candidatesIn(tx, place, now, maxRadiusKm)).filter((candidate) => candidate.helperId !== row.customer_id);
    const levels = await helperLevelsIn(tx, candidates.map((candidate) => candidate.helperId));
    for (const candidate of candidates) candidate.levelRank = levels.get(candidate.helperId)?.rank ?? 0;
    return {
      decision: decideDispatch({ now, sla: dispatchSla, state, candidates, topLevelRank: site.topLevelRank, timeZone: site.timeZone }),
      modes: new Map(candidates.map((candidate) => [candidate.helperId, candidate.mode])),
    };
  }

  private async sendWaveIn(
    tx: TenantTransaction,
    row: RequestRow,
    stateRow: DispatchRow,
    wave: Extract<DispatchDecision, { kind: 'wave' }>,
    modes: ReadonlyMap<string, HelpMode>,
    now: Date,
  ): Promise<RequestRow> {
    const tierKey = stateRow.dispatch_tiers.at(-1) ?? null;
    const helperIds = wave.offers.map((offer) => offer.helperId);
    await tx.query(
      // Each offer is a call or a visit as the pool read the helper (candidatesIn).
      `insert into dispatch_offers (tenant_id, request_id, helper_id, wave, tier_key, rank, score, distance_km, first_look, status, offered_at, mode, round)
       select $1, $2, helper_id, $3, $4, rank, score, distance_km, $5, 'pending', $6, mode, $12
         from unnest($7::uuid[], $8::int[], $9::real[], $10::real[], $11::text[]) as chosen (helper_id, rank, score, distance_km, mode)
       on conflict do nothing`,
      [
        tx.tenantId,
        row.id,
        wave.wave,
        tierKey,
        wave.firstLook,
        now,
        helperIds,
        wave.offers.map((offer) => offer.rank),
        wave.offers.map((offer) => offer.score),
        wave.offers.map((offer) => offer.distanceKm),
        helperIds.map((helperId) => modes.get(helperId) ?? 'on_site'),
        stateRow.dispatch_round,
      ],
    );
    await countIn(tx, helperIds, 'offered');
    for (const offer of wave.offers) {
      await tx.emit({
        type: 'dispatch.offered',
        aggregateType: 'request',
        aggregateId: row.id,
        payload: { requestId: row.id, helperId: offer.helperId, wave: wave.wave, tierKey, firstLook: wave.firstLook },
      });
    }
    await tx.query(`update requests set dispatch_wave = $3, dispatch_last_wave_at = $4 where tenant_id = $1 and id = $2`, [tx.tenantId, row.id, wave.wave, now]);
    const details = { wave: wave.wave, tier: wave.tier, tierKey, radiusKm: wave.radiusKm, helperIds, firstLook: wave.firstLook };
    const system = { kind: 'system' as const, id: null };
    // The first wave (and the first after an escalation) moves the request to offered; later ones are noted.
    if (row.status === 'offered') return this.requests.noteIn(tx, row, 'dispatch_wave', system, details, wave.reason);
    return this.requests.advanceIn(tx, row, 'offered', system, details, wave.reason);
  }

  private async escalateIn(tx: TenantTransaction, row: RequestRow, decision: Extract<DispatchDecision, { kind: 'escalate' }>): Promise<RequestRow> {
    await tx.query(`update requests set dispatch_tiers = array_append(dispatch_tiers, $3), dispatch_tier = $3 where tenant_id = $1 and id = $2`, [
      tx.tenantId,
      row.id,
      decision.tier.key,
    ]);
    return this.requests.advanceIn(tx, row, 'escalated', { kind: 'system', id: null }, { tierKey: decision.tier.key, target: decision.tier.target, early: decision.early }, decision.reason);
  }

  /** A wait goes on the timeline when its reason is new, so a long wait is one line, not one per look. */
  private async noteWaitIn(tx: TenantTransaction, row: RequestRow, reason: string): Promise<RequestRow> {
    const [last] = await tx.query<{ reason: string | null }>(
      `select reason from request_events where tenant_id = $1 and request_id = $2 and event = 'dispatch_waited' order by sequence desc limit 1`,
      [tx.tenantId, row.id],
    );
    if (last?.reason === reason) return row;
    return this.requests.noteIn(tx, row, 'dispatch_waited', { kind: 'system', id: null }, {}, reason);
  }

  private async expireIn(tx: TenantTransaction, row: RequestRow, reason: string, now: Date): Promise<RequestRow> {
    const expired = await this.requests.advanceIn(tx, row, 'expired', { kind: 'system', id: null }, {}, reason);
    await this.lapseOffersIn(tx, row.id, now);
    return expired;
  }

  /** Offers still waiting for an answer on a request that found no helper lapse (counted against nobody's acceptance but as lapsed). */
  async lapseOffersIn(tx: TenantTransaction, requestId: string, now: Date): Promise<void> {
    const lapsed = await tx.query<{ helper_id: string }>(
      `update dispatch_offers set status = 'lapsed', answered_at = $3 where tenant_id = $1 and request_id = $2 and status = 'pending' returning helper_id`,
      [tx.tenantId, requestId, now],
    );
    await countIn(
      tx,
      lapsed.map((offer) => offer.helper_id),
      'lapsed',
    );
  }

  /**
   * A scheduled job whose helper has not started by its start plus the SLA's reallocation timeout
   * is taken back; otherwise the deadline is the next look.
   */
  private async watchStartIn(
    tx: TenantTransaction,
    row: RequestRow,
    round: number,
    sla: SlaPolicy,
    now: Date,
  ): Promise<{ takenBack: true; row: RequestRow } | { takenBack: false; deadline: Date | null }> {
    const [appointment] = await tx.query<{ id: string; helper_id: string; starts_at: Date }>(
      `select id, helper_id, starts_at from appointments where tenant_id = $1 and request_id = $2 and status = 'scheduled' order by created_at desc limit 1`,
      [tx.tenantId, row.id],
    );
    if (!appointment) return { takenBack: false, deadline: null };
    const deadline = new Date(appointment.starts_at.getTime() + sla.reallocationTimeoutMinutes * MINUTE_MS);
    if (now.getTime() < deadline.getTime()) return { takenBack: false, deadline };
    const reason = `The helper had not started ${sla.reallocationTimeoutMinutes} minutes after the agreed start; the request goes back to dispatch`;
    const reallocated = await this.handover.takeBackIn(tx, { request: row, appointmentId: appointment.id, reason, now });
    await tx.query(
      `insert into dispatch_offers (tenant_id, request_id, round, helper_id, wave, rank, score, distance_km, status, offered_at, answered_at, reason)
       values ($1, $2, $6, $3, 0, 1, 0, 0, 'released', $4, $4, $5)
       on conflict (tenant_id, request_id, round, helper_id) do update set status = 'released', reason = excluded.reason`,
      [tx.tenantId, row.id, appointment.helper_id, now, reason, round],
    );
    await countIn(tx, [appointment.helper_id], 'released');
    // Those who lost the race to the released helper may take it now.
    await tx.query(`update dispatch_offers set status = 'pending', answered_at = null where tenant_id = $1 and request_id = $2 and round = $3 and status = 'taken'`, [
      tx.tenantId,
      row.id,
      round,
    ]);
    return { takenBack: true, row: reallocated };
  }
}

/** What a look needs of the site once: the request's SLA version, the site's timezone and its top reward level. */
interface LookSite {
  sla: SlaPolicy;
  timeZone: string;
  topLevelRank: number;
}

async function lookSiteIn(tx: TenantTransaction, policies: TenantPolicyService, row: RequestRow): Promise<LookSite> {
  const [{ timezone }] = await tx.query<{ timezone: string }>(`select timezone from tenants where id = $1`, [tx.tenantId]);
  return { sla: await requestSlaIn(tx, policies, row), timeZone: timezone, topLevelRank: await topLevelRankIn(tx) };
}

/** The request's dispatch columns, how it was born, and its service's duration. */
export async function dispatchRowIn(tx: TenantTransaction, requestId: string): Promise<DispatchRow> {
  const [row] = await tx.query<DispatchRow>(
    `select r.dispatch_round, r.dispatch_round_started_at, r.dispatch_wave, r.dispatch_step, r.dispatch_tiers, r.dispatch_last_wave_at, r.dispatch_next_at, s.estimated_duration_minutes as duration_minutes,
            (select e.event from request_events e where e.tenant_id = r.tenant_id and e.request_id = r.id and e.sequence = 1) as birth
       from requests r join services s on s.tenant_id = r.tenant_id and s.id = r.service_id
      where r.tenant_id = $1 and r.id = $2`,
    [tx.tenantId, requestId],
  );
  return row;
}
