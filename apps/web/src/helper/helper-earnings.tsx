// /helper/earnings: what the helper earned, what is still to be paid out or held, their payout
// account (Stripe onboarding where the site pays by card) and the payouts made.
import { useState } from 'react';
import { ApiError } from '../graphql/client';
import { useSession } from '../session/session';
import { useSite } from '../tenant/site';
import { useRemote } from '../use-remote';
import { errorText, Loaded, useHelperTexts } from './helper-kit';
import { HelperEarningsQuery, HelperStartPayoutsMutation } from './operations';

export function HelperEarnings() {
  const h = useHelperTexts();
  const { format } = useSite();
  const session = useSession();
  const [remote, reload] = useRemote('helper-earnings', (signal) => session.call(HelperEarningsQuery, {}, { signal }));
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const startOnboarding = async () => {
    setBusy(true);
    setNotice(null);
    try {
      await session.call(HelperStartPayoutsMutation, {});
      reload();
    } catch (error) {
      setNotice(error instanceof ApiError && error.detail === 'OFFLINE_PAYOUTS' ? h.earnings.offlinePayouts : errorText(error, h));
    } finally {
      setBusy(false);
    }
  };
  return (
    <section aria-labelledby="helper-earnings-title">
      <h1 id="helper-earnings-title">{h.earnings.title}</h1>
      <Loaded remote={remote} reload={reload}>
        {({ myEarnings: earnings, myPayoutAccount: account, myPayouts: payouts }) => (
          <>
            <dl className="helper-figures" data-testid="earnings">
              {(
                [
                  [h.earnings.earned, earnings.earnedMinor],
                  [h.earnings.pending, earnings.pendingMinor],
                  [h.earnings.paidOut, earnings.paidOutMinor],
                  [h.earnings.frozen, earnings.frozenMinor],
                ] as const
              ).map(([label, minor]) => (
                <div key={label}>
                  <dt>{label}</dt>
                  <dd>{format.money(minor, earnings.currency)}</dd>
                </div>
              ))}
            </dl>
            <section className="panel" aria-labelledby="payouts-title">
              <h2 id="payouts-title">{h.earnings.payoutsTitle}</h2>
              {account ? (
                <p>
                  <span className="status">{h.earnings.payoutStatus[account.status]}</span>
                </p>
              ) : (
                <p>{h.earnings.noPayoutAccount}</p>
              )}
              {account?.onboardingUrl ? (
                <a className="button button--primary" href={account.onboardingUrl}>
                  {h.earnings.continueOnboarding}
                </a>
              ) : account?.status !== 'ACTIVE' ? (
                <button className="button button--primary" type="button" disabled={busy} onClick={() => void startOnboarding()}>
                  {h.earnings.startOnboarding}
                </button>
              ) : null}
              {notice ? (
                <p className="notice" role="status" data-testid="payout-notice">
                  {notice}
                </p>
              ) : null}
              <h3>{h.earnings.payoutsList}</h3>
              {payouts.edges.length === 0 ? (
                <p className="muted">{h.earnings.noPayouts}</p>
              ) : (
                <ul className="helper-list">
                  {payouts.edges.map(({ node }) => (
                    <li key={node.id}>
                      {format.date(node.createdAt)} · {format.money(node.amountMinor, node.currency)} · {node.status}
                    </li>
                  ))}
                </ul>
              )}
            </section>
          </>
        )}
      </Loaded>
    </section>
  );
}
