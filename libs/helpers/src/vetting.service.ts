// Vetting of helpers: helpers submit evidence step by step, operators decide each step, suspend and
// reinstate; steps expire. Every status change goes through the transitions table and writes a
// `helper.vetting_<event>` outbox event in the same transaction. Times come from the Clock.
import { Injectable } from '@nestjs/common';
import {
  Clock,
  ConflictError,
  decodeCursor,
  encodeCursor,
  NotFoundError,
  pageSize,
  type RequestContext,
  TenantDatabase,
  type TenantTransaction,
  toConnection,
  ValidationError,
} from '@quartier/platform';
import { loadPolicyTenant, TenantPolicyService } from '@quartier/tenancy';
import {
  asUuid,
  callerId,
  ensureOwnProfile,
  findProfile,
  PROFILE_COLUMNS,
  type ProfileRow,
  STEP_COLUMNS,
  type StepRow,
  stepsOf,
  toProgressView,
  type VettingProgressView,
} from './helper-rows.js';
import { nextStatus, type VettingEvent } from './vetting-transitions.js';

export type VettingDecision = 'approve' | 'reject';

export interface StepEvidence {
  url?: string | null;
  text?: string | null;
}

/** Extra columns set when a helper enters a status. */
const ENTERED_AT: Partial<Record<VettingEvent, string>> = {
  submitted: 'submitted_at',
  approved: 'approved_at',
  rejected: 'rejected_at',
  suspended: 'suspended_at',
};

function optionalText(field: string, value: string | null | undefined, max: number): string | null {
  const text = value?.trim() ?? '';
  if (text.length > max) throw new ValidationError(field, `${field} must be at most ${max} characters`);
  return text || null;
}

function checkEvidence(evidence: StepEvidence): { url: string | null; text: string | null } {
  const url = optionalText('evidence.url', evidence.url, 2048);
  if (url && !/^https?:\/\/[^\s]+$/i.test(url)) throw new ValidationError('evidence.url', 'evidence.url must be an http(s) address');
  const text = optionalText('evidence.text', evidence.text, 4000);
  if (!url && !text) throw new ValidationError('evidence', 'Give evidence as a url, a text or both');
  return { url, text };
}

