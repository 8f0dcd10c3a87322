/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** Requests created in [from, to) — at most 366 days —, optionally narrowed. */
export type AnalyticsFilterInput = {
  /** Requests created at or after this instant. */
  from: string;
  /** Requests this helper handled: those with one of the helper's appointments, cancelled or reassigned ones included. */
  helperId?: string | number | null | undefined;
  /** A postal-code prefix: "80" covers 8001 and 8004. */
  postalArea?: string | null | undefined;
  serviceId?: string | number | null | undefined;
  /** Requests created before this instant; after from, at most 366 days later. */
  to: string;
};

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

/** Branding fields; on update, omitted fields keep their value and null clears an optional one. */
export type BrandingInput = {
  accentColor?: string | null | undefined;
  /** What helpers are called on this site, e.g. "Alpine Friend". */
  badgeName?: string | null | undefined;
  displayName?: string | null | undefined;
  fontFamily?: string | null | undefined;
  logoUrl?: string | null | undefined;
  primaryColor?: string | null | undefined;
};

export type CreateWebhookEndpointInput = {
  /** At most 500 characters, for the operators. */
  description?: string | null | undefined;
  /** Event types from webhookEventTypes, at least one. */
  eventTypes: Array<string>;
  /** https:// (http:// only for localhost or 127.0.0.1 while developing). */
  url: string;
};

/** PENDING: waiting for your answer; TAKEN: someone else took the request first; LAPSED: the request ended unanswered; RELEASED: you took it but did not start in time. */
export type DispatchOfferStatus =
  | 'ACCEPTED'
  | 'DECLINED'
  | 'LAPSED'
  | 'PENDING'
  | 'RELEASED'
  | 'TAKEN';

export type HelperPayoutStatus =
  | 'FAILED'
  | 'PAID';

export type HelperSkillInput = {
  /** HOURLY: your hourly rate within the site's bounds (required); FIXED: your price within the bounds (default: the service's price); QUOTE: none. */
  priceMinor?: number | null | undefined;
  serviceId: string | number;
};

/** Where a helper stands in vetting. Only APPROVED helpers are shown to customers or offered work. */
export type HelperStatus =
  | 'APPLICANT'
  | 'APPROVED'
  | 'IN_REVIEW'
  | 'REJECTED'
  | 'SUSPENDED';

export type HomePostalCodeInput = {
  code: string;
  /** ISO 3166-1 alpha-2, e.g. CH. */
  countryCode: string;
};

/** How a closed incident ended: resolved after a known outage, or dismissed while open. */
export type IncidentOutcome =
  | 'DISMISSED'
  | 'RESOLVED';

/** open → known_outage → closed, or open → closed (dismissed). */
export type IncidentStatus =
  | 'CLOSED'
  | 'KNOWN_OUTAGE'
  | 'OPEN';

export type MessageSenderRole =
  | 'CUSTOMER'
  | 'HELPER';

/** How a person hears of something: EMAIL, SMS (to the phone on their account), IN_APP (the list in the app). */
export type NotificationChannel =
  | 'EMAIL'
  | 'IN_APP'
  | 'SMS';

/** Where a delivery goes: EMAIL and SMS to a person, WEBHOOK to one of the site's webhook endpoints. */
export type NotificationDeliveryChannel =
  | 'EMAIL'
  | 'SMS'
  | 'WEBHOOK';

/** PENDING: waiting for its time (first send, a retry, or after quiet hours); QUEUED / SENDING: on its way; SENT: the provider or receiver accepted it; KEPT: not sent because the site has no mail server or SMS account for it, kept in the log; FAILED: given up (see lastError). */
export type NotificationDeliveryStatus =
  | 'FAILED'
  | 'KEPT'
  | 'PENDING'
  | 'QUEUED'
  | 'SENDING'
  | 'SENT';

export type NotificationLogFilter = {
  channel?: NotificationDeliveryChannel | null | undefined;
  /** A notification kind or, for webhooks, an event type. */
  kind?: string | null | undefined;
  /** A person or a webhook endpoint. */
  recipientId?: string | number | null | undefined;
  status?: NotificationDeliveryStatus | null | undefined;
};

/** A template text as an operator writes it, with {{variables}} of its kind and {{#if variable}} … {{/if}} blocks. */
export type NotificationTemplateInput = {
  /** Plain text; blank lines separate paragraphs. At most 640 characters for SMS, 5000 otherwise. */
  body: string;
  channel: NotificationChannel;
  /** The notification kind, e.g. booking.confirmed. */
  kind: string;
  /** One of the site’s languages: de, fr, it or en. */
  locale: string;
  /** The email subject or in-app title (one line, at most 200 characters); null or empty for SMS. */
  subject?: string | null | undefined;
};

/** The notice customers read: a plain text for every locale, texts per locale, or both (a locale’s own wins); each at most 500 characters. */
export type OutageMessageInput = {
  de?: string | null | undefined;
  en?: string | null | undefined;
  fr?: string | null | undefined;
  it?: string | null | undefined;
  text?: string | null | undefined;
};

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

/** REQUESTED: the onboarding link is being made; ONBOARDING: follow onboardingUrl to Stripe; ACTIVE: payouts go to your bank; RESTRICTED: Stripe needs more details. */
export type PayoutAccountStatus =
  | 'ACTIVE'
  | 'ONBOARDING'
  | 'REQUESTED'
  | 'RESTRICTED';

/** FIXED: one price for the job; HOURLY: the helper’s rate within the site’s bounds × time; QUOTE: the helper quotes a total. */
export type PricingMode =
  | 'FIXED'
  | 'HOURLY'
  | 'QUOTE';

