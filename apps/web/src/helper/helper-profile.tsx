// /helper/profile: what customers read (name, bio, photo, languages), where the helper works (home
// postal code and radius), whether they give remote help (calls), the services they offer at their
// prices within the site's bounds, their weekly hours and the dates that differ from them.
import { useId, useRef, useState, type FormEvent } from 'react';
import { TextField } from '../form-field';
import { ApiError } from '../graphql/client';
import type { HelperAppProfileQuery } from '../graphql/generated/graphql';
import { useSession } from '../session/session';
import { useSite } from '../tenant/site';
import { localDateRange } from '../booking/free-slots';
import { useRemote } from '../use-remote';
import { ExceptionsForm, TimeField } from './helper-exceptions';
import { amountToMinor, minorToAmountText } from '../i18n/money';
import { boundsText, errorText, Loaded, useHelperServices, useHelperTexts, type HelperService } from './helper-kit';
import { PhotoForm } from './helper-photo';
import { HelperProfileQuery, HelperSetSkillsMutation, HelperSetWeekMutation, HelperUpdateProfileMutation } from './operations';
import { weekFieldsOf, weekSlotsToSave, type WeekSlotFields } from './wall-clock';

type ProfileData = HelperAppProfileQuery;
type Slot = WeekSlotFields;
/** The dates of their own a helper sees on opening: the longest range myAvailability reads. */
const EXCEPTION_DAYS = 31;

function Saved({ shown }: { shown: boolean }) {
  const h = useHelperTexts();
  return (
    <p className="muted" role="status">
      {shown ? h.profile.saved : ''}
    </p>
  );
}

function AboutForm({ data, onSaved }: { data: ProfileData; onSaved: () => void }) {
  const h = useHelperTexts();
  const session = useSession();
  const profile = data.myHelperProfile;
  const bioId = useId();
  const [values, setValues] = useState({
    displayName: profile?.displayName ?? '',
    bio: profile?.bio ?? '',
    postalCode: profile?.serviceArea?.postalCode ?? '',
    radius: profile?.serviceArea?.radiusKm?.toString() ?? '10',
  });
  const [errors, setErrors] = useState<Partial<Record<keyof typeof values | 'form', string>>>({});
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);
  const refs = { postalCode: useRef<HTMLInputElement>(null), radius: useRef<HTMLInputElement>(null), displayName: useRef<HTMLInputElement>(null) };
  const change = (field: keyof typeof values) => (event: { target: { value: string } }) => {
    setValues((current) => ({ ...current, [field]: event.target.value }));
    setErrors((current) => ({ ...current, [field]: undefined }));
    setSaved(false);
  };
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setBusy(true);
    setErrors({});
    try {
      const radius = Number(values.radius);
      await session.call(HelperUpdateProfileMutation, {
        input: {
          displayName: values.displayName.trim() || undefined,
          bio: values.bio.trim(),
          homePostalCode: values.postalCode.trim() ? { code: values.postalCode.trim(), countryCode: profile?.serviceArea?.countryCode ?? 'CH' } : undefined,
          serviceRadiusKm: Number.isInteger(radius) ? radius : -1,
        },
      });
      setSaved(true);
      onSaved();
    } catch (error) {
      const field = error instanceof ApiError ? (error.field ?? '') : '';
      const text = errorText(error, h);
      if (field.startsWith('homePostalCode')) {
        setErrors({ postalCode: text });
        refs.postalCode.current?.focus();
      } else if (field === 'serviceRadiusKm') {
        setErrors({ radius: text });
        refs.radius.current?.focus();
      } else if (field === 'bio') setErrors({ bio: text });
      else if (field === 'displayName') {
        setErrors({ displayName: text });
        refs.displayName.current?.focus();
      } else setErrors({ form: text });
    } finally {
      setBusy(false);
    }
  };
  return (
    <form className="panel form-stack" onSubmit={submit} noValidate aria-labelledby="profile-about-title" aria-busy={busy}>
      <h2 id="profile-about-title">{h.profile.aboutTitle}</h2>
      <TextField ref={refs.displayName} label={h.profile.displayName} autoComplete="name" value={values.displayName} error={errors.displayName} onChange={change('displayName')} />
      <div className="field">
        <label htmlFor={bioId}>{h.profile.bio}</label>
        <textarea id={bioId} rows={4} value={values.bio} aria-invalid={errors.bio ? true : undefined} aria-describedby={errors.bio ? `${bioId}-error` : undefined} onChange={change('bio')} />
        {errors.bio ? (
          <p className="field__error" id={`${bioId}-error`}>
            {errors.bio}
          </p>
        ) : null}
      </div>
      <TextField ref={refs.postalCode} label={h.profile.postalCode} inputMode="numeric" autoComplete="postal-code" value={values.postalCode} error={errors.postalCode} errorTestId="postal-code-error" onChange={change('postalCode')} />
      <TextField ref={refs.radius} label={h.profile.radius} type="number" min={1} max={100} hint={h.profile.radiusHint} value={values.radius} error={errors.radius} errorTestId="radius-error" onChange={change('radius')} />
      {errors.form ? (
        <p className="notice notice--error" role="alert">
          {errors.form}
        </p>
      ) : null}
      <button className="button button--primary" type="submit" disabled={busy}>
        {h.profile.save}
      </button>
      <Saved shown={saved} />
    </form>
  );
}

