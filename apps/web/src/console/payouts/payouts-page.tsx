// Payouts: what Stripe paid to helpers' banks, newest first, and the reconciliation reports (the
// ledger compared with Stripe). An operator opens a report to read its differences, or asks for a
// period of whole days in the site's zone; the server's refusals (too long, not ended) sit next to
// the day they are about. A report stays pending until the worker has read Stripe.
import { useId, useRef, useState, type FormEvent } from 'react';
import { ApiError } from '../../graphql/client';
import type { ConsoleHelperPayoutsQuery as PayoutsResult, ConsoleReconciliationReportsQuery as ReportsResult } from '../../graphql/generated/graphql';
import { useSession } from '../../session/session';
import { useSite } from '../../tenant/site';
import { useRemote } from '../../use-remote';
import { LoadFailed } from '../load-failed';
import type { ConsoleMessages } from '../messages';
import { ListTable, PagedListView, usePagedList, type LoadPage } from '../paged-list';
import { pageOf } from '../paged-list-state';
import { payoutsMessages, type PayoutsMessages } from './messages';
import { HelperPayoutsQuery, PayoutHelpersQuery, ReconcilePaymentsMutation, ReconciliationReportQuery, ReconciliationReportsQuery } from './operations';
import { nextDay, siteDate, startOfSiteDay } from '../../i18n/site-time';
import './payouts.css';

/** A payout with its helper's name (payouts carry only the helper's id). */
type Payout = PayoutsResult['helperPayouts']['edges'][number]['node'] & { helperName: string | null };
type Report = ReportsResult['reconciliationReports']['edges'][number]['node'];

const MAX_PERIOD_DAYS = 92;
const DAY_MS = 86_400_000;

function refusalOf(c: ConsoleMessages, p: PayoutsMessages, error: unknown): string {
  if (!(error instanceof ApiError)) return c.failed;
  if (error.code === 'CONFLICT' && error.detail === 'OFFLINE_PAYMENTS') return p.errors.offline;
  return error.code === 'FORBIDDEN' ? c.forbidden : error.code === 'BAD_USER_INPUT' ? p.errors.invalid : c.failed;
}

/** A period as its first and last local day: reports run from a midnight to the next one. */
function usePeriodLabel() {
  const { format } = useSite();
  return (report: { periodFrom: string; periodTo: string }) => {
    const lastDay = new Date(Date.parse(report.periodTo) - 1).toISOString();
    return { from: format.date(report.periodFrom), to: format.date(lastDay) };
  };
}

/** A page of payouts, each with the name of its helper, looked up for the page at once. */
function usePayoutPages(): LoadPage<Payout> {
  const session = useSession();
  return async (after, signal) => {
    const { helperPayouts } = await session.call(HelperPayoutsQuery, { after }, { signal });
    const ids = [...new Set(helperPayouts.edges.map((edge) => edge.node.helperId))];
    const names = new Map<string, string>();
    if (ids.length > 0) {
      const { siteHelpers } = await session.call(PayoutHelpersQuery, { ids }, { signal });
      for (const { node } of siteHelpers.edges) names.set(node.id, node.displayName);
    }
    const page = pageOf(helperPayouts);
    return { ...page, items: page.items.map((payout) => ({ ...payout, helperName: names.get(payout.helperId) ?? null })) };
  };
}

function Payouts({ c, p }: { c: ConsoleMessages; p: PayoutsMessages }) {
  const { format } = useSite();
  const list = usePagedList('payouts', usePayoutPages());
  return (
    <section aria-labelledby="payouts-list-title" className="payouts-section">
      <h2 id="payouts-list-title">{p.payoutsTitle}</h2>
      <PagedListView c={c} list={list} loading={p.payoutsLoading} empty={p.payoutsEmpty} emptyTestId="payouts-empty" more={p.morePayouts}>
        {({ items }) => (
          <ListTable testId="payout-table" columns={[p.created, p.helper, p.amount, p.status, p.arrival, p.stripePayout]}>
            {items.map((payout) => (
              <tr key={payout.id}>
                <th scope="row">{format.dateTime(payout.createdAt)}</th>
                <td>{payout.helperName ?? p.unknownHelper}</td>
                <td>{format.money(payout.amountMinor, payout.currency)}</td>
                <td>{p.payoutStatus[payout.status]}</td>
                <td>{payout.arrivalDate ? format.date(payout.arrivalDate) : p.none}</td>
                <td>
                  <code className="payouts-id">{payout.providerPayoutId}</code>
                </td>
              </tr>
            ))}
          </ListTable>
        )}
      </PagedListView>
    </section>
  );
}

