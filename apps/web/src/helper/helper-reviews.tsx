// /helper/reviews: the published reviews customers wrote about the helper, newest first.
import { useSession } from '../session/session';
import { useSite } from '../tenant/site';
import { useRemote } from '../use-remote';
import { Loaded, useHelperTexts } from './helper-kit';
import { HelperReviewsQuery } from './operations';

export function HelperReviews({ viewerId }: { viewerId: string }) {
  const h = useHelperTexts();
  const { format } = useSite();
  const session = useSession();
  const [remote, reload] = useRemote('helper-reviews', (signal) => session.call(HelperReviewsQuery, {}, { signal }));
  return (
    <section aria-labelledby="helper-reviews-title">
      <h1 id="helper-reviews-title">{h.reviews.title}</h1>
      <Loaded remote={remote} reload={reload}>
        {(data) => {
          const reviews = data.myReviews.edges.map(({ node }) => node).filter((review) => review.subjectId === viewerId && review.publishedAt);
          if (reviews.length === 0) return <p className="muted">{h.reviews.none}</p>;
          return (
            <ul className="review-list" data-testid="helper-reviews">
              {reviews.map((review) => (
                <li key={review.id} className="review">
                  <p>
                    <span className="star" aria-hidden="true">
                      {'★'.repeat(review.stars)}
                    </span>{' '}
                    <span className="visually-hidden">{h.reviews.stars(review.stars)}</span>
                  </p>
                  {review.text ? <p>{review.text}</p> : null}
                  <p className="muted">{h.reviews.by(review.authorName, format.date(review.publishedAt ?? review.createdAt))}</p>
                </li>
              ))}
            </ul>
          );
        }}
      </Loaded>
    </section>
  );
}
