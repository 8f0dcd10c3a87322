// Fills a stored template with one recipient's values. Templates were checked by validateTemplate when
// saved; this side still compiles with knownHelpersOnly and without each/with/lookup/log, so a text
// that slipped past the check fails to render instead of doing more than inserting values.
import Handlebars from 'handlebars';
import type { TemplateText } from './template-text.js';

const CACHE_SIZE = 1000;

// A private environment: nothing registered on the global Handlebars elsewhere can reach tenant text.
const handlebars = Handlebars.create();
const compiled = new Map<string, Handlebars.TemplateDelegate<Record<string, string>>>();

export function renderTemplate(text: TemplateText, variables: Record<string, string>): TemplateText {
  return {
    // A subject is one header line: a value with a line break must not split it.
    subject: text.subject === null ? null : render(text.subject, variables).replace(/\s*[\r\n]+\s*/g, ' ').trim(),
    // An {{#if}} whose variable is empty leaves its blank lines behind; one blank line is a paragraph break.
    body: render(text.body, variables).replace(/\n{3,}/g, '\n\n').trim(),
  };
}

function render(source: string, variables: Record<string, string>): string {
  // Without a prototype, {{toString}} or {{constructor}} simply find nothing.
  return templateFor(source)(Object.assign(Object.create(null) as Record<string, string>, variables));
}

/** Least recently used first: a hit moves the entry to the end, a full cache drops the first. */
function templateFor(source: string): Handlebars.TemplateDelegate<Record<string, string>> {
  const cached = compiled.get(source);
  if (cached) {
    compiled.delete(source);
    compiled.set(source, cached);
    return cached;
  }
  const template = handlebars.compile<Record<string, string>>(source, {
    // Plain text for SMS, in-app and the email's text part; the email layout escapes for HTML itself.
    noEscape: true,
    strict: false,
    knownHelpersOnly: true,
    knownHelpers: { each: false, with: false, lookup: false, log: false },
  });
  compiled.set(source, template);
  if (compiled.size > CACHE_SIZE) compiled.delete(compiled.keys().next().value as string);
  return template;
}
