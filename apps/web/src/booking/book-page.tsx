// Confirming a slot (/book?helper=…&service=…&startsAt=…&postalCode=…): the service, the helper, the
// time in the site's zone, the price and how payment works, then bookSlot. A slot taken meanwhile
// shows the server's answer and the helper's next free slots.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { ApiError, request } from '../graphql/client';
import { BookingQuoteQuery, BookSlotMutation } from '../graphql/operations';
import { useRemote } from '../use-remote';
import { TextField } from '../form-field';
import { Link } from '../link';
import { useNav } from '../navigation';
import { priceText } from '../customer/price';
import { chosenSkill, useHelperProfile, type ProfileData } from '../customer/use-helper-profile';
import { useRequireAccount, useSession } from '../session/session';
import { useSite } from '../tenant/site';
import { bookHref, helperHref, readBookingChoice, requestHref, type BookingChoice } from './booking-href';
import { SlotList } from './slot-list';
import { useFreeSlots } from './use-free-slots';

interface BookingErrors {
  slot?: string;
  postalCode?: string;
  form?: string;
}

function bookingErrorsOf(error: unknown, texts: ReturnType<typeof useSite>['t']['booking']): BookingErrors {
  if (!(error instanceof ApiError)) return { form: texts.failed };
  if (error.field === 'startsAt') return { slot: error.code === 'CONFLICT' ? texts.slotTaken : texts.slotUnavailable };
  if (error.field === 'postalCode' || error.field === 'countryCode') return { postalCode: texts.postalCodeRefused };
  if (error.code === 'NOT_FOUND' || error.field === 'serviceId') return { form: texts.noLongerOffered };
  return { form: texts.failed };
}

