// A request's payment for an operator: how it is paid, where it stands, what was charged and given
// back; a charged payment refunded in whole or in part, and a cancelled or disputed request settled by
// refunding the customer. Both ask for a confirmation first, and the server's refusals (nothing
// charged, more than is left, a missing reason) are shown next to the field they are about.
import { useRef, useState, type FormEvent, type Ref } from 'react';
import { ApiError } from '../../graphql/client';
import type { ConsoleRequestQuery, RequestStatus } from '../../graphql/generated/graphql';
import { useSession } from '../../session/session';
import { useSite } from '../../tenant/site';
import { RefundPaymentMutation, RefundRequestMutation } from '../console-operations';
import type { ConsoleMessages } from '../messages';
import { amountToMinor } from '../../i18n/money';
import { refundLeftMinor } from './refund-rules';

type Payment = NonNullable<ConsoleRequestQuery['requestPayment']>;
type Request = ConsoleRequestQuery['request'];
type FieldErrors = { amount?: string; reason?: string; form?: string };

/** The states a request may be settled from by refunding it (the lifecycle's transitions). */
const REFUNDABLE_REQUEST: RequestStatus[] = ['CANCELLED', 'DISPUTED'];

function refusalOf(c: ConsoleMessages, error: unknown, leftText: string): FieldErrors {
  const e = c.requestActions.refundErrors;
  const apiError = error instanceof ApiError ? error : new ApiError('INTERNAL', 'failed');
  if (apiError.code === 'FORBIDDEN') return { form: c.forbidden };
  if (apiError.detail === 'REFUND_EXCEEDS_CAPTURED') return { amount: e.tooMuch(leftText) };
  if (apiError.detail === 'NOT_CAPTURED') return { form: e.notCaptured };
  if (apiError.field === 'amountMinor') return { amount: e.amount };
  if (apiError.field === 'reason') return { reason: e.reasonRequired };
  if (apiError.code === 'CONFLICT') return { form: e.conflict };
  if (apiError.code === 'BAD_USER_INPUT') return { form: e.invalid };
  return { form: c.failed };
}

/** A text field with its hint and error tied to it; ids from `id`, test ids from `testId`. */
function Field(props: {
  id: string;
  label: string;
  value: string;
  onChange(value: string): void;
  hint?: string;
  error?: string;
  inputMode?: 'decimal';
  maxLength?: number;
  inputRef?: Ref<HTMLInputElement>;
}) {
  const described = [props.error ? `${props.id}-error` : null, props.hint ? `${props.id}-hint` : null].filter(Boolean).join(' ');
  return (
    <div className="field">
      <label htmlFor={props.id}>{props.label}</label>
      <input
        id={props.id}
        ref={props.inputRef}
        value={props.value}
        inputMode={props.inputMode}
        maxLength={props.maxLength}
        onChange={(event) => props.onChange(event.target.value)}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={described || undefined}
      />
      {props.hint ? (
        <p className="field__hint" id={`${props.id}-hint`}>
          {props.hint}
        </p>
      ) : null}
      {props.error ? (
        <p className="field__error" id={`${props.id}-error`} role="alert" data-testid={`${props.id}-error`}>
          {props.error}
        </p>
      ) : null}
    </div>
  );
}

