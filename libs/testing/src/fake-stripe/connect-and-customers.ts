// Connect (express accounts, onboarding links, payout schedules, payouts) and customers.
import Stripe from 'stripe';
import { addBalanceTransaction } from './money-movement.js';
import { invalidParam, invalidRequest, missingParam } from './stripe-errors.js';
import {
  mergeMetadata,
  Params,
  readEnum,
  readExpand,
  readInteger,
  readObject,
  readString,
  rejectUnknownParams,
  requireString,
} from './request-params.js';
import { ok, Operation, randomToken, Reply, Scope, StripeState } from './stripe-state.js';

const ACCOUNT_UPDATE_PARAMS = [
  'account_token', 'business_profile', 'business_type', 'capabilities', 'company', 'default_currency', 'documents', 'email',
  'expand', 'external_account', 'groups', 'individual', 'metadata', 'settings', 'tos_acceptance',
] as const;
const ACCOUNT_CREATE_PARAMS = [...ACCOUNT_UPDATE_PARAMS, 'controller', 'country', 'type'] as const;
const CUSTOMER_PARAMS = [
  'address', 'balance', 'business_name', 'cash_balance', 'description', 'email', 'expand', 'individual_name', 'invoice_prefix',
  'invoice_settings', 'metadata', 'name', 'next_invoice_sequence', 'payment_method', 'phone', 'preferred_locales', 'shipping',
  'source', 'tax', 'tax_exempt', 'tax_id_data', 'test_clock', 'validate', 'default_source',
] as const;
/** What Stripe asks of a fresh express account before it can take charges and receive payouts. */
const ONBOARDING_REQUIREMENTS = [
  'business_profile.mcc', 'business_profile.url', 'external_account', 'individual.address.city', 'individual.address.line1',
  'individual.address.postal_code', 'individual.dob.day', 'individual.dob.month', 'individual.dob.year', 'individual.email',
  'individual.first_name', 'individual.last_name', 'individual.phone', 'tos_acceptance.date', 'tos_acceptance.ip',
];
const EURO_COUNTRIES = ['AT', 'BE', 'DE', 'EE', 'ES', 'FI', 'FR', 'GR', 'IE', 'IT', 'LT', 'LU', 'LV', 'NL', 'PT', 'SI', 'SK'];
const CURRENCIES: Record<string, string> = { CH: 'chf', US: 'usd', GB: 'gbp', CA: 'cad', AU: 'aud', SE: 'sek', NO: 'nok', DK: 'dkk', PL: 'pln' };
const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;
const DEFAULT_DELAY_DAYS = 2;

type Schedule = Stripe.Account.Settings.Payouts.Schedule;

export class ConnectAndCustomers {
  constructor(
    private readonly state: StripeState,
    private readonly baseUrl: () => string,
  ) {}

  createAccount(operation: Operation, params: Params): Reply {
    rejectUnknownParams(params, ACCOUNT_CREATE_PARAMS);
    const { scope } = operation;
    const controller = readObject(params, 'controller');
    const type = readEnum(params, 'type', ['custom', 'express', 'standard'] as const) ?? accountTypeFor(controller);
    const country = (readString(params, 'country') ?? 'US').toUpperCase();
    const capabilities: Record<string, string> = {};
    for (const [name, request] of Object.entries(readObject(params, 'capabilities') ?? {})) {
      if ((request as Params)?.['requested'] === 'true') capabilities[name] = 'inactive';
    }
    const account = this.state.insert(scope, {
      id: this.state.newId('acct'),
      object: 'account',
      business_profile: { mcc: null, name: null, support_email: null, url: null, ...(readObject(params, 'business_profile') ?? {}) },
      business_type: readEnum(params, 'business_type', ['company', 'government_entity', 'individual', 'non_profit'] as const) ?? null,
      capabilities,
      charges_enabled: false,
      controller: { type: 'application', is_controller: true },
      country,
      created: this.state.nowSeconds(),
      default_currency: readString(params, 'default_currency') ?? (EURO_COUNTRIES.includes(country) ? 'eur' : CURRENCIES[country] ?? 'usd'),
      details_submitted: false,
      email: readString(params, 'email') ?? null,
      external_accounts: { object: 'list', data: [], has_more: false, url: '' },
      future_requirements: requirements([]),
      metadata: mergeMetadata({}, params),
      payouts_enabled: false,
      requirements: { ...requirements(ONBOARDING_REQUIREMENTS), disabled_reason: 'requirements.past_due' },
      settings: {
        dashboard: { display_name: null, timezone: 'Etc/UTC' },
        payments: { statement_descriptor: null },
        payouts: {
          debit_negative_balances: true,
          schedule: readSchedule(params, { delay_days: DEFAULT_DELAY_DAYS, interval: 'daily' }),
          statement_descriptor: null,
        },
      },
      tos_acceptance: { date: null, ip: null, user_agent: null },
      type,
    } as unknown as Stripe.Account);
    return ok(this.state.expand(scope, account, readExpand(params)));
  }

