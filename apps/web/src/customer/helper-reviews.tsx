// A helper's published reviews, newest first, a page at a time.
import { useState } from 'react';
import { request } from '../graphql/client';
import type { HelperReviewsQuery as HelperReviewsResult } from '../graphql/generated/graphql';
import { HelperReviewsQuery } from '../graphql/operations';
import { useSite } from '../tenant/site';
import { useRemote } from '../use-remote';

type Review = HelperReviewsResult['helperReviews']['edges'][number]['node'];

const PAGE_SIZE = 5;

export function HelperReviews({ helperId }: { helperId: string }) {
  const { t, format } = useSite();
  const [more, setMore] = useState<{ reviews: Review[]; cursor: string | null; busy: boolean; failed: boolean }>({ reviews: [], cursor: null, busy: false, failed: false });
  const [first] = useRemote(helperId, async (signal) => {
    const { helperReviews } = await request(HelperReviewsQuery, { helperId, first: PAGE_SIZE }, { signal });
    setMore({ reviews: [], cursor: helperReviews.pageInfo.hasNextPage ? (helperReviews.pageInfo.endCursor ?? null) : null, busy: false, failed: false });
    return helperReviews.edges.map((edge) => edge.node);
  });

  const loadMore = async () => {
    if (!more.cursor) return;
    setMore((current) => ({ ...current, busy: true, failed: false }));
    try {
      const { helperReviews } = await request(HelperReviewsQuery, { helperId, first: PAGE_SIZE, after: more.cursor });
      setMore((current) => ({
        reviews: [...current.reviews, ...helperReviews.edges.map((edge) => edge.node)],
        cursor: helperReviews.pageInfo.hasNextPage ? (helperReviews.pageInfo.endCursor ?? null) : null,
        busy: false,
        failed: false,
      }));
    } catch {
      setMore((current) => ({ ...current, busy: false, failed: true }));
    }
  };

  if (first.status === 'loading') return <p className="muted">{t.profile.loadingReviews}</p>;
  if (first.status === 'failed') return <p className="notice notice--error">{t.profile.reviewsFailed}</p>;
  const reviews = [...first.data, ...more.reviews];
  if (reviews.length === 0) return <p className="muted">{t.noReviews}</p>;
  return (
    <>
      <ul className="review-list">
        {reviews.map((review) => (
          <li key={review.id} className="review">
            <p className="review__head">
              <span aria-hidden="true" className="star">
                {'★'.repeat(review.stars)}
              </span>
              <span className="visually-hidden">{t.rating(String(review.stars))}</span> <strong>{review.authorName}</strong> · {format.date(review.publishedAt)}
            </p>
            {review.text ? <p>{review.text}</p> : null}
          </li>
        ))}
      </ul>
      {more.failed ? <p className="notice notice--error">{t.profile.reviewsFailed}</p> : null}
      {more.cursor ? (
        <button className="button button--secondary" type="button" onClick={() => void loadMore()} disabled={more.busy}>
          {more.busy ? t.profile.loadingReviews : t.profile.moreReviews}
        </button>
      ) : null}
    </>
  );
}
