// The customer search's document: the helpers for a service around a postal code, only those free
// within the window when one is chosen.
import { graphql } from '../graphql/generated/gql';

export const CustomerSearchHelpersQuery = graphql(`
  query CustomerSearchHelpers($postalCode: String!, $serviceId: ID!, $first: Int, $window: SearchWindowInput, $minRating: Float, $maxPriceMinor: Int) {
    searchHelpers(postalCode: $postalCode, serviceId: $serviceId, first: $first, window: $window, minRating: $minRating, maxPriceMinor: $maxPriceMinor) {
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
