import { Module } from '@nestjs/common';
import { TenancyModule } from '@quartier/tenancy';
import { CatalogResolver } from './catalog.resolver.js';
import { CatalogService } from './catalog.service.js';
import { CategoryService } from './category.service.js';

const services = [CatalogService, CategoryService];

/** Services of the catalog domain, for apps and other domain modules. */
@Module({ imports: [TenancyModule], providers: services, exports: services })
export class CatalogModule {}

/** Resolvers served on /graphql. */
@Module({ imports: [CatalogModule], providers: [CatalogResolver] })
export class CatalogTenantApiModule {}
