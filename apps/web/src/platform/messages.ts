// The platform console's texts, one typed catalog per locale (de in Swiss usage, fr, it, en). A
// missing or extra key in any catalog fails the type check.
import { LOCALES, type Locale } from '../i18n/messages';
import { de } from './messages/de';
import { en } from './messages/en';
import { fr } from './messages/fr';
import { it } from './messages/it';

export type TenantStatus = 'provisioning' | 'active' | 'suspended';

/** The onboarding wizard's fields, named as the server names them in its errors. */
export type TenantField =
  | 'slug'
  | 'name'
  | 'domains'
  | 'displayName'
  | 'primaryColor'
  | 'accentColor'
  | 'logoUrl'
  | 'badgeName'
  | 'locales'
  | 'defaultLocale'
  | 'currency'
  | 'timezone'
  | 'operatorAdminName'
  | 'operatorAdminEmail';

export type WizardStep = 'site' | 'branding' | 'region' | 'operator' | 'summary';

export interface PlatformMessages {
  consoleName: string;
  skipToContent: string;
  language: string;
  loading: string;
  loadFailed: string;
  retry: string;
  notFound: string;
  nav: { tenants: string; newTenant: string; queues: string; logOut: string; signedInAs(name: string): string };
  queues: {
    title: string;
    lead: string;
    refresh: string;
    updatedAt(time: string): string;
    counts: Record<'waiting' | 'active' | 'delayed' | 'failed' | 'completed', string>;
    paused: string;
    /** Names of the product's queues; an unknown queue shows its technical name. */
    names: Record<string, string>;
  };
  login: {
    title: string;
    lead: string;
    email: string;
    password: string;
    submit: string;
    submitting: string;
    invalidCredentials: string;
    rateLimited: string;
    failed: string;
  };
  tenants: {
    title: string;
    search: string;
    searchHint: string;
    searchSubmit: string;
    count(count: number): string;
    empty: string;
    noMatch(search: string): string;
    usage: string;
    customers(count: number): string;
    helpers(count: number): string;
    operators(count: number): string;
    openInvitations(count: number): string;
    createdOn(date: string): string;
    next: string;
    first: string;
  };
  status: Record<TenantStatus, string>;
  suspension: {
    suspend: string;
    reactivate: string;
    reason: string;
    reasonHint: string;
    confirm: string;
    cancel: string;
    suspendedBecause(reason: string): string;
    reasonInvalid: string;
    alreadyChanged: string;
    failed: string;
  };
  tenant: {
    back: string;
    site: string;
    openSite: string;
    slug: string;
    domains: string;
    noDomains: string;
    locales: string;
    defaultLocale: string;
    currency: string;
    timezone: string;
    created: string;
    provisioned: string;
    notYet: string;
    /** `invitee`: the operator's name and email, or the email alone. */
    invited(invitee: string, until: string): string;
  };
  wizard: {
    title: string;
    stepOf(step: number, total: number): string;
    steps: Record<WizardStep, string>;
    labels: Record<TenantField, string>;
    /** `host`: where the new site will be, e.g. <slug>.localhost:3000. */
    slugHint(host: string): string;
    hints: Partial<Record<TenantField, string>>;
    next: string;
    back: string;
    create: string;
    creating: string;
    edit: string;
    none: string;
    summaryLead: string;
    localeRequired: string;
  };
  fieldErrors: {
    taken: Partial<Record<TenantField, string>>;
    invalid: Record<TenantField, string>;
  };
  submitFailed: string;
  languages: Record<Locale, string>;
}

export const PLATFORM_CATALOGS: Record<Locale, PlatformMessages> = { de, fr, it, en };

export { LOCALES };
