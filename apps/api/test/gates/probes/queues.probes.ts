// Probe of the platform's queue health (/platform/graphql): counts per queue, no tenant's data.
import type { Caller, Probe } from './probe.js';

const PLATFORM_ADMIN: Caller[] = ['platform_admin'];

export const queuesProbes: Probe[] = [
  {
    endpoint: 'platform',
    field: 'Query.platformQueueHealth',
    document: '{ platformQueueHealth { name waiting active delayed failed completed paused } }',
    foreignIds: false,
    allow: PLATFORM_ADMIN,
  },
];
