// Rows of the helper tables, how they read, and the one way a helper's profile comes to exist: with
// the vetting steps of the policy version in force at that moment, kept for the rest of the vetting.
import { NotFoundError, type RequestContext, type TenantTransaction, UnauthenticatedError } from '@quartier/platform';
import { type TenantPolicyService, type VettingPolicy } from '@quartier/tenancy';
import type { HelperStatus, VettingStepStatus } from './vetting-transitions.js';

export interface ProfileRow {
  user_id: string;
  display_name: string;
  photo_url: string | null;
  bio: string;
  languages: string[];
  home_country_code: string | null;
  home_postal_code: string | null;
  service_radius_km: number | null;
  offers_remote_help: boolean;
  status: HelperStatus;
  status_changed_at: Date;
  suspension_reason: string | null;
  vetting_policy_version: number;
}

export const PROFILE_COLUMNS =
  'user_id, display_name, photo_url, bio, languages, home_country_code, home_postal_code, service_radius_km, offers_remote_help, status, status_changed_at, suspension_reason, vetting_policy_version';

export interface StepRow {
  helper_id: string;
  step_key: string;
  position: number;
  name: Record<string, string>;
  evidence_kind: string;
  required: boolean;
  expiry_days: number | null;
  status: VettingStepStatus;
  evidence_url: string | null;
  evidence_text: string | null;
  submitted_at: Date | null;
  reviewer_id: string | null;
  decision_note: string | null;
  decided_at: Date | null;
  expires_at: Date | null;
}

export const STEP_COLUMNS =
  'helper_id, step_key, position, name, evidence_kind, required, expiry_days, status, evidence_url, evidence_text, submitted_at, reviewer_id, decision_note, decided_at, expires_at';

export interface VettingStepView {
  key: string;
  name: string;
  position: number;
  evidenceKind: string;
  required: boolean;
  expiryDays: number | null;
  status: VettingStepStatus;
  evidenceUrl: string | null;
  evidenceText: string | null;
  submittedAt: Date | null;
  reviewerId: string | null;
  decisionNote: string | null;
  decidedAt: Date | null;
  expiresAt: Date | null;
}

export interface VettingProgressView {
  helperId: string;
  displayName: string;
  status: HelperStatus;
  statusChangedAt: Date;
  vettingPolicyVersion: number;
  suspensionReason: string | null;
  steps: VettingStepView[];
}

/** The step's name in the reader's locale, else the default locale, else its key. */
export function toStepView(row: StepRow, locale: string, defaultLocale: string): VettingStepView {
  return {
    key: row.step_key,
    name: row.name[locale] ?? row.name[defaultLocale] ?? Object.values(row.name).find(Boolean) ?? row.step_key,
    position: row.position,
    evidenceKind: row.evidence_kind,
    required: row.required,
    expiryDays: row.expiry_days,
    status: row.status,
    evidenceUrl: row.evidence_url,
    evidenceText: row.evidence_text,
    submittedAt: row.submitted_at,
    reviewerId: row.reviewer_id,
    decisionNote: row.decision_note,
    decidedAt: row.decided_at,
    expiresAt: row.expires_at,
  };
}

export function toProgressView(profile: ProfileRow, steps: StepRow[], locale: string, defaultLocale: string): VettingProgressView {
  return {
    helperId: profile.user_id,
    displayName: profile.display_name,
    status: profile.status,
    statusChangedAt: profile.status_changed_at,
    vettingPolicyVersion: profile.vetting_policy_version,
    suspensionReason: profile.suspension_reason,
    steps: steps.map((step) => toStepView(step, locale, defaultLocale)),
  };
}

/** The signed-in user's id; helper operations are only ever about the caller's own profile. */
export function callerId(ctx: RequestContext): string {
  if (ctx.actor.kind !== 'user') throw new UnauthenticatedError();
  return ctx.actor.userId;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** An id that is not a UUID names no row; the nil UUID keeps the answer NOT_FOUND like any unknown id. */
export function asUuid(id: string): string {
  return UUID.test(id) ? id : '00000000-0000-0000-0000-000000000000';
}

/** A helper's rating as shown: the average of their counted reviews' stars to one decimal; null before the first. */
export function averageStars(reviewCount: number, starsSum: number): number | null {
  return reviewCount > 0 ? Math.round((starsSum / reviewCount) * 10) / 10 : null;
}

export async function findProfile(tx: TenantTransaction, helperId: string, options: { lock: boolean }): Promise<ProfileRow | null> {
  const [row] = await tx.query<ProfileRow>(
    `select ${PROFILE_COLUMNS} from helper_profiles where tenant_id = $1 and user_id = $2::uuid ${options.lock ? 'for update' : ''}`,
    [tx.tenantId, asUuid(helperId)],
  );
  return row ?? null;
}

export function stepsOf(tx: TenantTransaction, helperIds: string[]): Promise<StepRow[]> {
  return tx.query<StepRow>(
    `select ${STEP_COLUMNS} from vetting_steps where tenant_id = $1 and helper_id = any($2::uuid[]) order by helper_id, position`,
    [tx.tenantId, helperIds],
  );
}

/**
 * The caller's profile, locked for the rest of the transaction; created on first use with the
 * account's display name and the steps of the vetting policy version in force (version 0: the
 * defaults, before the tenant stored one).
 */
export async function ensureOwnProfile(tx: TenantTransaction, policies: TenantPolicyService): Promise<ProfileRow> {
  const userId = callerId(tx.ctx);
  const existing = await findProfile(tx, userId, { lock: true });
  if (existing) return existing;
  const latest = await policies.latestIn(tx, 'vetting');
  const policy: VettingPolicy = latest?.document ?? (await policies.currentDocumentIn(tx, 'vetting'));
  const [created] = await tx.query<ProfileRow>(
    `insert into helper_profiles (tenant_id, user_id, display_name, vetting_policy_version)
     select $1, u.id, u.display_name, $3 from users u where u.tenant_id = $1 and u.id = $2
     on conflict do nothing
     returning ${PROFILE_COLUMNS}`,
    [tx.tenantId, userId, latest?.version ?? 0],
  );
  // A concurrent first use created it: read theirs, steps included.
  if (!created) {
    const theirs = await findProfile(tx, userId, { lock: true });
    if (!theirs) throw new NotFoundError('User');
    return theirs;
  }
  for (const [position, step] of policy.steps.entries()) {
    await tx.query(
      `insert into vetting_steps (tenant_id, helper_id, step_key, position, name, evidence_kind, required, expiry_days)
       values ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [tx.tenantId, userId, step.key, position, JSON.stringify(step.name), step.evidence, step.required, step.expiryDays],
    );
  }
  await tx.emit({
    type: 'helper.vetting_started',
    aggregateType: 'helper',
    aggregateId: userId,
    payload: { vettingPolicyVersion: created.vetting_policy_version, steps: policy.steps.map((step) => step.key) },
  });
  return created;
}
