// A customer's request (/requests/<id>): where it stands, when and with whom, the price, how it is
// paid, its timeline, and cancelling while the request still allows it.
import { useCallback, useEffect, useRef, useState } from 'react';
import { CancelRequestMutation } from '../graphql/operations';
import { Link } from '../link';
import { useCatalog } from '../customer/use-catalog';
import { useRequireAccount, useSession } from '../session/session';
import { useSite } from '../tenant/site';
import { helperHref } from './booking-href';
import { RequestMessages } from './request-messages';
import { ReviewForm } from './review-form';
import { useCustomerRequest, type RequestView } from './use-customer-request';
import { useRequestUpdates } from './use-request-updates';

const CANCELLABLE = new Set(['OPEN', 'OFFERED', 'ESCALATED', 'ACCEPTED', 'SCHEDULED']);

function PaymentLine({ payment }: { payment: RequestView['payment'] }) {
  const { t, format } = useSite();
  const texts = t.request;
  if (!payment) return <>{texts.paymentPending}</>;
  const amount = format.money(payment.amountMinor, payment.currency);
  return <>{payment.provider === 'OFFLINE' ? texts.payOnSite(amount) : texts.payByCard(amount)}</>;
}

function RequestDetails({ view, version, reviewFirst, onChanged }: { view: RequestView; version: number; reviewFirst: boolean; onChanged(): void }) {
  const { t, format, tenant, locale } = useSite();
  const texts = t.request;
  const session = useSession();
  const catalog = useCatalog(locale);
  const [confirming, setConfirming] = useState(false);
  const [cancelState, setCancelState] = useState<'idle' | 'busy' | 'failed'>('idle');
  const heading = useRef<HTMLHeadingElement>(null);
  const { request, appointment } = view;
  const serviceName = catalog.status === 'ready' ? (catalog.byId.get(request.serviceId)?.name ?? '') : '';

  useEffect(() => {
    document.title = `${texts.title} – ${tenant.branding.displayName}`;
  }, [texts, tenant]);

  const cancel = async () => {
    setCancelState('busy');
    try {
      await session.call(CancelRequestMutation, { requestId: request.id });
      setConfirming(false);
      setCancelState('idle');
      onChanged();
    } catch {
      setCancelState('failed');
    }
  };

  return (
    <section aria-labelledby="request-title">
      <h1 id="request-title" ref={heading} tabIndex={-1}>
        {serviceName ? texts.titleOf(serviceName) : texts.title}
      </h1>
      {/* Announced when it changes while the page is open (live updates). */}
      <p className={`status status--${request.status.toLowerCase()}`} data-testid="request-status" role="status">
        {texts.status[request.status]}
      </p>
      <dl className="panel summary" data-testid="request-summary">
        {appointment ? (
          <>
            <dt>{t.booking.when}</dt>
            <dd>{t.booking.timeRange(format.dateTime(appointment.startsAt), format.time(appointment.endsAt))}</dd>
            <dt>{t.booking.helper}</dt>
            <dd>{view.helperName ? <Link href={helperHref(appointment.helperId, { serviceId: request.serviceId, postalCode: request.postalCode })}>{view.helperName}</Link> : '–'}</dd>
            <dt>{texts.total}</dt>
            <dd data-testid="request-price">{format.money(appointment.price.customerTotalMinor, appointment.price.currency)}</dd>
          </>
        ) : null}
        <dt>{t.postalCode}</dt>
        <dd>{request.postalCode}</dd>
        <dt>{t.booking.payment}</dt>
        <dd>
          <PaymentLine payment={view.payment} />
        </dd>
      </dl>

      {appointment?.status === 'COMPLETED' ? <ReviewForm appointmentId={appointment.id} written={view.review} focus={reviewFirst} onWritten={onChanged} /> : null}

      {appointment ? <RequestMessages requestId={request.id} helperId={appointment.helperId} helperName={view.helperName} version={version} /> : null}

      <section className="panel" aria-labelledby="request-timeline">
        <h2 id="request-timeline">{texts.timeline}</h2>
        <ol className="timeline">
          {request.timeline.map((step) => (
            <li key={step.sequence}>
              <strong>{texts.status[step.toStatus]}</strong> · <time dateTime={step.createdAt}>{format.dateTime(step.createdAt)}</time>
            </li>
          ))}
        </ol>
      </section>

      {CANCELLABLE.has(request.status) ? (
        <section className="panel" aria-labelledby="request-cancel">
          <h2 id="request-cancel">{texts.cancelTitle}</h2>
          <p className="muted">{texts.cancelNote}</p>
          {cancelState === 'failed' ? (
            <p className="notice notice--error" role="alert">
              {texts.cancelFailed}
            </p>
          ) : null}
          {confirming ? (
            <div className="button-row">
              <button className="button button--danger" type="button" onClick={() => void cancel()} disabled={cancelState === 'busy'}>
                {texts.cancelConfirm}
              </button>
              <button className="button button--secondary" type="button" onClick={() => setConfirming(false)}>
                {texts.keep}
              </button>
            </div>
          ) : (
            <button className="button button--secondary" type="button" onClick={() => setConfirming(true)}>
              {texts.cancel}
            </button>
          )}
        </section>
      ) : null}
    </section>
  );
}

export function RequestPage({ requestId, review }: { requestId: string; review: boolean }) {
  const { t, locale } = useSite();
  const signedIn = useRequireAccount();
  const [view, reload] = useCustomerRequest(requestId, signedIn, locale);
  // Each fresh read (a live update, a change made here) also refreshes the conversation.
  const [version, setVersion] = useState(0);
  const refresh = useCallback(() => {
    reload();
    setVersion((count) => count + 1);
  }, [reload]);
  useRequestUpdates(requestId, signedIn, refresh);
  if (!signedIn || view.status === 'loading') return <p className="muted" role="status">{t.request.loading}</p>;
  if (view.status === 'failed') {
    return <p className="notice notice--error" role="alert">{view.error.code === 'NOT_FOUND' || view.error.code === 'FORBIDDEN' ? t.request.notFound : t.request.failed}</p>;
  }
  return <RequestDetails view={view.data} version={version} reviewFirst={review} onChanged={refresh} />;
}
