// A helper's customer-facing profile: what they tell about themselves, where they work and which
// services they offer at which price (within the tenant's pricing policy). The public view shows
// only approved helpers; any other id gets the same NOT_FOUND as an id that does not exist.
import { Injectable } from '@nestjs/common';
import { NotFoundError, type RequestContext, TenantDatabase, type TenantTransaction, ValidationError } from '@quartier/platform';
import { effectiveFixedPrice, fixedPriceBounds, type PricingMode, resolveLocalized } from '@quartier/catalog';
import { UserAccountsService } from '@quartier/identity';
import { loadPolicyTenant, type PricingPolicy, TenantPolicyService } from '@quartier/tenancy';
import { asUuid, averageStars, callerId, ensureOwnProfile, findProfile, PROFILE_COLUMNS, type ProfileRow } from './helper-rows.js';

export interface ProfileChanges {
  displayName?: string | null;
  photoUrl?: string | null;
  bio?: string | null;
  languages?: string[] | null;
  homePostalCode?: { countryCode: string; code: string } | null;
  serviceRadiusKm?: number | null;
  offersRemoteHelp?: boolean | null;
}

export interface SkillInput {
  serviceId: string;
  priceMinor?: number | null;
}

export interface HelperSkillView {
  serviceId: string;
  serviceSlug: string;
  serviceName: string;
  pricingMode: PricingMode;
  /** HOURLY: the hourly rate; FIXED: the price of the job; QUOTE: null (the helper quotes each job). */
  priceMinor: number | null;
  currency: string;
}

export interface ServiceAreaView {
  countryCode: string;
  postalCode: string;
  placeNames: string[];
  radiusKm: number | null;
}

export interface HelperProfileView {
  id: string;
  displayName: string;
  photoUrl: string | null;
  bio: string;
  languages: string[];
  /** Gives remote help: offered requests whose customer accepts a call first, wherever they live. */
  offersRemoteHelp: boolean;
  status: ProfileRow['status'];
  serviceArea: ServiceAreaView | null;
  skills: HelperSkillView[];
  /** Average stars of published, visible reviews by customers, to one decimal; null without any. */
  rating: number | null;
  reviewCount: number;
}

export interface PublicHelperView extends Omit<HelperProfileView, 'status'> {
  badgeName: string | null;
}

const MAX_SKILLS = 50;
const LANGUAGE = /^[a-z]{2}$/;

interface SkillRow {
  service_id: string;
  slug: string;
  names: Record<string, string>;
  pricing_mode: PricingMode;
  fixed_price_minor: number | null;
  price_minor: number | null;
}

function checkLanguages(languages: string[]): string[] {
  if (languages.length > 10) throw new ValidationError('languages', 'Give at most 10 languages');
  const codes = languages.map((language, index) => {
    const code = language.trim().toLowerCase();
    if (!LANGUAGE.test(code)) throw new ValidationError(`languages.${index}`, 'A language is a two-letter ISO 639-1 code, e.g. de');
    return code;
  });
  return [...new Set(codes)];
}

function checkText(field: string, value: string, min: number, max: number): string {
  const text = value.trim();
  if (text.length < min || text.length > max) throw new ValidationError(field, `${field} must be ${min}–${max} characters`);
  return text;
}

