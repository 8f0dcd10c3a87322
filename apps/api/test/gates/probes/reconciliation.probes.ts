// Probes of payment reconciliation (/graphql): operators read the reports; operator admins ask for one.
import { encodeCursor } from '@quartier/platform';
import type { Caller, FactsGatherer, Probe } from './probe.js';

const OPERATORS: Caller[] = ['operator_agent', 'operator_admin'];
const REPORT_FIELDS = 'id periodFrom periodTo status checkedCount differenceCount differences { kind object stripeId paymentId stripeAmountMinor ledgerAmountMinor currency } failureMessage requestedBy createdAt completedAt';

export const reconciliationProbes: Probe[] = [
  {
    endpoint: 'tenant',
    field: 'Query.reconciliationReports',
    document: `query($after: String) { reconciliationReports(first: 10, after: $after) { edges { cursor node { ${REPORT_FIELDS} } } pageInfo { hasNextPage endCursor } } }`,
    variables: (target) => ({ after: target.cursors.reconciliationReports }),
    foreignIds: true,
    allow: OPERATORS,
  },
  {
    endpoint: 'tenant',
    field: 'Query.reconciliationReport',
    document: `query($id: ID!) { reconciliationReport(id: $id) { ${REPORT_FIELDS} } }`,
    variables: (target) => ({ id: target.secrets.reconciliationReportId }),
    foreignIds: true,
    allow: OPERATORS,
  },
  {
    endpoint: 'tenant',
    field: 'Mutation.reconcilePayments',
    document: `mutation($from: DateTime!, $to: DateTime!) { reconcilePayments(from: $from, to: $to) { ${REPORT_FIELDS} } }`,
    variables: () => ({ from: '2026-01-01T00:00:00.000Z', to: '2026-01-02T00:00:00.000Z' }),
    foreignIds: false,
    allow: ['operator_admin'],
  },
];

export const gatherReconciliationFacts: FactsGatherer = async ({ api, tenant }) => {
  const [report] = await api.db.ownerQuery<{ id: string; created_key: string }>(
    `select id, to_char(created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as created_key
       from reconciliation_reports where tenant_id = $1 order by id limit 1`,
    [tenant.id],
  );
  if (!report) throw new Error('No reconciliation report of the gate target');
  return { secrets: { reconciliationReportId: report.id }, cursors: { reconciliationReports: encodeCursor({ t: report.created_key, id: report.id }) } };
};
