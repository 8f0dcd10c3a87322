// A customer's request (/requests/<id>): where it stands, when and with whom, the price, how it is
// paid (with the card form while a card is wanted), how remote-first help goes on (a call, then a
// visit when needed), its timeline, and cancelling while the request still allows it.
import { lazy, Suspense, useCallback, useEffect, useRef, useState } from 'react';
import { CancelRequestMutation } from '../graphql/operations';
import { Link } from '../link';
import { useCatalog } from '../customer/use-catalog';
import { useRequireAccount, useSession } from '../session/session';
import { useSite } from '../tenant/site';
import { helperHref } from './booking-href';
import { helpStageOf, type HelpStage } from './help-stage';
import { PaymentStatus, wantsCard } from './payment-status';
import { RequestMessages } from './request-messages';
import { RequestOffers } from './request-offers';
import { ReviewForm } from './review-form';
import { useCustomerRequest, type RequestView } from './use-customer-request';
import { useRequestUpdates } from './use-request-updates';

const CardPayment = lazy(() => import('./card-payment'));

const CANCELLABLE = new Set(['OPEN', 'OFFERED', 'ESCALATED', 'ACCEPTED', 'SCHEDULED']);
/** A posted request still looking for a helper: its page gathers the offers. */
const TAKING_OFFERS = new Set(['OPEN', 'OFFERED', 'ESCALATED']);
/** How long the page waits before each new read while the payment is being prepared or a card checked. */
const PAYMENT_CHECK_DELAYS_MS = [1_000, 1_000, 2_000, 2_000, 5_000, 10_000, 15_000];

function HelpStageNote({ stage }: { stage: NonNullable<HelpStage> }) {
  const { t, format } = useSite();
  const texts = t.request;
  if (stage.kind === 'call-first') return <p className="panel request-help-mode" data-testid="request-help-mode">{texts.startsWithCall}</p>;
  if (stage.kind === 'call-booked') return <p className="panel request-help-mode" data-testid="request-help-mode">{texts.callAt(format.dateTime(stage.startsAt))}</p>;
  return (
    <div className="panel request-help-mode" data-testid="request-help-mode">
      <p>
        <strong>{texts.visitNeeded}</strong>
      </p>
      {stage.note ? <p data-testid="request-visit-note">{texts.visitNote(stage.note)}</p> : null}
      <p>{texts.findingVisit}</p>
    </div>
  );
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
  const service = catalog.status === 'ready' ? catalog.byId.get(request.serviceId) : undefined;
  const serviceName = service?.name ?? '';
  const stage = helpStageOf(request, appointment);
  // A booking taken back (the call handed on, a helper released) no longer says when or with whom.
  const handedBack = appointment?.status === 'CANCELLED' && TAKING_OFFERS.has(request.status);

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
      {request.knownOutage ? (
        <p className="notice" role="note" data-testid="request-outage">
          {t.offers.outage(request.knownOutage.message)}
        </p>
      ) : null}
      {stage ? <HelpStageNote stage={stage} /> : null}
      <dl className="panel summary" data-testid="request-summary">
        {appointment ? (
          <>
            {handedBack ? null : (
              <>
                <dt>{t.booking.when}</dt>
                <dd>{t.booking.timeRange(format.dateTime(appointment.startsAt), format.time(appointment.endsAt))}</dd>
                <dt>{t.booking.helper}</dt>
                <dd>{view.helperName ? <Link href={helperHref(appointment.helperId, { serviceId: request.serviceId, postalCode: request.postalCode })}>{view.helperName}</Link> : '–'}</dd>
              </>
            )}
            <dt>{texts.total}</dt>
            <dd data-testid="request-price">{format.money(appointment.price.customerTotalMinor, appointment.price.currency)}</dd>
          </>
        ) : null}
        <dt>{t.postalCode}</dt>
        <dd>{request.postalCode}</dd>
        {request.description ? (
          <>
            <dt>{t.post.description}</dt>
            <dd className="request-description">{request.description}</dd>
          </>
        ) : null}
        <dt>{t.booking.payment}</dt>
        <dd>
          <span data-testid="request-payment">
            <PaymentStatus payment={view.payment} />
          </span>
        </dd>
      </dl>

      {wantsCard(view.payment) && CANCELLABLE.has(request.status) ? (
        <Suspense
          fallback={
            <p className="muted" role="status">
              {t.payment.formLoading}
            </p>
          }
        >
          <CardPayment requestId={request.id} payment={view.payment} onSubmitted={onChanged} />
        </Suspense>
      ) : null}

      {!appointment && TAKING_OFFERS.has(request.status) ? (
        <RequestOffers
          requestId={request.id}
          serviceId={request.serviceId}
          postalCode={request.postalCode}
          windows={request.windows}
          durationMinutes={service?.durationMinutes ?? null}
          version={version}
          onChanged={onChanged}
        />
      ) : null}

      {appointment?.status === 'COMPLETED' ? <ReviewForm appointmentId={appointment.id} written={view.review} focus={reviewFirst} onWritten={onChanged} /> : null}

      {appointment ? <RequestMessages requestId={request.id} helperId={appointment.helperId} helperName={view.helperName} version={version} /> : null}

      <section className="panel" aria-labelledby="request-timeline">
        <h2 id="request-timeline">{texts.timeline}</h2>
        <ol className="timeline">
          {request.timeline.map((step) => (
            <li key={step.sequence}>
              <strong>{step.event === 'visit_needed' ? texts.visitNeededStep : texts.status[step.toStatus]}</strong> · <time dateTime={step.createdAt}>{format.dateTime(step.createdAt)}</time>
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
  // Read again while the server is busy with the payment: setting it up after the booking, or checking a card.
  const payment = view.status === 'done' ? view.data.payment : undefined;
  const preparing = payment === null && view.status === 'done' && view.data.appointment !== null && CANCELLABLE.has(view.data.request.status);
  const checking = preparing || payment?.status === 'AUTHORIZING';
  const checks = useRef(0);
  useEffect(() => {
    if (!checking) {
      checks.current = 0;
      return;
    }
    const delay = PAYMENT_CHECK_DELAYS_MS[Math.min(checks.current, PAYMENT_CHECK_DELAYS_MS.length - 1)];
    checks.current += 1;
    const timer = setTimeout(reload, delay);
    return () => clearTimeout(timer);
  }, [checking, view, reload]);
  if (!signedIn || view.status === 'loading') return <p className="muted" role="status">{t.request.loading}</p>;
  if (view.status === 'failed') {
    return <p className="notice notice--error" role="alert">{view.error.code === 'NOT_FOUND' || view.error.code === 'FORBIDDEN' ? t.request.notFound : t.request.failed}</p>;
  }
  return <RequestDetails view={view.data} version={version} reviewFirst={review} onChanged={refresh} />;
}
