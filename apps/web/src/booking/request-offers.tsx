// The offers helpers made on a posted request, on its page while it still looks for a helper: each
// helper (photo, name, badge, rating), their price (their usual rate or a quote) and what the customer
// would pay in total; the customer picks when the helper comes, inside the request's windows, and
// chooses one (chooseOffer: the request is booked), or declines one. `version` changes when the page
// reads the request afresh (a live update: a helper's offer notifies the customer), so new offers
// arrive with it.
import { useEffect, useState, type FormEvent } from 'react';
import { ApiError, request } from '../graphql/client';
import { ChooseOfferMutation, DeclineOfferMutation, OfferHelperQuery, RequestOffersQuery } from '../graphql/operations';
import type { Messages } from '../i18n/messages';
import { Link } from '../link';
import { Avatar } from '../customer/helper-card';
import { useSession } from '../session/session';
import { useSite } from '../tenant/site';
import { useRemote } from '../use-remote';
import { helperHref } from './booking-href';
import { startsInWindows } from './offer-starts';

const MAX_STARTS = 48;

interface OfferView {
  id: string;
  kind: string;
  status: string;
  customerTotalMinor: number;
  currency: string;
  helper: { id: string; displayName: string; photoUrl: string | null; badgeName: string | null; rating: number | null; reviewCount: number };
}

function chooseErrorOf(error: unknown, texts: Messages['offers']): { field: boolean; text: string } {
  if (!(error instanceof ApiError)) return { field: false, text: texts.chooseFailed };
  if (error.field === 'startsAt') return { field: true, text: error.code === 'CONFLICT' ? texts.busy : texts.outsideWindows };
  if (error.code === 'CONFLICT') return { field: false, text: texts.taken };
  return { field: false, text: texts.chooseFailed };
}

function OfferCard(props: { offer: OfferView; starts: string[]; serviceId: string; postalCode: string; onChanged(): void }) {
  const { t, format } = useSite();
  const texts = t.offers;
  const session = useSession();
  const { offer, starts } = props;
  const [startsAt, setStartsAt] = useState(starts[0] ?? '');
  const [busy, setBusy] = useState(false);
  const [declining, setDeclining] = useState(false);
  const [error, setError] = useState<{ field: boolean; text: string } | null>(null);
  const headingId = `offer-${offer.id}`;
  const selectId = `offer-${offer.id}-starts`;

  const choose = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!startsAt) return;
    setBusy(true);
    setError(null);
    try {
      await session.call(ChooseOfferMutation, { offerId: offer.id, startsAt });
      props.onChanged();
    } catch (refusal) {
      setError(chooseErrorOf(refusal, texts));
      setBusy(false);
    }
  };
  const decline = async () => {
    setBusy(true);
    setError(null);
    try {
      await session.call(DeclineOfferMutation, { offerId: offer.id });
      props.onChanged();
    } catch (refusal) {
      setError(chooseErrorOf(refusal, texts));
    } finally {
      setBusy(false);
      setDeclining(false);
    }
  };

  const { helper } = offer;
  return (
    <article className="helper-card offer-card" aria-labelledby={headingId} data-testid="offer-card">
      <Avatar name={helper.displayName} photoUrl={helper.photoUrl} />
      <div className="helper-card__body">
        <h3 className="helper-card__name" id={headingId}>
          <Link href={helperHref(helper.id, { serviceId: props.serviceId, postalCode: props.postalCode })}>{helper.displayName}</Link>
        </h3>
        {helper.badgeName ? <p className="badge">{helper.badgeName}</p> : null}
        <p className="helper-card__rating">{helper.rating !== null && helper.reviewCount > 0 ? t.ratingSummary(format.stars(helper.rating), helper.reviewCount) : t.noReviews}</p>
        <p className="offer-card__price" data-testid="offer-price">
          {offer.kind === 'QUOTE' ? texts.quote : texts.atRate}: <strong>{texts.total(format.money(offer.customerTotalMinor, offer.currency))}</strong>
        </p>
        {offer.status === 'PENDING' ? (
          <form className="form-stack" onSubmit={(event) => void choose(event)} noValidate aria-busy={busy}>
            {starts.length > 0 ? (
              <div className="field">
                <label htmlFor={selectId}>{texts.when}</label>
                <select
                  id={selectId}
                  value={startsAt}
                  aria-invalid={error?.field ? true : undefined}
                  aria-describedby={`${selectId}-hint${error ? ` ${selectId}-error` : ''}`}
                  onChange={(event) => setStartsAt(event.target.value)}
                >
                  {starts.map((start) => (
                    <option key={start} value={start}>
                      {format.dateTime(start)}
                    </option>
                  ))}
                </select>
                <p className="field__hint" id={`${selectId}-hint`}>
                  {texts.whenHint}
                </p>
                {error ? (
                  <p className="field__error" id={`${selectId}-error`} role="alert">
                    {error.text}
                  </p>
                ) : null}
              </div>
            ) : (
              <p className="muted">{texts.noStarts}</p>
            )}
            {!error || error.field ? null : (
              <p className="notice notice--error" role="alert">
                {error.text}
              </p>
            )}
            <div className="button-row">
              <button className="button button--primary" type="submit" disabled={busy || starts.length === 0}>
                {busy && !declining ? texts.choosing : texts.choose(helper.displayName)}
              </button>
              {declining ? (
                <>
                  <button className="button button--danger" type="button" onClick={() => void decline()} disabled={busy}>
                    {texts.declineConfirm}
                  </button>
                  <button className="button button--secondary" type="button" onClick={() => setDeclining(false)}>
                    {texts.keep}
                  </button>
                </>
              ) : (
                <button className="button button--secondary" type="button" onClick={() => setDeclining(true)} disabled={busy}>
                  {texts.decline}
                </button>
              )}
            </div>
          </form>
        ) : (
          <p className="muted">{texts.declined}</p>
        )}
      </div>
    </article>
  );
}

