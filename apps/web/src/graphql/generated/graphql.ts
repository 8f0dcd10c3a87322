/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type AppointmentStatus =
  | 'CANCELLED'
  | 'COMPLETED'
  | 'IN_PROGRESS'
  | 'SCHEDULED';

/** Books an approved helper's free slot directly. */
export type BookSlotInput = {
  /** Needed only when the postal code exists in several countries. */
  countryCode?: string | null | undefined;
  description?: string | null | undefined;
  helperId: string | number;
  postalCode: string;
  serviceId: string | number;
  /** The start (UTC); the slot lasts the service's estimated duration. */
  startsAt: string;
};

export type MessageSenderRole =
  | 'CUSTOMER'
  | 'HELPER';

/** STRIPE: by card online; OFFLINE: paid to the helper on site or by invoice. */
export type PaymentProvider =
  | 'OFFLINE'
  | 'STRIPE';

/** AWAITING_METHOD: waits for a card; AUTHORIZING: the card is being checked; AUTHORIZED: the amount is held on the card (or, on site, agreed); DECLINED: the card was refused (see declineMessage); CAPTURED: charged; RELEASED: nothing will be charged; UNPAID: owed but never paid. */
export type PaymentStatus =
  | 'AUTHORIZED'
  | 'AUTHORIZING'
  | 'AWAITING_METHOD'
  | 'CAPTURED'
  | 'DECLINED'
  | 'RELEASED'
  | 'UNPAID';

/** FIXED: one price for the job; HOURLY: the helper’s rate within the site’s bounds × time; QUOTE: the helper quotes a total. */
export type PricingMode =
  | 'FIXED'
  | 'HOURLY'
  | 'QUOTE';

export type RequestStatus =
  | 'ACCEPTED'
  | 'CANCELLED'
  | 'CLOSED'
  | 'COMPLETED'
  | 'DISPUTED'
  | 'ESCALATED'
  | 'EXPIRED'
  | 'IN_PROGRESS'
  | 'OFFERED'
  | 'OPEN'
  | 'REFUNDED'
  | 'SCHEDULED';

/** A user's role within one tenant. */
export type TenantRole =
  | 'CUSTOMER'
  | 'HELPER'
  | 'OPERATOR_ADMIN'
  | 'OPERATOR_AGENT';

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

export type LogInMutationVariables = Exact<{
  email: string;
  password: string;
}>;


export type LogInMutation = { logIn: { accessToken: string, accessTokenExpiresAt: string, refreshToken: string } };

export type SignUpMutationVariables = Exact<{
  displayName: string;
  email: string;
  password: string;
  locale?: string | null | undefined;
}>;


export type SignUpMutation = { signUp: { accessToken: string, accessTokenExpiresAt: string, refreshToken: string } };

export type RefreshSessionMutationVariables = Exact<{
  refreshToken: string;
}>;


export type RefreshSessionMutation = { refreshSession: { accessToken: string, accessTokenExpiresAt: string, refreshToken: string } };

export type LogOutMutationVariables = Exact<{ [key: string]: never; }>;


export type LogOutMutation = { logOut: boolean };

export type ViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerQuery = { viewer: { id: string, displayName: string, email: string, roles: Array<TenantRole> } };

export type HelperProfileQueryVariables = Exact<{
  helperId: string | number;
}>;


export type HelperProfileQuery = { helper: { id: string, displayName: string, photoUrl: string | null, badgeName: string | null, bio: string, languages: Array<string>, rating: number | null, reviewCount: number, skills: Array<{ serviceId: string, serviceName: string, pricingMode: PricingMode, priceMinor: number | null, currency: string }> }, services: { edges: Array<{ node: { id: string, estimatedDurationMinutes: number } }> } };