/** Giving remote help is one switch, saved as it is flipped; a refusal puts it back. */
function RemoteHelpForm({ offers }: { offers: boolean }) {
  const h = useHelperTexts();
  const session = useSession();
  const hintId = useId();
  const [on, setOn] = useState(offers);
  const [saved, setSaved] = useState<boolean | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const flip = async (next: boolean) => {
    // Kept enabled while saving, so the focus stays on it; a second flip waits for the first.
    if (busy) return;
    setOn(next);
    setBusy(true);
    setSaved(null);
    setError(null);
    try {
      await session.call(HelperUpdateProfileMutation, { input: { offersRemoteHelp: next } });
      setSaved(next);
    } catch (failure) {
      setOn(!next);
      setError(errorText(failure, h));
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="panel form-stack" aria-labelledby="profile-remote-title" aria-busy={busy}>
      <h2 id="profile-remote-title">{h.profile.remoteTitle}</h2>
      <label className="helper-check">
        <input type="checkbox" checked={on} aria-describedby={hintId} data-testid="offers-remote-help" onChange={(event) => void flip(event.target.checked)} />
        {h.profile.remoteHelp}
      </label>
      <p className="field__hint" id={hintId}>
        {h.profile.remoteHint}
      </p>
      {error ? (
        <p className="notice notice--error" role="alert">
          {error}
        </p>
      ) : null}
      <p className="muted" role="status" data-testid="remote-help-saved">
        {saved === null ? '' : h.profile.remoteSaved(saved)}
      </p>
    </section>
  );
}

function SkillsForm({ data, services }: { data: ProfileData; services: Map<string, HelperService> }) {
  const h = useHelperTexts();
  const { format } = useSite();
  const session = useSession();
  const current = new Map((data.myHelperProfile?.skills ?? []).map((skill) => [skill.serviceId, skill]));
  const [chosen, setChosen] = useState(
    () =>
      new Map(
        [...services.values()].map((service) => {
          const priceMinor = current.get(service.id)?.priceMinor;
          return [service.id, { on: current.has(service.id), price: priceMinor != null ? minorToAmountText(priceMinor, service.price.currency) : '' }];
        }),
      ),
  );
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);
  const update = (id: string, change: Partial<{ on: boolean; price: string }>) => {
    setChosen((before) => new Map(before).set(id, { on: false, price: '', ...before.get(id), ...change }));
    setErrors((before) => ({ ...before, [id]: '' }));
    setSaved(false);
  };
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const picked = [...chosen.entries()].filter(([, value]) => value.on);
    const skills = picked.map(([serviceId, value]) => {
      const service = services.get(serviceId);
      // A price that is not a number goes to the server as an impossible one, so its refusal sits under the field.
      const priceMinor = !service || service.pricingMode === 'QUOTE' || !value.price.trim() ? null : (amountToMinor(value.price, service.price.currency) ?? -1);
      return { serviceId, priceMinor };
    });
    setBusy(true);
    setErrors({});
    try {
      await session.call(HelperSetSkillsMutation, { skills });
      setSaved(true);
    } catch (error) {
      const index = error instanceof ApiError ? /^skills\.(\d+)/.exec(error.field ?? '')?.[1] : undefined;
      const serviceId = index !== undefined ? picked[Number(index)]?.[0] : undefined;
      const text = errorText(error, h);
      setErrors(serviceId ? { [serviceId]: `${text} ${boundsText(services.get(serviceId), h.profile, format)}` } : { form: text });
    } finally {
      setBusy(false);
    }
  };
  return (
    <form className="panel form-stack" onSubmit={submit} noValidate aria-labelledby="profile-skills-title" aria-busy={busy}>
      <h2 id="profile-skills-title">{h.profile.skillsTitle}</h2>
      <ul className="helper-skills">
        {[...services.values()].map((service) => {
          const value = chosen.get(service.id) ?? { on: false, price: '' };
          return (
            <li key={service.id}>
              <label className="helper-check">
                <input type="checkbox" checked={value.on} onChange={(event) => update(service.id, { on: event.target.checked })} />
                {service.name}
              </label>
              {value.on && service.pricingMode !== 'QUOTE' ? (
                <TextField
                  label={`${h.profile.price}: ${service.name} (${service.price.currency})`}
                  inputMode="decimal"
                  value={value.price}
                  hint={boundsText(service, h.profile, format)}
                  error={errors[service.id] || undefined}
                  errorTestId={`skill-error-${service.id}`}
                  onChange={(event) => update(service.id, { price: event.target.value })}
                />
              ) : value.on ? (
                <p className="muted">{h.profile.quote}</p>
              ) : null}
            </li>
          );
        })}
      </ul>
      {errors.form ? (
        <p className="notice notice--error" role="alert">
          {errors.form}
        </p>
      ) : null}
      <button className="button button--primary" type="submit" disabled={busy}>
        {h.profile.saveSkills}
      </button>
      <Saved shown={saved} />
    </form>
  );
}

