// /queues: every job queue of the product with its counts by state; failures and dead letters stand out.
import { useState } from 'react';
import { useRemote } from '../use-remote';
import { QueueHealthQuery } from './operations';
import { usePlatformI18n } from './platform-i18n';
import { usePlatformSession } from './platform-session';

const COUNTS = ['waiting', 'active', 'delayed', 'failed', 'completed'] as const;

export function QueuesPage() {
  const { t, formatDateTime } = usePlatformI18n();
  const session = usePlatformSession();
  const [loadedAt, setLoadedAt] = useState(() => new Date().toISOString());
  const [queues, reload] = useRemote('queues', async (signal) => {
    const result = await session.call(QueueHealthQuery, {}, { signal });
    setLoadedAt(new Date().toISOString());
    return result;
  });
  return (
    <section aria-labelledby="queues-title">
      <div className="platform-title-row">
        <h1 id="queues-title">{t.queues.title}</h1>
        <button className="button button--secondary" type="button" onClick={reload} data-testid="refresh-queues">
          {t.queues.refresh}
        </button>
      </div>
      <p className="page-lead">{t.queues.lead}</p>
      {queues.status === 'loading' ? (
        <p className="platform-state" role="status">
          {t.loading}
        </p>
      ) : queues.status === 'failed' ? (
        <div className="notice notice--error" role="alert">
          <p>{t.loadFailed}</p>
          <button className="button button--secondary" type="button" onClick={reload}>
            {t.retry}
          </button>
        </div>
      ) : (
        <>
          <p className="muted" role="status">
            {t.queues.updatedAt(formatDateTime(loadedAt))}
          </p>
          <ul className="queue-list">
            {queues.data.platformQueueHealth.map((queue) => {
              const troubled = queue.failed > 0 || (queue.name === 'dead-letter' && queue.waiting > 0);
              return (
                <li key={queue.name} className={`queue-card${troubled ? ' queue-card--troubled' : ''}`} data-testid={`queue-${queue.name}`}>
                  <h2 className="queue-card__name">
                    {t.queues.names[queue.name] ?? queue.name} <span className="queue-card__id">{queue.name}</span>
                  </h2>
                  {queue.paused ? <span className="tenant-status tenant-status--provisioning">{t.queues.paused}</span> : null}
                  <dl className="queue-card__counts">
                    {COUNTS.map((state) => (
                      <div key={state} className={state === 'failed' && queue.failed > 0 ? 'queue-card__count--failed' : undefined}>
                        <dt>{t.queues.counts[state]}</dt>
                        <dd data-testid={`queue-${queue.name}-${state}`}>{queue[state]}</dd>
                      </div>
                    ))}
                  </dl>
                </li>
              );
            })}
          </ul>
        </>
      )}
    </section>
  );
}
