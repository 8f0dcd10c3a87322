import { describe, expect, it } from '@jest/globals';
import { ValidationError } from '@quartier/platform';
import type { UserChannel } from '../catalog/notification-kinds.js';
import { validateTemplate } from '../templates/template-validation.js';

type Input = Parameters<typeof validateTemplate>[0];

const email = (body: string, subject: string | null = 'Your booking on {{siteName}}'): Input => ({ kind: 'booking.assigned', channel: 'email', subject, body });

function refusal(input: Input): { field: string; message: string } | null {
  try {
    validateTemplate(input);
    return null;
  } catch (error) {
    if (error instanceof ValidationError) return { field: error.field, message: error.message };
    throw error;
  }
}

describe('validateTemplate', () => {
  it('accepts variables of the kind, conditionals with else, and comments', () => {
    const body = [
      'Hello {{recipientName}},',
      '{{!-- shown to helpers only --}}New job for {{customerName}} on {{startsAt}} in {{postalCode}}.',
      '{{#if price}}Price: {{price}}{{else}}The price is agreed on site.{{/if}}',
      '{{#unless link}}Open the app to see details.{{/unless}}',
      '{{#if customerName}}A{{else if price}}B{{else}}C{{/if}} {{ siteName }} {{~serviceName~}}',
    ].join('\n\n');
    expect(refusal(email(body))).toBeNull();
  });

  it('refuses a kind Quartier does not know', () => {
    expect(refusal({ kind: 'booking.teleported', channel: 'email', subject: 'Hi', body: 'Hi' })?.field).toBe('kind');
  });

  it('requires a one-line subject of at most 200 characters for email and in-app', () => {
    for (const channel of ['email', 'in_app'] as const) {
      expect(refusal({ kind: 'payout.paid', channel, subject: null, body: 'Paid' })?.field).toBe('subject');
      expect(refusal({ kind: 'payout.paid', channel, subject: '   ', body: 'Paid' })?.field).toBe('subject');
      expect(refusal({ kind: 'payout.paid', channel, subject: 'Paid\n{{amount}}', body: 'Paid' })?.field).toBe('subject');
      expect(refusal({ kind: 'payout.paid', channel, subject: 'x'.repeat(201), body: 'Paid' })?.field).toBe('subject');
      expect(refusal({ kind: 'payout.paid', channel, subject: 'x'.repeat(200), body: 'Paid' })).toBeNull();
    }
  });

  it('refuses a subject on a text message but accepts none or an empty one', () => {
    const sms = (subject: string | null): Input => ({ kind: 'payout.paid', channel: 'sms', subject, body: 'Paid {{amount}}' });
    expect(refusal(sms('Payout'))).toEqual({ field: 'subject', message: expect.stringContaining('no subject') });
    expect(refusal(sms(null))).toBeNull();
    expect(refusal(sms(''))).toBeNull();
  });

  it('limits the body to 5000 characters, 640 for a text message, and refuses an empty one', () => {
    const body = (channel: UserChannel, length: number): Input => ({ kind: 'payout.paid', channel, subject: channel === 'sms' ? null : 'Paid', body: 'x'.repeat(length) });
    expect(refusal(body('email', 5000))).toBeNull();
    expect(refusal(body('email', 5001))?.field).toBe('body');
    expect(refusal(body('in_app', 5001))?.field).toBe('body');
    expect(refusal(body('sms', 640))).toBeNull();
    expect(refusal(body('sms', 641))).toEqual({ field: 'body', message: expect.stringContaining('at most 640') });
    expect(refusal(body('email', 0))?.field).toBe('body');
    expect(refusal({ kind: 'payout.paid', channel: 'email', subject: 'Paid', body: ' \n ' })?.field).toBe('body');
  });

  it('names an unknown variable and lists the ones the message can use', () => {
    expect(refusal(email('Hello {{custmerName}}'))).toEqual({
      field: 'body',
      message: 'Unknown variable {{custmerName}}; this message can use: siteName, recipientName, link, customerName, serviceName, startsAt, postalCode, price, byCall',
    });
    expect(refusal(email('Hello', 'Job for {{custmerName}}'))).toEqual({ field: 'subject', message: expect.stringContaining('Unknown variable {{custmerName}}') });
  });

  it('refuses a variable that belongs to another kind', () => {
    // helperName exists for customers' messages, not in the helper's own booking.assigned
    expect(refusal(email('{{helperName}} is coming'))?.message).toContain('Unknown variable {{helperName}}');
  });

  it('looks inside conditionals, both branches', () => {
    expect(refusal(email('{{#if price}}{{prise}}{{/if}}'))?.message).toContain('{{prise}}');
    expect(refusal(email('{{#if price}}ok{{else}}{{prise}}{{/if}}'))?.message).toContain('{{prise}}');
    expect(refusal(email('{{#unless price}}{{#if link}}{{lnk}}{{/if}}{{/unless}}'))?.message).toContain('{{lnk}}');
    expect(refusal(email('{{#if pryce}}x{{/if}}'))?.message).toContain('Unknown variable {{pryce}}');
  });

  it.each([
    ['three braces', '{{{customerName}}}', 'like {{customerName}}'],
    ['the & form', '{{&customerName}}', 'like {{customerName}}'],
    ['a partial', '{{> footer}}', 'another template'],
    ['a partial block', '{{#> layout}}x{{/layout}}', 'another template'],
    ['an inline partial', '{{#*inline "x"}}y{{/inline}}', 'not supported'],
    ['a decorator', '{{*decorate}}', 'not supported'],
    ['a helper with an argument', '{{formatDate startsAt}}', 'like {{startsAt}}'],
    ['a helper with a hash', '{{startsAt format="short"}}', 'like {{startsAt}}'],
    ['lookup', '{{lookup this "price"}}', 'one variable name'],
    ['each', '{{#each customerName}}x{{/each}}', '{{#if variable}}'],
    ['with', '{{#with customerName}}{{this}}{{/with}}', '{{#if variable}}'],
    ['a raw block', '{{{{raw}}}} {{x}} {{{{/raw}}}}', '{{#if variable}}'],
    ['an inverse section', '{{^price}}free{{/price}}', '{{#if variable}}'],
    ['this', '{{this}}', 'variable name alone'],
    ['a parent path', '{{../customerName}}', 'like {{customerName}}'],
    ['this.name', '{{this.customerName}}', 'like {{customerName}}'],
    ['./name', '{{./customerName}}', 'like {{customerName}}'],
    ['a nested property', '{{customerName.length}}', 'variable name alone'],
    ['a data variable', '{{@root.customerName}}', 'variable name alone'],
    ['a literal', '{{"customerName"}}', 'one variable name'],
    ['a sub-expression in #if', '{{#if (eq price "0")}}free{{/if}}', 'exactly one variable'],
    ['two arguments to #if', '{{#if price link}}x{{/if}}', 'exactly one variable'],
    ['no argument to #if', '{{#if}}x{{/if}}', 'exactly one variable'],
    ['a literal in #unless', '{{#unless true}}x{{/unless}}', 'exactly one variable'],
    ['block parameters', '{{#if price as |p|}}{{p}}{{/if}}', 'exactly one variable'],
    ['this in #if', '{{#if this}}x{{/if}}', 'variable name alone'],
  ])('refuses %s with a message naming what was typed', (_case, placeholder, advice) => {
    const result = refusal(email(`Hello {{recipientName}}, ${placeholder}`));
    expect(result?.field).toBe('body');
    expect(result?.message).toContain(advice);
  });

  it('quotes the placeholder the operator typed', () => {
    expect(refusal(email('Hi\n\nSee {{formatDate startsAt}} soon'))?.message).toBe(
      '"{{formatDate startsAt}}" is not supported; a placeholder holds one variable name, like {{startsAt}}',
    );
    expect(refusal(email('{{customerName}}, {{shout loudly}}'))?.message).toBe('"{{shout loudly}}" is not supported; a placeholder holds one variable name, like {{customerName}}');
  });

  it('reports an unclosed block with its line number in plain words', () => {
    const result = refusal(email('Hello {{recipientName}},\n\n{{#if price}}Price: {{price}}\nSee you'));
    expect(result?.field).toBe('body');
    expect(result?.message).toBe(
      'The message text has a placeholder problem on line 4: the block {{#if price}} that starts on line 3 is never closed; end it with {{/if}}',
    );
    expect(result?.message).not.toMatch(/Expecting|OPEN_|EOF|-\^/);
  });

  it('reports a block closed with the wrong name', () => {
    const result = refusal(email('A\nB\n{{#if price}}x{{/unless}}'));
    expect(result).toEqual({ field: 'body', message: expect.stringMatching(/line 3: \{\{#if\}\} is closed with \{\{\/unless\}\}/) });
  });

  it.each([
    ['a closing tag without an opening one', 'x {{/if}}', 'never opened'],
    ['an else outside a block', 'x {{else}} y', '{{else}}'],
    ['a placeholder that is not closed', 'Hello {{recipientName', 'two closing braces'],
    ['empty braces', 'Hello {{ }}', 'two closing braces'],
  ])('explains %s', (_case, body, explanation) => {
    const result = refusal(email(body));
    expect(result?.field).toBe('body');
    expect(result?.message).toContain('line 1');
    expect(result?.message).toContain(explanation);
  });

  it('reports a syntax error in the subject against the subject', () => {
    expect(refusal(email('Hello', 'Job {{#if price}}paid'))).toEqual({ field: 'subject', message: expect.stringContaining('The subject has a placeholder problem on line 1') });
  });
});
