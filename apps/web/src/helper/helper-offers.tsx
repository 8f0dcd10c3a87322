// /helper/offers: requests dispatch offered the helper (accept or decline; someone quicker is said
// kindly), each marked a call (remote help, from anywhere: no distance) or a visit, and open requests
// near them to quote with a price inside the site's bounds.
import { useRef, useState, type FormEvent } from 'react';
import { TextField } from '../form-field';
import { ApiError } from '../graphql/client';
import type { HelperAppOffersQuery } from '../graphql/generated/graphql';
import type { Formatters } from '../i18n/format';
import { useSession } from '../session/session';
import { useSite } from '../tenant/site';
import { useRemote } from '../use-remote';
import { amountToMinor } from '../i18n/money';
import { boundsText, errorText, Loaded, useHelperServices, useHelperTexts, type HelperService } from './helper-kit';
import { HelperAcceptOfferMutation, HelperDeclineOfferMutation, HelperMakeOfferMutation, HelperOffersQuery } from './operations';

type DispatchOffer = HelperAppOffersQuery['myDispatchOffers']['edges'][number]['node'];
type OpenRequest = HelperAppOffersQuery['openRequestsForMe']['edges'][number]['node'];
type Window = { from: string; to: string };

function Windows({ windows }: { windows: readonly Window[] }) {
  const h = useHelperTexts();
  const { format } = useSite();
  return (
    <ul className="helper-windows">
      {windows.map((window) => (
        <li key={window.from}>{h.offers.window(format.dateTime(window.from), format.time(window.to))}</li>
      ))}
    </ul>
  );
}

/** The time to answer by: the hour alone when it is today in the site's zone, else the day as well. */
function answerBy(iso: string, format: Formatters): string {
  return format.date(iso) === format.date(new Date().toISOString()) ? format.time(iso) : format.dateTime(iso);
}

function DispatchOfferCard({ offer }: { offer: DispatchOffer }) {
  const h = useHelperTexts();
  const { format } = useSite();
  const session = useSession();
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<{ text: string; kind: 'done' | 'refused' } | null>(null);
  const outcomeRef = useRef<HTMLParagraphElement>(null);
  const answer = async (accept: boolean) => {
    setBusy(true);
    try {
      if (accept) {
        const { acceptDispatchOffer } = await session.call(HelperAcceptOfferMutation, { requestId: offer.requestId });
        const startsAt = format.dateTime(acceptDispatchOffer.startsAt);
        setOutcome({ text: acceptDispatchOffer.mode === 'REMOTE' ? h.offers.acceptedCall(startsAt) : h.offers.accepted(startsAt), kind: 'done' });
      } else {
        await session.call(HelperDeclineOfferMutation, { requestId: offer.requestId });
        setOutcome({ text: h.offers.declined, kind: 'done' });
      }
    } catch (error) {
      const taken = error instanceof ApiError && error.detail === 'ALREADY_TAKEN';
      setOutcome({ text: taken ? h.offers.alreadyTaken : errorText(error, h), kind: 'refused' });
    } finally {
      setBusy(false);
      requestAnimationFrame(() => outcomeRef.current?.focus());
    }
  };
  const call = offer.mode === 'REMOTE';
  return (
    <li className="helper-job" data-testid="dispatch-offer" data-mode={offer.mode}>
      <div className="helper-job__head">
        <h3>{offer.serviceName}</h3>
        <span className={`badge helper-mode helper-mode--${call ? 'call' : 'visit'}`} data-testid="offer-mode">
          <span aria-hidden="true">{call ? '☎ ' : '⌂ '}</span>
          {h.offers.modes[offer.mode]}
        </span>
        {offer.firstLook ? <span className="badge">{h.offers.firstLook}</span> : null}
      </div>
      {offer.expiresAt ? (
        <p className="helper-job__due" data-testid="offer-answer-by">
          {h.offers.answerBefore(answerBy(offer.expiresAt, format))}
        </p>
      ) : null}
      {/* A call needs no travel: where the customer lives is said, not how far it is. */}
      <p data-testid="offer-place">
        {offer.postalCode} · {call ? h.offers.callHint : h.offers.distance(format.kilometres(offer.distanceKm))} · <span className="muted">{h.offers.offeredAt(format.dateTime(offer.offeredAt))}</span>
      </p>
      {offer.description ? <p className="helper-job__text">{offer.description}</p> : null}
      <Windows windows={offer.windows} />
      {outcome ? (
        <p className={outcome.kind === 'done' ? 'notice' : 'notice notice--error'} role="status" tabIndex={-1} ref={outcomeRef} data-testid="offer-outcome">
          {outcome.text}
        </p>
      ) : (
        <div className="button-row">
          <button className="button button--primary" type="button" disabled={busy} onClick={() => void answer(true)}>
            {h.offers.accept}
          </button>
          <button className="button button--secondary" type="button" disabled={busy} onClick={() => void answer(false)}>
            {h.offers.decline}
          </button>
        </div>
      )}
    </li>
  );
}

