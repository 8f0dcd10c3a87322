// Reviews moderation: every review of the site, newest first, published or not, hidden or not (the
// filter is in the address). An operator hides one with the reason kept for audit, or shows it again.
import { useRef, useState, type FormEvent } from 'react';
import { ApiError } from '../graphql/client';
import type { ConsoleReviewsQuery as ReviewsResult } from '../graphql/generated/graphql';
import { Link } from '../link';
import { useSession } from '../session/session';
import { useSite } from '../tenant/site';
import { HideReviewMutation, ReviewsQuery, UnhideReviewMutation } from './console-operations';
import type { ConsoleMessages } from './messages';
import { PagedListView, usePagedList } from './paged-list';
import { pageOf } from './paged-list-state';
import { consoleHref } from './routes';

type ModeratedReview = ReviewsResult['reviews']['edges'][number]['node'];

function ModerationForm({ c, review, changed }: { c: ConsoleMessages; review: ModeratedReview; changed(message: string): void }) {
  const session = useSession();
  const r = c.reviews;
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [reasonError, setReasonError] = useState<string | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  const reasonRef = useRef<HTMLInputElement>(null);
  const id = `review-reason-${review.id}`;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setRefusal(null);
    if (!reason.trim()) {
      setReasonError(r.errors.reasonRequired);
      reasonRef.current?.focus();
      return;
    }
    setBusy(true);
    setReasonError(null);
    try {
      const variables = { reviewId: review.id, reason: reason.trim() };
      if (review.hidden) await session.call(UnhideReviewMutation, variables);
      else await session.call(HideReviewMutation, variables);
      changed(review.hidden ? r.unhidden(review.authorName) : r.hiddenDone(review.authorName));
    } catch (error) {
      const apiError = error instanceof ApiError ? error : new ApiError('INTERNAL', 'Moderation failed');
      if (apiError.code === 'BAD_USER_INPUT' && apiError.field === 'reason') {
        setReasonError(r.errors.reasonInvalid);
        reasonRef.current?.focus();
      } else if (apiError.code === 'CONFLICT') {
        changed(r.errors.conflict);
      } else {
        setRefusal(apiError.code === 'FORBIDDEN' ? c.forbidden : c.failed);
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="review-moderation__form" onSubmit={(event) => void submit(event)} noValidate>
      <div className="field">
        <label htmlFor={id}>{review.hidden ? r.unhideReason : r.hideReason}</label>
        <input
          id={id}
          ref={reasonRef}
          value={reason}
          maxLength={500}
          onChange={(event) => {
            setReason(event.target.value);
            setReasonError(null);
          }}
          aria-invalid={reasonError ? true : undefined}
          aria-describedby={reasonError ? `${id}-error` : undefined}
        />
        {reasonError ? (
          <p className="field__error" id={`${id}-error`} data-testid="reason-error">
            {reasonError}
          </p>
        ) : null}
      </div>
      {refusal ? (
        <p className="notice notice--error" role="alert">
          {refusal}
        </p>
      ) : null}
      <button className={`button ${review.hidden ? 'button--primary' : 'button--secondary'}`} type="submit" disabled={busy}>
        {review.hidden ? r.unhide : r.hide}
      </button>
    </form>
  );
}

function ReviewCard({ c, review, changed }: { c: ConsoleMessages; review: ModeratedReview; changed(message: string): void }) {
  const { format } = useSite();
  const r = c.reviews;
  return (
    <li className="panel review-moderation__review" data-testid="moderated-review" data-review-id={review.id}>
      <p className="review-moderation__head">
        <strong>{review.authorName}</strong> <span className="muted">({r.role[review.authorRole]})</span>{' '}
        <span role="img" aria-label={r.stars(review.stars)}>
          <span aria-hidden="true">{'★'.repeat(review.stars) + '☆'.repeat(5 - review.stars)}</span>
        </span>
      </p>
      <p className="muted">
        {r.written(format.dateTime(review.createdAt))} ·{' '}
        {review.publishedAt ? r.published(format.dateTime(review.publishedAt)) : r.unpublished}
      </p>
      <blockquote className="review-moderation__text">{review.text || <span className="muted">{r.noText}</span>}</blockquote>
      <p>
        <span className={`status${review.hidden ? ' status--hidden' : ''}`} data-testid="review-state">
          {review.hidden ? r.hidden : r.visible}
        </span>
        {review.hidden && review.hiddenReason ? <span className="muted"> · {r.hiddenBecause(review.hiddenReason)}</span> : null}
      </p>
      <ModerationForm key={String(review.hidden)} c={c} review={review} changed={changed} />
    </li>
  );
}

export function ReviewModeration({ c, hidden }: { c: ConsoleMessages; hidden: boolean | null }) {
  const session = useSession();
  const r = c.reviews;
  const [done, setDone] = useState<string | null>(null);
  const list = usePagedList(`reviews:${String(hidden)}`, async (after, signal) => pageOf((await session.call(ReviewsQuery, { hidden, after }, { signal })).reviews));
  const filters = [
    { value: null, label: r.filterAll },
    { value: false, label: r.filterVisible },
    { value: true, label: r.filterHidden },
  ];
  return (
    <section aria-labelledby="console-reviews-title">
      <h1 id="console-reviews-title">{r.title}</h1>
      <p className="page-lead muted">{r.lead}</p>
      <nav aria-label={r.filterLabel}>
        <ul className="console-chips">
          {filters.map((filter) => (
            <li key={String(filter.value)}>
              <Link href={consoleHref.reviews(filter.value)} aria-current={filter.value === hidden ? 'page' : undefined}>
                {filter.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <div role="status">
        {done ? (
          <p className="notice console-saved" data-testid="review-done">
            {done}
          </p>
        ) : null}
      </div>
      <PagedListView c={c} list={list} loading={r.loading} empty={r.empty} more={r.more}>
        {({ items, reload }) => (
          <ul className="console-cards">
              {items.map((review) => (
                <ReviewCard
                  key={review.id}
                  c={c}
                  review={review}
                  changed={(message) => {
                    setDone(message);
                    reload();
                  }}
                />
              ))}
          </ul>
        )}
      </PagedListView>
    </section>
  );
}