export type RequestActorKind =
  | 'CUSTOMER'
  | 'HELPER'
  | 'OPERATOR'
  | 'SYSTEM';

/** Where a request came from: the site, an operator's agent, or the tenant's back-end (API). */
export type RequestChannel =
  | 'AGENT'
  | 'API'
  | 'SITE';

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

/** CUSTOMER: the appointment's customer reviewing the helper; HELPER: its helper reviewing the customer. */
export type ReviewerRole =
  | 'CUSTOMER'
  | 'HELPER';

/** An ISO 8601 time range within the next 14 days; only helpers free for the whole service inside it are returned. */
export type SearchWindowInput = {
  from: string;
  to: string;
};

/** A user's role within one tenant. */
export type TenantRole =
  | 'CUSTOMER'
  | 'HELPER'
  | 'OPERATOR_ADMIN'
  | 'OPERATOR_AGENT';

/** Omitted fields keep their value; null clears an optional one. */
export type UpdateHelperProfileInput = {
  bio?: string | null | undefined;
  displayName?: string | null | undefined;
  /** A postal code of the site's places. */
  homePostalCode?: HomePostalCodeInput | null | undefined;
  /** ISO 639-1 codes, at most 10. */
  languages?: Array<string> | null | undefined;
  /** An http(s) address. */
  photoUrl?: string | null | undefined;
  /** 1–100 km around the home postal code. */
  serviceRadiusKm?: number | null | undefined;
};

/** Fields left out keep their value. */
export type UpdateWebhookEndpointInput = {
  /** null removes it. */
  description?: string | null | undefined;
  /** A disabled endpoint receives nothing; its pending deliveries are not sent. */
  enabled?: boolean | null | undefined;
  eventTypes?: Array<string> | null | undefined;
  url?: string | null | undefined;
};

export type VettingDecision =
  | 'APPROVE'
  | 'REJECT';

/** A link to a document, a text, or both. */
export type VettingEvidenceInput = {
  text?: string | null | undefined;
  /** An http(s) address. */
  url?: string | null | undefined;
};

/** PENDING: waiting for evidence (again, once expired). */
export type VettingStepStatus =
  | 'APPROVED'
  | 'PENDING'
  | 'REJECTED'
  | 'SUBMITTED';

/** DELETED: the endpoint had no deliveries and is gone; DISABLED: the notification log refers to it, so it is kept, disabled, and receives nothing more. */
export type WebhookEndpointRemoval =
  | 'DELETED'
  | 'DISABLED';

export type WeeklySlotInput = {
  end: string;
  start: string;
  /** ISO weekday: 1 Monday … 7 Sunday. */
  weekday: number;
};

export type ConsoleDashboardQueryVariables = Exact<{
  filter: AnalyticsFilterInput;
  createdFrom: string;
}>;


export type ConsoleDashboardQuery = { operatorAnalytics: { volume: { posted: number, booked: number }, rating: { average: number | null, count: number }, firstResponse: { medianSeconds: number | null, withinSlaPercent: number | null } }, requests: { edges: Array<{ node: { id: string, status: RequestStatus, serviceId: string, postalCode: string, createdAt: string, expiresAt: string } }>, pageInfo: { hasNextPage: boolean } }, catalogServices: { edges: Array<{ node: { id: string, name: string } }> }, tenantPolicy: { document: unknown } | null };

export type ConsoleBrandingQueryVariables = Exact<{ [key: string]: never; }>;


export type ConsoleBrandingQuery = { currentTenant: { branding: { displayName: string, logoUrl: string | null, primaryColor: string, accentColor: string, fontFamily: string, badgeName: string | null } } };

export type UpdateBrandingMutationVariables = Exact<{
  input: BrandingInput;
}>;


export type UpdateBrandingMutation = { updateBranding: { version: number, document: unknown } };

export type ConsoleRequestsQueryVariables = Exact<{
  status?: RequestStatus | null | undefined;
  after?: string | null | undefined;
}>;


