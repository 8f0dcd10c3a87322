// Live status for a request page: the customer's notifications arrive over graphql-ws (loaded only
// on the pages that listen, so the entry stays small); one about this request, or a reconnection
// after a gap, reloads the page's data.
import { useEffect, useRef } from 'react';
import { LiveNotificationsSubscription } from '../graphql/operations';
import { useSession } from '../session/session';

function liveUrl(): string {
  return `${window.location.protocol === 'https:' ? 'wss' : 'ws'}://${window.location.host}/graphql`;
}

export function useRequestUpdates(requestId: string, enabled: boolean, onUpdate: () => void): void {
  const session = useSession();
  const latest = useRef({ onUpdate, accessToken: session.accessToken });
  latest.current = { onUpdate, accessToken: session.accessToken };

  useEffect(() => {
    if (!enabled) return;
    let stop: (() => void) | null = null;
    let stopped = false;
    const path = `/requests/${requestId}`;
    void import('graphql-ws').then(({ createClient }) => {
      if (stopped) return;
      const client = createClient({
        url: liveUrl(),
        // Asked again on every reconnection, so a renewed token is used.
        connectionParams: async () => ({ authorization: `Bearer ${(await latest.current.accessToken()) ?? ''}` }),
        retryAttempts: Number.POSITIVE_INFINITY,
        shouldRetry: () => true,
        on: {
          // Notifications sent while disconnected are not replayed: read the request afresh.
          connected: (_socket, _payload, wasRetry) => {
            if (wasRetry) latest.current.onUpdate();
          },
        },
      });
      const unsubscribe = client.subscribe<{ notificationReceived: { notification: { link: string | null } } }>(
        { query: LiveNotificationsSubscription.toString() },
        {
          next: (result) => {
            const link = result.data?.notificationReceived.notification.link;
            if (link === path || link?.startsWith(`${path}/`)) latest.current.onUpdate();
          },
          // The page keeps its data; the next visit or reload reads it afresh.
          error: () => undefined,
          complete: () => undefined,
        },
      );
      stop = () => {
        unsubscribe();
        void client.dispose();
      };
    });
    return () => {
      stopped = true;
      stop?.();
    };
  }, [requestId, enabled]);
}
