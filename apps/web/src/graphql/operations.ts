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
      payments {
        provider
        stripePublishableKey
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
          remoteHelp
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

export const LogInMutation = graphql(`
  mutation LogIn($email: String!, $password: String!) {
    logIn(email: $email, password: $password) {
      accessToken
      accessTokenExpiresAt
      refreshToken
    }
  }
`);

export const SignUpMutation = graphql(`
  mutation SignUp($displayName: String!, $email: String!, $password: String!, $locale: String) {
    signUp(displayName: $displayName, email: $email, password: $password, locale: $locale, role: CUSTOMER) {
      accessToken
      accessTokenExpiresAt
      refreshToken
    }
  }
`);

export const RefreshSessionMutation = graphql(`
  mutation RefreshSession($refreshToken: String!) {
    refreshSession(refreshToken: $refreshToken) {
      accessToken
      accessTokenExpiresAt
      refreshToken
    }
  }
`);

export const LogOutMutation = graphql(`
  mutation LogOut {
    logOut
  }
`);

export const ViewerQuery = graphql(`
  query Viewer {
    viewer {
      id
      displayName
      email
      roles
    }
  }
`);

export const HelperProfileQuery = graphql(`
  query HelperProfile($helperId: ID!) {
    helper(id: $helperId) {
      id
      displayName
      photoUrl
      badgeName
      bio
      languages
      rating
      reviewCount
      skills {
        serviceId
        serviceName
        pricingMode
        priceMinor
        currency
      }
    }
    services(first: 100) {
      edges {
        node {
          id
          estimatedDurationMinutes
        }
      }
    }
  }
`);

export const HelperReviewsQuery = graphql(`
  query HelperReviews($helperId: ID!, $first: Int, $after: String) {
    helperReviews(helperId: $helperId, first: $first, after: $after) {
      edges {
        node {
          id
          authorName
          stars
          text
          publishedAt
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const HelperAvailabilityQuery = graphql(`
  query HelperAvailability($helperId: ID!, $from: String!, $to: String!) {
    helperAvailability(helperId: $helperId, from: $from, to: $to) {
      intervals {
        start
        end
      }
    }
  }
`);

export const BookSlotMutation = graphql(`
  mutation BookSlot($input: BookSlotInput!) {
    bookSlot(input: $input) {
      id
      requestId
    }
  }
`);

export const CustomerRequestQuery = graphql(`
  query CustomerRequest($requestId: ID!) {
    request(id: $requestId) {
      id
      customerId
      status
      serviceId
      postalCode
      description
      remoteFirst
      createdAt
      windows {
        from
        to
      }
      knownOutage {
        message
      }
      timeline {
        sequence
        event
        toStatus
        reason
        createdAt
      }
    }
    requestPayment(requestId: $requestId) {
      provider
      status
      amountMinor
      capturedMinor
      currency
      cardBrand
      cardLast4
      declineCode
    }
    myReviews(first: 100) {
      edges {
        node {
          id
          appointmentId
          authorId
          stars
          text
        }
      }
    }
    myAppointments(first: 100) {
      edges {
        node {
          id
          requestId
          helperId
          status
          mode
          completionNote
          startsAt
          endsAt
          price {
            customerTotalMinor
            currency
          }
        }
      }
    }
  }
`);

export const HelperNameQuery = graphql(`
  query HelperName($helperId: ID!) {
    helper(id: $helperId) {
      id
      displayName
      photoUrl
      badgeName
    }
  }
`);

export const CancelRequestMutation = graphql(`
  mutation CancelRequest($requestId: ID!) {
    cancelRequest(requestId: $requestId) {
      id
      status
    }
  }
`);

export const MyRequestsQuery = graphql(`
  query MyRequests {
    myRequests(first: 20) {
      edges {
        node {
          id
          status
          serviceId
          createdAt
        }
      }
    }
  }
`);

export const LiveNotificationsSubscription = graphql(`
  subscription LiveNotifications {
    notificationReceived {
      notification {
        id
        kind
        link
      }
    }
  }
`);

export const WriteReviewMutation = graphql(`
  mutation WriteReview($appointmentId: ID!, $stars: Int!, $text: String) {
    writeReview(appointmentId: $appointmentId, stars: $stars, text: $text) {
      id
      appointmentId
      stars
      text
    }
  }
`);

export const RequestMessagesQuery = graphql(`
  query RequestMessages($requestId: ID!, $helperId: ID!) {
    requestMessages(requestId: $requestId, helperId: $helperId, first: 100) {
      edges {
        node {
          id
          body
          createdAt
          senderRole
        }
      }
    }
  }
`);

export const SendMessageMutation = graphql(`
  mutation SendMessage($requestId: ID!, $helperId: ID!, $body: String!) {
    sendMessage(requestId: $requestId, helperId: $helperId, body: $body) {
      id
    }
  }
`);

export const AuthorizePaymentMutation = graphql(`
  mutation AuthorizePayment($input: AuthorizePaymentInput!) {
    authorizePayment(input: $input) {
      status
    }
  }
`);

export const PostRequestMutation = graphql(`
  mutation PostRequest($input: PostRequestInput!) {
    postRequest(input: $input) {
      id
    }
  }
`);

export const RequestOffersQuery = graphql(`
  query RequestOffers($requestId: ID!) {
    offers(requestId: $requestId, first: 50) {
      edges {
        node {
          id
          helperId
          kind
          priceMinor
          customerTotalMinor
          currency
          status
          createdAt
        }
      }
    }
  }
`);

export const OfferHelperQuery = graphql(`
  query OfferHelper($helperId: ID!) {
    helper(id: $helperId) {
      id
      displayName
      photoUrl
      badgeName
      rating
      reviewCount
    }
  }
`);

export const ChooseOfferMutation = graphql(`
  mutation ChooseOffer($offerId: ID!, $startsAt: DateTime!) {
    chooseOffer(offerId: $offerId, startsAt: $startsAt) {
      id
    }
  }
`);

export const DeclineOfferMutation = graphql(`
  mutation DeclineOffer($offerId: ID!) {
    declineOffer(offerId: $offerId) {
      id
      status
    }
  }
`);

export const BookingQuoteQuery = graphql(`
  query BookingQuote($helperId: ID!, $serviceId: ID!) {
    bookingQuote(helperId: $helperId, serviceId: $serviceId) {
      currency
      subtotalMinor
      customerFeeMinor
      customerTotalMinor
    }
  }
`);
