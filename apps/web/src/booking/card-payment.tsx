// The card form of a booking on a site that takes cards: Stripe's Payment Element, loaded from Stripe
// with the site's publishable key, turns the card into a PaymentMethod in the browser (the card never
// reaches Quartier), and `authorizePayment` asks the server to hold the amount on it. A separate chunk,
// loaded by request pages that want a card only, so Stripe.js and this code stay out of the entry bundle.
import type { Stripe, StripeElementLocale, StripeElements, StripeError } from '@stripe/stripe-js';
import { loadStripe } from '@stripe/stripe-js/pure';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { ApiError } from '../graphql/client';
import { AuthorizePaymentMutation } from '../graphql/operations';
import { useSession } from '../session/session';
import { useSite } from '../tenant/site';
import type { RequestPayment } from './payment-status';

type FormState = 'loading' | 'ready' | 'paying' | 'load-failed';

/** Stripe asks sites to show the message of card and validation errors; anything else gets our own words. */
function customerMessage(error: StripeError, fallback: string): string {
  return (error.type === 'card_error' || error.type === 'validation_error') && error.message ? error.message : fallback;
}

export default function CardPayment({ requestId, payment, onSubmitted }: { requestId: string; payment: RequestPayment; onSubmitted(): void }) {
  const { t, tenant, locale, format } = useSite();
  const session = useSession();
  const texts = t.payment;
  const publishableKey = tenant.payments.stripePublishableKey;
  const mountPoint = useRef<HTMLDivElement>(null);
  const stripe = useRef<{ stripe: Stripe; elements: StripeElements } | null>(null);
  const [state, setState] = useState<FormState>('loading');
  const [error, setError] = useState<string | null>(null);
  const amount = format.money(payment.amountMinor, payment.currency);

  useEffect(() => {
    if (!publishableKey) return;
    let cancelled = false;
    let destroy: (() => void) | null = null;
    loadStripe(publishableKey, { locale: locale as StripeElementLocale }).then(
      (loaded) => {
        if (cancelled) return;
        if (!loaded || !mountPoint.current) {
          setState('load-failed');
          return;
        }
        const elements = loaded.elements({
          mode: 'payment',
          amount: payment.amountMinor,
          currency: payment.currency.toLowerCase(),
          captureMethod: 'manual',
          paymentMethodCreation: 'manual',
          appearance: { variables: { colorPrimary: tenant.branding.primaryColor, fontFamily: tenant.branding.fontFamily } },
        });
        const element = elements.create('payment');
        element.on('ready', () => {
          if (!cancelled) setState('ready');
        });
        element.on('loaderror', () => {
          if (!cancelled) setState('load-failed');
        });
        element.mount(mountPoint.current);
        stripe.current = { stripe: loaded, elements };
        destroy = () => element.destroy();
      },
      () => {
        if (!cancelled) setState('load-failed');
      },
    );
    return () => {
      cancelled = true;
      stripe.current = null;
      destroy?.();
    };
  }, [publishableKey, locale, payment.amountMinor, payment.currency, tenant.branding.primaryColor, tenant.branding.fontFamily]);

  const pay = async (event: FormEvent) => {
    event.preventDefault();
    const loaded = stripe.current;
    if (!loaded || state !== 'ready') return;
    setState('paying');
    setError(null);
    const fail = (message: string) => {
      setError(message);
      setState('ready');
    };
    const submitted = await loaded.elements.submit();
    if (submitted.error) return fail(customerMessage(submitted.error, texts.failed));
    const account = session.account.status === 'signed-in' ? session.account.viewer : null;
    const created = await loaded.stripe.createPaymentMethod({
      elements: loaded.elements,
      params: { billing_details: { name: account?.displayName, email: account?.email } },
    });
    if (created.error) return fail(customerMessage(created.error, texts.failed));
    try {
      await session.call(AuthorizePaymentMutation, { input: { requestId, paymentMethodId: created.paymentMethod.id } });
      // The page reads the payment again; if the bank has already declined this card too, the same form
      // stays on screen and must take the next one.
      setState('ready');
      onSubmitted();
    } catch (caught) {
      // A card another tab gave meanwhile: the page reads where the payment stands now.
      if (caught instanceof ApiError && caught.detail === 'PAYMENT_NOT_AWAITING_CARD') {
        setState('ready');
        return onSubmitted();
      }
      fail(texts.failed);
    }
  };

  if (!publishableKey) {
    return (
      <p className="notice notice--error" role="alert">
        {texts.unavailable}
      </p>
    );
  }
  return (
    <form className="panel card-payment" aria-labelledby="card-payment-title" onSubmit={(event) => void pay(event)} noValidate data-testid="card-payment">
      <h2 id="card-payment-title">{texts.formTitle}</h2>
      <p className="muted">{texts.formLead(amount)}</p>
      {state === 'loading' ? (
        <p className="muted" role="status">
          {texts.formLoading}
        </p>
      ) : null}
      {state === 'load-failed' ? (
        <p className="notice notice--error" role="alert">
          {texts.loadFailed}
        </p>
      ) : null}
      <div ref={mountPoint} className="card-payment__element" />
      {error ? (
        <p className="notice notice--error" role="alert" data-testid="card-payment-error">
          {error}
        </p>
      ) : null}
      {state === 'ready' || state === 'paying' ? (
        <button className="button" type="submit" disabled={state === 'paying'}>
          {state === 'paying' ? texts.submitting : texts.submit(amount)}
        </button>
      ) : null}
    </form>
  );
}
