// Live in-app notifications across processes: the worker publishes each one, once its fan-out has
// committed, on a Redis channel of its tenant; API processes relay them to the recipient's open
// subscriptions. A message lost here costs nothing: the notification is stored, and clients read
// their list and unread count when they (re)connect.
import { Inject, Injectable } from '@nestjs/common';
import { REDIS } from '@quartier/platform';
import type { Redis } from 'ioredis';

export interface LiveNotification {
  id: string;
  userId: string;
  kind: string;
  title: string;
  body: string;
  link: string | null;
  createdAt: string;
}

export function notificationChannelOf(queuePrefix: string, tenantId: string): string {
  return `${queuePrefix}:notifications:${tenantId}`;
}

@Injectable()
export class NotificationBus {
  constructor(@Inject(REDIS) private readonly redis: Redis) {}

  async publish(channel: string, notifications: LiveNotification[]): Promise<void> {
    if (notifications.length === 0) return;
    await this.redis.publish(channel, JSON.stringify(notifications));
  }
}
