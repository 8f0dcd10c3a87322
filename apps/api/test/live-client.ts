// A graphql-ws client for API tests: a real WebSocket to the test API's port, carrying the tenant's
// Host header (Node resolves no *.localhost names) and the bearer token in connectionParams.
import { waitUntil } from '@quartier/testing';
import type { FormattedExecutionResult, GraphQLFormattedError } from 'graphql';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { hostFor } from './test-api.js';

export interface LiveClose {
  code: number;
  reason: string;
}

export interface LiveSubscription<T = Record<string, unknown>> {
  /** Every `next` result, in the order it arrived. */
  readonly results: FormattedExecutionResult<T>[];
  /** The errors of an `error` message (a refused operation), once one arrived. */
  readonly errors: readonly GraphQLFormattedError[] | null;
  /** The close of the socket, once it closed. */
  readonly closed: LiveClose | null;
  /** True once the server acknowledged the connection. */
  readonly connected: boolean;
  /** True once the server completed the subscription. */
  readonly completed: boolean;
  /** Waits until `count` results have arrived and returns them. */
  received(count: number, deadlineMs?: number): Promise<FormattedExecutionResult<T>[]>;
  /** Waits until the server either acknowledged or closed the connection. */
  settled(deadlineMs?: number): Promise<void>;
  /** Waits until the socket has closed. */
  closing(deadlineMs?: number): Promise<LiveClose>;
  dispose(): Promise<void>;
}

export interface LiveCall {
  /** Tenant slug (Host `<slug>.localhost`) or a full host name. */
  host: string;
  token?: string;
  /** Replaces the connectionParams built from `token`. */
  connectionParams?: Record<string, unknown>;
  query: string;
  variables?: Record<string, unknown>;
}

/** Connects and subscribes at once; the returned object records what the server sends. */
export function subscribeLive<T = Record<string, unknown>>(url: string, call: LiveCall): LiveSubscription<T> {
  const host = hostFor(call.host);
  class HostedWebSocket extends WebSocket {
    constructor(address: string | URL, protocols?: string | string[]) {
      super(address, protocols, { headers: { host } });
    }
  }
  const state = {
    results: [] as FormattedExecutionResult<T>[],
    errors: null as readonly GraphQLFormattedError[] | null,
    closed: null as LiveClose | null,
    connected: false,
    completed: false,
  };
  const client = createClient({
    url,
    webSocketImpl: HostedWebSocket,
    retryAttempts: 0,
    connectionParams: call.connectionParams ?? (call.token ? { authorization: `Bearer ${call.token}` } : undefined),
    on: {
      connected: () => (state.connected = true),
      closed: (event) => {
        const { code, reason } = event as LiveClose;
        state.closed = { code, reason: String(reason) };
      },
    },
  });
  const unsubscribe = client.subscribe<T>(
    { query: call.query, variables: call.variables },
    {
      next: (result) => state.results.push(result as FormattedExecutionResult<T>),
      // A close event when the socket was refused; the server's errors when the operation was.
      error: (error) => {
        if (Array.isArray(error)) state.errors = error as GraphQLFormattedError[];
      },
      complete: () => (state.completed = true),
    },
  );
  const subscription: LiveSubscription<T> = {
    get results() {
      return state.results;
    },
    get errors() {
      return state.errors;
    },
    get closed() {
      return state.closed;
    },
    get connected() {
      return state.connected;
    },
    get completed() {
      return state.completed;
    },
    received: (count, deadlineMs = 30_000) =>
      waitUntil(`${count} live result(s) on ${host}`, async () => (state.results.length >= count ? state.results.slice(0, count) : undefined), deadlineMs),
    settled: async (deadlineMs = 30_000) => {
      await waitUntil(`the live connection on ${host} to be acknowledged or closed`, async () => (state.connected || state.closed ? true : undefined), deadlineMs);
    },
    closing: (deadlineMs = 30_000) => waitUntil(`the live connection on ${host} to close`, async () => state.closed ?? undefined, deadlineMs),
    async dispose() {
      unsubscribe();
      await client.dispose();
    },
  };
  return subscription;
}