@Injectable()
export class VettingService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly policies: TenantPolicyService,
    private readonly clock: Clock,
  ) {}

  /** The caller's vetting status and steps; null before they started a profile. */
  myProgress(ctx: RequestContext): Promise<VettingProgressView | null> {
    return this.db.run(ctx, async (tx) => {
      const profile = await findProfile(tx, callerId(ctx), { lock: false });
      return profile ? this.progressOf(tx, profile) : null;
    });
  }

  /**
   * The caller hands in evidence for one step (again, while it is not decided). The first
   * submission puts an applicant in review.
   */
  submitStep(ctx: RequestContext, input: { stepKey: string; evidence: StepEvidence }): Promise<VettingProgressView> {
    const evidence = checkEvidence(input.evidence);
    return this.db.run(ctx, async (tx) => {
      let profile = await ensureOwnProfile(tx, this.policies);
      if (profile.status === 'rejected' || profile.status === 'suspended') nextStatus(profile.status, 'submitted');
      const step = await this.findStep(tx, profile.user_id, input.stepKey);
      if (step.status === 'approved') throw new ConflictError('This step is approved already', { field: 'stepKey' });
      const now = this.clock.now();
      await tx.query(
        `update vetting_steps
            set status = 'submitted', evidence_url = $4, evidence_text = $5, submitted_at = $6,
                reviewer_id = null, decision_note = null, decided_at = null, expires_at = null
          where tenant_id = $1 and helper_id = $2 and step_key = $3`,
        [tx.tenantId, profile.user_id, step.step_key, evidence.url, evidence.text, now],
      );
      await tx.emit({ type: 'helper.vetting_step_submitted', aggregateType: 'helper', aggregateId: profile.user_id, payload: { stepKey: step.step_key } });
      if (profile.status === 'applicant') profile = await this.transition(tx, profile, 'submitted', now);
      return this.progressOf(tx, profile);
    });
  }

  /** Helpers in review, longest waiting first, with their steps. */
  queue(ctx: RequestContext, input: { first?: number | null; after?: string | null }) {
    const size = pageSize(input.first);
    const after = decodeCursor<{ t: string; id: string }>(input.after, ['t', 'id']);
    if (after && (Number.isNaN(Date.parse(after.t)) || asUuid(after.id) !== after.id)) throw new ValidationError('after', 'Malformed cursor');
    return this.db.run(ctx, async (tx) => {
      // The cursor keeps the time to the microsecond, as stored; a JavaScript Date would round it.
      const rows = await tx.query<ProfileRow & { changed_key: string }>(
        `select ${PROFILE_COLUMNS}, to_char(status_changed_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as changed_key
           from helper_profiles
          where tenant_id = $1 and status = 'in_review'
            and ($2::timestamptz is null or (status_changed_at, user_id) > ($2, $3::uuid))
          order by status_changed_at, user_id
          limit $4`,
        [tx.tenantId, after?.t ?? null, after?.id ?? null, size + 1],
      );
      const tenant = await loadPolicyTenant(tx);
      const steps = await stepsOf(tx, rows.slice(0, size).map((row) => row.user_id));
      return toConnection(
        rows,
        size,
        (row) => toProgressView(row, steps.filter((step) => step.helper_id === row.user_id), tx.ctx.locale, tenant.defaultLocale),
        (row) => encodeCursor({ t: row.changed_key, id: row.user_id }),
      );
    });
  }

  /**
   * An operator's decision on a submitted step. A rejected step rejects the helper; approving the
   * last required step approves them. An approved step with an expiry lasts that many days.
   */
  decideStep(ctx: RequestContext, input: { helperId: string; stepKey: string; decision: VettingDecision; note?: string | null }): Promise<VettingProgressView> {
    const note = optionalText('note', input.note, 2000);
    if (input.decision === 'reject' && !note) throw new ValidationError('note', 'Say why the step is rejected');
    return this.db.run(ctx, async (tx) => {
      let profile = await this.findHelper(tx, input.helperId);
      const event: VettingEvent = input.decision === 'approve' ? 'approved' : 'rejected';
      if (profile.status !== 'in_review') nextStatus(profile.status, event);
      const step = await this.findStep(tx, profile.user_id, input.stepKey);
      if (step.status !== 'submitted') throw new ConflictError('Only a submitted step can be decided', { field: 'stepKey', status: step.status });
      const now = this.clock.now();
      await tx.query(
        `update vetting_steps
            set status = $4, reviewer_id = $5, decision_note = $6, decided_at = $7,
                expires_at = case when $4 = 'approved' and expiry_days is not null then $7::timestamptz + make_interval(days => expiry_days) end
          where tenant_id = $1 and helper_id = $2 and step_key = $3`,
        [tx.tenantId, profile.user_id, step.step_key, event, callerId(ctx), note, now],
      );
      await tx.emit({
        type: 'helper.vetting_step_decided',
        aggregateType: 'helper',
        aggregateId: profile.user_id,
        payload: { stepKey: step.step_key, decision: event, reviewerId: callerId(ctx) },
      });
      if (event === 'rejected' || (await this.requiredStepsApproved(tx, profile.user_id))) {
        profile = await this.transition(tx, profile, event, now);
      }
      return this.progressOf(tx, profile);
    });
  }

  suspend(ctx: RequestContext, input: { helperId: string; reason: string }): Promise<VettingProgressView> {
    const reason = optionalText('reason', input.reason, 1000);
    if (!reason) throw new ValidationError('reason', 'Say why the helper is suspended');
    return this.db.run(ctx, async (tx) => {
      const profile = await this.findHelper(tx, input.helperId);
      return this.progressOf(tx, await this.transition(tx, profile, 'suspended', this.clock.now(), { reason }));
    });
  }

  /** Back to approved; a required step that expired meanwhile sends the helper on to review. */
  reinstate(ctx: RequestContext, input: { helperId: string }): Promise<VettingProgressView> {
    return this.db.run(ctx, async (tx) => {
      const now = this.clock.now();
      let profile = await this.transition(tx, await this.findHelper(tx, input.helperId), 'reinstated', now);
      if (!(await this.requiredStepsApproved(tx, profile.user_id))) profile = await this.transition(tx, profile, 'expired', now);
      return this.progressOf(tx, profile);
    });
  }

  /**
   * Approved steps past their expiry go back to pending; an approved helper missing a required step
   * goes back to review. For a scheduled job, inside one tenant's context.
   */
  expireSteps(ctx: RequestContext, input: { now?: Date } = {}): Promise<{ expiredSteps: number; helpersSentBack: number }> {
    const now = input.now ?? this.clock.now();
    return this.db.run(ctx, async (tx) => {
      const expired = await tx.query<{ helper_id: string; step_key: string; required: boolean }>(
        `update vetting_steps
            set status = 'pending', evidence_url = null, evidence_text = null, submitted_at = null, reviewer_id = null, decided_at = null
          where tenant_id = $1 and status = 'approved' and expires_at <= $2
          returning helper_id, step_key, required`,
        [tx.tenantId, now],
      );
      for (const step of expired) {
        await tx.emit({ type: 'helper.vetting_step_expired', aggregateType: 'helper', aggregateId: step.helper_id, payload: { stepKey: step.step_key } });
      }
      let helpersSentBack = 0;
      for (const helperId of new Set(expired.filter((step) => step.required).map((step) => step.helper_id))) {
        const profile = await findProfile(tx, helperId, { lock: true });
        if (profile?.status !== 'approved') continue;
        await this.transition(tx, profile, 'expired', now);
        helpersSentBack += 1;
      }
      return { expiredSteps: expired.length, helpersSentBack };
    });
  }

  private async transition(tx: TenantTransaction, profile: ProfileRow, event: VettingEvent, now: Date, extra: { reason?: string } = {}): Promise<ProfileRow> {
    const to = nextStatus(profile.status, event);
    const enteredAt = ENTERED_AT[event];
    const [row] = await tx.query<ProfileRow>(
      `update helper_profiles
          set status = $3, status_changed_at = $4, updated_at = now(),
              suspension_reason = $5${enteredAt ? `, ${enteredAt} = $4` : ''}
        where tenant_id = $1 and user_id = $2
        returning ${PROFILE_COLUMNS}`,
      [tx.tenantId, profile.user_id, to, now, to === 'suspended' ? (extra.reason ?? null) : null],
    );
    await tx.emit({
      type: `helper.vetting_${event}`,
      aggregateType: 'helper',
      aggregateId: profile.user_id,
      payload: { from: profile.status, to, vettingPolicyVersion: profile.vetting_policy_version, ...(extra.reason ? { reason: extra.reason } : {}) },
    });
    return row;
  }

  private async requiredStepsApproved(tx: TenantTransaction, helperId: string): Promise<boolean> {
    const [row] = await tx.query<{ open: string }>(
      `select count(*) as open from vetting_steps where tenant_id = $1 and helper_id = $2 and required and status <> 'approved'`,
      [tx.tenantId, helperId],
    );
    return Number(row.open) === 0;
  }

  private async findHelper(tx: TenantTransaction, helperId: string): Promise<ProfileRow> {
    const profile = await findProfile(tx, helperId, { lock: true });
    if (!profile) throw new NotFoundError('Helper');
    return profile;
  }

  private async findStep(tx: TenantTransaction, helperId: string, stepKey: string): Promise<StepRow> {
    const [step] = await tx.query<StepRow>(
      `select ${STEP_COLUMNS} from vetting_steps where tenant_id = $1 and helper_id = $2 and step_key = $3 for update`,
      [tx.tenantId, helperId, stepKey],
    );
    if (!step) throw new NotFoundError('Vetting step');
    return step;
  }

  private async progressOf(tx: TenantTransaction, profile: ProfileRow): Promise<VettingProgressView> {
    const tenant = await loadPolicyTenant(tx);
    return toProgressView(profile, await stepsOf(tx, [profile.user_id]), tx.ctx.locale, tenant.defaultLocale);
  }
}
