import { afterEach, describe, expect, it } from '@jest/globals';
import Handlebars from 'handlebars';
import { renderTemplate } from '../templates/template-renderer.js';

describe('renderTemplate', () => {
  afterEach(() => {
    Handlebars.unregisterPartial('signature');
    Handlebars.unregisterHelper('shout');
  });

  it('fills the subject and the body with the recipient’s values', () => {
    const rendered = renderTemplate(
      { subject: 'New job: {{serviceName}}', body: 'Hello {{recipientName}},\n\n{{customerName}} booked {{serviceName}} for {{startsAt}}.' },
      { recipientName: 'Marco', customerName: 'Lea Meier', serviceName: 'Wi-Fi setup', startsAt: 'Tue 14 May, 14:30' },
    );
    expect(rendered).toEqual({ subject: 'New job: Wi-Fi setup', body: 'Hello Marco,\n\nLea Meier booked Wi-Fi setup for Tue 14 May, 14:30.' });
  });

  it('keeps values as typed: the text is not HTML, so nothing is escaped', () => {
    const rendered = renderTemplate({ subject: null, body: '{{customerName}} wrote: {{reason}}' }, { customerName: 'Tom & <Jerry>', reason: '"fix" it\'s broken' });
    expect(rendered).toEqual({ subject: null, body: 'Tom & <Jerry> wrote: "fix" it\'s broken' });
  });

  it('renders a missing value as nothing', () => {
    expect(renderTemplate({ subject: 'Hi {{recipientName}}', body: 'Price: {{price}}.' }, {})).toEqual({ subject: 'Hi', body: 'Price: .' });
  });

  it('shows a conditional part only when its value is not empty', () => {
    const text = { subject: null, body: 'Declined.{{#if reason}} Reason: {{reason}}{{else}} No reason given.{{/if}}{{#unless link}} Call us.{{/unless}}' };
    expect(renderTemplate(text, { reason: 'Incomplete documents' }).body).toBe('Declined. Reason: Incomplete documents Call us.');
    expect(renderTemplate(text, { reason: '', link: 'https://alpine.example.ch' }).body).toBe('Declined. No reason given.');
  });

  it('leaves one blank line where a conditional paragraph disappears', () => {
    const text = { subject: null, body: 'Hello,\n\n{{#if reason}}\n{{reason}}\n{{/if}}\n\nBye' };
    expect(renderTemplate(text, {}).body).toBe('Hello,\n\nBye');
    expect(renderTemplate(text, { reason: 'Because' }).body).toBe('Hello,\n\nBecause\n\nBye');
  });

  it('keeps the subject on one line even when a value has line breaks', () => {
    expect(renderTemplate({ subject: 'Offer from {{helperName}}', body: 'x' }, { helperName: 'Marco\r\nBcc: someone@example.com' }).subject).toBe(
      'Offer from Marco Bcc: someone@example.com',
    );
  });

  it('fills the same text with each recipient’s own values', () => {
    const text = { subject: null, body: 'Hello {{recipientName}}' };
    expect(renderTemplate(text, { recipientName: 'Anna' }).body).toBe('Hello Anna');
    expect(renderTemplate(text, { recipientName: 'Luca' }).body).toBe('Hello Luca');
  });

  it('still renders correctly after more distinct texts than the cache holds', () => {
    for (let index = 0; index < 1100; index += 1) {
      expect(renderTemplate({ subject: null, body: `#${index} {{recipientName}}` }, { recipientName: 'Anna' }).body).toBe(`#${index} Anna`);
    }
    expect(renderTemplate({ subject: null, body: '#0 {{recipientName}}' }, { recipientName: 'Luca' }).body).toBe('#0 Luca');
  });

  it('does not see partials or helpers registered on the global Handlebars', () => {
    Handlebars.registerPartial('signature', 'LEAKED');
    Handlebars.registerHelper('shout', (value: unknown) => String(value).toUpperCase());
    expect(() => renderTemplate({ subject: null, body: 'Bye {{> signature}}' }, {})).toThrow();
    expect(() => renderTemplate({ subject: null, body: '{{shout siteName}}' }, { siteName: 'alpine' })).toThrow();
  });

  it('refuses loops, lookups and logging in a text that was never validated', () => {
    for (const body of ['{{#each items}}{{this}}{{/each}}', '{{lookup this "siteName"}}', '{{log siteName}}', '{{#with siteName}}{{this}}{{/with}}']) {
      expect(() => renderTemplate({ subject: null, body }, { siteName: 'alpine' })).toThrow(/unknown helper/);
    }
  });

  it('does not reach object internals through a variable name', () => {
    expect(renderTemplate({ subject: null, body: '[{{constructor}}][{{__proto__}}][{{toString}}]' }, {}).body).toBe('[][][]');
  });
});