function WeekForm({ data }: { data: ProfileData }) {
  const h = useHelperTexts();
  const { format } = useSite();
  const session = useSession();
  const [slots, setSlots] = useState<Slot[]>(() => weekFieldsOf(data.myAvailability.weekly));
  // A refusal names a slot's position and its start or end ("slots.2.end"): shown under that field.
  const [errors, setErrors] = useState<Record<string, string | undefined>>({});
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);
  const edit = (next: Slot[]) => {
    setSlots(next);
    setSaved(false);
    setErrors({});
  };
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setBusy(true);
    setErrors({});
    try {
      await session.call(HelperSetWeekMutation, { slots: weekSlotsToSave(slots) });
      setSaved(true);
    } catch (failure) {
      const field = failure instanceof ApiError ? (failure.field ?? '') : '';
      const text = errorText(failure, h);
      setErrors(/^slots\.\d+\.(start|end)$/.test(field) ? { [field]: text } : { form: text });
    } finally {
      setBusy(false);
    }
  };
  return (
    <form className="panel form-stack" onSubmit={submit} noValidate aria-labelledby="profile-week-title" aria-busy={busy}>
      <h2 id="profile-week-title">{h.profile.weekTitle}</h2>
      <p className="muted">{h.profile.weekLead(format.zoneName || data.myAvailability.timezone)}</p>
      <p className="field__hint">{h.profile.timeHint}</p>
      {h.profile.weekdays.map((dayName, index) => {
        const weekday = index + 1;
        const ofDay = slots.map((slot, position) => ({ slot, position })).filter(({ slot }) => slot.weekday === weekday);
        return (
          <fieldset key={weekday} className="helper-day" data-testid={`week-day-${weekday}`}>
            <legend>{dayName}</legend>
            {ofDay.length === 0 ? <p className="muted">{h.profile.noSlots}</p> : null}
            {ofDay.map(({ slot, position }) => (
              <div className="helper-day__slot" key={position}>
                <TimeField label={h.profile.from} value={slot.start} error={errors[`slots.${position}.start`]} onChange={(start) => edit(slots.map((item, at) => (at === position ? { ...item, start } : item)))} />
                <TimeField label={h.profile.to} value={slot.end} error={errors[`slots.${position}.end`]} onChange={(end) => edit(slots.map((item, at) => (at === position ? { ...item, end } : item)))} />
                <button className="button button--secondary" type="button" aria-label={`${h.profile.removeSlot}: ${dayName} ${slot.start}`} onClick={() => edit(slots.filter((_, at) => at !== position))}>
                  {h.profile.removeSlot}
                </button>
              </div>
            ))}
            <button className="button button--secondary" type="button" aria-label={`${h.profile.addSlot}: ${dayName}`} onClick={() => edit([...slots, { weekday, start: '09:00', end: '17:00' }])}>
              {h.profile.addSlot}
            </button>
          </fieldset>
        );
      })}
      {errors.form ? (
        <p className="notice notice--error" role="alert">
          {errors.form}
        </p>
      ) : null}
      <button className="button button--primary" type="submit" disabled={busy}>
        {h.profile.saveWeek}
      </button>
      <Saved shown={saved} />
    </form>
  );
}

export function HelperProfilePage() {
  const h = useHelperTexts();
  const { tenant } = useSite();
  const session = useSession();
  const services = useHelperServices();
  const range = localDateRange(tenant.timezone, Date.now(), EXCEPTION_DAYS - 1);
  const [remote, reload] = useRemote('helper-profile', (signal) => session.call(HelperProfileQuery, range, { signal }));
  return (
    <section aria-labelledby="helper-profile-title">
      <h1 id="helper-profile-title">{h.profile.title}</h1>
      <Loaded remote={remote} reload={reload}>
        {(data) => (
          <>
            <AboutForm data={data} onSaved={reload} />
            <PhotoForm photoUrl={data.myHelperProfile?.photoUrl ?? null} languages={data.myHelperProfile?.languages ?? []} onSaved={reload} />
            {data.myHelperProfile ? <RemoteHelpForm offers={data.myHelperProfile.offersRemoteHelp} /> : null}
            {services.status === 'done' ? <SkillsForm data={data} services={services.data} /> : null}
            <WeekForm data={data} />
            <ExceptionsForm exceptions={data.myAvailability.exceptions} timezone={data.myAvailability.timezone} today={range.from} />
          </>
        )}
      </Loaded>
    </section>
  );
}
