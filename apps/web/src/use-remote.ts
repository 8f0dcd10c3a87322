// Data a page loads: loading, failed with the server's typed error, or there. `key` names what is
// loaded: a new key loads again and cancels the load in flight; null loads nothing. A reload of the
// same key keeps showing what is there until the fresh data arrives.
import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError } from './graphql/client';

export type Remote<T> = { status: 'loading' } | { status: 'failed'; error: ApiError } | { status: 'done'; data: T };

export function useRemote<T>(key: string | null, load: (signal: AbortSignal) => Promise<T>): [Remote<T>, () => void] {
  const [state, setState] = useState<Remote<T>>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const latestLoad = useRef(load);
  latestLoad.current = load;
  const shownKey = useRef<string | null>(null);
  useEffect(() => {
    if (key === null) return;
    const controller = new AbortController();
    if (shownKey.current !== key) setState({ status: 'loading' });
    shownKey.current = key;
    latestLoad.current(controller.signal).then(
      (data) => {
        if (!controller.signal.aborted) setState({ status: 'done', data });
      },
      (error: unknown) => {
        if (controller.signal.aborted) return;
        setState({ status: 'failed', error: error instanceof ApiError ? error : new ApiError('INTERNAL', 'Loading failed') });
      },
    );
    return () => controller.abort();
  }, [key, attempt]);
  const reload = useCallback(() => setAttempt((count) => count + 1), []);
  return [state, reload];
}
