// Probes of the payments domain (/graphql): operator admins connect and disconnect the site's Stripe
// account, operators read it masked. None takes an id: a foreign tenant can only be aimed at by host.
import type { Caller, Probe } from './probe.js';

const OPERATORS: Caller[] = ['operator_agent', 'operator_admin'];
const OPERATOR_ADMIN: Caller[] = ['operator_admin'];
const STRIPE_ACCOUNT_FIELDS = 'mode secretKeyMasked webhookSecretMasked connectedAt connectedBy';

export const paymentsProbes: Probe[] = [
  {
    endpoint: 'tenant',
    field: 'Query.stripeAccount',
    document: `{ stripeAccount { ${STRIPE_ACCOUNT_FIELDS} } }`,
    foreignIds: false,
    allow: OPERATORS,
  },
  {
    endpoint: 'tenant',
    field: 'Mutation.connectStripeAccount',
    document: `mutation($secretKey: String!, $webhookSecret: String!) {
      connectStripeAccount(secretKey: $secretKey, webhookSecret: $webhookSecret) { ${STRIPE_ACCOUNT_FIELDS} }
    }`,
    variables: () => ({ secretKey: 'sk_test_gateprobe0000000001', webhookSecret: 'whsec_gateprobe0001' }),
    foreignIds: false,
    allow: OPERATOR_ADMIN,
  },
  {
    endpoint: 'tenant',
    field: 'Mutation.disconnectStripeAccount',
    document: 'mutation { disconnectStripeAccount }',
    foreignIds: false,
    allow: OPERATOR_ADMIN,
  },
];

