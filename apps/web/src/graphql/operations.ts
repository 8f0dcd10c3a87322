// The customer site's GraphQL operations; `npm run web:codegen` types them from apps/api/schema.gql.
import { graphql } from './generated/gql';

export const SiteTenantQuery = graphql(`
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
`);

export const CustomerCatalogQuery = graphql(`
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
`);

export const SearchHelpersQuery = graphql(`
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
`);
