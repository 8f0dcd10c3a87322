// Free starts as buttons (links: each is the booking page of that slot), or why there are none.
import { Link } from '../link';
import { useSite } from '../tenant/site';
import type { Remote } from '../use-remote';

export function SlotList({ slots, hrefOf }: { slots: Remote<string[]>; hrefOf(startsAt: string): string }) {
  const { t, format } = useSite();
  if (slots.status === 'loading') return <p className="muted" role="status">{t.profile.loadingSlots}</p>;
  if (slots.status === 'failed') return <p className="notice notice--error" role="alert">{t.profile.slotsFailed}</p>;
  if (slots.data.length === 0) return <p className="muted">{t.noFreeSlot}</p>;
  return (
    <ul className="slot-list" data-testid="slot-list">
      {slots.data.map((startsAt) => (
        <li key={startsAt}>
          <Link className="button button--slot" href={hrefOf(startsAt)} aria-label={t.profile.bookAt(format.dateTime(startsAt))} data-starts-at={startsAt}>
            {format.dateTime(startsAt)}
          </Link>
        </li>
      ))}
    </ul>
  );
}
