import { describe, expect, it } from '@jest/globals';
import { MESSAGE_EXCERPT_LENGTH, messageExcerpt } from '../catalog/message-rules.js';

describe("a message's excerpt in its notification", () => {
  it('is the whole message, on one line, when it is short', () => {
    expect(messageExcerpt('  Hello,\n\nsee you at 2 pm.\t ')).toBe('Hello, see you at 2 pm.');
  });

  it('cuts a long message after a word and says so', () => {
    const long = 'The router is in the cellar next to the washing machine. '.repeat(5);
    const excerpt = messageExcerpt(long);
    expect([...excerpt].length).toBeLessThanOrEqual(MESSAGE_EXCERPT_LENGTH);
    expect(excerpt.endsWith('…')).toBe(true);
    expect(long.startsWith(excerpt.slice(0, -1))).toBe(true);
    expect(long.charAt(excerpt.length - 1)).toBe(' ');
  });

  it('counts an emoji as one character and never splits it', () => {
    const excerpt = messageExcerpt('🙂'.repeat(200));
    expect([...excerpt]).toHaveLength(MESSAGE_EXCERPT_LENGTH);
    expect(excerpt).toBe(`${'🙂'.repeat(MESSAGE_EXCERPT_LENGTH - 1)}…`);
  });
});
