/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query SiteTenant {\n    currentTenant {\n      id\n      slug\n      name\n      currency\n      timezone\n      locales\n      defaultLocale\n      branding {\n        displayName\n        logoUrl\n        primaryColor\n        accentColor\n        fontFamily\n        badgeName\n      }\n    }\n  }\n": typeof types.SiteTenantDocument,
    "\n  query CustomerCatalog {\n    categories(first: 100) {\n      edges {\n        node {\n          id\n          name\n          position\n        }\n      }\n    }\n    services(first: 100) {\n      edges {\n        node {\n          id\n          categoryId\n          name\n          pricingMode\n          estimatedDurationMinutes\n        }\n      }\n    }\n  }\n": typeof types.CustomerCatalogDocument,
    "\n  query SearchHelpers($postalCode: String!, $serviceId: ID!, $first: Int) {\n    searchHelpers(postalCode: $postalCode, serviceId: $serviceId, first: $first) {\n      edges {\n        node {\n          helper {\n            id\n            displayName\n            photoUrl\n            badgeName\n          }\n          distanceKm\n          pricingMode\n          priceMinor\n          currency\n          rating\n          reviewCount\n          nextFreeSlot\n          score\n        }\n      }\n    }\n  }\n": typeof types.SearchHelpersDocument,
};
const documents: Documents = {
    "\n  query SiteTenant {\n    currentTenant {\n      id\n      slug\n      name\n      currency\n      timezone\n      locales\n      defaultLocale\n      branding {\n        displayName\n        logoUrl\n        primaryColor\n        accentColor\n        fontFamily\n        badgeName\n      }\n    }\n  }\n": types.SiteTenantDocument,
    "\n  query CustomerCatalog {\n    categories(first: 100) {\n      edges {\n        node {\n          id\n          name\n          position\n        }\n      }\n    }\n    services(first: 100) {\n      edges {\n        node {\n          id\n          categoryId\n          name\n          pricingMode\n          estimatedDurationMinutes\n        }\n      }\n    }\n  }\n": types.CustomerCatalogDocument,
    "\n  query SearchHelpers($postalCode: String!, $serviceId: ID!, $first: Int) {\n    searchHelpers(postalCode: $postalCode, serviceId: $serviceId, first: $first) {\n      edges {\n        node {\n          helper {\n            id\n            displayName\n            photoUrl\n            badgeName\n          }\n          distanceKm\n          pricingMode\n          priceMinor\n          currency\n          rating\n          reviewCount\n          nextFreeSlot\n          score\n        }\n      }\n    }\n  }\n": types.SearchHelpersDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SiteTenant {\n    currentTenant {\n      id\n      slug\n      name\n      currency\n      timezone\n      locales\n      defaultLocale\n      branding {\n        displayName\n        logoUrl\n        primaryColor\n        accentColor\n        fontFamily\n        badgeName\n      }\n    }\n  }\n"): typeof import('./graphql').SiteTenantDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerCatalog {\n    categories(first: 100) {\n      edges {\n        node {\n          id\n          name\n          position\n        }\n      }\n    }\n    services(first: 100) {\n      edges {\n        node {\n          id\n          categoryId\n          name\n          pricingMode\n          estimatedDurationMinutes\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').CustomerCatalogDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchHelpers($postalCode: String!, $serviceId: ID!, $first: Int) {\n    searchHelpers(postalCode: $postalCode, serviceId: $serviceId, first: $first) {\n      edges {\n        node {\n          helper {\n            id\n            displayName\n            photoUrl\n            badgeName\n          }\n          distanceKm\n          pricingMode\n          priceMinor\n          currency\n          rating\n          reviewCount\n          nextFreeSlot\n          score\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').SearchHelpersDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
