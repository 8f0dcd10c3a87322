/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** FIXED: one price for the job; HOURLY: the helper’s rate within the site’s bounds × time; QUOTE: the helper quotes a total. */
export type PricingMode =
  | 'FIXED'
  | 'HOURLY'
  | 'QUOTE';

export type SiteTenantQueryVariables = Exact<{ [key: string]: never; }>;


export type SiteTenantQuery = { currentTenant: { id: string, slug: string, name: string, currency: string, timezone: string, locales: Array<string>, defaultLocale: string, branding: { displayName: string, logoUrl: string | null, primaryColor: string, accentColor: string, fontFamily: string, badgeName: string | null } } };

export type CustomerCatalogQueryVariables = Exact<{ [key: string]: never; }>;


export type CustomerCatalogQuery = { categories: { edges: Array<{ node: { id: string, name: string, position: number } }> }, services: { edges: Array<{ node: { id: string, categoryId: string, name: string, pricingMode: PricingMode, estimatedDurationMinutes: number } }> } };

export type SearchHelpersQueryVariables = Exact<{
  postalCode: string;
  serviceId: string | number;
  first?: number | null | undefined;
}>;


export type SearchHelpersQuery = { searchHelpers: { edges: Array<{ node: { distanceKm: number, pricingMode: PricingMode, priceMinor: number | null, currency: string, rating: number | null, reviewCount: number, nextFreeSlot: string | null, score: number, helper: { id: string, displayName: string, photoUrl: string | null, badgeName: string | null } } }> } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}

export const SiteTenantDocument = new TypedDocumentString(`
    query SiteTenant {
  currentTenant {
    id
    slug
    name
    currency
    timezone
    locales
    defaultLocale
    branding {
      displayName
      logoUrl
      primaryColor
      accentColor
      fontFamily
      badgeName
    }
  }
}
    `) as unknown as TypedDocumentString<SiteTenantQuery, SiteTenantQueryVariables>;
export const CustomerCatalogDocument = new TypedDocumentString(`
    query CustomerCatalog {
  categories(first: 100) {
    edges {
      node {
        id
        name
        position
      }
    }
  }
  services(first: 100) {
    edges {
      node {
        id
        categoryId
        name
        pricingMode
        estimatedDurationMinutes
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CustomerCatalogQuery, CustomerCatalogQueryVariables>;
export const SearchHelpersDocument = new TypedDocumentString(`
    query SearchHelpers($postalCode: String!, $serviceId: ID!, $first: Int) {
  searchHelpers(postalCode: $postalCode, serviceId: $serviceId, first: $first) {
    edges {
      node {
        helper {
          id
          displayName
          photoUrl
          badgeName
        }
        distanceKm
        pricingMode
        priceMinor
        currency
        rating
        reviewCount
        nextFreeSlot
        score
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SearchHelpersQuery, SearchHelpersQueryVariables>;