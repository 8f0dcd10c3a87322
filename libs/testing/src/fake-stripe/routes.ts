// The endpoints the fake answers, as Stripe names them, each mapped to the operation that serves it.
import Stripe from 'stripe';
import { ConnectAndCustomers } from './connect-and-customers.js';
import { PaymentIntents } from './payment-intents.js';
import { PaymentMethods } from './payment-methods.js';
import { RefundsAndDisputes } from './refunds-and-disputes.js';
import { Transfers } from './transfers.js';
import { unrecognizedUrl } from './stripe-errors.js';
import { Params, readExpand, readString, readStringList, rejectUnknownParams } from './request-params.js';
import { ok, Operation, readListQuery, Reply, StripeState } from './stripe-state.js';

type Handler = (operation: Operation, params: Params, id: string) => Reply;

interface Route {
  method: 'GET' | 'POST';
  pattern: RegExp;
  handle: Handler;
}

export interface Services {
  state: StripeState;
  paymentIntents: PaymentIntents;
  paymentMethods: PaymentMethods;
  refundsAndDisputes: RefundsAndDisputes;
  connect: ConnectAndCustomers;
  transfers: Transfers;
}

const LIST_PARAMS = ['created', 'limit', 'starting_after', 'ending_before', 'expand'];

export function buildRoutes({ state, paymentIntents, paymentMethods, refundsAndDisputes, connect, transfers }: Services): Route[] {
  const retrieve = (object: string, label: string): Handler => (operation, params, id) => {
    rejectUnknownParams(params, ['expand']);
    return ok(state.expand(operation.scope, state.get(operation.scope, id, object, label), readExpand(params)));
  };
  const ID = '([A-Za-z0-9_]+)';
  const route = (method: Route['method'], path: string, handle: Handler): Route => ({
    method,
    pattern: new RegExp(`^${path.replace(':id', ID)}$`),
    handle,
  });

  return [
    route('POST', '/v1/customers', (operation, params) => connect.createCustomer(operation, params)),
    route('GET', '/v1/customers/:id', (operation, params, id) => connect.retrieveCustomer(operation, id, params)),
    route('POST', '/v1/customers/:id', (operation, params, id) => connect.updateCustomer(operation, id, params)),

    route('POST', '/v1/payment_methods', (operation, params) => paymentMethods.create(operation, params)),
    route('POST', '/v1/payment_intents', (operation, params) => paymentIntents.create(operation, params)),
    route('GET', '/v1/payment_intents/:id', (operation, params, id) => paymentIntents.retrieve(operation, id, params)),
    route('POST', '/v1/payment_intents/:id', (operation, params, id) => paymentIntents.update(operation, id, params)),
    route('POST', '/v1/payment_intents/:id/confirm', (operation, params, id) => paymentIntents.confirm(operation, id, params)),
    route('POST', '/v1/payment_intents/:id/capture', (operation, params, id) => paymentIntents.capture(operation, id, params)),
    route('POST', '/v1/payment_intents/:id/cancel', (operation, params, id) => paymentIntents.cancel(operation, id, params)),

    route('POST', '/v1/refunds', (operation, params) => refundsAndDisputes.createRefund(operation, params)),
    route('GET', '/v1/refunds/:id', (operation, params, id) => refundsAndDisputes.retrieveRefund(operation, id, params)),
    route('GET', '/v1/charges/:id', retrieve('charge', 'charge')),
    route('GET', '/v1/disputes/:id', retrieve('dispute', 'dispute')),
    route('POST', '/v1/transfers', (operation, params) => transfers.createTransfer(operation, params)),
    route('GET', '/v1/transfers/:id', retrieve('transfer', 'transfer')),
    route('POST', '/v1/transfers/:id/reversals', (operation, params, id) => transfers.createReversal(operation, id, params)),
    route('GET', '/v1/application_fees/:id', retrieve('application_fee', 'application fee')),

    route('GET', '/v1/balance_transactions', (operation, params) => {
      rejectUnknownParams(params, [...LIST_PARAMS, 'currency', 'payout', 'source', 'type']);
      const type = readString(params, 'type');
      const source = readString(params, 'source');
      const currency = readString(params, 'currency');
      const list = state.list<Stripe.BalanceTransaction>(operation.scope, 'balance_transaction', '/v1/balance_transactions', readListQuery(params), (txn) =>
        (!type || txn.type === type) && (!source || txn.source === source) && (!currency || txn.currency === currency),
      );
      return ok(state.expand(operation.scope, list, readExpand(params)));
    }),
    route('GET', '/v1/balance_transactions/:id', retrieve('balance_transaction', 'balance transaction')),

    route('POST', '/v1/accounts', (operation, params) => connect.createAccount(operation, params)),
    route('GET', '/v1/accounts/:id', (operation, params, id) => connect.retrieveAccount(operation, id, params)),
    route('POST', '/v1/accounts/:id', (operation, params, id) => connect.updateAccount(operation, id, params)),
    route('POST', '/v1/account_links', (operation, params) => connect.createAccountLink(operation, params)),
    route('GET', '/v1/payouts/:id', (operation, params, id) => connect.retrievePayout(operation, id, params)),

    route('GET', '/v1/events', (operation, params) => {
      rejectUnknownParams(params, [...LIST_PARAMS, 'delivery_success', 'type', 'types']);
      const type = readString(params, 'type');
      const types = readStringList(params, 'types');
      const list = state.list<Stripe.Event>(operation.scope, 'event', '/v1/events', readListQuery(params), (event) =>
        (!type || eventTypeMatches(type, event.type)) && (!types || types.includes(event.type)),
      );
      return ok(state.expand(operation.scope, list, readExpand(params)));
    }),
    route('GET', '/v1/events/:id', retrieve('event', 'event')),
  ];
}

/** `type` accepts Stripe's wildcard form, e.g. `payment_intent.*`. */
function eventTypeMatches(filter: string, type: string): boolean {
  return filter.endsWith('*') ? type.startsWith(filter.slice(0, -1)) : filter === type;
}

/** What a publishable key may call, as at Stripe: making a payment method from a card typed in the browser. */
export const PUBLISHABLE_KEY_PATHS = ['/v1/payment_methods'];

export function findRoute(routes: Route[], method: string, path: string): { handle: Handler; id: string } {
  for (const candidate of routes) {
    if (candidate.method !== method) continue;
    const match = candidate.pattern.exec(path);
    if (match) return { handle: candidate.handle, id: match[1] ?? '' };
  }
  throw unrecognizedUrl(method, path);
}
