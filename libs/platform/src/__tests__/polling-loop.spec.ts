import { describe, expect, it } from '@jest/globals';
import { PollingLoop } from '../queue/polling-loop.js';

/** A loop whose rounds are recorded; `answers` says what each round returns (true: more waiting; an Error: it fails). */
function recordingLoop(answers: Array<boolean | Error>, pauses: { idleMs: number; backoffMs: number }) {
  const rounds: number[] = [];
  const errors: number[] = [];
  const loop = new PollingLoop(
    async () => {
      rounds.push(Date.now());
      const answer = answers.shift() ?? false;
      if (answer instanceof Error) throw answer;
      return answer;
    },
    { idleMs: pauses.idleMs, backoffMs: () => pauses.backoffMs, onError: (_error, failures) => errors.push(failures) },
  );
  return { loop, rounds, errors };
}

const tick = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function until(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 400 && !condition(); i += 1) await tick(5);
  expect(condition()).toBe(true);
}

describe('PollingLoop', () => {
  it('runs rounds back to back while they report more work, then pauses', async () => {
    const { loop, rounds } = recordingLoop([true, true, false], { idleMs: 60_000, backoffMs: 60_000 });
    loop.start();
    await until(() => rounds.length === 3);
    await tick(30);
    expect(rounds).toHaveLength(3);
    await loop.stop();
  });

  it('ends an idle pause when nudged', async () => {
    const { loop, rounds } = recordingLoop([false, false], { idleMs: 60_000, backoffMs: 60_000 });
    loop.start();
    await until(() => rounds.length === 1);
    await tick(20);
    loop.nudge();
    await until(() => rounds.length === 2);
    await loop.stop();
  });

  it('runs once more right after a round during which it was nudged', async () => {
    let release: () => void = () => undefined;
    let calls = 0;
    const loop = new PollingLoop(
      async () => {
        calls += 1;
        if (calls === 1) await new Promise<void>((resolve) => (release = resolve));
        return false;
      },
      { idleMs: 60_000, backoffMs: () => 60_000, onError: () => undefined },
    );
    loop.start();
    await until(() => calls === 1);
    loop.nudge();
    release();
    await until(() => calls === 2);
    await tick(30);
    expect(calls).toBe(2);
    await loop.stop();
  });

  it('keeps the pause after a failed round even when nudged', async () => {
    const { loop, rounds, errors } = recordingLoop([new Error('database away'), false], { idleMs: 1, backoffMs: 60_000 });
    loop.start();
    await until(() => errors.length === 1);
    loop.nudge();
    await tick(50);
    expect(rounds).toHaveLength(1);
    expect(errors).toEqual([1]);
    await loop.stop();
  });

  it('stop() wakes any pause and runs no further round', async () => {
    const { loop, rounds } = recordingLoop([false], { idleMs: 60_000, backoffMs: 60_000 });
    loop.start();
    await until(() => rounds.length === 1);
    await loop.stop();
    loop.nudge();
    await tick(20);
    expect(rounds).toHaveLength(1);
  });
});