  retrieveAccount(operation: Operation, id: string, params: Params): Reply {
    rejectUnknownParams(params, ['expand']);
    return ok(this.state.expand(operation.scope, this.findAccount(operation.scope, id), readExpand(params)));
  }

  updateAccount(operation: Operation, id: string, params: Params): Reply {
    rejectUnknownParams(params, ACCOUNT_UPDATE_PARAMS);
    const account = this.findAccount(operation.scope, id);
    const before = structuredClone(account);
    account.metadata = mergeMetadata(account.metadata ?? {}, params);
    account.email = readString(params, 'email') ?? account.email;
    const businessProfile = readObject(params, 'business_profile');
    if (businessProfile) account.business_profile = { ...account.business_profile, ...businessProfile } as Stripe.Account.BusinessProfile;
    for (const [name, request] of Object.entries(readObject(params, 'capabilities') ?? {})) {
      if ((request as Params)?.['requested'] === 'true' && account.capabilities) {
        const capabilities = account.capabilities as Record<string, string>;
        capabilities[name] ??= account.charges_enabled ? 'active' : 'inactive';
      }
    }
    const payouts = account.settings?.payouts;
    if (payouts) payouts.schedule = readSchedule(params, payouts.schedule);
    this.recordAccountUpdated(operation, account, before);
    return ok(this.state.expand(operation.scope, account, readExpand(params)));
  }

  createAccountLink(operation: Operation, params: Params): Reply {
    rejectUnknownParams(params, ['account', 'type', 'collect', 'collection_options', 'expand', 'refresh_url', 'return_url']);
    const accountId = requireString(params, 'account');
    const account = this.state.connectedAccount(operation.scope.platformId, accountId);
    if (!account) throw invalidRequest(`No such account: '${accountId}'`, { code: 'resource_missing', param: 'account' });
    if (!readEnum(params, 'type', ['account_onboarding', 'account_update'] as const)) throw missingParam('type');
    const refreshUrl = requireString(params, 'refresh_url');
    const returnUrl = requireString(params, 'return_url');
    this.state.onboardingLinks.set(accountId, { refreshUrl, returnUrl });
    const created = this.state.nowSeconds();
    return ok({
      object: 'account_link',
      created,
      expires_at: created + 300,
      url: `${this.baseUrl()}/onboarding/${accountId}`,
    } satisfies Stripe.AccountLink);
  }

  /** The account holder finishes Stripe's hosted onboarding: charges and payouts become possible. */
  completeOnboarding(platformId: string, account: Stripe.Account): Stripe.Account {
    const before = structuredClone(account);
    const capabilities = account.capabilities as Record<string, string>;
    for (const name of Object.keys(capabilities)) capabilities[name] = 'active';
    capabilities['transfers'] = 'active';
    account.charges_enabled = true;
    account.payouts_enabled = true;
    account.details_submitted = true;
    account.requirements = requirements([]);
    account.tos_acceptance = { date: this.state.nowSeconds(), ip: '127.0.0.1', user_agent: 'Mozilla/5.0' };
    const operation = { scope: this.state.platformScope(platformId), requestId: null, idempotencyKey: null };
    this.recordAccountUpdated(operation, account, before);
    return structuredClone(account);
  }

