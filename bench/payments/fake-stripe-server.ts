// Child process of the payments benchmark: the fake Stripe of the test suite on loopback, in a
// process of its own, so the provider's work never shares an event loop with the worker measured
// (Stripe is another machine in production). The parent steers it over IPC.
import { FakeStripe } from '@quartier/testing';
import { readFileSync } from 'node:fs';

export type FakeRequest =
  | { id: number; type: 'add-platform'; secretKey: string }
  | { id: number; type: 'complete-onboarding'; accountId: string }
  | { id: number; type: 'captures'; paymentIntentIds: string[] }
  | { id: number; type: 'cpu' }
  | { id: number; type: 'stop' };

export type FakeMessage = { type: 'ready'; url: string } | { type: 'answer'; id: number; value: unknown } | { type: 'failed'; id: number; error: string };

/** User + system CPU milliseconds this process has used (Linux /proc/self/stat). */
function cpuMs(): number {
  const stat = readFileSync('/proc/self/stat', 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
}

const fake = new FakeStripe();
const address = await fake.start();

function answer(request: FakeRequest): unknown {
  switch (request.type) {
    case 'add-platform':
      return fake.addPlatform(request.secretKey);
    case 'complete-onboarding':
      return fake.completeOnboarding(request.accountId).id;
    case 'captures': {
      // How many intents were really captured exactly once (idempotent replays do not count).
      const wanted = new Set(request.paymentIntentIds);
      const intents = fake.paymentIntents().filter((intent) => wanted.has(intent.id));
      return {
        found: intents.length,
        succeeded: intents.filter((intent) => intent.status === 'succeeded').length,
        capturedOnce: intents.filter((intent) => fake.captures(intent.id) === 1).length,
      };
    }
    case 'cpu':
      return cpuMs();
    case 'stop':
      return null;
  }
}

process.on('message', (request: FakeRequest) => {
  try {
    process.send?.({ type: 'answer', id: request.id, value: answer(request) } satisfies FakeMessage);
  } catch (error) {
    process.send?.({ type: 'failed', id: request.id, error: error instanceof Error ? error.message : String(error) } satisfies FakeMessage);
  }
  if (request.type === 'stop') void fake.stop().then(() => process.exit(0));
});
process.send?.({ type: 'ready', url: address.url } satisfies FakeMessage);
