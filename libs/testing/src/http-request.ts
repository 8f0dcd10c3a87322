// Reading a request, for the loopback fakes of providers (Stripe, SMS) and of operators' endpoints.
import type { IncomingMessage } from 'node:http';

/** A header's value (the first, when it was sent more than once). */
export function firstHeader(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/** The whole body as UTF-8; rejects when the sender gives up mid-body. */
export async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