@Injectable()
export class HelperProfileService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly policies: TenantPolicyService,
    private readonly accounts: UserAccountsService,
  ) {}

  /**
   * A signed-in customer applies as a helper with the same account: the helper role is added and
   * the profile starts the vetting, as a helper sign-up's first profile save does. Asking again
   * answers with the profile as it is, so a retry after a lost answer is no error. The caller's
   * access token still carries the roles it was issued with: the next refreshSession has the new one.
   */
  becomeHelper(ctx: RequestContext, input: { displayName?: string | null }): Promise<HelperProfileView> {
    const displayName = input.displayName != null ? checkText('displayName', input.displayName, 1, 120) : null;
    return this.db.run(ctx, async (tx) => {
      const account = await this.accounts.findByIdOrThrow(tx, callerId(ctx));
      const alreadyHelper = account.roles.includes('helper');
      if (!alreadyHelper) {
        await this.accounts.grantRole(tx, { userId: account.id, role: 'helper' });
        await tx.emit({ type: 'user.role_granted', aggregateType: 'user', aggregateId: account.id, payload: { userId: account.id, role: 'helper' } });
      }
      let profile = await ensureOwnProfile(tx, this.policies);
      // The name is the applicant's to choose once; a repeated call leaves the profile as it is.
      if (!alreadyHelper && displayName && displayName !== profile.display_name) {
        [profile] = await tx.query<ProfileRow>(
          `update helper_profiles set display_name = $3, updated_at = now() where tenant_id = $1 and user_id = $2 returning ${PROFILE_COLUMNS}`,
          [tx.tenantId, profile.user_id, displayName],
        );
      }
      return this.viewOf(tx, profile, { includeArchived: true });
    });
  }

  /** The caller's profile, or null before they saved one. */
  myProfile(ctx: RequestContext): Promise<HelperProfileView | null> {
    return this.db.run(ctx, async (tx) => {
      const profile = await findProfile(tx, callerId(ctx), { lock: false });
      return profile ? this.viewOf(tx, profile, { includeArchived: true }) : null;
    });
  }

  /** Changes the given fields; null clears an optional one. Bad input names the field; nothing is written. */
  updateMyProfile(ctx: RequestContext, input: ProfileChanges): Promise<HelperProfileView> {
    const sets: Record<string, unknown> = {};
    if (input.displayName != null) sets.display_name = checkText('displayName', input.displayName, 1, 120);
    if (input.photoUrl !== undefined) {
      const url = input.photoUrl?.trim() || null;
      if (url && (!/^https?:\/\/[^\s]+$/i.test(url) || url.length > 2048)) throw new ValidationError('photoUrl', 'photoUrl must be an http(s) address');
      sets.photo_url = url;
    }
    if (input.bio !== undefined) sets.bio = checkText('bio', input.bio ?? '', 0, 2000);
    if (input.languages != null) sets.languages = checkLanguages(input.languages);
    if (input.serviceRadiusKm !== undefined) {
      const radius = input.serviceRadiusKm;
      if (radius !== null && (!Number.isInteger(radius) || radius < 1 || radius > 100)) {
        throw new ValidationError('serviceRadiusKm', 'serviceRadiusKm must be a whole number from 1 to 100');
      }
      sets.service_radius_km = radius;
    }
    if (input.offersRemoteHelp != null) sets.offers_remote_help = input.offersRemoteHelp;
    return this.db.run(ctx, async (tx) => {
      if (input.homePostalCode !== undefined) {
        const home = input.homePostalCode ? await this.findPostalCode(tx, input.homePostalCode) : null;
        sets.home_country_code = home?.country_code ?? null;
        sets.home_postal_code = home?.postal_code ?? null;
      }
      const profile = await ensureOwnProfile(tx, this.policies);
      const columns = Object.keys(sets);
      if (!columns.length) return this.viewOf(tx, profile, { includeArchived: true });
      const [updated] = await tx.query<ProfileRow>(
        `update helper_profiles set ${columns.map((column, index) => `${column} = $${index + 3}`).join(', ')}, updated_at = now()
          where tenant_id = $1 and user_id = $2
          returning ${PROFILE_COLUMNS}`,
        [tx.tenantId, profile.user_id, ...Object.values(sets)],
      );
      await tx.emit({ type: 'helper.profile_updated', aggregateType: 'helper', aggregateId: profile.user_id, payload: { fields: columns } });
      return this.viewOf(tx, updated, { includeArchived: true });
    });
  }

  /**
   * Replaces the caller's skills. HOURLY services need the helper's hourly rate within the policy's
   * bounds; FIXED services take the service's price unless the helper sets one within the bounds
   * for its duration; QUOTE services take no price.
   */
  setMySkills(ctx: RequestContext, input: { skills: SkillInput[] }): Promise<HelperProfileView> {
    if (input.skills.length > MAX_SKILLS) throw new ValidationError('skills', `Offer at most ${MAX_SKILLS} services`);
    return this.db.run(ctx, async (tx) => {
      const pricing = await this.policies.currentDocumentIn(tx, 'pricing');
      const seen = new Set<string>();
      const checked: { serviceId: string; priceMinor: number | null }[] = [];
      for (const [index, skill] of input.skills.entries()) {
        const [service] = await tx.query<{ id: string; pricing_mode: PricingMode; estimated_duration_minutes: number }>(
          `select id, pricing_mode, estimated_duration_minutes from services where tenant_id = $1 and id = $2::uuid and archived_at is null`,
          [tx.tenantId, asUuid(skill.serviceId)],
        );
        if (!service) throw new ValidationError(`skills.${index}.serviceId`, 'No such service on this site');
        if (seen.has(service.id)) throw new ValidationError(`skills.${index}.serviceId`, 'This service is listed twice');
        seen.add(service.id);
        checked.push({ serviceId: service.id, priceMinor: checkSkillPrice(`skills.${index}.priceMinor`, skill.priceMinor, service, pricing) });
      }
      const profile = await ensureOwnProfile(tx, this.policies);
      await tx.query(`delete from helper_skills where tenant_id = $1 and helper_id = $2`, [tx.tenantId, profile.user_id]);
      for (const [position, skill] of checked.entries()) {
        await tx.query(
          `insert into helper_skills (tenant_id, helper_id, service_id, price_minor, position) values ($1, $2, $3, $4, $5)`,
          [tx.tenantId, profile.user_id, skill.serviceId, skill.priceMinor, position],
        );
      }
      await tx.emit({ type: 'helper.skills_set', aggregateType: 'helper', aggregateId: profile.user_id, payload: { skills: checked } });
      return this.viewOf(tx, profile, { includeArchived: true });
    });
  }

  /** An approved, non-suspended helper as customers see them, wearing the site's badge. */
  publicHelper(ctx: RequestContext, input: { id: string }): Promise<PublicHelperView> {
    return this.db.run(ctx, async (tx) => {
      const profile = await findProfile(tx, input.id, { lock: false });
      if (profile?.status !== 'approved') throw new NotFoundError('Helper');
      const { status: _status, ...view } = await this.viewOf(tx, profile, { includeArchived: false });
      const branding = await this.policies.currentDocumentIn(tx, 'branding');
      return { ...view, badgeName: branding.badgeName ?? null };
    });
  }

  private async findPostalCode(tx: TenantTransaction, home: { countryCode: string; code: string }) {
    const countryCode = home.countryCode.trim().toUpperCase();
    const code = home.code.trim();
    if (!/^[A-Z]{2}$/.test(countryCode)) throw new ValidationError('homePostalCode.countryCode', 'countryCode must be two letters (ISO 3166-1)');
    const [row] = await tx.query<{ country_code: string; postal_code: string }>(
      `select country_code, postal_code from postal_codes where tenant_id = $1 and country_code = $2 and postal_code = $3`,
      [tx.tenantId, countryCode, code],
    );
    if (!row) throw new ValidationError('homePostalCode', `${countryCode} ${code} is not a postal code of this site`);
    return row;
  }

  private async viewOf(tx: TenantTransaction, profile: ProfileRow, options: { includeArchived: boolean }): Promise<HelperProfileView> {
    const tenant = await loadPolicyTenant(tx);
    const pricing = await this.policies.currentDocumentIn(tx, 'pricing');
    const skills = await tx.query<SkillRow>(
      `select s.id as service_id, s.slug, s.names, s.pricing_mode, s.fixed_price_minor, k.price_minor
         from helper_skills k join services s on s.tenant_id = k.tenant_id and s.id = k.service_id
        where k.tenant_id = $1 and k.helper_id = $2 and ($3 or s.archived_at is null)
        order by k.position, s.id`,
      [tx.tenantId, profile.user_id, options.includeArchived],
    );
    const [ratings] = await tx.query<{ review_count: number; stars_sum: number }>(
      `select review_count, stars_sum from helper_ratings where tenant_id = $1 and helper_id = $2`,
      [tx.tenantId, profile.user_id],
    );
    const reviewCount = ratings?.review_count ?? 0;
    let serviceArea: ServiceAreaView | null = null;
    if (profile.home_country_code && profile.home_postal_code) {
      const [place] = await tx.query<{ place_names: string[] }>(
        `select place_names from postal_codes where tenant_id = $1 and country_code = $2 and postal_code = $3`,
        [tx.tenantId, profile.home_country_code, profile.home_postal_code],
      );
      serviceArea = {
        countryCode: profile.home_country_code,
        postalCode: profile.home_postal_code,
        placeNames: place?.place_names ?? [],
        radiusKm: profile.service_radius_km,
      };
    }
    return {
      id: profile.user_id,
      displayName: profile.display_name,
      photoUrl: profile.photo_url,
      bio: profile.bio,
      languages: profile.languages,
      offersRemoteHelp: profile.offers_remote_help,
      status: profile.status,
      serviceArea,
      rating: averageStars(reviewCount, ratings?.stars_sum ?? 0),
      reviewCount,
      skills: skills.map((row) => ({
        serviceId: row.service_id,
        serviceSlug: row.slug,
        serviceName: resolveLocalized(row.names, tx.ctx.locale, tenant.defaultLocale) ?? row.slug,
        pricingMode: row.pricing_mode,
        priceMinor:
          row.pricing_mode === 'fixed'
            ? (row.price_minor ?? effectiveFixedPrice({ slug: row.slug, pricingMode: 'fixed', fixedPriceMinor: row.fixed_price_minor }, pricing))
            : row.price_minor,
        currency: pricing.currency,
      })),
    };
  }
}

function checkSkillPrice(
  field: string,
  price: number | null | undefined,
  service: { pricing_mode: PricingMode; estimated_duration_minutes: number },
  pricing: PricingPolicy,
): number | null {
  if (service.pricing_mode === 'quote') {
    if (price != null) throw new ValidationError(field, 'A service priced on quote takes no price: quote each job');
    return null;
  }
  if (price == null) {
    if (service.pricing_mode === 'hourly') throw new ValidationError(field, 'An hourly service needs your hourly rate');
    return null;
  }
  const { minMinor, maxMinor } =
    service.pricing_mode === 'hourly' ? pricing.helperHourlyRate : fixedPriceBounds(pricing, service.estimated_duration_minutes);
  if (!Number.isSafeInteger(price) || price < minMinor || price > maxMinor) {
    throw new ValidationError(field, `${field} must be between ${minMinor} and ${maxMinor} ${pricing.currency} minor units`);
  }
  return price;
}
