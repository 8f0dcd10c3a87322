// A helper's page (/helpers/<id>?service=…&postalCode=…): photo or initials, name, badge, bio,
// rating and reviews, prices for the site's services, and the next free slots of the chosen service.
import { useEffect, useId } from 'react';
import { bookHref } from '../booking/booking-href';
import { SlotList } from '../booking/slot-list';
import { useFreeSlots } from '../booking/use-free-slots';
import { useNav } from '../navigation';
import { useSite } from '../tenant/site';
import { Avatar } from './helper-card';
import { HelperReviews } from './helper-reviews';
import { priceText } from './price';
import { chosenSkill, useHelperProfile, type ProfileData } from './use-helper-profile';

function Profile({ profile }: { profile: ProfileData }) {
  const { t, format, tenant } = useSite();
  const navigation = useNav();
  const serviceFieldId = useId();
  const { helper } = profile;
  const postalCode = navigation.url.searchParams.get('postalCode') ?? '';
  const skill = chosenSkill(helper, navigation.url.searchParams.get('service'));
  const bookable = skill && skill.pricingMode !== 'QUOTE' ? skill : undefined;
  const [slots] = useFreeSlots({ helperId: helper.id, durationMinutes: bookable ? (profile.durations.get(bookable.serviceId) ?? 60) : null });

  useEffect(() => {
    document.title = `${helper.displayName} – ${tenant.branding.displayName}`;
  }, [helper, tenant]);

  const chooseService = (serviceId: string) => {
    const params = new URLSearchParams(navigation.url.search);
    params.set('service', serviceId);
    navigation.navigate(`${navigation.url.pathname}?${params}`, { replace: true });
  };

  return (
    <article className="profile" aria-labelledby="profile-name">
      <header className="profile__head panel">
        <Avatar name={helper.displayName} photoUrl={helper.photoUrl} />
        <div className="profile__who">
          <h1 id="profile-name">{helper.displayName}</h1>
          {helper.badgeName ? <p className="badge">{helper.badgeName}</p> : null}
          <p data-testid="profile-rating">
            {helper.rating !== null && helper.reviewCount > 0 ? t.ratingSummary(format.stars(helper.rating), helper.reviewCount) : t.noReviews}
          </p>
        </div>
      </header>
      {helper.bio ? <p className="profile__bio">{helper.bio}</p> : null}

      <section className="panel" aria-labelledby="profile-prices">
        <h2 id="profile-prices">{t.profile.prices}</h2>
        <ul className="price-list">
          {helper.skills.map((offered) => (
            <li key={offered.serviceId}>
              <span>{offered.serviceName}</span> <strong>{priceText(offered, t, format)}</strong>
            </li>
          ))}
        </ul>
      </section>

      <section className="panel" aria-labelledby="profile-slots">
        <h2 id="profile-slots">{t.profile.nextSlots}</h2>
        {helper.skills.length > 1 ? (
          <div className="field">
            <label htmlFor={serviceFieldId}>{t.service}</label>
            <select id={serviceFieldId} value={skill?.serviceId ?? ''} onChange={(event) => chooseService(event.target.value)}>
              {helper.skills.map((offered) => (
                <option key={offered.serviceId} value={offered.serviceId}>
                  {offered.serviceName}
                </option>
              ))}
            </select>
          </div>
        ) : skill ? (
          <p>{skill.serviceName}</p>
        ) : null}
        {bookable ? (
          <SlotList slots={slots} hrefOf={(startsAt) => bookHref({ helperId: helper.id, serviceId: bookable.serviceId, startsAt, postalCode })} />
        ) : (
          <p className="muted">{t.profile.quoteOnly}</p>
        )}
      </section>

      <section className="panel" aria-labelledby="profile-reviews">
        <h2 id="profile-reviews">{t.profile.reviews}</h2>
        <HelperReviews helperId={helper.id} />
      </section>
    </article>
  );
}

export function HelperProfilePage({ helperId }: { helperId: string }) {
  const { t, locale } = useSite();
  const profile = useHelperProfile(helperId, locale);
  if (profile.status === 'loading') return <p className="muted" role="status">{t.profile.loading}</p>;
  if (profile.status === 'failed') {
    return (
      <p className="notice notice--error" role="alert">
        {profile.error.code === 'NOT_FOUND' ? t.profile.notFound : t.profile.failed}
      </p>
    );
  }
  return <Profile profile={profile.data} />;
}
