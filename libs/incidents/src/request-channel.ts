// Where a request came from: the site itself, an operator's agent posting for the customer (on the
// phone, at the counter), or the tenant's own back-end posting through an operator account. Booking
// records it on every request; incident detection clusters requests of every channel alike.
import { registerEnumType } from '@nestjs/graphql';

export const REQUEST_CHANNELS = ['site', 'agent', 'api'] as const;
export type RequestChannel = (typeof REQUEST_CHANNELS)[number];

/** Channels an operator posts through on a customer's behalf. */
export type OnBehalfChannel = Exclude<RequestChannel, 'site'>;

export enum RequestChannelValue {
  SITE = 'site',
  AGENT = 'agent',
  API = 'api',
}

registerEnumType(RequestChannelValue, { name: 'RequestChannel', description: "Where a request came from: the site, an operator's agent, or the tenant's back-end (API)." });

export enum OnBehalfChannelValue {
  AGENT = 'agent',
  API = 'api',
}

registerEnumType(OnBehalfChannelValue, { name: 'OnBehalfChannel', description: "How an operator posts for a customer: as an agent, or as the tenant's back-end (API)." });
