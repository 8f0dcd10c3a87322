// Every entity the API process maps, gathered from the domain libs.
import { identityEntities } from '@quartier/identity';
import { tenancyEntities } from '@quartier/tenancy';

export const entities = [...tenancyEntities, ...identityEntities];
