// Reads Stripe's bracketed form parameters (already parsed by qs) the way Stripe validates them.
import { invalidParam, missingParam, unknownParam } from './stripe-errors.js';

export type Params = Record<string, unknown>;

/** Stripe rejects parameters an endpoint does not know, which catches misspelt names early. */
export function rejectUnknownParams(params: Params, allowed: readonly string[]): void {
  for (const name of Object.keys(params)) {
    if (!allowed.includes(name)) throw unknownParam(name);
  }
}

export function readString(params: Params, name: string): string | undefined {
  const value = params[name];
  if (value === undefined || value === '') return undefined;
  if (typeof value !== 'string') throw invalidParam(name, `Invalid string: ${JSON.stringify(value)}`);
  return value;
}

export function requireString(params: Params, name: string): string {
  const value = readString(params, name);
  if (value === undefined) throw missingParam(name);
  return value;
}

export function readInteger(params: Params, name: string, label = name): number | undefined {
  const value = params[name];
  if (value === undefined || value === '') return undefined;
  if (typeof value !== 'string' || !/^-?\d+$/.test(value)) {
    throw invalidParam(label, `Invalid integer: ${typeof value === 'string' ? value : JSON.stringify(value)}`);
  }
  return Number(value);
}

export function readPositiveInteger(params: Params, name: string, label = name): number | undefined {
  const value = readInteger(params, name, label);
  if (value !== undefined && value <= 0) throw invalidParam(label, `Invalid positive integer`);
  return value;
}

export function readBoolean(params: Params, name: string): boolean | undefined {
  const value = params[name];
  if (value === undefined || value === '') return undefined;
  if (value === 'true') return true;
  if (value === 'false') return false;
  throw invalidParam(name, `Invalid boolean: ${String(value)}`);
}

export function readEnum<T extends string>(params: Params, name: string, allowed: readonly T[]): T | undefined {
  const value = readString(params, name);
  if (value === undefined) return undefined;
  if (!(allowed as readonly string[]).includes(value)) {
    throw invalidParam(name, `Invalid ${name}: must be one of ${allowed.join(', ')}`);
  }
  return value as T;
}

export function readObject(params: Params, name: string): Params | undefined {
  const value = params[name];
  if (value === undefined || value === '') return undefined;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw invalidParam(name, `Invalid object`);
  }
  return value as Params;
}

/** `expand[]=a` and `expand[0]=a` both arrive as arrays. */
export function readExpand(params: Params): string[] {
  const value = params['expand'];
  if (value === undefined) return [];
  const list = Array.isArray(value) ? value : typeof value === 'object' && value !== null ? Object.values(value) : [value];
  return list.filter((entry): entry is string => typeof entry === 'string');
}

export function readStringList(params: Params, name: string): string[] | undefined {
  const value = params[name];
  if (value === undefined) return undefined;
  const list = Array.isArray(value) ? value : typeof value === 'object' && value !== null ? Object.values(value) : [value];
  return list.map(String);
}

/** Stripe merges metadata: an empty value removes a key, an empty `metadata` removes them all. */
export function mergeMetadata(current: Record<string, string>, params: Params): Record<string, string> {
  const value = params['metadata'];
  if (value === undefined) return current;
  if (value === '') return {};
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw invalidParam('metadata', 'Invalid hash');
  const next = { ...current };
  for (const [key, entry] of Object.entries(value as Params)) {
    if (typeof entry !== 'string') throw invalidParam(`metadata[${key}]`, 'Invalid string');
    if (entry === '') delete next[key];
    else next[key] = entry;
  }
  if (Object.keys(next).length > 50) throw invalidParam('metadata', 'Invalid metadata: metadata cannot have more than 50 keys');
  return next;
}