function RefundPaymentForm({ c, payment, changed }: { c: ConsoleMessages; payment: Payment; changed(message: string): void }) {
  const { format } = useSite();
  const session = useSession();
  const a = c.requestActions;
  const [amount, setAmount] = useState('');
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [confirming, setConfirming] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);
  const amountRef = useRef<HTMLInputElement>(null);
  const reasonRef = useRef<HTMLInputElement>(null);
  const formErrorRef = useRef<HTMLParagraphElement>(null);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const left = refundLeftMinor(payment);
  const leftText = format.money(left, payment.currency);

  const show = (found: FieldErrors) => {
    setErrors(found);
    setConfirming(null);
    requestAnimationFrame(() => {
      if (found.amount) amountRef.current?.focus();
      else if (found.reason) reasonRef.current?.focus();
      else formErrorRef.current?.focus();
    });
  };

  // First step: check what can be checked here and ask for a confirmation of the amount.
  const ask = (event: FormEvent) => {
    event.preventDefault();
    const missing: FieldErrors = {};
    const minor = amount.trim() ? amountToMinor(amount, payment.currency) : left;
    if (minor === null || minor <= 0) missing.amount = a.refundErrors.amount;
    if (!reason.trim()) missing.reason = a.refundErrors.reasonRequired;
    if (missing.amount || missing.reason) return show(missing);
    setErrors({});
    setConfirming(minor);
    requestAnimationFrame(() => confirmRef.current?.focus());
  };

  const refund = async () => {
    if (confirming === null) return;
    setBusy(true);
    try {
      // Empty means all that is left: the server works it out, so a refund recorded meanwhile counts.
      const amountMinor = amount.trim() ? confirming : null;
      const { refundPayment } = await session.call(RefundPaymentMutation, { input: { paymentId: payment.id, amountMinor, reason: reason.trim() } });
      changed(a.refundRecorded(format.money(refundPayment.amountMinor, refundPayment.currency)));
    } catch (error) {
      show(refusalOf(c, error, leftText));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="form-stack" onSubmit={ask} noValidate aria-labelledby="refund-payment-title" data-testid="refund-payment-form">
      <h3 id="refund-payment-title">{a.refundPaymentTitle}</h3>
      {errors.form ? (
        <p className="notice notice--error" role="alert" tabIndex={-1} ref={formErrorRef} data-testid="refund-refusal">
          {errors.form}
        </p>
      ) : null}
      <Field
        id="refund-amount"
        label={a.refundAmountLabel(payment.currency)}
        value={amount}
        onChange={setAmount}
        hint={a.refundAmountHint(leftText)}
        error={errors.amount}
        inputMode="decimal"
        inputRef={amountRef}
      />
      <Field id="refund-reason" label={a.refundReason} value={reason} onChange={setReason} error={errors.reason} maxLength={500} inputRef={reasonRef} />
      {confirming !== null ? (
        <div className="notice" role="alertdialog" aria-labelledby="refund-confirm">
          <p id="refund-confirm">{a.confirmRefund(format.money(confirming, payment.currency))}</p>
          <div className="button-row">
            <button className="button button--danger" type="button" ref={confirmRef} disabled={busy} onClick={() => void refund()}>
              {a.confirm}
            </button>
            <button className="button button--secondary" type="button" onClick={() => setConfirming(null)}>
              {a.keep}
            </button>
          </div>
        </div>
      ) : (
        <button className="button button--primary" type="submit">
          {a.refund}
        </button>
      )}
    </form>
  );
}

