// The policy editor's text: a JSON object is sent, anything else is refused in the page with where it
// went wrong; the server's refusal is shown as a path inside the document with its reason.
import { describe, expect, it } from '@jest/globals';
import { ApiError } from '../../../graphql/client';
import { policyMessages } from '../messages';
import { documentText, parseDocument, refusedPath, whereParsingStopped } from '../policy-document';

const p = policyMessages('en');

describe('the policy editor’s document', () => {
  it('sends a JSON object as it is', () => {
    expect(parseDocument(p, '{ "commissionBasisPoints": 1800 }')).toEqual({ document: { commissionBasisPoints: 1800 } });
  });

  it('says where text that is not JSON went wrong', () => {
    const text = '{\n  "currency": "CHF",\n}';
    const result = parseDocument(p, text);
    expect(result).toEqual({ problem: expect.stringContaining('This is not valid JSON') });
    expect(whereParsingStopped(text, new SyntaxError('Unexpected token } in JSON at position 23'))).toEqual({ line: 3, column: 1 });
    expect(whereParsingStopped(text, new SyntaxError('Unexpected end'))).toBeNull();
  });

  it('refuses JSON that is not an object', () => {
    for (const text of ['[]', '42', 'null', '"pricing"']) expect(parseDocument(p, text)).toEqual({ problem: p.errors.notObject });
  });

  it('shows the server’s field as a path inside the document, with its reason', () => {
    const error = new ApiError('BAD_USER_INPUT', 'document.helperHourlyRate.minMinor must not exceed helperHourlyRate.maxMinor', 'document.helperHourlyRate.minMinor');
    expect(refusedPath(error)).toEqual({ path: 'helperHourlyRate.minMinor', reason: 'must not exceed helperHourlyRate.maxMinor' });
    expect(refusedPath(new ApiError('BAD_USER_INPUT', 'must be a JSON object', 'document'))).toEqual({ path: '', reason: 'must be a JSON object' });
  });

  it('starts the editor from the version in force, or an empty object', () => {
    const version = { kind: 'REVIEWS' as const, version: 3, document: { windowDays: 14 }, createdAt: '2026-12-01T10:00:00Z', createdBy: 'system:provisioning' };
    expect(documentText(version)).toBe('{\n  "windowDays": 14\n}\n');
    expect(documentText(null)).toBe('{\n}\n');
  });
});