function OpenRequestCard({ request, service }: { request: OpenRequest; service: HelperService | undefined }) {
  const h = useHelperTexts();
  const { format, tenant } = useSite();
  const session = useSession();
  const [price, setPrice] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [sent, setSent] = useState(request.myOfferId !== null && request.myOfferId !== undefined);
  const [busy, setBusy] = useState(false);
  const field = useRef<HTMLInputElement>(null);
  const currency = service?.price.currency ?? tenant.currency;
  const hint = boundsText(service, { bounds: h.offers.bounds, fixed: h.offers.fixedPrice, quote: h.offers.quoteHint }, format);
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const priceMinor = price.trim() ? amountToMinor(price, currency) : null;
    if (price.trim() && priceMinor === null) {
      setError(h.errors.invalid);
      field.current?.focus();
      return;
    }
    setBusy(true);
    setError(undefined);
    try {
      await session.call(HelperMakeOfferMutation, { requestId: request.id, priceMinor });
      setSent(true);
    } catch (failure) {
      setError(failure instanceof ApiError && failure.code === 'BAD_USER_INPUT' ? `${h.errors.invalid} ${hint}` : errorText(failure, h));
      field.current?.focus();
    } finally {
      setBusy(false);
    }
  };
  return (
    <li className="helper-job" data-testid="open-request">
      <h3>{service?.name ?? ''}</h3>
      <p>
        {request.postalCode} · {h.offers.distance(format.kilometres(request.distanceKm))} · <span className="muted">{h.offers.takesOffersUntil(format.dateTime(request.expiresAt))}</span>
      </p>
      {request.budget ? <p>{h.offers.budget(format.money(request.budget.amountMinor, request.budget.currency))}</p> : null}
      {request.description ? <p className="helper-job__text">{request.description}</p> : null}
      <Windows windows={request.windows} />
      {sent ? (
        <p className="notice" role="status" data-testid="offer-sent">
          {request.myOfferId ? h.offers.alreadyOffered : h.offers.offerSent}
        </p>
      ) : (
        <form className="helper-quote" onSubmit={submit} noValidate aria-busy={busy}>
          <TextField ref={field} label={`${h.offers.yourPrice} (${currency})`} inputMode="decimal" value={price} hint={hint} error={error} errorTestId="price-error" onChange={(event) => setPrice(event.target.value)} />
          <button className="button button--primary" type="submit" disabled={busy}>
            {h.offers.sendOffer}
          </button>
        </form>
      )}
    </li>
  );
}

export function HelperOffers() {
  const h = useHelperTexts();
  const session = useSession();
  const services = useHelperServices();
  const [remote, reload] = useRemote('helper-offers', (signal) => session.call(HelperOffersQuery, {}, { signal }));
  // Open requests carry only the service's id; its name and price bounds come from the catalog.
  const serviceOf = (id: string) => (services.status === 'done' ? services.data.get(id) : undefined);
  return (
    <section aria-labelledby="helper-offers-title">
      <h1 id="helper-offers-title">{h.offers.title}</h1>
      <Loaded remote={remote} reload={reload}>
        {(data) => {
          // A request dispatch offered is answered above; the quotes below are for the others.
          const offered = new Set(data.myDispatchOffers.edges.map(({ node }) => node.requestId));
          const open = data.openRequestsForMe.edges.filter(({ node }) => !offered.has(node.id));
          return (
            <>
              <h2>{h.offers.dispatchTitle}</h2>
              {data.myDispatchOffers.edges.length === 0 ? (
                <p className="muted">{h.offers.noDispatch}</p>
              ) : (
                <ul className="helper-list">
                  {data.myDispatchOffers.edges.map(({ node }) => (
                    <DispatchOfferCard key={node.requestId} offer={node} />
                  ))}
                </ul>
              )}
              <h2>{h.offers.openTitle}</h2>
              {open.length === 0 ? (
                <p className="muted">{h.offers.noOpen}</p>
              ) : (
                <ul className="helper-list">
                  {open.map(({ node }) => (
                    <OpenRequestCard key={node.id} request={node} service={serviceOf(node.serviceId)} />
                  ))}
                </ul>
              )}
            </>
          );
        }}
      </Loaded>
    </section>
  );
}
