// One helper in the results: photo (or initials), name, the site's badge, rating, distance, price
// and the next free slot, formatted for the reader's locale and the site's time zone.
import { useState } from 'react';
import { useSite } from '../tenant/site';
import { Link } from '../link';
import { priceText } from './price';
import type { HelperResult } from './search-query';

function initialsOf(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const letters = words.length > 1 ? [words[0], words.at(-1)] : words;
  return letters.map((word) => [...(word ?? '')][0]?.toUpperCase() ?? '').join('');
}

export function Avatar({ name, photoUrl }: { name: string; photoUrl: string | null }) {
  const [failed, setFailed] = useState(false);
  if (photoUrl && !failed) {
    return <img className="avatar" src={photoUrl} alt="" width={64} height={64} loading="lazy" onError={() => setFailed(true)} />;
  }
  return (
    <span className="avatar avatar--initials" aria-hidden="true">
      {initialsOf(name)}
    </span>
  );
}

/** `profileHref`: the helper's page, with the searched service and postal code. */
export function HelperCard({ result, profileHref }: { result: HelperResult; profileHref: string }) {
  const { t, format } = useSite();
  const { helper } = result;
  const price = priceText(result, t, format);
  const headingId = `helper-${helper.id}`;
  return (
    <article className="helper-card" aria-labelledby={headingId} data-testid="helper-card">
      <Avatar name={helper.displayName} photoUrl={helper.photoUrl} />
      <div className="helper-card__body">
        <h3 className="helper-card__name" id={headingId}>
          <Link href={profileHref}>{helper.displayName}</Link>
        </h3>
        {helper.badgeName ? <p className="badge">{helper.badgeName}</p> : null}
        <p className="helper-card__rating" data-testid="helper-rating">
          {result.rating !== null && result.reviewCount > 0 ? (
            <>
              <span aria-hidden="true">
                <span className="star">★</span> {format.stars(result.rating)} · {t.reviews(result.reviewCount)}
              </span>
              <span className="visually-hidden">{t.ratingSummary(format.stars(result.rating), result.reviewCount)}</span>
            </>
          ) : (
            t.noReviews
          )}
        </p>
        <p className="helper-card__distance">{t.distance(format.kilometres(result.distanceKm))}</p>
        <p className="helper-card__slot">{result.nextFreeSlot ? t.nextFreeSlot(format.dateTime(result.nextFreeSlot)) : t.noFreeSlot}</p>
      </div>
      <p className="helper-card__price" data-testid="helper-price">
        {price}
      </p>
    </article>
  );
}
