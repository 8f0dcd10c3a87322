// A policy document as the editor holds it: pretty JSON text in, a JSON object out, or what is wrong
// with the text; and the server's refusal as a path inside the document with its reason.
import type { ApiError } from '../../graphql/client';
import type { PolicyVersionFieldsFragment as PolicyVersion } from '../../graphql/generated/graphql';
import type { PolicyMessages } from './messages';

export function documentText(version: PolicyVersion | null): string {
  return version ? `${JSON.stringify(version.document, null, 2)}\n` : '{\n}\n';
}

/** Where JSON.parse stopped, as line and column, when the engine says (V8 gives the position). */
export function whereParsingStopped(text: string, error: unknown): { line: number; column: number } | null {
  const position = /position (\d+)/.exec(error instanceof Error ? error.message : '');
  if (!position) return null;
  const before = text.slice(0, Number(position[1]));
  const lines = before.split('\n');
  return { line: lines.length, column: (lines.at(-1)?.length ?? 0) + 1 };
}

/** The document when the text is a JSON object, else what is wrong with it. */
export function parseDocument(p: PolicyMessages, text: string): { document: Record<string, unknown> } | { problem: string } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const where = whereParsingStopped(text, error);
    return { problem: where ? p.errors.json(where.line, where.column) : p.errors.jsonSomewhere };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { problem: p.errors.notObject };
  return { document: value as Record<string, unknown> };
}

/** The server names the field as `document.<path>`; operators edit the document, so the path is shown without it. */
export function refusedPath(error: ApiError): { path: string; reason: string } {
  const field = error.field ?? 'document';
  const path = field.replace(/^document\.?/, '');
  const reason = error.message.startsWith(field) ? error.message.slice(field.length).trim() : error.message;
  return { path, reason };
}
