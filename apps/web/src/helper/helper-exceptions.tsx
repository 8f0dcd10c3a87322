// The helper's dates of their own on /helper/profile: a date off, or a date whose hours replace the
// weekly ones (setMyAvailabilityException), listed with a way to remove each one again.
import { useId, useRef, useState, type FormEvent } from 'react';
import { TextField } from '../form-field';
import { ApiError } from '../graphql/client';
import type { HelperAppExceptionFragment } from '../graphql/generated/graphql';
import { browserLanguages, formattingTag } from '../i18n/locale';
import { useSession } from '../session/session';
import { useSite } from '../tenant/site';
import { errorText, useHelperTexts } from './helper-kit';
import { HelperRemoveExceptionMutation, HelperSetExceptionMutation } from './operations';
import { localDateText, timeToSend, windowText } from './wall-clock';

type Exception = HelperAppExceptionFragment;
type Window = { start: string; end: string };
type Errors = Record<string, string | undefined>;

const NEW_WINDOW: Window = { start: '09:00', end: '17:00' };

export function ExceptionsForm({ exceptions: initial, timezone, today }: { exceptions: Exception[]; timezone: string; today: string }) {
  const h = useHelperTexts();
  const e = h.exceptions;
  const { locale, format } = useSite();
  const session = useSession();
  const tag = formattingTag(locale, browserLanguages());
  const kindName = useId();
  const [exceptions, setExceptions] = useState(initial);
  const [date, setDate] = useState('');
  const [dayOff, setDayOff] = useState(true);
  const [windows, setWindows] = useState<Window[]>([NEW_WINDOW]);
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const dateRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLHeadingElement>(null);

  const changed = (field: string) => {
    setErrors((before) => ({ ...before, [field]: undefined, form: undefined }));
    setStatus('');
  };
  const editWindow = (index: number, change: Partial<Window>) => {
    setWindows((before) => before.map((window, at) => (at === index ? { ...window, ...change } : window)));
    changed(`windows.${index}.${'start' in change ? 'start' : 'end'}`);
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setBusy(true);
    setErrors({});
    setStatus('');
    try {
      const sent = dayOff ? [] : windows.map((window) => ({ start: timeToSend(window.start, 'start'), end: timeToSend(window.end, 'end') }));
      const data = await session.call(HelperSetExceptionMutation, { date, dayOff, windows: dayOff ? null : sent, note: note.trim() || null });
      setExceptions(data.setMyAvailabilityException.exceptions);
      setStatus(e.saved(localDateText(date, tag)));
      setDate('');
      setNote('');
      setWindows([NEW_WINDOW]);
    } catch (error) {
      const field = error instanceof ApiError ? (error.field ?? '') : '';
      const text = errorText(error, h);
      if (field === 'date') {
        setErrors({ date: text });
        dateRef.current?.focus();
      } else if (field === 'note') setErrors({ note: text });
      else if (/^windows(\.\d+\.(start|end))?$/.test(field) && !dayOff) setErrors({ [field]: text });
      else setErrors({ form: text });
    } finally {
      setBusy(false);
    }
  };

  const remove = async (exception: Exception) => {
    setErrors({});
    setStatus('');
    try {
      const data = await session.call(HelperRemoveExceptionMutation, { date: exception.date });
      setExceptions(data.removeMyAvailabilityException.exceptions);
      setStatus(e.removed(localDateText(exception.date, tag)));
      // The row and its button are gone: keep the keyboard in the list rather than at the page's top.
      listRef.current?.focus();
    } catch (error) {
      setErrors({ [`remove:${exception.date}`]: errorText(error, h) });
    }
  };

  return (
    <section className="panel form-stack" aria-labelledby="profile-exceptions-title">
      <h2 id="profile-exceptions-title">{e.title}</h2>
      <p className="muted">{e.lead(format.zoneName || timezone)}</p>
      <h3 id="profile-exceptions-list" ref={listRef} tabIndex={-1}>
        {e.listTitle}
      </h3>
      {exceptions.length === 0 ? (
        <p className="muted" data-testid="no-exceptions">
          {e.none}
        </p>
      ) : (
        <ul className="helper-exceptions" aria-labelledby="profile-exceptions-list">
          {exceptions.map((exception) => {
            const dateText = localDateText(exception.date, tag);
            const failure = errors[`remove:${exception.date}`];
            return (
              <li key={exception.date} className="helper-exceptions__item" data-testid="availability-exception" data-date={exception.date}>
                <div>
                  <strong>{dateText}</strong>
                  <p className="helper-exceptions__hours">{exception.dayOff ? e.dayOff : exception.windows.map(windowText).join(', ')}</p>
                  {exception.note ? <p className="muted helper-exceptions__note">{exception.note}</p> : null}
                  {failure ? (
                    <p className="field__error" role="alert">
                      {failure}
                    </p>
                  ) : null}
                </div>
                <button className="button button--secondary" type="button" aria-label={e.removeDate(dateText)} onClick={() => remove(exception)}>
                  {e.remove}
                </button>
              </li>
            );
          })}
        </ul>
      )}

      <form className="form-stack helper-exception-form" onSubmit={submit} noValidate aria-labelledby="profile-exception-add" aria-busy={busy}>
        <h3 id="profile-exception-add">{e.addTitle}</h3>
        <TextField
          ref={dateRef}
          label={e.date}
          type="date"
          min={today}
          value={date}
          error={errors.date}
          errorTestId="exception-date-error"
          onChange={(event) => {
            setDate(event.target.value);
            changed('date');
          }}
        />
        <fieldset className="helper-day">
          <legend>{e.kind}</legend>
          <label className="helper-check">
            <input type="radio" name={kindName} checked={dayOff} onChange={() => setDayOff(true)} />
            {e.wholeDayOff}
          </label>
          <label className="helper-check">
            <input type="radio" name={kindName} checked={!dayOff} onChange={() => setDayOff(false)} />
            {e.ownHours}
          </label>
          {dayOff ? null : (
            <>
              <p className="field__hint">{h.profile.timeHint}</p>
              {windows.map((window, index) => (
                <div className="helper-day__slot" key={index} role="group" aria-label={e.windowsLabel(index + 1)}>
                  <TimeField label={e.from} value={window.start} error={errors[`windows.${index}.start`]} errorTestId={`exception-window-${index}-start-error`} onChange={(start) => editWindow(index, { start })} />
                  <TimeField label={e.to} value={window.end} error={errors[`windows.${index}.end`]} errorTestId={`exception-window-${index}-end-error`} onChange={(end) => editWindow(index, { end })} />
                  {windows.length > 1 ? (
                    <button className="button button--secondary" type="button" onClick={() => setWindows((before) => before.filter((_, at) => at !== index))}>
                      {e.removeWindow(index + 1)}
                    </button>
                  ) : null}
                </div>
              ))}
              {errors.windows ? (
                <p className="field__error" data-testid="exception-windows-error">
                  {errors.windows}
                </p>
              ) : null}
              <button className="button button--secondary" type="button" onClick={() => setWindows((before) => [...before, { start: '', end: '' }])}>
                {e.addWindow}
              </button>
            </>
          )}
        </fieldset>
        <TextField
          label={e.note}
          hint={e.noteHint}
          maxLength={500}
          value={note}
          error={errors.note}
          onChange={(event) => {
            setNote(event.target.value);
            changed('note');
          }}
        />
        {errors.form ? (
          <p className="notice notice--error" role="alert">
            {errors.form}
          </p>
        ) : null}
        <button className="button button--primary" type="submit" disabled={busy}>
          {e.save}
        </button>
      </form>
      <p className="muted" role="status" data-testid="exception-status">
        {status}
      </p>
    </section>
  );
}

/** A wall-clock time typed as text: a browser's time field cannot hold the 24:00 that ends a day. */
export function TimeField({ label, value, error, errorTestId, onChange }: { label: string; value: string; error?: string; errorTestId?: string; onChange: (value: string) => void }) {
  const id = useId();
  return (
    <div className="helper-time">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="text"
        autoComplete="off"
        placeholder="HH:MM"
        size={5}
        maxLength={5}
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(event) => onChange(event.target.value)}
      />
      {error ? (
        <p className="field__error" id={`${id}-error`} data-testid={errorTestId}>
          {error}
        </p>
      ) : null}
    </div>
  );
}
