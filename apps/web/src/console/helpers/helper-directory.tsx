// The site's helpers in every status, narrowed by status (in the address) and by a search on name or
// postal code, paged on demand. An approved helper is suspended with a reason after a confirmation; a
// suspended one is reinstated. Each answer updates its card in place.
import { useId, useRef, useState, type FormEvent } from 'react';
import { ApiError } from '../../graphql/client';
import type { ConsoleSiteHelpersQuery as HelpersResult, HelperStatus } from '../../graphql/generated/graphql';
import { useSession } from '../../session/session';
import { useSite } from '../../tenant/site';
import type { ConsoleMessages } from '../messages';
import { PagedListView, StatusFilterForm, usePagedList, useStatusFilter } from '../paged-list';
import { pageOf } from '../paged-list-state';
import { consoleHref } from '../routes';
import { helperDirectoryMessages, type HelperDirectoryMessages } from './messages';
import { ReinstateHelperMutation, SiteHelpersQuery, SuspendHelperMutation } from './operations';
import './helpers.css';

type Listed = HelpersResult['siteHelpers']['edges'][number]['node'];
type Change = { status: HelperStatus; statusChangedAt: string; suspensionReason?: string | null };

const MAX_REASON = 1000;

function refusalOf(c: ConsoleMessages, h: HelperDirectoryMessages, error: unknown): string {
  const code = error instanceof ApiError ? error.code : 'INTERNAL';
  return code === 'FORBIDDEN' ? c.forbidden : code === 'CONFLICT' ? h.errors.conflict : code === 'NOT_FOUND' ? c.notFound : c.failed;
}

