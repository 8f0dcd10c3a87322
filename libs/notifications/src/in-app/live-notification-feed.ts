// The API side of NotificationBus: one Redis subscriber connection per process hands each new in-app
// notification to the open subscriptions of its recipient. A tenant's channel is subscribed while
// someone of that tenant listens here and unsubscribed when the last one leaves; after a Redis
// reconnect ioredis subscribes the same channels again by itself.
import { Inject, Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG, type AppConfig, REDIS } from '@quartier/platform';
import type { Redis } from 'ioredis';
import { type LiveNotification, notificationChannelOf } from './notification-bus.js';

/**
 * Notifications kept for one subscription that its client has not taken yet. A client this far behind
 * is not reading: its subscription ends, and it reads its list when it subscribes again.
 */
export const LIVE_BUFFER_LIMIT = 100;

/** Pause before subscribing a channel again after Redis refused it (a connection dropping). */
const SUBSCRIBE_RETRY_MS = 500;

/** One subscription's queue, read by the GraphQL layer as an async iterator. */
class LiveListener implements AsyncIterableIterator<LiveNotification> {
  private readonly buffered: LiveNotification[] = [];
  private waiting: ((result: IteratorResult<LiveNotification>) => void) | null = null;
  private ended = false;

  constructor(private readonly onEnd: (listener: LiveListener) => void) {}

  push(notification: LiveNotification): void {
    if (this.ended) return;
    if (this.waiting) {
      const resolve = this.waiting;
      this.waiting = null;
      resolve({ value: notification, done: false });
      return;
    }
    if (this.buffered.length >= LIVE_BUFFER_LIMIT) {
      this.end();
      return;
    }
    this.buffered.push(notification);
  }

  end(): void {
    if (this.ended) return;
    this.ended = true;
    this.buffered.length = 0;
    this.onEnd(this);
    if (this.waiting) {
      const resolve = this.waiting;
      this.waiting = null;
      resolve({ value: undefined, done: true });
    }
  }

  next(): Promise<IteratorResult<LiveNotification>> {
    const next = this.buffered.shift();
    if (next) return Promise.resolve({ value: next, done: false });
    if (this.ended) return Promise.resolve({ value: undefined, done: true });
    return new Promise((resolve) => (this.waiting = resolve));
  }

  return(): Promise<IteratorResult<LiveNotification>> {
    this.end();
    return Promise.resolve({ value: undefined, done: true });
  }

  throw(error?: unknown): Promise<IteratorResult<LiveNotification>> {
    this.end();
    return Promise.reject(error instanceof Error ? error : new Error(String(error)));
  }

  [Symbol.asyncIterator](): AsyncIterableIterator<LiveNotification> {
    return this;
  }
}

const isLiveNotification = (value: unknown): value is LiveNotification =>
  typeof value === 'object' && value !== null && typeof (value as LiveNotification).id === 'string' && typeof (value as LiveNotification).userId === 'string';

@Injectable()
export class LiveNotificationFeed implements OnApplicationShutdown {
  private readonly logger = new Logger(LiveNotificationFeed.name);
  private subscriber: Redis | null = null;
  /** channel → user id → that user's open subscriptions in this process. */
  private readonly listeners = new Map<string, Map<string, Set<LiveListener>>>();
  private closed = false;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(REDIS) private readonly redis: Redis,
  ) {}

  /** The Redis connection's name, so operators (and tests) can tell it apart from the others. */
  get connectionName(): string {
    return `${this.config.QUEUE_PREFIX}:live-notifications`;
  }

  /** The recipient's new in-app notifications from now on, until the iterator is returned. */
  listen(input: { tenantId: string; userId: string }): AsyncIterableIterator<LiveNotification> {
    const channel = notificationChannelOf(this.config.QUEUE_PREFIX, input.tenantId);
    const listener = new LiveListener((ended) => this.forget(channel, input.userId, ended));
    if (this.closed) {
      listener.end();
      return listener;
    }
    let byUser = this.listeners.get(channel);
    if (!byUser) {
      byUser = new Map();
      this.listeners.set(channel, byUser);
      this.subscribe(channel);
    }
    let own = byUser.get(input.userId);
    if (!own) {
      own = new Set();
      byUser.set(input.userId, own);
    }
    own.add(listener);
    return listener;
  }

  async onApplicationShutdown(): Promise<void> {
    this.closed = true;
    for (const byUser of [...this.listeners.values()]) {
      for (const own of [...byUser.values()]) for (const listener of [...own]) listener.end();
    }
    const subscriber = this.subscriber;
    this.subscriber = null;
    await subscriber?.quit().catch(() => subscriber.disconnect());
  }

  private forget(channel: string, userId: string, listener: LiveListener): void {
    const byUser = this.listeners.get(channel);
    const own = byUser?.get(userId);
    if (!byUser || !own?.delete(listener)) return;
    if (own.size > 0) return;
    byUser.delete(userId);
    if (byUser.size > 0) return;
    this.listeners.delete(channel);
    // Commands on one connection run in order, so a later subscribe of the same channel wins.
    if (this.subscriber && !this.closed) {
      this.subscriber.unsubscribe(channel).catch((error: unknown) => this.logger.warn(`unsubscribe ${channel}: ${String(error)}`));
    }
  }

  private subscribe(channel: string): void {
    this.connection()
      .subscribe(channel)
      .catch((error: unknown) => {
        // The connection dropped while subscribing: try again shortly, for as long as someone here
        // still listens on the channel, rather than ending subscriptions that did nothing wrong.
        this.logger.warn(`subscribe ${channel}: ${String(error)}; trying again`);
        setTimeout(() => {
          if (!this.closed && this.listeners.has(channel)) this.subscribe(channel);
        }, SUBSCRIBE_RETRY_MS).unref();
      });
  }

  private connection(): Redis {
    if (this.subscriber) return this.subscriber;
    // A subscribed connection can do nothing else, so it is a copy of the shared client. Its commands
    // wait for Redis however long it is away (no retry limit): a subscription must not be dropped.
    const subscriber = this.redis.duplicate({ connectionName: this.connectionName, maxRetriesPerRequest: null });
    subscriber.on('message', (channel: string, message: string) => this.dispatch(channel, message));
    subscriber.on('error', (error: Error) => this.logger.warn(`live notification subscriber: ${error.message}`));
    this.subscriber = subscriber;
    return subscriber;
  }

  private dispatch(channel: string, message: string): void {
    const byUser = this.listeners.get(channel);
    if (!byUser) return;
    let notifications: unknown;
    try {
      notifications = JSON.parse(message);
    } catch {
      this.logger.warn(`unreadable live notification message on ${channel}`);
      return;
    }
    if (!Array.isArray(notifications)) return;
    for (const notification of notifications) {
      if (!isLiveNotification(notification)) continue;
      for (const listener of [...(byUser.get(notification.userId) ?? [])]) listener.push(notification);
    }
  }
}
