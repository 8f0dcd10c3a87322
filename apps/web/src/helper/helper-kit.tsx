// What every helper page shares: its texts in the site's locale, the loading and failed states, the
// server's typed errors as texts, and the site's services with their price bounds.
import type { ReactNode } from 'react';
import { ApiError } from '../graphql/client';
import type { HelperAppServicesQuery } from '../graphql/generated/graphql';
import type { Formatters } from '../i18n/format';
import { useSession } from '../session/session';
import { useSite } from '../tenant/site';
import { useRemote, type Remote } from '../use-remote';
import { HELPER_CATALOGS, type HelperMessages } from './messages';
import { HelperServicesQuery } from './operations';

export type HelperService = HelperAppServicesQuery['services']['edges'][number]['node'];

export function useHelperTexts(): HelperMessages {
  return HELPER_CATALOGS[useSite().locale];
}

/** The loading and failed states of a page's data; the page itself once it is there. */
export function Loaded<T>({ remote, reload, children }: { remote: Remote<T>; reload: () => void; children: (data: T) => ReactNode }) {
  const h = useHelperTexts();
  if (remote.status === 'loading')
    return (
      <p className="muted" role="status">
        {h.loading}
      </p>
    );
  if (remote.status === 'failed')
    return (
      <div className="notice notice--error" role="alert">
        <p>{remote.error.code === 'NETWORK' ? h.errors.network : h.failed}</p>
        <button className="button button--secondary" type="button" onClick={reload}>
          {h.retry}
        </button>
      </div>
    );
  return <>{children(remote.data)}</>;
}

/** A refusal of the server as the text a helper reads. */
export function errorText(error: unknown, h: HelperMessages): string {
  if (!(error instanceof ApiError)) return h.failed;
  if (error.code === 'NETWORK') return h.errors.network;
  if (error.code === 'BAD_USER_INPUT') return h.errors.invalid;
  if (error.code === 'CONFLICT') return error.detail === 'TOO_EARLY' ? h.errors.tooEarly : h.errors.conflict;
  return h.failed;
}

/** The site's services by id, with their pricing and bounds. */
export function useHelperServices(): Remote<Map<string, HelperService>> {
  const session = useSession();
  const { locale } = useSite();
  const [remote] = useRemote(`services:${locale}`, async (signal) => {
    const data = await session.call(HelperServicesQuery, {}, { signal });
    return new Map(data.services.edges.map(({ node }) => [node.id, node]));
  });
  return remote;
}

export function serviceName(services: Remote<Map<string, HelperService>>, id: string): string {
  return services.status === 'done' ? (services.data.get(id)?.name ?? '') : '';
}

/** The price a helper may ask for a service, as the hint under a price field. */
export function boundsText(service: HelperService | undefined, texts: { bounds(min: string, max: string): string; fixed(price: string): string; quote: string }, format: Formatters): string {
  if (!service) return '';
  const { price } = service;
  if (service.pricingMode === 'HOURLY' && price.hourlyRateMinMinor != null && price.hourlyRateMaxMinor != null)
    return texts.bounds(format.money(price.hourlyRateMinMinor, price.currency), format.money(price.hourlyRateMaxMinor, price.currency));
  if (service.pricingMode === 'FIXED' && price.fixedPriceMinor != null) return texts.fixed(format.money(price.fixedPriceMinor, price.currency));
  return texts.quote;
}