function RefundRequestForm({ c, request, changed }: { c: ConsoleMessages; request: Request; changed(message: string): void }) {
  const session = useSession();
  const a = c.requestActions;
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const reasonRef = useRef<HTMLInputElement>(null);
  const formErrorRef = useRef<HTMLParagraphElement>(null);
  const confirmRef = useRef<HTMLButtonElement>(null);

  const show = (found: FieldErrors) => {
    setErrors(found);
    setConfirming(false);
    requestAnimationFrame(() => (found.reason ? reasonRef.current?.focus() : formErrorRef.current?.focus()));
  };

  const ask = (event: FormEvent) => {
    event.preventDefault();
    if (!reason.trim()) return show({ reason: a.refundErrors.reasonRequired });
    setErrors({});
    setConfirming(true);
    requestAnimationFrame(() => confirmRef.current?.focus());
  };

  const refund = async () => {
    setBusy(true);
    try {
      await session.call(RefundRequestMutation, { requestId: request.id, reason: reason.trim() });
      changed(a.requestRefunded);
    } catch (error) {
      show(refusalOf(c, error, ''));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="form-stack" onSubmit={ask} noValidate aria-labelledby="refund-request-title" data-testid="refund-request-form">
      <h3 id="refund-request-title">{a.refundRequestTitle}</h3>
      <p className="muted">{a.refundRequestLead}</p>
      {errors.form ? (
        <p className="notice notice--error" role="alert" tabIndex={-1} ref={formErrorRef}>
          {errors.form}
        </p>
      ) : null}
      <Field id="refund-request-reason" label={a.refundRequestReason} value={reason} onChange={setReason} error={errors.reason} maxLength={500} inputRef={reasonRef} />
      {confirming ? (
        <div className="notice" role="alertdialog" aria-labelledby="refund-request-confirm">
          <p id="refund-request-confirm">{a.confirmRefundRequest}</p>
          <div className="button-row">
            <button className="button button--danger" type="button" ref={confirmRef} disabled={busy} onClick={() => void refund()}>
              {a.confirmRefundRequestButton}
            </button>
            <button className="button button--secondary" type="button" onClick={() => setConfirming(false)}>
              {a.keep}
            </button>
          </div>
        </div>
      ) : (
        <button className="button button--danger" type="submit">
          {a.refundRequest}
        </button>
      )}
    </form>
  );
}

export function PaymentPanel({ c, request, payment, changed }: { c: ConsoleMessages; request: Request; payment: Payment | null; changed(message: string): void }) {
  const { format } = useSite();
  const a = c.requestActions;
  const money = (minor: number) => format.money(minor, payment?.currency);
  const refundable = payment !== null && payment.status === 'CAPTURED' && refundLeftMinor(payment) > 0;
  return (
    <section className="panel" aria-labelledby="request-payment">
      <h2 id="request-payment">{a.payment}</h2>
      {payment === null ? (
        <p>{a.noPayment}</p>
      ) : (
        <>
          <dl className="summary" data-testid="payment-summary">
            <dt>{a.providerLabel}</dt>
            <dd>{a.provider[payment.provider]}</dd>
            <dt>{a.statusLabel}</dt>
            <dd data-testid="payment-status">{a.paymentStatus[payment.status]}</dd>
            <dt>{a.amount}</dt>
            <dd>{money(payment.amountMinor)}</dd>
            <dt>{a.charged}</dt>
            <dd>{money(payment.capturedMinor)}</dd>
            <dt>{a.refunded}</dt>
            <dd>{money(payment.refundedMinor)}</dd>
            {payment.status === 'CAPTURED' ? (
              <>
                <dt>{a.left}</dt>
                <dd data-testid="payment-left">{money(refundLeftMinor(payment))}</dd>
              </>
            ) : null}
          </dl>
          <h3 id="payment-refunds-title">{a.refunds}</h3>
          {payment.refunds.length === 0 ? (
            <p>{a.noRefunds}</p>
          ) : (
            // Scrolls sideways on a phone: focusable, so a keyboard can scroll it too.
            <div className="console-table-wrap" role="region" aria-labelledby="payment-refunds-title" tabIndex={0}>
              <table className="console-table" data-testid="payment-refunds">
                <thead>
                  <tr>
                    <th scope="col">{a.columns.when}</th>
                    <th scope="col">{a.columns.amount}</th>
                    <th scope="col">{a.columns.status}</th>
                    <th scope="col">{a.columns.reason}</th>
                  </tr>
                </thead>
                <tbody>
                  {payment.refunds.map((refund) => (
                    <tr key={refund.id}>
                      <td>{format.dateTime(refund.createdAt)}</td>
                      <td>{format.money(refund.amountMinor, refund.currency)}</td>
                      <td>
                        {a.refundStatus[refund.status]}
                        {refund.failureMessage ? ` (${refund.failureMessage})` : ''}
                      </td>
                      <td>{refund.reason}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </>
      )}
      {refundable ? <RefundPaymentForm key={payment.refunds.length} c={c} payment={payment} changed={changed} /> : null}
      {REFUNDABLE_REQUEST.includes(request.status) ? <RefundRequestForm c={c} request={request} changed={changed} /> : null}
    </section>
  );
}