export type ConsoleRequestsQuery = { requests: { edges: Array<{ node: { id: string, status: RequestStatus, channel: RequestChannel, serviceId: string, postalCode: string, description: string, createdAt: string, expiresAt: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } }, catalogServices: { edges: Array<{ node: { id: string, name: string } }> } };

export type ConsoleRequestQueryVariables = Exact<{
  id: string | number;
}>;


export type ConsoleRequestQuery = { request: { id: string, status: RequestStatus, channel: RequestChannel, serviceId: string, postalCode: string, description: string, createdAt: string, expiresAt: string, windows: Array<{ from: string, to: string }>, knownOutage: { incidentId: string, message: string } | null, timeline: Array<{ sequence: number, event: string, fromStatus: RequestStatus | null, toStatus: RequestStatus, actorKind: RequestActorKind, reason: string | null, createdAt: string }> }, requestDispatch: { status: RequestStatus, wavesSent: number, tiersEntered: Array<string>, nextLookAt: string | null, offers: Array<{ helperId: string, displayName: string, distanceKm: number, wave: number, rank: number, status: DispatchOfferStatus, offeredAt: string, answeredAt: string | null, reason: string | null }> }, catalogServices: { edges: Array<{ node: { id: string, name: string } }> } };

export type ConsoleAssignRequestMutationVariables = Exact<{
  requestId: string | number;
  helperId: string | number;
  reason?: string | null | undefined;
}>;


export type ConsoleAssignRequestMutation = { assignRequest: { id: string, startsAt: string } };

export type ConsoleCancelRequestMutationVariables = Exact<{
  requestId: string | number;
  reason?: string | null | undefined;
}>;


export type ConsoleCancelRequestMutation = { cancelRequest: { id: string, status: RequestStatus } };

export type ConsoleVettingQueueQueryVariables = Exact<{ [key: string]: never; }>;


export type ConsoleVettingQueueQuery = { vettingQueue: { edges: Array<{ node: { helperId: string, displayName: string, status: HelperStatus, statusChangedAt: string, steps: Array<{ key: string, name: string, position: number, required: boolean, status: VettingStepStatus, evidenceKind: string, evidenceText: string | null, evidenceUrl: string | null, submittedAt: string | null, decidedAt: string | null, decisionNote: string | null }> } }>, pageInfo: { hasNextPage: boolean } } };

export type ConsoleDecideVettingStepMutationVariables = Exact<{
  helperId: string | number;
  stepKey: string;
  decision: VettingDecision;
  note?: string | null | undefined;
}>;


export type ConsoleDecideVettingStepMutation = { decideVettingStep: { helperId: string, status: HelperStatus, steps: Array<{ key: string, status: VettingStepStatus, decisionNote: string | null }> } };

export type ConsoleIncidentsQueryVariables = Exact<{
  status?: IncidentStatus | null | undefined;
}>;


export type ConsoleIncidentsQuery = { incidents: { edges: Array<{ node: { id: string, title: string, area: string, serviceId: string, status: IncidentStatus, requestCount: number, openedAt: string } }> } };

export type ConsoleIncidentQueryVariables = Exact<{
  id: string | number;
}>;


export type ConsoleIncidentQuery = { incident: { id: string, title: string, summary: string, area: string, serviceId: string, status: IncidentStatus, outcome: IncidentOutcome | null, requestCount: number, openedAt: string, knownAt: string | null, closedAt: string | null, closeNote: string | null, message: { text: string | null, de: string | null, fr: string | null, it: string | null, en: string | null } | null, requests: Array<{ id: string, postalCode: string, description: string, createdAt: string }> } };

export type ConsoleMarkKnownOutageMutationVariables = Exact<{
  id: string | number;
  message: OutageMessageInput;
}>;


export type ConsoleMarkKnownOutageMutation = { markIncidentKnownOutage: { id: string, status: IncidentStatus } };

export type ConsoleCloseIncidentMutationVariables = Exact<{
  id: string | number;
  note?: string | null | undefined;
}>;


export type ConsoleCloseIncidentMutation = { closeIncident: { id: string, status: IncidentStatus, outcome: IncidentOutcome | null } };

export type ConsoleReviewsQueryVariables = Exact<{
  hidden?: boolean | null | undefined;
}>;


export type ConsoleReviewsQuery = { reviews: { edges: Array<{ node: { id: string, authorName: string, authorRole: ReviewerRole, stars: number, text: string, createdAt: string, publishedAt: string | null, hidden: boolean, hiddenAt: string | null, hiddenReason: string | null } }>, pageInfo: { hasNextPage: boolean } } };

export type ConsoleHideReviewMutationVariables = Exact<{
  reviewId: string | number;
  reason: string;
}>;


export type ConsoleHideReviewMutation = { hideReview: { id: string, hidden: boolean, hiddenAt: string | null, hiddenReason: string | null } };

export type ConsoleUnhideReviewMutationVariables = Exact<{
  reviewId: string | number;
  reason: string;
}>;


export type ConsoleUnhideReviewMutation = { unhideReview: { id: string, hidden: boolean, hiddenAt: string | null, hiddenReason: string | null } };

export type ConsoleNotificationTemplatesQueryVariables = Exact<{
  kind: string;
  locale: string;
}>;


export type ConsoleNotificationTemplatesQuery = { notificationTemplates: Array<{ kind: string, channel: NotificationChannel, locale: string, subject: string | null, body: string, customized: boolean, updatedAt: string | null, variables: Array<string> }> };

export type ConsolePreviewNotificationTemplateQueryVariables = Exact<{
  input: NotificationTemplateInput;
}>;


export type ConsolePreviewNotificationTemplateQuery = { previewNotificationTemplate: { subject: string | null, body: string } };

export type ConsoleSaveNotificationTemplateMutationVariables = Exact<{
  input: NotificationTemplateInput;
}>;


export type ConsoleSaveNotificationTemplateMutation = { saveNotificationTemplate: { kind: string, channel: NotificationChannel, locale: string, subject: string | null, body: string, customized: boolean, updatedAt: string | null, variables: Array<string> } };

export type ConsoleResetNotificationTemplateMutationVariables = Exact<{
  kind: string;
  channel: NotificationChannel;
  locale: string;
}>;


export type ConsoleResetNotificationTemplateMutation = { resetNotificationTemplate: { kind: string, channel: NotificationChannel, locale: string, subject: string | null, body: string, customized: boolean, updatedAt: string | null, variables: Array<string> } };

export type ConsoleWebhookEndpointsQueryVariables = Exact<{ [key: string]: never; }>;


export type ConsoleWebhookEndpointsQuery = { webhookEventTypes: Array<string>, webhookEndpoints: Array<{ id: string, url: string, description: string | null, enabled: boolean, eventTypes: Array<string>, secretMasked: string, createdAt: string }> };

export type ConsoleCreateWebhookEndpointMutationVariables = Exact<{
  input: CreateWebhookEndpointInput;
}>;


export type ConsoleCreateWebhookEndpointMutation = { createWebhookEndpoint: { secret: string, endpoint: { id: string } } };

export type ConsoleUpdateWebhookEndpointMutationVariables = Exact<{
  id: string | number;
  input: UpdateWebhookEndpointInput;
}>;


export type ConsoleUpdateWebhookEndpointMutation = { updateWebhookEndpoint: { id: string, enabled: boolean, eventTypes: Array<string> } };

export type ConsoleRotateWebhookSecretMutationVariables = Exact<{
  id: string | number;
}>;


export type ConsoleRotateWebhookSecretMutation = { rotateWebhookSecret: { secret: string, endpoint: { id: string } } };

export type ConsoleDeleteWebhookEndpointMutationVariables = Exact<{
  id: string | number;
}>;


export type ConsoleDeleteWebhookEndpointMutation = { deleteWebhookEndpoint: WebhookEndpointRemoval };

export type ConsoleNotificationLogQueryVariables = Exact<{
  filter?: NotificationLogFilter | null | undefined;
  after?: string | null | undefined;
}>;


export type ConsoleNotificationLogQuery = { notificationLog: { edges: Array<{ node: { id: string, channel: NotificationDeliveryChannel, kind: string, address: string, subject: string | null, status: NotificationDeliveryStatus, attempts: number, maxAttempts: number, replays: number, lastCode: string | null, lastError: string | null, createdAt: string, sentAt: string | null, failedAt: string | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type ConsoleReplayDeliveryMutationVariables = Exact<{
  id: string | number;
}>;


export type ConsoleReplayDeliveryMutation = { replayNotificationDelivery: { id: string, status: NotificationDeliveryStatus, replays: number } };

export type CustomerSearchHelpersQueryVariables = Exact<{
  postalCode: string;
  serviceId: string | number;
  first?: number | null | undefined;
  window?: SearchWindowInput | null | undefined;
}>;


export type CustomerSearchHelpersQuery = { searchHelpers: { edges: Array<{ node: { distanceKm: number, pricingMode: PricingMode, priceMinor: number | null, currency: string, rating: number | null, reviewCount: number, nextFreeSlot: string | null, score: number, helper: { id: string, displayName: string, photoUrl: string | null, badgeName: string | null } } }> } };

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

export type HelperAppServicesQueryVariables = Exact<{ [key: string]: never; }>;


export type HelperAppServicesQuery = { services: { edges: Array<{ node: { id: string, name: string, pricingMode: PricingMode, price: { currency: string, fixedPriceMinor: number | null, hourlyRateMinMinor: number | null, hourlyRateMaxMinor: number | null } } }> } };

export type HelperAppHomeQueryVariables = Exact<{ [key: string]: never; }>;


export type HelperAppHomeQuery = { myVettingProgress: { status: HelperStatus, suspensionReason: string | null, steps: Array<{ key: string, name: string, position: number, required: boolean, status: VettingStepStatus, submittedAt: string | null, decisionNote: string | null, expiresAt: string | null }> } | null, myDispatchOffers: { edges: Array<{ node: { requestId: string } }> }, myAppointments: { edges: Array<{ node: { id: string, helperId: string, serviceId: string, requestId: string, startsAt: string, endsAt: string, status: AppointmentStatus, onTheWayAt: string | null, startedAt: string | null, completedAt: string | null, price: { currency: string, helperPayoutMinor: number } } }> } };

export type HelperStartMutationVariables = Exact<{
  appointmentId: string | number;
}>;


export type HelperStartMutation = { startAppointment: { id: string, status: AppointmentStatus } };

export type HelperOnMyWayMutationVariables = Exact<{
  appointmentId: string | number;
}>;


export type HelperOnMyWayMutation = { markOnMyWay: { id: string, onTheWayAt: string | null } };

export type HelperCompleteMutationVariables = Exact<{
  appointmentId: string | number;
  note?: string | null | undefined;
}>;


export type HelperCompleteMutation = { completeAppointment: { id: string, status: AppointmentStatus } };

export type HelperSignUpMutationVariables = Exact<{
  displayName: string;
  email: string;
  password: string;
  locale?: string | null | undefined;
}>;


export type HelperSignUpMutation = { signUp: { accessToken: string } };

export type HelperAppOffersQueryVariables = Exact<{ [key: string]: never; }>;


export type HelperAppOffersQuery = { myDispatchOffers: { edges: Array<{ node: { requestId: string, serviceId: string, postalCode: string, distanceKm: number, description: string, offeredAt: string, firstLook: boolean, windows: Array<{ from: string, to: string }> } }> }, openRequestsForMe: { edges: Array<{ node: { id: string, serviceId: string, postalCode: string, distanceKm: number, description: string, expiresAt: string, myOfferId: string | null, budget: { amountMinor: number, currency: string } | null, windows: Array<{ from: string, to: string }> } }> } };

export type HelperAcceptOfferMutationVariables = Exact<{
  requestId: string | number;
}>;


export type HelperAcceptOfferMutation = { acceptDispatchOffer: { id: string, startsAt: string } };

export type HelperDeclineOfferMutationVariables = Exact<{
  requestId: string | number;
}>;


export type HelperDeclineOfferMutation = { declineDispatchOffer: { requestId: string, status: DispatchOfferStatus } };

export type HelperMakeOfferMutationVariables = Exact<{
  requestId: string | number;
  priceMinor?: number | null | undefined;
}>;


export type HelperMakeOfferMutation = { makeOffer: { id: string, priceMinor: number, customerTotalMinor: number } };

export type HelperAppProfileQueryVariables = Exact<{
  from: string;
  to: string;
}>;


export type HelperAppProfileQuery = { myHelperProfile: { id: string, displayName: string, bio: string, status: HelperStatus, serviceArea: { postalCode: string, countryCode: string, radiusKm: number | null, placeNames: Array<string> } | null, skills: Array<{ serviceId: string, priceMinor: number | null, pricingMode: PricingMode }> } | null, myAvailability: { timezone: string, weekly: Array<{ weekday: number, start: string, end: string }> } };

export type HelperUpdateProfileMutationVariables = Exact<{
  input: UpdateHelperProfileInput;
}>;


export type HelperUpdateProfileMutation = { updateMyHelperProfile: { id: string } };

export type HelperSetSkillsMutationVariables = Exact<{
  skills: Array<HelperSkillInput> | HelperSkillInput;
}>;


export type HelperSetSkillsMutation = { setMySkills: { id: string } };

export type HelperSetWeekMutationVariables = Exact<{
  slots: Array<WeeklySlotInput> | WeeklySlotInput;
}>;


export type HelperSetWeekMutation = { setMyWeeklyAvailability: { timezone: string } };

export type HelperAppEarningsQueryVariables = Exact<{ [key: string]: never; }>;


export type HelperAppEarningsQuery = { myEarnings: { currency: string, earnedMinor: number, pendingMinor: number, paidOutMinor: number, frozenMinor: number }, myPayoutAccount: { status: PayoutAccountStatus, onboardingUrl: string | null, payoutsEnabled: boolean } | null, myPayouts: { edges: Array<{ node: { id: string, amountMinor: number, currency: string, status: HelperPayoutStatus, createdAt: string } }> } };

export type HelperStartPayoutsMutationVariables = Exact<{ [key: string]: never; }>;


export type HelperStartPayoutsMutation = { startPayoutOnboarding: { status: PayoutAccountStatus, onboardingUrl: string | null } };

export type HelperAppReviewsQueryVariables = Exact<{ [key: string]: never; }>;


export type HelperAppReviewsQuery = { myReviews: { edges: Array<{ node: { id: string, subjectId: string, authorName: string, stars: number, text: string, createdAt: string, publishedAt: string | null } }> } };

export type HelperSubmitStepMutationVariables = Exact<{
  stepKey: string;
  evidence: VettingEvidenceInput;
}>;


export type HelperSubmitStepMutation = { submitVettingStep: { status: HelperStatus } };

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

export const ConsoleDashboardDocument = new TypedDocumentString(`
    query ConsoleDashboard($filter: AnalyticsFilterInput!, $createdFrom: DateTime!) {
  operatorAnalytics(filter: $filter) {
    volume {
      posted
      booked
    }
    rating {
      average
      count
    }
    firstResponse {
      medianSeconds
      withinSlaPercent
    }
  }
  requests(first: 100, createdFrom: $createdFrom) {
    edges {
      node {
        id
        status
        serviceId
        postalCode
        createdAt
        expiresAt
      }
    }
    pageInfo {
      hasNextPage
    }
  }
  catalogServices(first: 100) {
    edges {
      node {
        id
        name
      }
    }
  }
  tenantPolicy(kind: SLA) {
    document
  }
}
    `) as unknown as TypedDocumentString<ConsoleDashboardQuery, ConsoleDashboardQueryVariables>;
export const ConsoleBrandingDocument = new TypedDocumentString(`
    query ConsoleBranding {
  currentTenant {
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
    `) as unknown as TypedDocumentString<ConsoleBrandingQuery, ConsoleBrandingQueryVariables>;
export const UpdateBrandingDocument = new TypedDocumentString(`
    mutation UpdateBranding($input: BrandingInput!) {
  updateBranding(input: $input) {
    version
    document
  }
}
    `) as unknown as TypedDocumentString<UpdateBrandingMutation, UpdateBrandingMutationVariables>;
export const ConsoleRequestsDocument = new TypedDocumentString(`
    query ConsoleRequests($status: RequestStatus, $after: String) {
  requests(first: 50, status: $status, after: $after) {
    edges {
      node {
        id
        status
        channel
        serviceId
        postalCode
        description
        createdAt
        expiresAt
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
  catalogServices(first: 100) {
    edges {
      node {
        id
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleRequestsQuery, ConsoleRequestsQueryVariables>;
export const ConsoleRequestDocument = new TypedDocumentString(`
    query ConsoleRequest($id: ID!) {
  request(id: $id) {
    id
    status
    channel
    serviceId
    postalCode
    description
    createdAt
    expiresAt
    windows {
      from
      to
    }
    knownOutage {
      incidentId
      message
    }
    timeline {
      sequence
      event
      fromStatus
      toStatus
      actorKind
      reason
      createdAt
    }
  }
  requestDispatch(requestId: $id) {
    status
    wavesSent
    tiersEntered
    nextLookAt
    offers {
      helperId
      displayName
      distanceKm
      wave
      rank
      status
      offeredAt
      answeredAt
      reason
    }
  }
  catalogServices(first: 100) {
    edges {
      node {
        id
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleRequestQuery, ConsoleRequestQueryVariables>;
export const ConsoleAssignRequestDocument = new TypedDocumentString(`
    mutation ConsoleAssignRequest($requestId: ID!, $helperId: ID!, $reason: String) {
  assignRequest(requestId: $requestId, helperId: $helperId, reason: $reason) {
    id
    startsAt
  }
}
    `) as unknown as TypedDocumentString<ConsoleAssignRequestMutation, ConsoleAssignRequestMutationVariables>;
export const ConsoleCancelRequestDocument = new TypedDocumentString(`
    mutation ConsoleCancelRequest($requestId: ID!, $reason: String) {
  cancelRequest(requestId: $requestId, reason: $reason) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<ConsoleCancelRequestMutation, ConsoleCancelRequestMutationVariables>;
export const ConsoleVettingQueueDocument = new TypedDocumentString(`
    query ConsoleVettingQueue {
  vettingQueue(first: 50) {
    edges {
      node {
        helperId
        displayName
        status
        statusChangedAt
        steps {
          key
          name
          position
          required
          status
          evidenceKind
          evidenceText
          evidenceUrl
          submittedAt
          decidedAt
          decisionNote
        }
      }
    }
    pageInfo {
      hasNextPage
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleVettingQueueQuery, ConsoleVettingQueueQueryVariables>;
export const ConsoleDecideVettingStepDocument = new TypedDocumentString(`
    mutation ConsoleDecideVettingStep($helperId: ID!, $stepKey: String!, $decision: VettingDecision!, $note: String) {
  decideVettingStep(
    helperId: $helperId
    stepKey: $stepKey
    decision: $decision
    note: $note
  ) {
    helperId
    status
    steps {
      key
      status
      decisionNote
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleDecideVettingStepMutation, ConsoleDecideVettingStepMutationVariables>;
export const ConsoleIncidentsDocument = new TypedDocumentString(`
    query ConsoleIncidents($status: IncidentStatus) {
  incidents(first: 50, status: $status) {
    edges {
      node {
        id
        title
        area
        serviceId
        status
        requestCount
        openedAt
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleIncidentsQuery, ConsoleIncidentsQueryVariables>;
export const ConsoleIncidentDocument = new TypedDocumentString(`
    query ConsoleIncident($id: ID!) {
  incident(id: $id) {
    id
    title
    summary
    area
    serviceId
    status
    outcome
    requestCount
    openedAt
    knownAt
    closedAt
    closeNote
    message {
      text
      de
      fr
      it
      en
    }
    requests {
      id
      postalCode
      description
      createdAt
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleIncidentQuery, ConsoleIncidentQueryVariables>;
export const ConsoleMarkKnownOutageDocument = new TypedDocumentString(`
    mutation ConsoleMarkKnownOutage($id: ID!, $message: OutageMessageInput!) {
  markIncidentKnownOutage(id: $id, message: $message) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<ConsoleMarkKnownOutageMutation, ConsoleMarkKnownOutageMutationVariables>;
export const ConsoleCloseIncidentDocument = new TypedDocumentString(`
    mutation ConsoleCloseIncident($id: ID!, $note: String) {
  closeIncident(id: $id, note: $note) {
    id
    status
    outcome
  }
}
    `) as unknown as TypedDocumentString<ConsoleCloseIncidentMutation, ConsoleCloseIncidentMutationVariables>;
export const ConsoleReviewsDocument = new TypedDocumentString(`
    query ConsoleReviews($hidden: Boolean) {
  reviews(first: 50, hidden: $hidden) {
    edges {
      node {
        id
        authorName
        authorRole
        stars
        text
        createdAt
        publishedAt
        hidden
        hiddenAt
        hiddenReason
      }
    }
    pageInfo {
      hasNextPage
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleReviewsQuery, ConsoleReviewsQueryVariables>;
export const ConsoleHideReviewDocument = new TypedDocumentString(`
    mutation ConsoleHideReview($reviewId: ID!, $reason: String!) {
  hideReview(reviewId: $reviewId, reason: $reason) {
    id
    hidden
    hiddenAt
    hiddenReason
  }
}
    `) as unknown as TypedDocumentString<ConsoleHideReviewMutation, ConsoleHideReviewMutationVariables>;
export const ConsoleUnhideReviewDocument = new TypedDocumentString(`
    mutation ConsoleUnhideReview($reviewId: ID!, $reason: String!) {
  unhideReview(reviewId: $reviewId, reason: $reason) {
    id
    hidden
    hiddenAt
    hiddenReason
  }
}
    `) as unknown as TypedDocumentString<ConsoleUnhideReviewMutation, ConsoleUnhideReviewMutationVariables>;
export const ConsoleNotificationTemplatesDocument = new TypedDocumentString(`
    query ConsoleNotificationTemplates($kind: String!, $locale: String!) {
  notificationTemplates(kind: $kind, locale: $locale) {
    kind
    channel
    locale
    subject
    body
    customized
    updatedAt
    variables
  }
}
    `) as unknown as TypedDocumentString<ConsoleNotificationTemplatesQuery, ConsoleNotificationTemplatesQueryVariables>;
export const ConsolePreviewNotificationTemplateDocument = new TypedDocumentString(`
    query ConsolePreviewNotificationTemplate($input: NotificationTemplateInput!) {
  previewNotificationTemplate(input: $input) {
    subject
    body
  }
}
    `) as unknown as TypedDocumentString<ConsolePreviewNotificationTemplateQuery, ConsolePreviewNotificationTemplateQueryVariables>;
export const ConsoleSaveNotificationTemplateDocument = new TypedDocumentString(`
    mutation ConsoleSaveNotificationTemplate($input: NotificationTemplateInput!) {
  saveNotificationTemplate(input: $input) {
    kind
    channel
    locale
    subject
    body
    customized
    updatedAt
    variables
  }
}
    `) as unknown as TypedDocumentString<ConsoleSaveNotificationTemplateMutation, ConsoleSaveNotificationTemplateMutationVariables>;
export const ConsoleResetNotificationTemplateDocument = new TypedDocumentString(`
    mutation ConsoleResetNotificationTemplate($kind: String!, $channel: NotificationChannel!, $locale: String!) {
  resetNotificationTemplate(kind: $kind, channel: $channel, locale: $locale) {
    kind
    channel
    locale
    subject
    body
    customized
    updatedAt
    variables
  }
}
    `) as unknown as TypedDocumentString<ConsoleResetNotificationTemplateMutation, ConsoleResetNotificationTemplateMutationVariables>;
export const ConsoleWebhookEndpointsDocument = new TypedDocumentString(`
    query ConsoleWebhookEndpoints {
  webhookEndpoints {
    id
    url
    description
    enabled
    eventTypes
    secretMasked
    createdAt
  }
  webhookEventTypes
}
    `) as unknown as TypedDocumentString<ConsoleWebhookEndpointsQuery, ConsoleWebhookEndpointsQueryVariables>;
export const ConsoleCreateWebhookEndpointDocument = new TypedDocumentString(`
    mutation ConsoleCreateWebhookEndpoint($input: CreateWebhookEndpointInput!) {
  createWebhookEndpoint(input: $input) {
    secret
    endpoint {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleCreateWebhookEndpointMutation, ConsoleCreateWebhookEndpointMutationVariables>;
export const ConsoleUpdateWebhookEndpointDocument = new TypedDocumentString(`
    mutation ConsoleUpdateWebhookEndpoint($id: ID!, $input: UpdateWebhookEndpointInput!) {
  updateWebhookEndpoint(id: $id, input: $input) {
    id
    enabled
    eventTypes
  }
}
    `) as unknown as TypedDocumentString<ConsoleUpdateWebhookEndpointMutation, ConsoleUpdateWebhookEndpointMutationVariables>;
export const ConsoleRotateWebhookSecretDocument = new TypedDocumentString(`
    mutation ConsoleRotateWebhookSecret($id: ID!) {
  rotateWebhookSecret(id: $id) {
    secret
    endpoint {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleRotateWebhookSecretMutation, ConsoleRotateWebhookSecretMutationVariables>;
export const ConsoleDeleteWebhookEndpointDocument = new TypedDocumentString(`
    mutation ConsoleDeleteWebhookEndpoint($id: ID!) {
  deleteWebhookEndpoint(id: $id)
}
    `) as unknown as TypedDocumentString<ConsoleDeleteWebhookEndpointMutation, ConsoleDeleteWebhookEndpointMutationVariables>;
export const ConsoleNotificationLogDocument = new TypedDocumentString(`
    query ConsoleNotificationLog($filter: NotificationLogFilter, $after: String) {
  notificationLog(first: 50, filter: $filter, after: $after) {
    edges {
      node {
        id
        channel
        kind
        address
        subject
        status
        attempts
        maxAttempts
        replays
        lastCode
        lastError
        createdAt
        sentAt
        failedAt
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleNotificationLogQuery, ConsoleNotificationLogQueryVariables>;
export const ConsoleReplayDeliveryDocument = new TypedDocumentString(`
    mutation ConsoleReplayDelivery($id: ID!) {
  replayNotificationDelivery(id: $id) {
    id
    status
    replays
  }
}
    `) as unknown as TypedDocumentString<ConsoleReplayDeliveryMutation, ConsoleReplayDeliveryMutationVariables>;
export const CustomerSearchHelpersDocument = new TypedDocumentString(`
    query CustomerSearchHelpers($postalCode: String!, $serviceId: ID!, $first: Int, $window: SearchWindowInput) {
  searchHelpers(
    postalCode: $postalCode
    serviceId: $serviceId
    first: $first
    window: $window
  ) {
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
    `) as unknown as TypedDocumentString<CustomerSearchHelpersQuery, CustomerSearchHelpersQueryVariables>;
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
export const HelperAppServicesDocument = new TypedDocumentString(`
    query HelperAppServices {
  services(first: 100) {
    edges {
      node {
        id
        name
        pricingMode
        price {
          currency
          fixedPriceMinor
          hourlyRateMinMinor
          hourlyRateMaxMinor
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<HelperAppServicesQuery, HelperAppServicesQueryVariables>;
export const HelperAppHomeDocument = new TypedDocumentString(`
    query HelperAppHome {
  myVettingProgress {
    status
    suspensionReason
    steps {
      key
      name
      position
      required
      status
      submittedAt
      decisionNote
      expiresAt
    }
  }
  myDispatchOffers(status: PENDING, first: 50) {
    edges {
      node {
        requestId
      }
    }
  }
  myAppointments(first: 100) {
    edges {
      node {
        id
        helperId
        serviceId
        requestId
        startsAt
        endsAt
        status
        onTheWayAt
        startedAt
        completedAt
        price {
          currency
          helperPayoutMinor
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<HelperAppHomeQuery, HelperAppHomeQueryVariables>;
export const HelperStartDocument = new TypedDocumentString(`
    mutation HelperStart($appointmentId: ID!) {
  startAppointment(appointmentId: $appointmentId) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<HelperStartMutation, HelperStartMutationVariables>;
export const HelperOnMyWayDocument = new TypedDocumentString(`
    mutation HelperOnMyWay($appointmentId: ID!) {
  markOnMyWay(appointmentId: $appointmentId) {
    id
    onTheWayAt
  }
}
    `) as unknown as TypedDocumentString<HelperOnMyWayMutation, HelperOnMyWayMutationVariables>;
export const HelperCompleteDocument = new TypedDocumentString(`
    mutation HelperComplete($appointmentId: ID!, $note: String) {
  completeAppointment(appointmentId: $appointmentId, note: $note) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<HelperCompleteMutation, HelperCompleteMutationVariables>;
export const HelperSignUpDocument = new TypedDocumentString(`
    mutation HelperSignUp($displayName: String!, $email: String!, $password: String!, $locale: String) {
  signUp(
    displayName: $displayName
    email: $email
    password: $password
    locale: $locale
    role: HELPER
  ) {
    accessToken
  }
}
    `) as unknown as TypedDocumentString<HelperSignUpMutation, HelperSignUpMutationVariables>;
export const HelperAppOffersDocument = new TypedDocumentString(`
    query HelperAppOffers {
  myDispatchOffers(status: PENDING, first: 50) {
    edges {
      node {
        requestId
        serviceId
        postalCode
        distanceKm
        description
        offeredAt
        firstLook
        windows {
          from
          to
        }
      }
    }
  }
  openRequestsForMe(first: 50) {
    edges {
      node {
        id
        serviceId
        postalCode
        distanceKm
        description
        expiresAt
        myOfferId
        budget {
          amountMinor
          currency
        }
        windows {
          from
          to
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<HelperAppOffersQuery, HelperAppOffersQueryVariables>;
export const HelperAcceptOfferDocument = new TypedDocumentString(`
    mutation HelperAcceptOffer($requestId: ID!) {
  acceptDispatchOffer(requestId: $requestId) {
    id
    startsAt
  }
}
    `) as unknown as TypedDocumentString<HelperAcceptOfferMutation, HelperAcceptOfferMutationVariables>;
export const HelperDeclineOfferDocument = new TypedDocumentString(`
    mutation HelperDeclineOffer($requestId: ID!) {
  declineDispatchOffer(requestId: $requestId) {
    requestId
    status
  }
}
    `) as unknown as TypedDocumentString<HelperDeclineOfferMutation, HelperDeclineOfferMutationVariables>;
export const HelperMakeOfferDocument = new TypedDocumentString(`
    mutation HelperMakeOffer($requestId: ID!, $priceMinor: Int) {
  makeOffer(requestId: $requestId, priceMinor: $priceMinor) {
    id
    priceMinor
    customerTotalMinor
  }
}
    `) as unknown as TypedDocumentString<HelperMakeOfferMutation, HelperMakeOfferMutationVariables>;
export const HelperAppProfileDocument = new TypedDocumentString(`
    query HelperAppProfile($from: String!, $to: String!) {
  myHelperProfile {
    id
    displayName
    bio
    status
    serviceArea {
      postalCode
      countryCode
      radiusKm
      placeNames
    }
    skills {
      serviceId
      priceMinor
      pricingMode
    }
  }
  myAvailability(from: $from, to: $to) {
    timezone
    weekly {
      weekday
      start
      end
    }
  }
}
    `) as unknown as TypedDocumentString<HelperAppProfileQuery, HelperAppProfileQueryVariables>;
export const HelperUpdateProfileDocument = new TypedDocumentString(`
    mutation HelperUpdateProfile($input: UpdateHelperProfileInput!) {
  updateMyHelperProfile(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<HelperUpdateProfileMutation, HelperUpdateProfileMutationVariables>;
export const HelperSetSkillsDocument = new TypedDocumentString(`
    mutation HelperSetSkills($skills: [HelperSkillInput!]!) {
  setMySkills(skills: $skills) {
    id
  }
}
    `) as unknown as TypedDocumentString<HelperSetSkillsMutation, HelperSetSkillsMutationVariables>;
export const HelperSetWeekDocument = new TypedDocumentString(`
    mutation HelperSetWeek($slots: [WeeklySlotInput!]!) {
  setMyWeeklyAvailability(slots: $slots) {
    timezone
  }
}
    `) as unknown as TypedDocumentString<HelperSetWeekMutation, HelperSetWeekMutationVariables>;
export const HelperAppEarningsDocument = new TypedDocumentString(`
    query HelperAppEarnings {
  myEarnings {
    currency
    earnedMinor
    pendingMinor
    paidOutMinor
    frozenMinor
  }
  myPayoutAccount {
    status
    onboardingUrl
    payoutsEnabled
  }
  myPayouts(first: 20) {
    edges {
      node {
        id
        amountMinor
        currency
        status
        createdAt
      }
    }
  }
}
    `) as unknown as TypedDocumentString<HelperAppEarningsQuery, HelperAppEarningsQueryVariables>;
export const HelperStartPayoutsDocument = new TypedDocumentString(`
    mutation HelperStartPayouts {
  startPayoutOnboarding {
    status
    onboardingUrl
  }
}
    `) as unknown as TypedDocumentString<HelperStartPayoutsMutation, HelperStartPayoutsMutationVariables>;
export const HelperAppReviewsDocument = new TypedDocumentString(`
    query HelperAppReviews {
  myReviews(first: 50) {
    edges {
      node {
        id
        subjectId
        authorName
        stars
        text
        createdAt
        publishedAt
      }
    }
  }
}
    `) as unknown as TypedDocumentString<HelperAppReviewsQuery, HelperAppReviewsQueryVariables>;
export const HelperSubmitStepDocument = new TypedDocumentString(`
    mutation HelperSubmitStep($stepKey: String!, $evidence: VettingEvidenceInput!) {
  submitVettingStep(stepKey: $stepKey, evidence: $evidence) {
    status
  }
}
    `) as unknown as TypedDocumentString<HelperSubmitStepMutation, HelperSubmitStepMutationVariables>;