// The options of a "service" select: a first empty choice (or "loading" while the catalog loads), then
// the site's services grouped by category. The search form and the request form both offer them.
import { useSite } from '../tenant/site';
import type { CatalogState } from './use-catalog';

export function ServiceOptions({ catalog }: { catalog: CatalogState }) {
  const { t } = useSite();
  return (
    <>
      <option value="">{catalog.status === 'loading' ? t.loadingServices : t.chooseService}</option>
      {catalog.status === 'ready'
        ? catalog.groups.map((group) => (
            <optgroup key={group.id} label={group.name}>
              {group.services.map((service) => (
                <option key={service.id} value={service.id}>
                  {service.name}
                </option>
              ))}
            </optgroup>
          ))
        : null}
    </>
  );
}
