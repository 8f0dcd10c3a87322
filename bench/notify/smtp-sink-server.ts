// Child process of the notification benchmark: the SMTP sink of the test suite on loopback, in a
// process of its own, so receiving and parsing mails never shares an event loop with the worker
// measured (the mail server is another machine in production). The parent steers it over IPC: it
// announces how many mails a round expects, hears when the last one arrived, then asks what came.
import { SmtpSink } from '@quartier/testing';
import { createHash } from 'node:crypto';
import { performance } from 'node:perf_hooks';

export type SinkRequest =
  | { id: number; type: 'expect'; count: number; timeoutMs: number }
  | { id: number; type: 'tally' }
  | { id: number; type: 'stop' };

export type SinkMessage =
  | { type: 'ready'; url: string; pid: number }
  | { type: 'answer'; id: number; value: unknown }
  | { type: 'failed'; id: number; error: string }
  /** The round's expected count was reached; `at` is epoch milliseconds with sub-millisecond digits. */
  | { type: 'arrived'; round: number; at: number }
  | { type: 'late'; round: number; error: string };

/** What arrived since the round was announced. */
export interface SinkTally {
  received: number;
  distinctMessageIds: number;
  withoutMessageId: number;
  /** Message-IDs that arrived more than once (the first few), with their copies. */
  duplicates: Array<{ messageId: string; count: number }>;
  /** Per envelope recipient: a digest of what they read (sender, subject, text and HTML), or 'several' when more than one mail came. */
  byRecipient: Record<string, string>;
}

const sink = await SmtpSink.start();
let round = 0;

/** Epoch milliseconds, as precise as the process clock allows (comparable across processes of this machine). */
function nowMs(): number {
  return performance.timeOrigin + performance.now();
}

function tally(): SinkTally {
  const messages = sink.messages();
  const byRecipient: Record<string, string> = {};
  for (const message of messages) {
    const recipient = message.to.join(',');
    const digest = createHash('sha256')
      .update(JSON.stringify([message.from, message.subject, message.text, message.html]))
      .digest('hex');
    byRecipient[recipient] = recipient in byRecipient ? 'several' : digest;
  }
  const duplicates = sink.duplicates();
  return {
    received: messages.length,
    distinctMessageIds: new Set(messages.map((message) => message.messageId).filter((id) => id !== null)).size,
    withoutMessageId: messages.filter((message) => message.messageId === null).length,
    duplicates: duplicates.slice(0, 5),
    byRecipient,
  };
}

function answer(request: SinkRequest): unknown {
  switch (request.type) {
    case 'expect': {
      sink.clear();
      const current = ++round;
      sink.waitForCount(request.count, request.timeoutMs).then(
        () => process.send?.({ type: 'arrived', round: current, at: nowMs() } satisfies SinkMessage),
        (error: unknown) => process.send?.({ type: 'late', round: current, error: error instanceof Error ? error.message : String(error) } satisfies SinkMessage),
      );
      return current;
    }
    case 'tally':
      return tally();
    case 'stop':
      return null;
  }
}

process.on('message', (request: SinkRequest) => {
  try {
    process.send?.({ type: 'answer', id: request.id, value: answer(request) } satisfies SinkMessage);
  } catch (error) {
    process.send?.({ type: 'failed', id: request.id, error: error instanceof Error ? error.message : String(error) } satisfies SinkMessage);
  }
  if (request.type === 'stop') void sink.stop().then(() => process.exit(0));
});
process.send?.({ type: 'ready', url: sink.url, pid: process.pid } satisfies SinkMessage);