function Confirm({ choice, profile }: { choice: BookingChoice; profile: ProfileData }) {
  const { t, format, tenant } = useSite();
  const texts = t.booking;
  const session = useSession();
  const navigation = useNav();
  const { helper } = profile;
  const skill = chosenSkill(helper, choice.serviceId);
  const duration = profile.durations.get(choice.serviceId) ?? 60;
  const [postalCode, setPostalCode] = useState(choice.postalCode);
  const [description, setDescription] = useState('');
  const [errors, setErrors] = useState<BookingErrors>({});
  const [busy, setBusy] = useState(false);
  /** Bumped with each refusal, so the focus moves to the answer once it is on screen. */
  const [refusals, setRefusals] = useState(0);
  const postalCodeRef = useRef<HTMLInputElement>(null);
  const alertRef = useRef<HTMLDivElement>(null);
  // The total with the site's fee, as bookSlot will fix it; the helper's rate alone while it loads.
  const [quote] = useRemote(`${helper.id}:${choice.serviceId}`, async (signal) => (await request(BookingQuoteQuery, { helperId: helper.id, serviceId: choice.serviceId }, { signal })).bookingQuote);
  const [nextSlots] = useFreeSlots({ helperId: helper.id, durationMinutes: errors.slot ? duration : null, exclude: choice.startsAt });

  useEffect(() => {
    document.title = `${texts.title} – ${tenant.branding.displayName}`;
  }, [texts, tenant]);
  // Another slot chosen from the offered ones: a fresh start.
  useEffect(() => setErrors({}), [choice.startsAt]);
  const latestErrors = useRef(errors);
  latestErrors.current = errors;
  useEffect(() => {
    if (refusals === 0) return;
    if (latestErrors.current.postalCode) postalCodeRef.current?.focus();
    else alertRef.current?.focus();
  }, [refusals]);

  if (!skill || skill.serviceId !== choice.serviceId || skill.pricingMode === 'QUOTE') {
    return <p className="notice notice--error" role="alert">{texts.noLongerOffered}</p>;
  }
  const endsAt = new Date(Date.parse(choice.startsAt) + duration * 60_000).toISOString();

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!postalCode.trim()) {
      setErrors({ postalCode: t.errors.postalCodeRequired });
      postalCodeRef.current?.focus();
      return;
    }
    setBusy(true);
    setErrors({});
    try {
      const { bookSlot } = await session.call(BookSlotMutation, {
        input: { helperId: helper.id, serviceId: choice.serviceId, startsAt: choice.startsAt, postalCode: postalCode.trim(), description: description.trim() || undefined },
      });
      navigation.navigate(requestHref(bookSlot.requestId));
    } catch (error) {
      setErrors(bookingErrorsOf(error, texts));
      setBusy(false);
      setRefusals((count) => count + 1);
    }
  };

  return (
    <section aria-labelledby="book-title">
      <h1 id="book-title">{texts.title}</h1>
      <dl className="panel summary" data-testid="booking-summary">
        <dt>{t.service}</dt>
        <dd>{skill.serviceName}</dd>
        <dt>{texts.helper}</dt>
        <dd>
          <Link href={helperHref(helper.id, { serviceId: choice.serviceId, postalCode })}>{helper.displayName}</Link>
        </dd>
        <dt>{texts.when}</dt>
        <dd data-testid="booking-when">{texts.timeRange(format.dateTime(choice.startsAt), format.time(endsAt))}</dd>
        <dt>{texts.duration}</dt>
        <dd>{format.minutes(duration)}</dd>
        <dt>{texts.price}</dt>
        <dd data-testid="booking-price">
          {quote.status !== 'done'
            ? priceText(skill, t, format)
            : quote.data.customerFeeMinor > 0
              ? texts.priceBreakdown(format.money(quote.data.subtotalMinor, quote.data.currency), format.money(quote.data.customerFeeMinor, quote.data.currency), format.money(quote.data.customerTotalMinor, quote.data.currency))
              : `${format.money(quote.data.customerTotalMinor, quote.data.currency)} · ${priceText(skill, t, format)}`}
        </dd>
        <dt>{texts.payment}</dt>
        <dd>{tenant.payments.provider === 'STRIPE' ? texts.paymentNoteCard : texts.paymentNoteOffline}</dd>
      </dl>
      {errors.slot || errors.form ? (
        <div className="notice notice--error" role="alert" tabIndex={-1} ref={alertRef} data-testid="booking-error">
          <p>{errors.slot ?? errors.form}</p>
        </div>
      ) : null}
      {errors.slot ? (
        <section className="panel" aria-labelledby="book-other-slots">
          <h2 id="book-other-slots">{texts.otherSlots}</h2>
          <SlotList slots={nextSlots} hrefOf={(startsAt) => bookHref({ ...choice, postalCode, startsAt })} />
        </section>
      ) : (
        <form className="panel form-stack" onSubmit={submit} noValidate aria-busy={busy}>
          <TextField
            ref={postalCodeRef}
            label={t.postalCode}
            hint={texts.postalCodeHint}
            name="postalCode"
            inputMode="numeric"
            autoComplete="postal-code"
            maxLength={10}
            value={postalCode}
            error={errors.postalCode}
            errorTestId="postal-code-error"
            onChange={(event) => setPostalCode(event.target.value)}
          />
          <div className="field">
            <label htmlFor="book-description">{texts.description}</label>
            <textarea id="book-description" rows={3} maxLength={2000} value={description} onChange={(event) => setDescription(event.target.value)} />
          </div>
          <button className="button button--primary" type="submit" disabled={busy}>
            {busy ? texts.booking : texts.confirm}
          </button>
        </form>
      )}
    </section>
  );
}

export function BookPage() {
  const { t, locale } = useSite();
  const navigation = useNav();
  const signedIn = useRequireAccount();
  const choice = readBookingChoice(navigation.url);
  const profile = useHelperProfile(choice?.helperId ?? '', locale);
  if (!choice) return <p className="notice notice--error" role="alert">{t.booking.incomplete}</p>;
  if (!signedIn || profile.status === 'loading') return <p className="muted" role="status">{t.booking.loading}</p>;
  if (profile.status === 'failed') {
    return <p className="notice notice--error" role="alert">{profile.error.code === 'NOT_FOUND' ? t.profile.notFound : t.booking.failed}</p>;
  }
  return <Confirm choice={choice} profile={profile.data} />;
}
