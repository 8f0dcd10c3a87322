// A console page that could not load: a kind sentence for the server's typed refusal, and a retry.
import type { ApiError } from '../graphql/client';
import type { ConsoleMessages } from './messages';

export function LoadFailed({ c, error, retry }: { c: ConsoleMessages; error: ApiError; retry(): void }) {
  return (
    <div className="notice notice--error" role="alert">
      <p>{error.code === 'FORBIDDEN' ? c.forbidden : error.code === 'NOT_FOUND' ? c.notFound : c.failed}</p>
      <button className="button button--secondary" type="button" onClick={retry}>
        {c.retry}
      </button>
    </div>
  );
}
