// How the customer's booking is paid, in one line of the request page: on site, or by card with where
// the card stands (waiting for it, being checked, held, declined and why, charged, released).
import type { Messages } from '../i18n/messages';
import { useSite } from '../tenant/site';
import type { RequestView } from './use-customer-request';

export type RequestPayment = NonNullable<RequestView['payment']>;

/** Whether the customer is to enter a card now: none given yet, or the last one declined. */
export function wantsCard(payment: RequestView['payment']): payment is RequestPayment {
  return payment?.provider === 'STRIPE' && (payment.status === 'AWAITING_METHOD' || payment.status === 'DECLINED');
}

function declineText(texts: Messages['payment'], code: string | null | undefined): string {
  const reason = code ? texts.declineReasons[code as keyof Messages['payment']['declineReasons']] : undefined;
  return reason ? texts.declined(reason) : texts.declinedNoReason;
}

export function PaymentStatus({ payment }: { payment: RequestView['payment'] }) {
  const { t, format } = useSite();
  const texts = t.payment;
  if (!payment) return <>{texts.pending}</>;
  const amount = format.money(payment.amountMinor, payment.currency);
  if (payment.provider === 'OFFLINE') {
    return <>{payment.status === 'CAPTURED' ? texts.paidOnSite(format.money(payment.capturedMinor, payment.currency)) : texts.onSite(amount)}</>;
  }
  const card = payment.cardBrand && payment.cardLast4 ? texts.card(payment.cardBrand.toUpperCase(), payment.cardLast4) : texts.someCard;
  switch (payment.status) {
    case 'AWAITING_METHOD':
      return <>{texts.awaitingCard(amount)}</>;
    case 'AUTHORIZING':
      return <>{texts.authorizing}</>;
    case 'AUTHORIZED':
      return <>{texts.held(amount, card)}</>;
    case 'DECLINED':
      return <span className="payment-declined">{declineText(texts, payment.declineCode)}</span>;
    case 'CAPTURED':
      return <>{texts.charged(format.money(payment.capturedMinor, payment.currency), card)}</>;
    case 'RELEASED':
      return <>{texts.released}</>;
    case 'UNPAID':
      return <>{texts.unpaid(amount)}</>;
  }
}
