// The console's first page: what needs attention now (requests still looking for a helper, those whose
// first answer the SLA wants soon, helpers on shift) and how the last 30 days went (volume and first
// responses per service and postal area from the analytics breakdowns, rating).
import { useMemo } from 'react';
import type { ConsoleDashboardQuery as DashboardResult } from '../graphql/generated/graphql';
import { Link } from '../link';
import { useSession } from '../session/session';
import { useSite } from '../tenant/site';
import { useRemote } from '../use-remote';
import { BarChart } from './bar-chart';
import { ConsoleDashboardQuery } from './console-operations';
import { type BreakdownBar, dashboardFigures, RESPONSE_WARNING_MINUTES } from './dashboard-figures';
import { LoadFailed } from './load-failed';
import type { ConsoleMessages } from './messages';
import { consoleHref } from './routes';

const PERIOD_DAYS = 30;
const DAY_MS = 24 * 60 * 60 * 1000;

function Figure({ label, value, detail, testId }: { label: string; value: string; detail?: string; testId: string }) {
  return (
    <div className="console-figure">
      <dt>{label}</dt>
      <dd className={/^\d/.test(value) ? 'console-figure__value' : 'console-figure__value console-figure__value--words'} data-testid={testId}>
        {value}
      </dd>
      {detail ? <dd className="muted">{detail}</dd> : null}
    </div>
  );
}

function DashboardBody({ c, data, now }: { c: ConsoleMessages; data: DashboardResult; now: number }) {
  const { format } = useSite();
  const d = c.dashboard;
  const figures = useMemo(() => dashboardFigures(data, now, d.area), [data, now, d]);
  const { rating, volume, firstResponse } = data.operatorAnalytics;
  const average = rating.average ?? null;
  const shift = data.helpersOnShift;
  const describe = (bar: BreakdownBar) =>
    [bar.label, d.requestsCount(bar.value), bar.withinSlaPercent === null ? null : d.firstAnswersWithin(format.stars(bar.withinSlaPercent))].filter(Boolean).join(', ');
  return (
    <>
      <dl className="console-figures">
        <Figure label={d.openRequests} value={String(figures.open)} testId="figure-open" />
        <Figure label={d.nearSla} value={String(figures.nearSla.length)} testId="figure-near-sla" />
        <Figure label={d.helpersOnShift} value={String(shift.count)} detail={shift.onJob > 0 ? d.helpersOnJob(shift.onJob) : undefined} testId="figure-on-shift" />
        <Figure
          label={d.averageRating}
          value={average === null ? d.noRating : format.stars(average)}
          detail={average === null ? undefined : d.ratingOf(format.stars(average), rating.count)}
          testId="figure-rating"
        />
        <Figure label={d.volume} value={String(volume.posted + volume.booked)} detail={d.volumeOf(volume.posted, volume.booked)} testId="figure-volume" />
        <Figure
          label={d.firstResponse}
          value={typeof firstResponse.withinSlaPercent === 'number' ? d.withinSla(format.stars(firstResponse.withinSlaPercent)) : d.noSlaYet}
          testId="figure-first-response"
        />
      </dl>

      <section className="panel" aria-labelledby="console-near-sla">
        <h2 id="console-near-sla">{d.nearSlaTitle}</h2>
        <p className="muted">{d.nearSlaHint(RESPONSE_WARNING_MINUTES)}</p>
        {figures.nearSlaPartial ? <p className="muted">{d.nearSlaPartial}</p> : null}
        {figures.nearSla.length === 0 ? (
          <p>{d.noneNearSla}</p>
        ) : (
          <ul className="console-list" data-testid="near-sla-list">
            {figures.nearSla.map((request) => (
              <li key={request.id}>
                <Link href={consoleHref.request(request.id)}>
                  {request.postalCode} · {c.status[request.status]}
                </Link>
                <span className="muted">
                  {' '}
                  {Date.parse(request.responseDueAt) <= now ? d.responseOverdue(format.dateTime(request.responseDueAt)) : d.responseDue(format.dateTime(request.responseDueAt))},{' '}
                  {d.waitingSince(format.dateTime(request.createdAt))}, {d.expires(format.dateTime(request.expiresAt))}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>

      {figures.perService.length === 0 ? (
        <p className="panel">{d.noRequests}</p>
      ) : (
        <div className="console-charts">
          <BarChart
            title={d.perService}
            bars={figures.perService}
            describe={describe}
            tableLabel={d.showTable}
            nameHeading={d.tableName}
            valueHeading={d.tableCount}
            testId="chart-services"
          />
          <BarChart
            title={d.perArea}
            bars={figures.perArea}
            describe={describe}
            tableLabel={d.showTable}
            nameHeading={d.tableName}
            valueHeading={d.tableCount}
            testId="chart-areas"
          />
        </div>
      )}
    </>
  );
}

export function ConsoleDashboard({ c }: { c: ConsoleMessages }) {
  const session = useSession();
  const [remote, reload] = useRemote('dashboard', async (signal) => {
    const now = Date.now();
    const from = new Date(now - PERIOD_DAYS * DAY_MS).toISOString();
    const data = await session.call(ConsoleDashboardQuery, { filter: { from, to: new Date(now).toISOString() } }, { signal });
    return { data, now };
  });
  return (
    <section aria-labelledby="console-dashboard-title">
      <h1 id="console-dashboard-title">{c.dashboard.title}</h1>
      <p className="page-lead muted">{c.dashboard.period}</p>
      {remote.status === 'loading' ? (
        <p className="muted" role="status">
          {c.dashboard.loading}
        </p>
      ) : remote.status === 'failed' ? (
        <LoadFailed c={c} error={remote.error} retry={reload} />
      ) : (
        <DashboardBody c={c} data={remote.data.data} now={remote.data.now} />
      )}
    </section>
  );
}