/** One report with its differences, loaded when opened. */
function ReportDetail({ c, p, id, close }: { c: ConsoleMessages; p: PayoutsMessages; id: string; close(): void }) {
  const session = useSession();
  const { format } = useSite();
  const periodOf = usePeriodLabel();
  const [remote, reload] = useRemote(`report:${id}`, (signal) => session.call(ReconciliationReportQuery, { id }, { signal }));
  const money = (minor: number | null | undefined, currency: string) => (minor === null || minor === undefined ? p.none : format.money(minor, currency));
  let body;
  if (remote.status === 'loading') {
    body = (
      <p className="muted" role="status">
        {p.reportLoading}
      </p>
    );
  } else if (remote.status === 'failed') {
    body = <LoadFailed c={c} error={remote.error} retry={reload} />;
  } else {
    const report = remote.data.reconciliationReport;
    const period = periodOf(report);
    body = (
      <>
        <h3 tabIndex={-1} ref={(element) => element?.focus()}>
          {p.reportTitle(p.periodOf(period.from, period.to))}
        </h3>
        <p>
          <span className="status" data-testid="report-detail-status">
            {p.reportStatus[report.status]}
          </span>{' '}
          <span className="muted">
            {p.checked(report.checkedCount)} · {p.differences(report.differenceCount)}
          </span>
        </p>
        {report.status === 'PENDING' ? (
          <p>{p.pendingHint}</p>
        ) : report.status === 'FAILED' ? (
          <p className="notice notice--error">{p.failedBecause(report.failureMessage ?? c.failed)}</p>
        ) : report.differences.length === 0 ? (
          <p>{p.noDifferences}</p>
        ) : (
          <ListTable testId="report-differences" columns={[p.object, p.status, p.stripeAmount, p.ledgerAmount]}>
            {report.differences.map((difference, index) => (
              <tr key={`${difference.stripeId ?? difference.paymentId ?? ''}:${index}`}>
                <th scope="row">
                  {difference.object} <code className="payouts-id">{difference.stripeId ?? difference.paymentId ?? p.none}</code>
                </th>
                <td>{p.kind[difference.kind]}</td>
                <td>{money(difference.stripeAmountMinor, difference.currency)}</td>
                <td>{money(difference.ledgerAmountMinor, difference.currency)}</td>
              </tr>
            ))}
          </ListTable>
        )}
      </>
    );
  }
  return (
    <div className="panel payouts-report" data-testid="report-detail">
      {body}
      <button className="button button--secondary" type="button" onClick={close}>
        {p.close}
      </button>
    </div>
  );
}

/** Asks for a reconciliation of whole local days; the last day is included. */
function ReconcileForm({ c, p, requested }: { c: ConsoleMessages; p: PayoutsMessages; requested(): void }) {
  const session = useSession();
  const { tenant } = useSite();
  const id = useId();
  const zone = tenant.timezone;
  const [from, setFrom] = useState(() => siteDate(zone, Date.now(), -7));
  const [to, setTo] = useState(() => siteDate(zone, Date.now(), -1));
  const [errors, setErrors] = useState<{ from?: string; to?: string }>({});
  const [refusal, setRefusal] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const fromRef = useRef<HTMLInputElement>(null);
  const toRef = useRef<HTMLInputElement>(null);

  const show = (next: { from?: string; to?: string }) => {
    setErrors(next);
    (next.from ? fromRef : toRef).current?.focus();
  };
  /** The server names the field; which of its rules failed follows from the days chosen. */
  const toErrorOf = (start: Date, end: Date): string =>
    end.getTime() > Date.now() ? p.errors.notEnded : end.getTime() - start.getTime() > MAX_PERIOD_DAYS * DAY_MS ? p.errors.tooLong : end <= start ? p.errors.order : p.errors.invalid;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!from) return show({ from: p.errors.fromRequired });
    if (!to) return show({ to: p.errors.toRequired });
    if (to < from) return show({ to: p.errors.order });
    const start = startOfSiteDay(from, zone);
    const end = startOfSiteDay(nextDay(to), zone);
    setBusy(true);
    setErrors({});
    setRefusal(null);
    try {
      await session.call(ReconcilePaymentsMutation, { from: start.toISOString(), to: end.toISOString() });
      requested();
    } catch (error) {
      if (error instanceof ApiError && error.field === 'from') show({ from: p.errors.invalid });
      else if (error instanceof ApiError && error.field === 'to') show({ to: toErrorOf(start, end) });
      else setRefusal(refusalOf(c, p, error));
    } finally {
      setBusy(false);
    }
  };

  const field = (name: 'from' | 'to', label: string, value: string, set: (value: string) => void, ref: typeof fromRef) => (
    <div className="field">
      <label htmlFor={`${id}-${name}`}>{label}</label>
      <input
        id={`${id}-${name}`}
        ref={ref}
        type="date"
        required
        value={value}
        onChange={(event) => set(event.target.value)}
        aria-invalid={errors[name] ? true : undefined}
        aria-describedby={errors[name] ? `${id}-${name}-error ${id}-hint` : `${id}-hint`}
      />
      {errors[name] ? (
        <p className="field__error" id={`${id}-${name}-error`} data-testid={`reconcile-${name}-error`}>
          {errors[name]}
        </p>
      ) : null}
    </div>
  );

  return (
    <form className="panel payouts-reconcile" onSubmit={(event) => void submit(event)} aria-labelledby={`${id}-title`} noValidate>
      <h3 id={`${id}-title`}>{p.reconcileTitle}</h3>
      <p className="field__hint" id={`${id}-hint`}>
        {p.reconcileHint}
      </p>
      <div className="payouts-reconcile__days">
        {field('from', p.from, from, setFrom, fromRef)}
        {field('to', p.to, to, setTo, toRef)}
      </div>
      {refusal ? (
        <p className="notice notice--error" role="alert">
          {refusal}
        </p>
      ) : null}
      <button className="button button--primary" type="submit" disabled={busy}>
        {p.reconcile}
      </button>
    </form>
  );
}

