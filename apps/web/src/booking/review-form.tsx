// The customer's review of a completed job: stars (a radio group) and an optional text. The server's
// refusals sit under the field they concern; a review already written is shown instead of the form.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { ApiError } from '../graphql/client';
import { WriteReviewMutation } from '../graphql/operations';
import { useSession } from '../session/session';
import { useSite } from '../tenant/site';

export interface WrittenReview {
  stars: number;
  text: string;
}

interface ReviewErrors {
  stars?: string;
  text?: string;
  form?: string;
}

const STARS = [5, 4, 3, 2, 1];

export function ReviewForm(props: { appointmentId: string; written: WrittenReview | null; focus: boolean; onWritten(): void }) {
  const { t } = useSite();
  const texts = t.review;
  const session = useSession();
  const [stars, setStars] = useState(0);
  const [text, setText] = useState('');
  const [errors, setErrors] = useState<ReviewErrors>({});
  const [busy, setBusy] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const textRef = useRef<HTMLTextAreaElement>(null);
  const firstStar = useRef<HTMLInputElement>(null);

  // Arriving from a review reminder (/requests/<id>/review): the form is where the reader starts.
  useEffect(() => {
    if (props.focus) heading.current?.focus();
  }, [props.focus]);

  if (props.written) {
    return (
      <section className="panel" aria-labelledby="review-title" data-testid="review-written">
        <h2 id="review-title" ref={heading} tabIndex={-1}>
          {texts.yours}
        </h2>
        <p>
          <span className="star" aria-hidden="true">
            {'★'.repeat(props.written.stars)}
          </span>
          <span className="visually-hidden">{t.rating(String(props.written.stars))}</span>
        </p>
        {props.written.text ? <p>{props.written.text}</p> : null}
        <p className="muted">{texts.publishedLater}</p>
      </section>
    );
  }

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (stars === 0) {
      setErrors({ stars: texts.starsRequired });
      firstStar.current?.focus();
      return;
    }
    setBusy(true);
    setErrors({});
    try {
      await session.call(WriteReviewMutation, { appointmentId: props.appointmentId, stars, text: text.trim() || undefined });
      props.onWritten();
    } catch (error) {
      const field = error instanceof ApiError ? error.field : null;
      if (error instanceof ApiError && error.code === 'BAD_USER_INPUT' && field === 'text') {
        setErrors({ text: texts.textRefused });
        textRef.current?.focus();
      } else if (error instanceof ApiError && error.code === 'CONFLICT') {
        setErrors({ form: texts.notNow });
      } else {
        setErrors({ form: texts.failed });
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="panel" aria-labelledby="review-title">
      <h2 id="review-title" ref={heading} tabIndex={-1}>
        {texts.title}
      </h2>
      <form className="form-stack" onSubmit={submit} noValidate aria-busy={busy}>
        <fieldset className="stars-field" aria-describedby={errors.stars ? 'review-stars-error' : undefined}>
          <legend>{texts.stars}</legend>
          {STARS.map((value, index) => (
            <label key={value} className="stars-field__option">
              <input ref={index === 0 ? firstStar : undefined} type="radio" name="stars" value={value} checked={stars === value} onChange={() => {
                  setStars(value);
                  setErrors({});
                }} />
              <span aria-hidden="true">{'★'.repeat(value)}</span>
              <span className="visually-hidden">{t.rating(String(value))}</span>
            </label>
          ))}
          {errors.stars ? (
            <p className="field__error" id="review-stars-error">
              {errors.stars}
            </p>
          ) : null}
        </fieldset>
        <div className="field">
          <label htmlFor="review-text">{texts.text}</label>
          <textarea
            id="review-text"
            ref={textRef}
            rows={4}
            maxLength={2000}
            value={text}
            aria-invalid={errors.text ? true : undefined}
            aria-describedby={errors.text ? 'review-text-error' : undefined}
            onChange={(event) => setText(event.target.value)}
          />
          {errors.text ? (
            <p className="field__error" id="review-text-error">
              {errors.text}
            </p>
          ) : null}
        </div>
        {errors.form ? (
          <p className="notice notice--error" role="alert">
            {errors.form}
          </p>
        ) : null}
        <button className="button button--primary" type="submit" disabled={busy}>
          {busy ? texts.sending : texts.send}
        </button>
      </form>
    </section>
  );
}
