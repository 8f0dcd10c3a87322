export { CatalogModule, CatalogTenantApiModule } from './catalog.module.js';
export { CatalogService, type NewService, type ServiceChanges } from './catalog.service.js';
export { CategoryService } from './category.service.js';
export type { CategoryView, ServiceView } from './catalog-rows.js';
export { PricingModeValue } from './dto/service.output.js';
export { checkLocalized, resolveLocalized, type LocalizedStrings } from './localized-text.js';
export {
  applyBasisPoints,
  effectiveFixedPrice,
  fixedPriceBounds,
  MAX_PRICE_MINOR,
  PRICING_MODES,
  quotePrice,
  type PriceQuote,
  type PricedService,
  type PricingMode,
  type QuotePolicy,
} from './pricing/price-quote.js';