/** The reason form shown once an operator asks to suspend: nothing changes until they confirm. */
function SuspendForm({ c, h, helper, done, cancel }: { c: ConsoleMessages; h: HelperDirectoryMessages; helper: Listed; done(change: Change): void; cancel(): void }) {
  const session = useSession();
  const id = useId();
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [reasonError, setReasonError] = useState<string | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  const reasonRef = useRef<HTMLTextAreaElement>(null);

  const fail = (text: string) => {
    setReasonError(text);
    reasonRef.current?.focus();
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const text = reason.trim();
    if (!text) return fail(h.errors.reasonRequired);
    if (text.length > MAX_REASON) return fail(h.errors.reasonTooLong);
    setBusy(true);
    setReasonError(null);
    setRefusal(null);
    try {
      const { suspendHelper } = await session.call(SuspendHelperMutation, { helperId: helper.id, reason: text });
      done(suspendHelper);
    } catch (error) {
      if (error instanceof ApiError && error.field === 'reason') fail(h.errors.reasonRequired);
      else setRefusal(refusalOf(c, h, error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="helper-suspend" onSubmit={(event) => void submit(event)} aria-labelledby={`${id}-title`} noValidate>
      <h3 id={`${id}-title`}>{h.suspendTitle(helper.displayName)}</h3>
      <div className="field">
        <label htmlFor={`${id}-reason`}>{h.reason}</label>
        <textarea
          id={`${id}-reason`}
          ref={reasonRef}
          rows={3}
          required
          autoFocus
          value={reason}
          onChange={(event) => setReason(event.target.value)}
          aria-invalid={reasonError ? true : undefined}
          aria-describedby={reasonError ? `${id}-error ${id}-hint` : `${id}-hint`}
        />
        <p className="field__hint" id={`${id}-hint`}>
          {h.reasonHint}
        </p>
        {reasonError ? (
          <p className="field__error" id={`${id}-error`} data-testid="helper-reason-error">
            {reasonError}
          </p>
        ) : null}
      </div>
      {refusal ? (
        <p className="notice notice--error" role="alert">
          {refusal}
        </p>
      ) : null}
      <div className="button-row">
        <button className="button button--danger" type="submit" disabled={busy}>
          {h.suspendYes}
        </button>
        <button className="button button--secondary" type="button" onClick={cancel}>
          {h.keep}
        </button>
      </div>
    </form>
  );
}

function HelperCard({ c, h, helper, changed }: { c: ConsoleMessages; h: HelperDirectoryMessages; helper: Listed; changed(helper: Listed, message: string): void }) {
  const session = useSession();
  const { format } = useSite();
  const [suspending, setSuspending] = useState(false);
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);

  const apply = (change: Change, message: string) => {
    setSuspending(false);
    changed({ ...helper, status: change.status, statusChangedAt: change.statusChangedAt, suspensionReason: change.suspensionReason ?? null }, message);
  };
  const reinstate = async () => {
    setBusy(true);
    setRefusal(null);
    try {
      const { reinstateHelper } = await session.call(ReinstateHelperMutation, { helperId: helper.id });
      apply(reinstateHelper, reinstateHelper.status === 'APPROVED' ? h.reinstated(helper.displayName) : h.reinstatedToReview(helper.displayName));
    } catch (error) {
      setRefusal(refusalOf(c, h, error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <li className="panel helper-card" data-testid="directory-helper" aria-label={helper.displayName}>
      <div className="helper-card__head">
        <h2>{helper.displayName}</h2>
        <span className={`status helper-card__status helper-card__status--${helper.status.toLowerCase()}`} data-testid="helper-status">
          {h.helperStatus[helper.status]}
        </span>
      </div>
      <p className="muted">
        {h.since(format.date(helper.statusChangedAt))} · {h.tier[helper.tier] ?? helper.tier} · {helper.homePostalCode ? h.home(helper.homePostalCode) : h.noHome}
      </p>
      <p>{helper.rating === null ? h.noRating : h.rating(format.stars(helper.rating), helper.reviewCount)}</p>
      <p>{helper.skills.length > 0 ? h.skills(helper.skills.join(', ')) : h.noSkills}</p>
      {helper.status === 'SUSPENDED' && helper.suspensionReason ? (
        <p className="helper-card__reason" data-testid="helper-reason">
          {h.suspendedBecause(helper.suspensionReason)}
        </p>
      ) : null}
      {refusal ? (
        <p className="notice notice--error" role="alert">
          {refusal}
        </p>
      ) : null}
      {suspending ? (
        <SuspendForm c={c} h={h} helper={helper} done={(change) => apply(change, h.suspended(helper.displayName))} cancel={() => setSuspending(false)} />
      ) : helper.status === 'APPROVED' ? (
        <button className="button button--secondary" type="button" onClick={() => setSuspending(true)}>
          {h.suspend}
        </button>
      ) : helper.status === 'SUSPENDED' ? (
        <button className="button button--primary" type="button" disabled={busy} onClick={() => void reinstate()}>
          {h.reinstate}
        </button>
      ) : null}
    </li>
  );
}

export function HelperDirectory({ c, status }: { c: ConsoleMessages; status: string | null }) {
  const session = useSession();
  const { locale } = useSite();
  const h = helperDirectoryMessages(locale);
  const filter = useStatusFilter<HelperStatus>(h.helperStatus, status, consoleHref.helpers);
  const [typed, setTyped] = useState('');
  const [search, setSearch] = useState('');
  const key = `helpers:${filter.status ?? ''}:${search}`;
  const list = usePagedList(key, async (after, signal) => {
    const page = await session.call(SiteHelpersQuery, { status: filter.status, search: search || null, after }, { signal });
    return pageOf(page.siteHelpers);
  });
  // What the last suspension or reinstatement did, said while the same list is shown.
  const [done, setDone] = useState<{ key: string; message: string } | null>(null);

  const apply = (event: FormEvent) => {
    setSearch(typed.trim());
    filter.apply(event);
  };

  return (
    <section aria-labelledby="console-helpers-title">
      <h1 id="console-helpers-title">{h.title}</h1>
      <p className="page-lead muted">{h.lead}</p>
      <StatusFilterForm id="helpers-status" label={h.filter} all={h.allStatuses} apply={h.apply} filter={filter} role="search" onSubmit={apply}>
        <div className="field">
          <label htmlFor="helpers-search">{h.search}</label>
          <input id="helpers-search" type="search" value={typed} maxLength={120} onChange={(event) => setTyped(event.target.value)} aria-describedby="helpers-search-hint" />
          <p className="field__hint" id="helpers-search-hint">
            {h.searchHint}
          </p>
        </div>
      </StatusFilterForm>
      <PagedListView c={c} list={list} loading={h.loading} empty={search ? h.emptySearch(search) : h.empty} emptyTestId="helpers-empty" more={h.more}>
        {({ items, replace }) => (
          <>
            <div role="status">
              {done?.key === key ? (
                <p className="notice console-saved" data-testid="helper-done">
                  {done.message}
                </p>
              ) : null}
            </div>
            <ul className="helper-cards">
              {items.map((helper) => (
                <HelperCard
                  key={helper.id}
                  c={c}
                  h={h}
                  helper={helper}
                  changed={(changed, message) => {
                    replace(changed);
                    setDone({ key, message });
                  }}
                />
              ))}
            </ul>
          </>
        )}
      </PagedListView>
    </section>
  );
}