function ReportTable({ p, reports, open }: { p: PayoutsMessages; reports: Report[]; open(id: string): void }) {
  const periodOf = usePeriodLabel();
  return (
    <ListTable testId="report-table" columns={[p.period, p.status, p.differencesColumn, <span className="visually-hidden">{p.open}</span>]}>
      {reports.map((report) => {
        const period = periodOf(report);
        const label = p.periodOf(period.from, period.to);
        return (
          <tr key={report.id} data-testid="report-row">
            <th scope="row">
              {label}
              <br />
              <span className="muted">{report.requestedBy ? p.onRequest : p.nightly}</span>
            </th>
            <td data-testid="report-status">{p.reportStatus[report.status]}</td>
            <td>{report.status === 'COMPLETED' ? p.differences(report.differenceCount) : p.none}</td>
            <td>
              <button className="button button--secondary" type="button" onClick={() => open(report.id)}>
                {p.open}
                <span className="visually-hidden"> {p.reportTitle(label)}</span>
              </button>
            </td>
          </tr>
        );
      })}
    </ListTable>
  );
}

function Reconciliation({ c, p }: { c: ConsoleMessages; p: PayoutsMessages }) {
  const session = useSession();
  const list = usePagedList('reconciliation-reports', async (after, signal) => {
    const page = await session.call(ReconciliationReportsQuery, { after }, { signal });
    return pageOf(page.reconciliationReports);
  });
  const [opened, setOpened] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const requested = () => {
    setDone(p.requested);
    list.reload();
  };
  return (
    <section aria-labelledby="payouts-reports-title" className="payouts-section">
      <h2 id="payouts-reports-title">{p.reportsTitle}</h2>
      <p className="muted">{p.reportsLead}</p>
      <ReconcileForm c={c} p={p} requested={requested} />
      <div role="status">
        {done ? (
          <p className="notice console-saved" data-testid="reconcile-done">
            {done}
          </p>
        ) : null}
      </div>
      {opened ? <ReportDetail key={opened} c={c} p={p} id={opened} close={() => setOpened(null)} /> : null}
      <PagedListView c={c} list={list} loading={p.reportsLoading} empty={p.reportsEmpty} emptyTestId="reports-empty" more={p.moreReports}>
        {({ items }) => <ReportTable p={p} reports={items} open={setOpened} />}
      </PagedListView>
    </section>
  );
}

export function PayoutsPage({ c }: { c: ConsoleMessages }) {
  const { locale } = useSite();
  const p = payoutsMessages(locale);
  return (
    <section aria-labelledby="console-payouts-title">
      <h1 id="console-payouts-title">{p.title}</h1>
      <p className="page-lead muted">{p.lead}</p>
      <Payouts c={c} p={p} />
      <Reconciliation c={c} p={p} />
    </section>
  );
}