  /** Stripe pays the connected account's balance out to its bank: the payout arrives as `paid`. */
  payOut(platformId: string, accountId: string, input: { amount: number; currency: string }): Stripe.Payout {
    const scope: Scope = { platformId, accountId };
    const id = this.state.newId('po');
    const created = this.state.nowSeconds();
    const payout = this.state.insert(scope, {
      id,
      object: 'payout',
      amount: input.amount,
      application_fee: null,
      application_fee_amount: null,
      arrival_date: created,
      automatic: true,
      balance_transaction: null,
      created,
      currency: input.currency.toLowerCase(),
      description: 'STRIPE PAYOUT',
      destination: this.state.newId('ba'),
      failure_balance_transaction: null,
      failure_code: null,
      failure_message: null,
      livemode: false,
      metadata: {},
      method: 'standard',
      original_payout: null,
      payout_method: null,
      reconciliation_status: 'completed',
      reversed_by: null,
      source_type: 'card',
      statement_descriptor: null,
      status: 'paid',
      trace_id: { status: 'supported', value: null },
      type: 'bank_account',
    } as unknown as Stripe.Payout);
    payout.balance_transaction = addBalanceTransaction(this.state, scope, {
      amount: -input.amount,
      currency: payout.currency,
      type: 'payout',
      source: id,
      description: 'STRIPE PAYOUT',
      reportingCategory: 'payout',
    }).id;
    const operation = { scope, requestId: null, idempotencyKey: null };
    this.state.recordEvent(operation, 'payout.created', { ...payout, status: 'pending' } as Stripe.Payout);
    this.state.recordEvent(operation, 'payout.paid', payout);
    return structuredClone(payout);
  }

  retrievePayout(operation: Operation, id: string, params: Params): Reply {
    rejectUnknownParams(params, ['expand']);
    const payout = this.state.get<Stripe.Payout>(operation.scope, id, 'payout', 'payout');
    return ok(this.state.expand(operation.scope, payout, readExpand(params)));
  }

  createCustomer(operation: Operation, params: Params): Reply {
    rejectUnknownParams(params, CUSTOMER_PARAMS);
    const customer = this.state.insert(operation.scope, {
      id: this.state.newId('cus'),
      object: 'customer',
      address: null,
      balance: readInteger(params, 'balance') ?? 0,
      created: this.state.nowSeconds(),
      currency: null,
      default_source: null,
      delinquent: false,
      description: readString(params, 'description') ?? null,
      discount: null,
      email: readString(params, 'email') ?? null,
      invoice_prefix: randomToken(8).toUpperCase(),
      invoice_settings: { custom_fields: null, default_payment_method: null, footer: null, rendering_options: null },
      livemode: false,
      metadata: mergeMetadata({}, params),
      name: readString(params, 'name') ?? null,
      next_invoice_sequence: 1,
      phone: readString(params, 'phone') ?? null,
      preferred_locales: readStringArray(params, 'preferred_locales'),
      shipping: null,
      tax_exempt: 'none',
      test_clock: null,
    } as unknown as Stripe.Customer);
    this.state.recordEvent(operation, 'customer.created', customer);
    return ok(this.state.expand(operation.scope, customer, readExpand(params)));
  }

  retrieveCustomer(operation: Operation, id: string, params: Params): Reply {
    rejectUnknownParams(params, ['expand']);
    const customer = this.state.get<Stripe.Customer>(operation.scope, id, 'customer', 'customer');
    return ok(this.state.expand(operation.scope, customer, readExpand(params)));
  }

  updateCustomer(operation: Operation, id: string, params: Params): Reply {
    rejectUnknownParams(params, CUSTOMER_PARAMS);
    const customer = this.state.get<Stripe.Customer>(operation.scope, id, 'customer', 'customer');
    const previous = { metadata: { ...customer.metadata }, email: customer.email, name: customer.name, phone: customer.phone };
    customer.metadata = mergeMetadata(customer.metadata, params);
    customer.email = readString(params, 'email') ?? customer.email;
    customer.name = readString(params, 'name') ?? customer.name;
    customer.phone = readString(params, 'phone') ?? customer.phone;
    customer.description = readString(params, 'description') ?? customer.description;
    if (params['preferred_locales'] !== undefined) customer.preferred_locales = readStringArray(params, 'preferred_locales');
    this.state.recordEvent(operation, 'customer.updated', customer, previous);
    return ok(this.state.expand(operation.scope, customer, readExpand(params)));
  }