export function RequestOffers(props: {
  requestId: string;
  serviceId: string;
  postalCode: string;
  windows: { from: string; to: string }[];
  durationMinutes: number | null;
  version: number;
  onChanged(): void;
}) {
  const { t, format, locale } = useSite();
  const texts = t.offers;
  const session = useSession();
  const { requestId } = props;
  const [offers, reload] = useRemote(`${requestId}:${locale}`, async (signal) => {
    const { offers: page } = await session.call(RequestOffersQuery, { requestId }, { signal });
    const nodes = page.edges.map((edge) => edge.node).filter((offer) => offer.status === 'PENDING' || offer.status === 'DECLINED');
    const helpers = new Map<string, OfferView['helper']>();
    await Promise.all(
      [...new Set(nodes.map((offer) => offer.helperId))].map(async (helperId) => {
        const found = await request(OfferHelperQuery, { helperId }, { locale, signal }).then(
          (result) => result.helper,
          () => null,
        );
        if (found) helpers.set(helperId, found);
      }),
    );
    // A helper no longer listed keeps the offer readable, without a photo or rating.
    const unknown = (id: string): OfferView['helper'] => ({ id, displayName: '–', photoUrl: null, badgeName: null, rating: null, reviewCount: 0 });
    return nodes.map((offer) => ({ ...offer, helper: helpers.get(offer.helperId) ?? unknown(offer.helperId) }));
  });
  useEffect(() => {
    if (props.version > 0) reload();
  }, [props.version, reload]);
  const starts = props.durationMinutes === null ? [] : startsInWindows(props.windows, { durationMinutes: props.durationMinutes, now: Date.now(), limit: MAX_STARTS });
  const pending = offers.status === 'done' ? offers.data.filter((offer) => offer.status === 'PENDING') : [];

  return (
    <section className="panel" aria-labelledby="request-offers" data-testid="request-offers">
      <h2 id="request-offers">{texts.title}</h2>
      <p className="muted">{texts.waiting}</p>
      <h3>{texts.yourWindows}</h3>
      <ul className="request-windows">
        {props.windows.map((window) => (
          <li key={window.from}>{t.booking.timeRange(format.dateTime(window.from), format.time(window.to))}</li>
        ))}
      </ul>
      {offers.status === 'loading' ? (
        <p className="muted" role="status">
          {texts.loading}
        </p>
      ) : null}
      {offers.status === 'failed' ? (
        <p className="notice notice--error" role="alert">
          {texts.failed}
        </p>
      ) : null}
      {offers.status === 'done' && pending.length === 0 ? <p data-testid="no-offers">{texts.none}</p> : null}
      {offers.status === 'done' && offers.data.length > 0 ? (
        <ol className="results__list" aria-live="polite">
          {offers.data.map((offer) => (
            <li key={offer.id}>
              <OfferCard offer={offer} starts={starts} serviceId={props.serviceId} postalCode={props.postalCode} onChanged={props.onChanged} />
            </li>
          ))}
        </ol>
      ) : null}
    </section>
  );
}