export type HelperReviewsQueryVariables = Exact<{
  helperId: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type HelperReviewsQuery = { helperReviews: { edges: Array<{ node: { id: string, authorName: string, stars: number, text: string, publishedAt: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type HelperAvailabilityQueryVariables = Exact<{
  helperId: string | number;
  from: string;
  to: string;
}>;


export type HelperAvailabilityQuery = { helperAvailability: { intervals: Array<{ start: string, end: string }> } };

export type BookSlotMutationVariables = Exact<{
  input: BookSlotInput;
}>;


export type BookSlotMutation = { bookSlot: { id: string, requestId: string } };

export type CustomerRequestQueryVariables = Exact<{
  requestId: string | number;
}>;


export type CustomerRequestQuery = { request: { id: string, customerId: string, status: RequestStatus, serviceId: string, postalCode: string, description: string, createdAt: string, timeline: Array<{ sequence: number, event: string, toStatus: RequestStatus, createdAt: string }> }, requestPayment: { provider: PaymentProvider, status: PaymentStatus, amountMinor: number, currency: string } | null, myReviews: { edges: Array<{ node: { id: string, appointmentId: string, authorId: string, stars: number, text: string } }> }, myAppointments: { edges: Array<{ node: { id: string, requestId: string, helperId: string, status: AppointmentStatus, startsAt: string, endsAt: string, price: { customerTotalMinor: number, currency: string } } }> } };

export type HelperNameQueryVariables = Exact<{
  helperId: string | number;
}>;


export type HelperNameQuery = { helper: { id: string, displayName: string, photoUrl: string | null, badgeName: string | null } };

export type CancelRequestMutationVariables = Exact<{
  requestId: string | number;
}>;


export type CancelRequestMutation = { cancelRequest: { id: string, status: RequestStatus } };

export type MyRequestsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyRequestsQuery = { myRequests: { edges: Array<{ node: { id: string, status: RequestStatus, serviceId: string, createdAt: string } }> } };

export type LiveNotificationsSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type LiveNotificationsSubscription = { notificationReceived: { notification: { id: string, kind: string, link: string | null } } };

export type WriteReviewMutationVariables = Exact<{
  appointmentId: string | number;
  stars: number;
  text?: string | null | undefined;
}>;


export type WriteReviewMutation = { writeReview: { id: string, appointmentId: string, stars: number, text: string } };

export type RequestMessagesQueryVariables = Exact<{
  requestId: string | number;
  helperId: string | number;
}>;


export type RequestMessagesQuery = { requestMessages: { edges: Array<{ node: { id: string, body: string, createdAt: string, senderRole: MessageSenderRole } }> } };

export type SendMessageMutationVariables = Exact<{
  requestId: string | number;
  helperId: string | number;
  body: string;
}>;


export type SendMessageMutation = { sendMessage: { id: string } };

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
export const LogInDocument = new TypedDocumentString(`
    mutation LogIn($email: String!, $password: String!) {
  logIn(email: $email, password: $password) {
    accessToken
    accessTokenExpiresAt
    refreshToken
  }
}
    `) as unknown as TypedDocumentString<LogInMutation, LogInMutationVariables>;
export const SignUpDocument = new TypedDocumentString(`
    mutation SignUp($displayName: String!, $email: String!, $password: String!, $locale: String) {
  signUp(
    displayName: $displayName
    email: $email
    password: $password
    locale: $locale
    role: CUSTOMER
  ) {
    accessToken
    accessTokenExpiresAt
    refreshToken
  }
}
    `) as unknown as TypedDocumentString<SignUpMutation, SignUpMutationVariables>;
export const RefreshSessionDocument = new TypedDocumentString(`
    mutation RefreshSession($refreshToken: String!) {
  refreshSession(refreshToken: $refreshToken) {
    accessToken
    accessTokenExpiresAt
    refreshToken
  }
}
    `) as unknown as TypedDocumentString<RefreshSessionMutation, RefreshSessionMutationVariables>;
export const LogOutDocument = new TypedDocumentString(`
    mutation LogOut {
  logOut
}
    `) as unknown as TypedDocumentString<LogOutMutation, LogOutMutationVariables>;
export const ViewerDocument = new TypedDocumentString(`
    query Viewer {
  viewer {
    id
    displayName
    email
    roles
  }
}
    `) as unknown as TypedDocumentString<ViewerQuery, ViewerQueryVariables>;
export const HelperProfileDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<HelperProfileQuery, HelperProfileQueryVariables>;
export const HelperReviewsDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<HelperReviewsQuery, HelperReviewsQueryVariables>;
export const HelperAvailabilityDocument = new TypedDocumentString(`
    query HelperAvailability($helperId: ID!, $from: String!, $to: String!) {
  helperAvailability(helperId: $helperId, from: $from, to: $to) {
    intervals {
      start
      end
    }
  }
}
    `) as unknown as TypedDocumentString<HelperAvailabilityQuery, HelperAvailabilityQueryVariables>;
export const BookSlotDocument = new TypedDocumentString(`
    mutation BookSlot($input: BookSlotInput!) {
  bookSlot(input: $input) {
    id
    requestId
  }
}
    `) as unknown as TypedDocumentString<BookSlotMutation, BookSlotMutationVariables>;
export const CustomerRequestDocument = new TypedDocumentString(`
    query CustomerRequest($requestId: ID!) {
  request(id: $requestId) {
    id
    customerId
    status
    serviceId
    postalCode
    description
    createdAt
    timeline {
      sequence
      event
      toStatus
      createdAt
    }
  }
  requestPayment(requestId: $requestId) {
    provider
    status
    amountMinor
    currency
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
    `) as unknown as TypedDocumentString<CustomerRequestQuery, CustomerRequestQueryVariables>;
export const HelperNameDocument = new TypedDocumentString(`
    query HelperName($helperId: ID!) {
  helper(id: $helperId) {
    id
    displayName
    photoUrl
    badgeName
  }
}
    `) as unknown as TypedDocumentString<HelperNameQuery, HelperNameQueryVariables>;
export const CancelRequestDocument = new TypedDocumentString(`
    mutation CancelRequest($requestId: ID!) {
  cancelRequest(requestId: $requestId) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<CancelRequestMutation, CancelRequestMutationVariables>;
export const MyRequestsDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<MyRequestsQuery, MyRequestsQueryVariables>;
export const LiveNotificationsDocument = new TypedDocumentString(`
    subscription LiveNotifications {
  notificationReceived {
    notification {
      id
      kind
      link
    }
  }
}
    `) as unknown as TypedDocumentString<LiveNotificationsSubscription, LiveNotificationsSubscriptionVariables>;
export const WriteReviewDocument = new TypedDocumentString(`
    mutation WriteReview($appointmentId: ID!, $stars: Int!, $text: String) {
  writeReview(appointmentId: $appointmentId, stars: $stars, text: $text) {
    id
    appointmentId
    stars
    text
  }
}
    `) as unknown as TypedDocumentString<WriteReviewMutation, WriteReviewMutationVariables>;
export const RequestMessagesDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<RequestMessagesQuery, RequestMessagesQueryVariables>;
export const SendMessageDocument = new TypedDocumentString(`
    mutation SendMessage($requestId: ID!, $helperId: ID!, $body: String!) {
  sendMessage(requestId: $requestId, helperId: $helperId, body: $body) {
    id
  }
}
    `) as unknown as TypedDocumentString<SendMessageMutation, SendMessageMutationVariables>;