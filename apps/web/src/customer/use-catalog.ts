// The site's active services grouped by category, named in the reader's locale.
import { useEffect, useState } from 'react';
import { request } from '../graphql/client';
import { CustomerCatalogQuery } from '../graphql/operations';

export interface ServiceOption {
  id: string;
  name: string;
  pricingMode: string;
  durationMinutes: number;
  /** Help may start with a helper's call, when the customer agrees. */
  remoteHelp: boolean;
}

export interface ServiceGroup {
  id: string;
  name: string;
  services: ServiceOption[];
}

export type CatalogState = { status: 'loading' } | { status: 'failed' } | { status: 'ready'; groups: ServiceGroup[]; byId: Map<string, ServiceOption> };

export function useCatalog(locale: string): CatalogState {
  const [state, setState] = useState<CatalogState>({ status: 'loading' });
  useEffect(() => {
    const controller = new AbortController();
    request(CustomerCatalogQuery, {}, { locale, signal: controller.signal }).then(
      (data) => {
        const byId = new Map<string, ServiceOption>();
        const groups = [...data.categories.edges.map((edge) => edge.node)]
          .sort((a, b) => a.position - b.position)
          .map((category) => ({
            id: category.id,
            name: category.name,
            services: data.services.edges.filter((edge) => edge.node.categoryId === category.id).map((edge) => ({ id: edge.node.id, name: edge.node.name, pricingMode: edge.node.pricingMode, durationMinutes: edge.node.estimatedDurationMinutes, remoteHelp: edge.node.remoteHelp })),
          }))
          .filter((group) => group.services.length > 0);
        for (const group of groups) for (const service of group.services) byId.set(service.id, service);
        setState({ status: 'ready', groups, byId });
      },
      () => {
        if (!controller.signal.aborted) setState({ status: 'failed' });
      },
    );
    return () => controller.abort();
  }, [locale]);
  return state;
}
