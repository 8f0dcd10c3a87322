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
    "\n  mutation LogIn($email: String!, $password: String!) {\n    logIn(email: $email, password: $password) {\n      accessToken\n      accessTokenExpiresAt\n      refreshToken\n    }\n  }\n": typeof types.LogInDocument,
    "\n  mutation SignUp($displayName: String!, $email: String!, $password: String!, $locale: String) {\n    signUp(displayName: $displayName, email: $email, password: $password, locale: $locale, role: CUSTOMER) {\n      accessToken\n      accessTokenExpiresAt\n      refreshToken\n    }\n  }\n": typeof types.SignUpDocument,
    "\n  mutation RefreshSession($refreshToken: String!) {\n    refreshSession(refreshToken: $refreshToken) {\n      accessToken\n      accessTokenExpiresAt\n      refreshToken\n    }\n  }\n": typeof types.RefreshSessionDocument,
    "\n  mutation LogOut {\n    logOut\n  }\n": typeof types.LogOutDocument,
    "\n  query Viewer {\n    viewer {\n      id\n      displayName\n      email\n      roles\n    }\n  }\n": typeof types.ViewerDocument,
    "\n  query HelperProfile($helperId: ID!) {\n    helper(id: $helperId) {\n      id\n      displayName\n      photoUrl\n      badgeName\n      bio\n      languages\n      rating\n      reviewCount\n      skills {\n        serviceId\n        serviceName\n        pricingMode\n        priceMinor\n        currency\n      }\n    }\n    services(first: 100) {\n      edges {\n        node {\n          id\n          estimatedDurationMinutes\n        }\n      }\n    }\n  }\n": typeof types.HelperProfileDocument,
    "\n  query HelperReviews($helperId: ID!, $first: Int, $after: String) {\n    helperReviews(helperId: $helperId, first: $first, after: $after) {\n      edges {\n        node {\n          id\n          authorName\n          stars\n          text\n          publishedAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.HelperReviewsDocument,
    "\n  query HelperAvailability($helperId: ID!, $from: String!, $to: String!) {\n    helperAvailability(helperId: $helperId, from: $from, to: $to) {\n      intervals {\n        start\n        end\n      }\n    }\n  }\n": typeof types.HelperAvailabilityDocument,
    "\n  mutation BookSlot($input: BookSlotInput!) {\n    bookSlot(input: $input) {\n      id\n      requestId\n    }\n  }\n": typeof types.BookSlotDocument,
    "\n  query CustomerRequest($requestId: ID!) {\n    request(id: $requestId) {\n      id\n      customerId\n      status\n      serviceId\n      postalCode\n      description\n      createdAt\n      timeline {\n        sequence\n        event\n        toStatus\n        createdAt\n      }\n    }\n    requestPayment(requestId: $requestId) {\n      provider\n      status\n      amountMinor\n      currency\n    }\n    myReviews(first: 100) {\n      edges {\n        node {\n          id\n          appointmentId\n          authorId\n          stars\n          text\n        }\n      }\n    }\n    myAppointments(first: 100) {\n      edges {\n        node {\n          id\n          requestId\n          helperId\n          status\n          startsAt\n          endsAt\n          price {\n            customerTotalMinor\n            currency\n          }\n        }\n      }\n    }\n  }\n": typeof types.CustomerRequestDocument,
    "\n  query HelperName($helperId: ID!) {\n    helper(id: $helperId) {\n      id\n      displayName\n      photoUrl\n      badgeName\n    }\n  }\n": typeof types.HelperNameDocument,
    "\n  mutation CancelRequest($requestId: ID!) {\n    cancelRequest(requestId: $requestId) {\n      id\n      status\n    }\n  }\n": typeof types.CancelRequestDocument,
    "\n  query MyRequests {\n    myRequests(first: 20) {\n      edges {\n        node {\n          id\n          status\n          serviceId\n          createdAt\n        }\n      }\n    }\n  }\n": typeof types.MyRequestsDocument,
    "\n  subscription LiveNotifications {\n    notificationReceived {\n      notification {\n        id\n        kind\n        link\n      }\n    }\n  }\n": typeof types.LiveNotificationsDocument,
    "\n  mutation WriteReview($appointmentId: ID!, $stars: Int!, $text: String) {\n    writeReview(appointmentId: $appointmentId, stars: $stars, text: $text) {\n      id\n      appointmentId\n      stars\n      text\n    }\n  }\n": typeof types.WriteReviewDocument,
    "\n  query RequestMessages($requestId: ID!, $helperId: ID!) {\n    requestMessages(requestId: $requestId, helperId: $helperId, first: 100) {\n      edges {\n        node {\n          id\n          body\n          createdAt\n          senderRole\n        }\n      }\n    }\n  }\n": typeof types.RequestMessagesDocument,
    "\n  mutation SendMessage($requestId: ID!, $helperId: ID!, $body: String!) {\n    sendMessage(requestId: $requestId, helperId: $helperId, body: $body) {\n      id\n    }\n  }\n": typeof types.SendMessageDocument,
};
const documents: Documents = {
    "\n  query SiteTenant {\n    currentTenant {\n      id\n      slug\n      name\n      currency\n      timezone\n      locales\n      defaultLocale\n      branding {\n        displayName\n        logoUrl\n        primaryColor\n        accentColor\n        fontFamily\n        badgeName\n      }\n    }\n  }\n": types.SiteTenantDocument,
    "\n  query CustomerCatalog {\n    categories(first: 100) {\n      edges {\n        node {\n          id\n          name\n          position\n        }\n      }\n    }\n    services(first: 100) {\n      edges {\n        node {\n          id\n          categoryId\n          name\n          pricingMode\n          estimatedDurationMinutes\n        }\n      }\n    }\n  }\n": types.CustomerCatalogDocument,
    "\n  query SearchHelpers($postalCode: String!, $serviceId: ID!, $first: Int) {\n    searchHelpers(postalCode: $postalCode, serviceId: $serviceId, first: $first) {\n      edges {\n        node {\n          helper {\n            id\n            displayName\n            photoUrl\n            badgeName\n          }\n          distanceKm\n          pricingMode\n          priceMinor\n          currency\n          rating\n          reviewCount\n          nextFreeSlot\n          score\n        }\n      }\n    }\n  }\n": types.SearchHelpersDocument,
    "\n  mutation LogIn($email: String!, $password: String!) {\n    logIn(email: $email, password: $password) {\n      accessToken\n      accessTokenExpiresAt\n      refreshToken\n    }\n  }\n": types.LogInDocument,
    "\n  mutation SignUp($displayName: String!, $email: String!, $password: String!, $locale: String) {\n    signUp(displayName: $displayName, email: $email, password: $password, locale: $locale, role: CUSTOMER) {\n      accessToken\n      accessTokenExpiresAt\n      refreshToken\n    }\n  }\n": types.SignUpDocument,
    "\n  mutation RefreshSession($refreshToken: String!) {\n    refreshSession(refreshToken: $refreshToken) {\n      accessToken\n      accessTokenExpiresAt\n      refreshToken\n    }\n  }\n": types.RefreshSessionDocument,
    "\n  mutation LogOut {\n    logOut\n  }\n": types.LogOutDocument,
    "\n  query Viewer {\n    viewer {\n      id\n      displayName\n      email\n      roles\n    }\n  }\n": types.ViewerDocument,
    "\n  query HelperProfile($helperId: ID!) {\n    helper(id: $helperId) {\n      id\n      displayName\n      photoUrl\n      badgeName\n      bio\n      languages\n      rating\n      reviewCount\n      skills {\n        serviceId\n        serviceName\n        pricingMode\n        priceMinor\n        currency\n      }\n    }\n    services(first: 100) {\n      edges {\n        node {\n          id\n          estimatedDurationMinutes\n        }\n      }\n    }\n  }\n": types.HelperProfileDocument,
    "\n  query HelperReviews($helperId: ID!, $first: Int, $after: String) {\n    helperReviews(helperId: $helperId, first: $first, after: $after) {\n      edges {\n        node {\n          id\n          authorName\n          stars\n          text\n          publishedAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.HelperReviewsDocument,
    "\n  query HelperAvailability($helperId: ID!, $from: String!, $to: String!) {\n    helperAvailability(helperId: $helperId, from: $from, to: $to) {\n      intervals {\n        start\n        end\n      }\n    }\n  }\n": types.HelperAvailabilityDocument,
    "\n  mutation BookSlot($input: BookSlotInput!) {\n    bookSlot(input: $input) {\n      id\n      requestId\n    }\n  }\n": types.BookSlotDocument,
    "\n  query CustomerRequest($requestId: ID!) {\n    request(id: $requestId) {\n      id\n      customerId\n      status\n      serviceId\n      postalCode\n      description\n      createdAt\n      timeline {\n        sequence\n        event\n        toStatus\n        createdAt\n      }\n    }\n    requestPayment(requestId: $requestId) {\n      provider\n      status\n      amountMinor\n      currency\n    }\n    myReviews(first: 100) {\n      edges {\n        node {\n          id\n          appointmentId\n          authorId\n          stars\n          text\n        }\n      }\n    }\n    myAppointments(first: 100) {\n      edges {\n        node {\n          id\n          requestId\n          helperId\n          status\n          startsAt\n          endsAt\n          price {\n            customerTotalMinor\n            currency\n          }\n        }\n      }\n    }\n  }\n": types.CustomerRequestDocument,
    "\n  query HelperName($helperId: ID!) {\n    helper(id: $helperId) {\n      id\n      displayName\n      photoUrl\n      badgeName\n    }\n  }\n": types.HelperNameDocument,
    "\n  mutation CancelRequest($requestId: ID!) {\n    cancelRequest(requestId: $requestId) {\n      id\n      status\n    }\n  }\n": types.CancelRequestDocument,
    "\n  query MyRequests {\n    myRequests(first: 20) {\n      edges {\n        node {\n          id\n          status\n          serviceId\n          createdAt\n        }\n      }\n    }\n  }\n": types.MyRequestsDocument,
    "\n  subscription LiveNotifications {\n    notificationReceived {\n      notification {\n        id\n        kind\n        link\n      }\n    }\n  }\n": types.LiveNotificationsDocument,
    "\n  mutation WriteReview($appointmentId: ID!, $stars: Int!, $text: String) {\n    writeReview(appointmentId: $appointmentId, stars: $stars, text: $text) {\n      id\n      appointmentId\n      stars\n      text\n    }\n  }\n": types.WriteReviewDocument,
    "\n  query RequestMessages($requestId: ID!, $helperId: ID!) {\n    requestMessages(requestId: $requestId, helperId: $helperId, first: 100) {\n      edges {\n        node {\n          id\n          body\n          createdAt\n          senderRole\n        }\n      }\n    }\n  }\n": types.RequestMessagesDocument,
    "\n  mutation SendMessage($requestId: ID!, $helperId: ID!, $body: String!) {\n    sendMessage(requestId: $requestId, helperId: $helperId, body: $body) {\n      id\n    }\n  }\n": types.SendMessageDocument,
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
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LogIn($email: String!, $password: String!) {\n    logIn(email: $email, password: $password) {\n      accessToken\n      accessTokenExpiresAt\n      refreshToken\n    }\n  }\n"): typeof import('./graphql').LogInDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignUp($displayName: String!, $email: String!, $password: String!, $locale: String) {\n    signUp(displayName: $displayName, email: $email, password: $password, locale: $locale, role: CUSTOMER) {\n      accessToken\n      accessTokenExpiresAt\n      refreshToken\n    }\n  }\n"): typeof import('./graphql').SignUpDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RefreshSession($refreshToken: String!) {\n    refreshSession(refreshToken: $refreshToken) {\n      accessToken\n      accessTokenExpiresAt\n      refreshToken\n    }\n  }\n"): typeof import('./graphql').RefreshSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LogOut {\n    logOut\n  }\n"): typeof import('./graphql').LogOutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Viewer {\n    viewer {\n      id\n      displayName\n      email\n      roles\n    }\n  }\n"): typeof import('./graphql').ViewerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HelperProfile($helperId: ID!) {\n    helper(id: $helperId) {\n      id\n      displayName\n      photoUrl\n      badgeName\n      bio\n      languages\n      rating\n      reviewCount\n      skills {\n        serviceId\n        serviceName\n        pricingMode\n        priceMinor\n        currency\n      }\n    }\n    services(first: 100) {\n      edges {\n        node {\n          id\n          estimatedDurationMinutes\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').HelperProfileDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HelperReviews($helperId: ID!, $first: Int, $after: String) {\n    helperReviews(helperId: $helperId, first: $first, after: $after) {\n      edges {\n        node {\n          id\n          authorName\n          stars\n          text\n          publishedAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): typeof import('./graphql').HelperReviewsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HelperAvailability($helperId: ID!, $from: String!, $to: String!) {\n    helperAvailability(helperId: $helperId, from: $from, to: $to) {\n      intervals {\n        start\n        end\n      }\n    }\n  }\n"): typeof import('./graphql').HelperAvailabilityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BookSlot($input: BookSlotInput!) {\n    bookSlot(input: $input) {\n      id\n      requestId\n    }\n  }\n"): typeof import('./graphql').BookSlotDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerRequest($requestId: ID!) {\n    request(id: $requestId) {\n      id\n      customerId\n      status\n      serviceId\n      postalCode\n      description\n      createdAt\n      timeline {\n        sequence\n        event\n        toStatus\n        createdAt\n      }\n    }\n    requestPayment(requestId: $requestId) {\n      provider\n      status\n      amountMinor\n      currency\n    }\n    myReviews(first: 100) {\n      edges {\n        node {\n          id\n          appointmentId\n          authorId\n          stars\n          text\n        }\n      }\n    }\n    myAppointments(first: 100) {\n      edges {\n        node {\n          id\n          requestId\n          helperId\n          status\n          startsAt\n          endsAt\n          price {\n            customerTotalMinor\n            currency\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').CustomerRequestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HelperName($helperId: ID!) {\n    helper(id: $helperId) {\n      id\n      displayName\n      photoUrl\n      badgeName\n    }\n  }\n"): typeof import('./graphql').HelperNameDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelRequest($requestId: ID!) {\n    cancelRequest(requestId: $requestId) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').CancelRequestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyRequests {\n    myRequests(first: 20) {\n      edges {\n        node {\n          id\n          status\n          serviceId\n          createdAt\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').MyRequestsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription LiveNotifications {\n    notificationReceived {\n      notification {\n        id\n        kind\n        link\n      }\n    }\n  }\n"): typeof import('./graphql').LiveNotificationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WriteReview($appointmentId: ID!, $stars: Int!, $text: String) {\n    writeReview(appointmentId: $appointmentId, stars: $stars, text: $text) {\n      id\n      appointmentId\n      stars\n      text\n    }\n  }\n"): typeof import('./graphql').WriteReviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RequestMessages($requestId: ID!, $helperId: ID!) {\n    requestMessages(requestId: $requestId, helperId: $helperId, first: 100) {\n      edges {\n        node {\n          id\n          body\n          createdAt\n          senderRole\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').RequestMessagesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendMessage($requestId: ID!, $helperId: ID!, $body: String!) {\n    sendMessage(requestId: $requestId, helperId: $helperId, body: $body) {\n      id\n    }\n  }\n"): typeof import('./graphql').SendMessageDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