  private findAccount(scope: Scope, id: string): Stripe.Account {
    const account = this.state.connectedAccount(scope.platformId, id);
    if (!account || (scope.accountId !== scope.platformId && scope.accountId !== id)) {
      throw invalidRequest(`No such account: '${id}'`, { code: 'resource_missing', param: 'account' });
    }
    return account;
  }

  /** account.updated goes to the platform's Connect endpoints, carrying the connected account's id. */
  private recordAccountUpdated(operation: Operation, account: Stripe.Account, before: Stripe.Account): void {
    const previous: Record<string, unknown> = {};
    const current = account as unknown as Record<string, unknown>;
    for (const [key, value] of Object.entries(before)) {
      if (JSON.stringify(value) !== JSON.stringify(current[key])) previous[key] = value;
    }
    const scope = { platformId: operation.scope.platformId, accountId: account.id };
    this.state.recordEvent({ ...operation, scope }, 'account.updated', account, previous);
  }
}

function accountTypeFor(controller: Params | undefined): Stripe.Account.Type {
  if (!controller) throw invalidRequest('You must provide `type` or `controller` to create an account.', { code: 'parameter_missing', param: 'type' });
  const dashboard = (controller['stripe_dashboard'] as Params | undefined)?.['type'];
  return dashboard === 'express' ? 'express' : dashboard === 'full' ? 'standard' : 'custom';
}

function requirements(due: string[]): Stripe.Account.Requirements {
  return {
    alternatives: [],
    current_deadline: null,
    currently_due: [...due],
    disabled_reason: null,
    errors: [],
    eventually_due: [...due],
    past_due: [...due],
    pending_verification: [],
  };
}

function readStringArray(params: Params, name: string): string[] {
  const value = params[name];
  if (value === undefined || value === '') return [];
  return (Array.isArray(value) ? value : Object.values(value as object)).map(String);
}

/** Applies `settings[payouts][schedule][…]` as Stripe validates it. */
function readSchedule(params: Params, current: Schedule): Schedule {
  const schedule = readObject(readObject(readObject(params, 'settings') ?? {}, 'payouts') ?? {}, 'schedule');
  if (!schedule) return current;
  const prefix = 'settings[payouts][schedule]';
  const interval = readEnum(schedule, 'interval', ['daily', 'manual', 'monthly', 'weekly'] as const) ?? current.interval;
  const next: Schedule = { delay_days: current.delay_days, interval };
  const delay = schedule['delay_days'];
  if (delay === 'minimum') next.delay_days = DEFAULT_DELAY_DAYS;
  else if (delay !== undefined) {
    const days = readInteger(schedule, 'delay_days', `${prefix}[delay_days]`) as number;
    if (days < DEFAULT_DELAY_DAYS || days > 365) {
      throw invalidParam(`${prefix}[delay_days]`, `The delay_days must be between ${DEFAULT_DELAY_DAYS} and 365.`);
    }
    next.delay_days = days;
  }
  if (interval === 'weekly') {
    const anchor = readString(schedule, 'weekly_anchor') ?? current.weekly_anchor ?? 'monday';
    if (!(WEEKDAYS as readonly string[]).includes(anchor)) {
      throw invalidParam(`${prefix}[weekly_anchor]`, `Invalid ${prefix}[weekly_anchor]: must be one of ${WEEKDAYS.join(', ')}`);
    }
    next.weekly_anchor = anchor;
  }
  if (interval === 'monthly') {
    const anchor = readInteger(schedule, 'monthly_anchor', `${prefix}[monthly_anchor]`) ?? current.monthly_anchor ?? 1;
    if (anchor < 1 || anchor > 31) throw invalidParam(`${prefix}[monthly_anchor]`, 'The monthly_anchor must be between 1 and 31.');
    next.monthly_anchor = anchor;
  }
  return next;
}
