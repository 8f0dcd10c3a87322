/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** Requests created in [from, to) — at most 366 days —, optionally narrowed. */
export type AnalyticsFilterInput = {
  /** Characters of the postal code that make an area in byPostalArea, 1–20; default 2 ("80" for 8001 and 8004). */
  areaLength?: number | null | undefined;
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

export type AuthorizePaymentInput = {
  /** The card as a Stripe PaymentMethod id (pm_…) made by the payment form in the browser. */
  paymentMethodId: string;
  requestId: string | number;
};

/** Local wall-clock times in the site time zone, HH:MM; end 24:00 is midnight. */
export type AvailabilityWindowInput = {
  end: string;
  start: string;
};

export type BecomeHelperInput = {
  /** The name customers see; default: your account's name. */
  displayName?: string | null | undefined;
};

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

/** The most the customer means to pay, in minor units of the site's currency. */
export type BudgetInput = {
  amountMinor: number;
  currency: string;
};

export type CreateCategoryInput = {
  /** A name in every one of the site's locales. */
  names: LocalizedTextInput;
  /** Order among categories; last when omitted. */
  position?: number | null | undefined;
  /** Lowercase letters, digits and single hyphens; unique on the site and never changed. */
  slug: string;
};

export type CreateServiceInput = {
  categoryId: string | number;
  descriptions?: LocalizedTextInput | null | undefined;
  estimatedDurationMinutes: number;
  /** Fixed-price services only: minor units of the site's currency. */
  fixedPriceMinor?: number | null | undefined;
  /** A name in every one of the site's locales. */
  names: LocalizedTextInput;
  /** Order within the category; last when omitted. */
  position?: number | null | undefined;
  pricingMode: PricingMode;
  /** Help may start with a helper's call when the customer agrees (false when omitted). */
  remoteHelp?: boolean | null | undefined;
  /** Lowercase letters, digits and single hyphens; unique on the site, never changed; the key of the pricing policy's fixedPrices. */
  slug: string;
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

/** ON_SITE: the helper comes by; REMOTE: the helper starts with a call (phone or video), a visit following only when needed. */
export type HelpMode =
  | 'ON_SITE'
  | 'REMOTE';

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

/** A text per locale; every locale the site is offered in is required where the field says so. */
export type LocalizedTextInput = {
  de?: string | null | undefined;
  en?: string | null | undefined;
  fr?: string | null | undefined;
  it?: string | null | undefined;
};

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

/** ACCEPT: at the helper's price for the service; QUOTE: the helper's quoted total. */
export type OfferKind =
  | 'ACCEPT'
  | 'QUOTE';

export type OfferStatus =
  | 'CHOSEN'
  | 'DECLINED'
  | 'PENDING'
  | 'WITHDRAWN';

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

/** The kinds of versioned tenant policy documents. */
export type PolicyKind =
  | 'BRANDING'
  | 'CANCELLATION'
  | 'PAYOUTS'
  | 'PRICING'
  | 'REVIEWS'
  | 'REWARDS'
  | 'SLA'
  | 'VETTING';

export type PostRequestInput = {
  budget?: BudgetInput | null | undefined;
  /** Needed only when the postal code exists in several countries. */
  countryCode?: string | null | undefined;
  description: string;
  postalCode: string;
  /** A helper may start with a call (from anywhere on the site), coming by only when it needs hands on. Only for a service with remoteHelp; false when omitted. */
  remoteFirst?: boolean | null | undefined;
  serviceId: string | number;
  /** 1 to 5 windows, each in the future and ending within 14 days. */
  windows: Array<RequestWindowInput>;
};

/** FIXED: one price for the job; HOURLY: the helper’s rate within the site’s bounds × time; QUOTE: the helper quotes a total. */
export type PricingMode =
  | 'FIXED'
  | 'HOURLY'
  | 'QUOTE';

export type ReconciliationDifferenceKind =
  /** Both have it, with different amounts. */
  | 'AMOUNT_DIFFERS'
  /** The ledger records a movement Stripe does not have. */
  | 'MISSING_AT_STRIPE'
  /** Stripe moved money the ledger has no record of. */
  | 'MISSING_IN_LEDGER';

export type ReconciliationStatus =
  | 'COMPLETED'
  | 'FAILED'
  | 'PENDING';

export type RefundPaymentInput = {
  /** In minor units; omitted or null refunds everything still refundable. */
  amountMinor?: number | null | undefined;
  paymentId: string | number;
  /** 1–500 characters, kept with the refund and sent to the provider. */
  reason: string;
};

/** PENDING: recorded and on its way to the card; SUCCEEDED: given back; FAILED: the provider refused it (see failureMessage). */
export type RefundStatus =
  | 'FAILED'
  | 'PENDING'
  | 'SUCCEEDED';

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

/** A span of time (UTC) when help is wanted. */
export type RequestWindowInput = {
  from: string;
  to: string;
};

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

/** Omitted fields keep their value. */
export type UpdateCategoryInput = {
  /** An inactive category and its services are hidden from customers. */
  active?: boolean | null | undefined;
  names?: LocalizedTextInput | null | undefined;
  position?: number | null | undefined;
};

/** Omitted fields keep their value; null clears an optional one. */
export type UpdateHelperProfileInput = {
  bio?: string | null | undefined;
  displayName?: string | null | undefined;
  /** A postal code of the site's places. */
  homePostalCode?: HomePostalCodeInput | null | undefined;
  /** ISO 639-1 codes, at most 10. */
  languages?: Array<string> | null | undefined;
  /** Whether you give remote help (a call first): requests that allow it are offered to you wherever the customer lives. */
  offersRemoteHelp?: boolean | null | undefined;
  /** An http(s) address. */
  photoUrl?: string | null | undefined;
  /** 1–100 km around the home postal code. */
  serviceRadiusKm?: number | null | undefined;
};

/** Omitted fields keep their value. */
export type UpdateServiceInput = {
  categoryId?: string | number | null | undefined;
  descriptions?: LocalizedTextInput | null | undefined;
  estimatedDurationMinutes?: number | null | undefined;
  /** Required when the service is or becomes fixed-price. */
  fixedPriceMinor?: number | null | undefined;
  names?: LocalizedTextInput | null | undefined;
  position?: number | null | undefined;
  pricingMode?: PricingMode | null | undefined;
  remoteHelp?: boolean | null | undefined;
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

export type CatalogEditorQueryVariables = Exact<{ [key: string]: never; }>;


export type CatalogEditorQuery = { catalogCategories: { edges: Array<{ node: { id: string, slug: string, name: string, position: number, active: boolean, names: { de: string | null, fr: string | null, it: string | null, en: string | null } } }>, pageInfo: { hasNextPage: boolean } }, tenantPolicy: { version: number, document: unknown } | null };

export type CatalogServicesQueryVariables = Exact<{ [key: string]: never; }>;


export type CatalogServicesQuery = { catalogServices: { edges: Array<{ node: { id: string, categoryId: string, slug: string, name: string, pricingMode: PricingMode, remoteHelp: boolean, estimatedDurationMinutes: number, position: number, active: boolean, archivedAt: string | null, names: { de: string | null, fr: string | null, it: string | null, en: string | null }, descriptions: { de: string | null, fr: string | null, it: string | null, en: string | null }, price: { currency: string, mode: PricingMode, fixedPriceMinor: number | null, hourlyRateMinMinor: number | null, hourlyRateMaxMinor: number | null } } }>, pageInfo: { hasNextPage: boolean } } };

export type CatalogCategoryFieldsFragment = { id: string, slug: string, name: string, position: number, active: boolean, names: { de: string | null, fr: string | null, it: string | null, en: string | null } };

export type CatalogServiceFieldsFragment = { id: string, categoryId: string, slug: string, name: string, pricingMode: PricingMode, remoteHelp: boolean, estimatedDurationMinutes: number, position: number, active: boolean, archivedAt: string | null, names: { de: string | null, fr: string | null, it: string | null, en: string | null }, descriptions: { de: string | null, fr: string | null, it: string | null, en: string | null }, price: { currency: string, mode: PricingMode, fixedPriceMinor: number | null, hourlyRateMinMinor: number | null, hourlyRateMaxMinor: number | null } };

export type CatalogCreateCategoryMutationVariables = Exact<{
  input: CreateCategoryInput;
}>;


export type CatalogCreateCategoryMutation = { createCategory: { id: string } };

export type CatalogUpdateCategoryMutationVariables = Exact<{
  id: string | number;
  input: UpdateCategoryInput;
}>;


export type CatalogUpdateCategoryMutation = { updateCategory: { id: string } };

export type CatalogCreateServiceMutationVariables = Exact<{
  input: CreateServiceInput;
}>;


export type CatalogCreateServiceMutation = { createService: { id: string, name: string } };

export type CatalogUpdateServiceMutationVariables = Exact<{
  id: string | number;
  input: UpdateServiceInput;
}>;


export type CatalogUpdateServiceMutation = { updateService: { id: string, name: string } };

export type CatalogArchiveServiceMutationVariables = Exact<{
  id: string | number;
}>;


export type CatalogArchiveServiceMutation = { archiveService: { id: string, name: string } };

export type ConsoleDashboardQueryVariables = Exact<{
  filter: AnalyticsFilterInput;
}>;


export type ConsoleDashboardQuery = { operatorAnalytics: { volume: { posted: number, booked: number, byStatus: Array<{ status: RequestStatus, posted: number, booked: number }> }, rating: { average: number | null, count: number }, firstResponse: { medianSeconds: number | null, withinSlaPercent: number | null }, byService: Array<{ key: string, posted: number, booked: number, firstResponse: { withinSlaPercent: number | null } }>, byPostalArea: Array<{ key: string, posted: number, booked: number, firstResponse: { withinSlaPercent: number | null } }> }, helpersOnShift: { count: number, onJob: number }, open: { edges: Array<{ node: { id: string, status: RequestStatus, serviceId: string, postalCode: string, createdAt: string, expiresAt: string, firstResponseDueAt: string | null } }>, pageInfo: { hasNextPage: boolean } }, offered: { edges: Array<{ node: { id: string, status: RequestStatus, serviceId: string, postalCode: string, createdAt: string, expiresAt: string, firstResponseDueAt: string | null } }>, pageInfo: { hasNextPage: boolean } }, escalated: { edges: Array<{ node: { id: string, status: RequestStatus, serviceId: string, postalCode: string, createdAt: string, expiresAt: string, firstResponseDueAt: string | null } }>, pageInfo: { hasNextPage: boolean } }, catalogServices: { edges: Array<{ node: { id: string, name: string } }> }, tenantPolicy: { document: unknown } | null };

export type DashboardBreakdownFragment = { key: string, posted: number, booked: number, firstResponse: { withinSlaPercent: number | null } };

export type DashboardWaitingFragment = { edges: Array<{ node: { id: string, status: RequestStatus, serviceId: string, postalCode: string, createdAt: string, expiresAt: string, firstResponseDueAt: string | null } }>, pageInfo: { hasNextPage: boolean } };

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


export type ConsoleRequestQuery = { request: { id: string, status: RequestStatus, channel: RequestChannel, serviceId: string, countryCode: string, postalCode: string, description: string, remoteFirst: boolean, createdAt: string, expiresAt: string, appointmentId: string | null, windows: Array<{ from: string, to: string }>, knownOutage: { incidentId: string, message: string } | null, timeline: Array<{ sequence: number, event: string, fromStatus: RequestStatus | null, toStatus: RequestStatus, actorKind: RequestActorKind, reason: string | null, createdAt: string }> }, requestDispatch: { status: RequestStatus, wavesSent: number, tiersEntered: Array<string>, nextLookAt: string | null, offers: Array<{ helperId: string, displayName: string, distanceKm: number, mode: HelpMode, wave: number, rank: number, status: DispatchOfferStatus, offeredAt: string, answeredAt: string | null, reason: string | null }> }, requestPayment: { id: string, provider: PaymentProvider, status: PaymentStatus, currency: string, amountMinor: number, subtotalMinor: number, customerFeeMinor: number, capturedMinor: number, refundedMinor: number, capturedAt: string | null, refunds: Array<{ id: string, amountMinor: number, currency: string, status: RefundStatus, reason: string, failureMessage: string | null, createdAt: string }> } | null, catalogServices: { edges: Array<{ node: { id: string, name: string } }> } };

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

export type ConsoleAppointmentQueryVariables = Exact<{
  id: string | number;
}>;


export type ConsoleAppointmentQuery = { appointment: { id: string, helperId: string, status: AppointmentStatus, mode: HelpMode, startsAt: string, endsAt: string } };

export type ConsoleNeedVisitMutationVariables = Exact<{
  appointmentId: string | number;
  note?: string | null | undefined;
}>;


export type ConsoleNeedVisitMutation = { needVisit: { id: string, status: AppointmentStatus } };

export type ConsoleHelperNameQueryVariables = Exact<{
  id: string | number;
}>;


export type ConsoleHelperNameQuery = { helper: { id: string, displayName: string } };

export type ConsoleFreeHelpersQueryVariables = Exact<{
  serviceId: string | number;
  postalCode: string;
  countryCode?: string | null | undefined;
  window?: SearchWindowInput | null | undefined;
}>;


export type ConsoleFreeHelpersQuery = { searchHelpers: { edges: Array<{ node: { distanceKm: number, helper: { id: string, displayName: string } } }> } };

export type ConsoleReassignAppointmentMutationVariables = Exact<{
  appointmentId: string | number;
  helperId: string | number;
  reason: string;
}>;


export type ConsoleReassignAppointmentMutation = { reassignAppointment: { id: string, helperId: string, startsAt: string } };

export type ConsoleRefundPaymentMutationVariables = Exact<{
  input: RefundPaymentInput;
}>;


export type ConsoleRefundPaymentMutation = { refundPayment: { id: string, amountMinor: number, currency: string, status: RefundStatus } };

export type ConsoleRefundRequestMutationVariables = Exact<{
  requestId: string | number;
  reason: string;
}>;


export type ConsoleRefundRequestMutation = { refundRequest: { id: string, status: RequestStatus } };

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
  after?: string | null | undefined;
}>;


export type ConsoleReviewsQuery = { reviews: { edges: Array<{ node: { id: string, authorName: string, authorRole: ReviewerRole, stars: number, text: string, createdAt: string, publishedAt: string | null, hidden: boolean, hiddenAt: string | null, hiddenReason: string | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

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

export type ConsoleSiteHelpersQueryVariables = Exact<{
  status?: HelperStatus | null | undefined;
  search?: string | null | undefined;
  after?: string | null | undefined;
}>;


export type ConsoleSiteHelpersQuery = { siteHelpers: { edges: Array<{ node: { id: string, displayName: string, status: HelperStatus, statusChangedAt: string, suspensionReason: string | null, homePostalCode: string | null, tier: string, rating: number | null, reviewCount: number, skills: Array<string> } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type ConsoleSuspendHelperMutationVariables = Exact<{
  helperId: string | number;
  reason: string;
}>;


export type ConsoleSuspendHelperMutation = { suspendHelper: { helperId: string, status: HelperStatus, statusChangedAt: string, suspensionReason: string | null } };

export type ConsoleReinstateHelperMutationVariables = Exact<{
  helperId: string | number;
}>;


export type ConsoleReinstateHelperMutation = { reinstateHelper: { helperId: string, status: HelperStatus, statusChangedAt: string, suspensionReason: string | null } };

export type ConsoleHelperPayoutsQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type ConsoleHelperPayoutsQuery = { helperPayouts: { edges: Array<{ node: { id: string, helperId: string, providerPayoutId: string, amountMinor: number, currency: string, status: HelperPayoutStatus, arrivalDate: string | null, createdAt: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type ConsolePayoutHelpersQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type ConsolePayoutHelpersQuery = { siteHelpers: { edges: Array<{ node: { id: string, displayName: string } }> } };

export type ConsoleReconciliationReportsQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type ConsoleReconciliationReportsQuery = { reconciliationReports: { edges: Array<{ node: { id: string, periodFrom: string, periodTo: string, status: ReconciliationStatus, checkedCount: number, differenceCount: number, requestedBy: string | null, createdAt: string, completedAt: string | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type ConsoleReconciliationReportQueryVariables = Exact<{
  id: string | number;
}>;


export type ConsoleReconciliationReportQuery = { reconciliationReport: { id: string, periodFrom: string, periodTo: string, status: ReconciliationStatus, checkedCount: number, differenceCount: number, failureMessage: string | null, createdAt: string, completedAt: string | null, differences: Array<{ kind: ReconciliationDifferenceKind, object: string, stripeId: string | null, paymentId: string | null, stripeAmountMinor: number | null, ledgerAmountMinor: number | null, currency: string }> } };

export type ConsoleReconcilePaymentsMutationVariables = Exact<{
  from: string;
  to: string;
}>;


export type ConsoleReconcilePaymentsMutation = { reconcilePayments: { id: string, status: ReconciliationStatus } };

export type PolicyVersionFieldsFragment = { kind: PolicyKind, version: number, document: unknown, createdAt: string, createdBy: string };

export type ConsolePoliciesQueryVariables = Exact<{ [key: string]: never; }>;


export type ConsolePoliciesQuery = { pricing: { kind: PolicyKind, version: number, document: unknown, createdAt: string, createdBy: string } | null, vetting: { kind: PolicyKind, version: number, document: unknown, createdAt: string, createdBy: string } | null, sla: { kind: PolicyKind, version: number, document: unknown, createdAt: string, createdBy: string } | null, cancellation: { kind: PolicyKind, version: number, document: unknown, createdAt: string, createdBy: string } | null, payouts: { kind: PolicyKind, version: number, document: unknown, createdAt: string, createdBy: string } | null, rewards: { kind: PolicyKind, version: number, document: unknown, createdAt: string, createdBy: string } | null, reviews: { kind: PolicyKind, version: number, document: unknown, createdAt: string, createdBy: string } | null, branding: { kind: PolicyKind, version: number, document: unknown, createdAt: string, createdBy: string } | null };

export type ConsolePolicyHistoryQueryVariables = Exact<{
  kind: PolicyKind;
  after?: string | null | undefined;
}>;


export type ConsolePolicyHistoryQuery = { tenantPolicyHistory: { totalCount: number, edges: Array<{ node: { kind: PolicyKind, version: number, document: unknown, createdAt: string, createdBy: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type ConsoleUpdatePolicyMutationVariables = Exact<{
  kind: PolicyKind;
  document: unknown;
}>;


export type ConsoleUpdatePolicyMutation = { updatePolicy: { kind: PolicyKind, version: number, document: unknown, createdAt: string, createdBy: string } };

export type CustomerSearchHelpersQueryVariables = Exact<{
  postalCode: string;
  serviceId: string | number;
  first?: number | null | undefined;
  window?: SearchWindowInput | null | undefined;
  minRating?: number | null | undefined;
  maxPriceMinor?: number | null | undefined;
}>;


export type CustomerSearchHelpersQuery = { searchHelpers: { edges: Array<{ node: { distanceKm: number, pricingMode: PricingMode, priceMinor: number | null, currency: string, rating: number | null, reviewCount: number, nextFreeSlot: string | null, score: number, helper: { id: string, displayName: string, photoUrl: string | null, badgeName: string | null } } }> } };

export type SiteTenantQueryVariables = Exact<{ [key: string]: never; }>;


export type SiteTenantQuery = { currentTenant: { id: string, slug: string, name: string, currency: string, timezone: string, locales: Array<string>, defaultLocale: string, branding: { displayName: string, logoUrl: string | null, primaryColor: string, accentColor: string, fontFamily: string, badgeName: string | null }, payments: { provider: PaymentProvider, stripePublishableKey: string | null } } };

export type CustomerCatalogQueryVariables = Exact<{ [key: string]: never; }>;


export type CustomerCatalogQuery = { categories: { edges: Array<{ node: { id: string, name: string, position: number } }> }, services: { edges: Array<{ node: { id: string, categoryId: string, name: string, pricingMode: PricingMode, estimatedDurationMinutes: number, remoteHelp: boolean } }> } };

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


export type CustomerRequestQuery = { request: { id: string, customerId: string, status: RequestStatus, serviceId: string, postalCode: string, description: string, remoteFirst: boolean, createdAt: string, windows: Array<{ from: string, to: string }>, knownOutage: { message: string } | null, timeline: Array<{ sequence: number, event: string, toStatus: RequestStatus, reason: string | null, createdAt: string }> }, requestPayment: { provider: PaymentProvider, status: PaymentStatus, amountMinor: number, capturedMinor: number, currency: string, cardBrand: string | null, cardLast4: string | null, declineCode: string | null } | null, myReviews: { edges: Array<{ node: { id: string, appointmentId: string, authorId: string, stars: number, text: string } }> }, myAppointments: { edges: Array<{ node: { id: string, requestId: string, helperId: string, status: AppointmentStatus, mode: HelpMode, completionNote: string | null, startsAt: string, endsAt: string, price: { customerTotalMinor: number, currency: string } } }> } };

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

export type AuthorizePaymentMutationVariables = Exact<{
  input: AuthorizePaymentInput;
}>;


export type AuthorizePaymentMutation = { authorizePayment: { status: PaymentStatus } };

export type PostRequestMutationVariables = Exact<{
  input: PostRequestInput;
}>;


export type PostRequestMutation = { postRequest: { id: string } };

export type RequestOffersQueryVariables = Exact<{
  requestId: string | number;
}>;


export type RequestOffersQuery = { offers: { edges: Array<{ node: { id: string, helperId: string, kind: OfferKind, priceMinor: number, customerTotalMinor: number, currency: string, status: OfferStatus, createdAt: string } }> } };

export type OfferHelperQueryVariables = Exact<{
  helperId: string | number;
}>;


export type OfferHelperQuery = { helper: { id: string, displayName: string, photoUrl: string | null, badgeName: string | null, rating: number | null, reviewCount: number } };

export type ChooseOfferMutationVariables = Exact<{
  offerId: string | number;
  startsAt: string;
}>;


export type ChooseOfferMutation = { chooseOffer: { id: string } };

export type DeclineOfferMutationVariables = Exact<{
  offerId: string | number;
}>;


export type DeclineOfferMutation = { declineOffer: { id: string, status: OfferStatus } };

export type BookingQuoteQueryVariables = Exact<{
  helperId: string | number;
  serviceId: string | number;
}>;


export type BookingQuoteQuery = { bookingQuote: { currency: string, subtotalMinor: number, customerFeeMinor: number, customerTotalMinor: number } };

export type HelperAppServicesQueryVariables = Exact<{ [key: string]: never; }>;


export type HelperAppServicesQuery = { services: { edges: Array<{ node: { id: string, name: string, pricingMode: PricingMode, price: { currency: string, fixedPriceMinor: number | null, hourlyRateMinMinor: number | null, hourlyRateMaxMinor: number | null } } }> } };

export type HelperAppHomeQueryVariables = Exact<{ [key: string]: never; }>;


export type HelperAppHomeQuery = { myVettingProgress: { status: HelperStatus, suspensionReason: string | null, steps: Array<{ key: string, name: string, position: number, required: boolean, status: VettingStepStatus, submittedAt: string | null, decisionNote: string | null, expiresAt: string | null }> } | null, myDispatchOffers: { edges: Array<{ node: { requestId: string } }> }, myAppointments: { edges: Array<{ node: { id: string, helperId: string, serviceId: string, requestId: string, startsAt: string, endsAt: string, status: AppointmentStatus, mode: HelpMode, onTheWayAt: string | null, startedAt: string | null, completedAt: string | null, price: { currency: string, helperPayoutMinor: number } } }> } };

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

export type HelperNeedVisitMutationVariables = Exact<{
  appointmentId: string | number;
  note?: string | null | undefined;
}>;


export type HelperNeedVisitMutation = { needVisit: { id: string, status: AppointmentStatus } };

export type HelperSignUpMutationVariables = Exact<{
  displayName: string;
  email: string;
  password: string;
  locale?: string | null | undefined;
}>;


export type HelperSignUpMutation = { signUp: { accessToken: string } };

export type HelperBecomeHelperMutationVariables = Exact<{
  input?: BecomeHelperInput | null | undefined;
}>;


export type HelperBecomeHelperMutation = { becomeHelper: { id: string, status: HelperStatus } };

export type HelperAppOffersQueryVariables = Exact<{ [key: string]: never; }>;


export type HelperAppOffersQuery = { myDispatchOffers: { edges: Array<{ node: { requestId: string, serviceName: string, postalCode: string, distanceKm: number, mode: HelpMode, description: string, offeredAt: string, expiresAt: string | null, firstLook: boolean, windows: Array<{ from: string, to: string }> } }> }, openRequestsForMe: { edges: Array<{ node: { id: string, serviceId: string, postalCode: string, distanceKm: number, remoteFirst: boolean, description: string, expiresAt: string, myOfferId: string | null, budget: { amountMinor: number, currency: string } | null, windows: Array<{ from: string, to: string }> } }> } };

export type HelperAcceptOfferMutationVariables = Exact<{
  requestId: string | number;
}>;


export type HelperAcceptOfferMutation = { acceptDispatchOffer: { id: string, startsAt: string, mode: HelpMode } };

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


export type HelperAppProfileQuery = { myHelperProfile: { id: string, displayName: string, bio: string, status: HelperStatus, photoUrl: string | null, languages: Array<string>, offersRemoteHelp: boolean, serviceArea: { postalCode: string, countryCode: string, radiusKm: number | null, placeNames: Array<string> } | null, skills: Array<{ serviceId: string, priceMinor: number | null, pricingMode: PricingMode }> } | null, myAvailability: { timezone: string, weekly: Array<{ weekday: number, start: string, end: string }>, exceptions: Array<{ date: string, dayOff: boolean, note: string, windows: Array<{ start: string, end: string }> }> } };

export type HelperAppExceptionFragment = { date: string, dayOff: boolean, note: string, windows: Array<{ start: string, end: string }> };

export type HelperSetExceptionMutationVariables = Exact<{
  date: string;
  dayOff?: boolean | null | undefined;
  windows?: Array<AvailabilityWindowInput> | AvailabilityWindowInput | null | undefined;
  note?: string | null | undefined;
}>;


export type HelperSetExceptionMutation = { setMyAvailabilityException: { exceptions: Array<{ date: string, dayOff: boolean, note: string, windows: Array<{ start: string, end: string }> }> } };

export type HelperRemoveExceptionMutationVariables = Exact<{
  date: string;
}>;


export type HelperRemoveExceptionMutation = { removeMyAvailabilityException: { exceptions: Array<{ date: string, dayOff: boolean, note: string, windows: Array<{ start: string, end: string }> }> } };

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

export type HelperAppJobQueryVariables = Exact<{
  requestId: string | number;
}>;


export type HelperAppJobQuery = { requestConversations: Array<{ helperId: string, counterpartName: string, canSend: boolean, contactsShared: boolean, unreadCount: number }>, request: { serviceId: string, postalCode: string, description: string, windows: Array<{ from: string, to: string }> } };

export type HelperAppJobAppointmentsQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type HelperAppJobAppointmentsQuery = { myAppointments: { edges: Array<{ node: { id: string, helperId: string, serviceId: string, requestId: string, startsAt: string, endsAt: string, status: AppointmentStatus, mode: HelpMode, completionNote: string | null, onTheWayAt: string | null, startedAt: string | null, createdAt: string, price: { currency: string, customerTotalMinor: number, helperPayoutMinor: number } } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type HelperAppJobContactsQueryVariables = Exact<{
  requestId: string | number;
}>;


export type HelperAppJobContactsQuery = { requestContacts: { displayName: string, email: string, phone: string | null } };

export type HelperAppJobMessagesQueryVariables = Exact<{
  requestId: string | number;
}>;


export type HelperAppJobMessagesQuery = { requestMessages: { edges: Array<{ node: { id: string, body: string, createdAt: string, senderRole: MessageSenderRole } }> } };

export type HelperSendMessageMutationVariables = Exact<{
  requestId: string | number;
  body: string;
}>;


export type HelperSendMessageMutation = { sendMessage: { id: string } };

export type HelperMarkReadMutationVariables = Exact<{
  requestId: string | number;
}>;


export type HelperMarkReadMutation = { markConversationRead: { unreadCount: number } };

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
export const CatalogCategoryFieldsFragmentDoc = new TypedDocumentString(`
    fragment CatalogCategoryFields on Category {
  id
  slug
  name
  names {
    de
    fr
    it
    en
  }
  position
  active
}
    `, {"fragmentName":"CatalogCategoryFields"}) as unknown as TypedDocumentString<CatalogCategoryFieldsFragment, unknown>;
export const CatalogServiceFieldsFragmentDoc = new TypedDocumentString(`
    fragment CatalogServiceFields on Service {
  id
  categoryId
  slug
  name
  names {
    de
    fr
    it
    en
  }
  descriptions {
    de
    fr
    it
    en
  }
  pricingMode
  remoteHelp
  estimatedDurationMinutes
  position
  active
  archivedAt
  price {
    currency
    mode
    fixedPriceMinor
    hourlyRateMinMinor
    hourlyRateMaxMinor
  }
}
    `, {"fragmentName":"CatalogServiceFields"}) as unknown as TypedDocumentString<CatalogServiceFieldsFragment, unknown>;
export const DashboardBreakdownFragmentDoc = new TypedDocumentString(`
    fragment DashboardBreakdown on AnalyticsBreakdown {
  key
  posted
  booked
  firstResponse {
    withinSlaPercent
  }
}
    `, {"fragmentName":"DashboardBreakdown"}) as unknown as TypedDocumentString<DashboardBreakdownFragment, unknown>;
export const DashboardWaitingFragmentDoc = new TypedDocumentString(`
    fragment DashboardWaiting on RequestConnection {
  edges {
    node {
      id
      status
      serviceId
      postalCode
      createdAt
      expiresAt
      firstResponseDueAt
    }
  }
  pageInfo {
    hasNextPage
  }
}
    `, {"fragmentName":"DashboardWaiting"}) as unknown as TypedDocumentString<DashboardWaitingFragment, unknown>;
export const PolicyVersionFieldsFragmentDoc = new TypedDocumentString(`
    fragment PolicyVersionFields on TenantPolicy {
  kind
  version
  document
  createdAt
  createdBy
}
    `, {"fragmentName":"PolicyVersionFields"}) as unknown as TypedDocumentString<PolicyVersionFieldsFragment, unknown>;
export const HelperAppExceptionFragmentDoc = new TypedDocumentString(`
    fragment HelperAppException on AvailabilityException {
  date
  dayOff
  note
  windows {
    start
    end
  }
}
    `, {"fragmentName":"HelperAppException"}) as unknown as TypedDocumentString<HelperAppExceptionFragment, unknown>;
export const CatalogEditorDocument = new TypedDocumentString(`
    query CatalogEditor {
  catalogCategories(first: 100) {
    edges {
      node {
        ...CatalogCategoryFields
      }
    }
    pageInfo {
      hasNextPage
    }
  }
  tenantPolicy(kind: PRICING) {
    version
    document
  }
}
    fragment CatalogCategoryFields on Category {
  id
  slug
  name
  names {
    de
    fr
    it
    en
  }
  position
  active
}`) as unknown as TypedDocumentString<CatalogEditorQuery, CatalogEditorQueryVariables>;
export const CatalogServicesDocument = new TypedDocumentString(`
    query CatalogServices {
  catalogServices(first: 100) {
    edges {
      node {
        ...CatalogServiceFields
      }
    }
    pageInfo {
      hasNextPage
    }
  }
}
    fragment CatalogServiceFields on Service {
  id
  categoryId
  slug
  name
  names {
    de
    fr
    it
    en
  }
  descriptions {
    de
    fr
    it
    en
  }
  pricingMode
  remoteHelp
  estimatedDurationMinutes
  position
  active
  archivedAt
  price {
    currency
    mode
    fixedPriceMinor
    hourlyRateMinMinor
    hourlyRateMaxMinor
  }
}`) as unknown as TypedDocumentString<CatalogServicesQuery, CatalogServicesQueryVariables>;
export const CatalogCreateCategoryDocument = new TypedDocumentString(`
    mutation CatalogCreateCategory($input: CreateCategoryInput!) {
  createCategory(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<CatalogCreateCategoryMutation, CatalogCreateCategoryMutationVariables>;
export const CatalogUpdateCategoryDocument = new TypedDocumentString(`
    mutation CatalogUpdateCategory($id: ID!, $input: UpdateCategoryInput!) {
  updateCategory(id: $id, input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<CatalogUpdateCategoryMutation, CatalogUpdateCategoryMutationVariables>;
export const CatalogCreateServiceDocument = new TypedDocumentString(`
    mutation CatalogCreateService($input: CreateServiceInput!) {
  createService(input: $input) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<CatalogCreateServiceMutation, CatalogCreateServiceMutationVariables>;
export const CatalogUpdateServiceDocument = new TypedDocumentString(`
    mutation CatalogUpdateService($id: ID!, $input: UpdateServiceInput!) {
  updateService(id: $id, input: $input) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<CatalogUpdateServiceMutation, CatalogUpdateServiceMutationVariables>;
export const CatalogArchiveServiceDocument = new TypedDocumentString(`
    mutation CatalogArchiveService($id: ID!) {
  archiveService(id: $id) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<CatalogArchiveServiceMutation, CatalogArchiveServiceMutationVariables>;
export const ConsoleDashboardDocument = new TypedDocumentString(`
    query ConsoleDashboard($filter: AnalyticsFilterInput!) {
  operatorAnalytics(filter: $filter) {
    volume {
      posted
      booked
      byStatus {
        status
        posted
        booked
      }
    }
    rating {
      average
      count
    }
    firstResponse {
      medianSeconds
      withinSlaPercent
    }
    byService {
      ...DashboardBreakdown
    }
    byPostalArea {
      ...DashboardBreakdown
    }
  }
  helpersOnShift {
    count
    onJob
  }
  open: requests(first: 50, status: OPEN) {
    ...DashboardWaiting
  }
  offered: requests(first: 50, status: OFFERED) {
    ...DashboardWaiting
  }
  escalated: requests(first: 50, status: ESCALATED) {
    ...DashboardWaiting
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
    fragment DashboardBreakdown on AnalyticsBreakdown {
  key
  posted
  booked
  firstResponse {
    withinSlaPercent
  }
}
fragment DashboardWaiting on RequestConnection {
  edges {
    node {
      id
      status
      serviceId
      postalCode
      createdAt
      expiresAt
      firstResponseDueAt
    }
  }
  pageInfo {
    hasNextPage
  }
}`) as unknown as TypedDocumentString<ConsoleDashboardQuery, ConsoleDashboardQueryVariables>;
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
    countryCode
    postalCode
    description
    remoteFirst
    createdAt
    expiresAt
    appointmentId
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
      mode
      wave
      rank
      status
      offeredAt
      answeredAt
      reason
    }
  }
  requestPayment(requestId: $id) {
    id
    provider
    status
    currency
    amountMinor
    subtotalMinor
    customerFeeMinor
    capturedMinor
    refundedMinor
    capturedAt
    refunds {
      id
      amountMinor
      currency
      status
      reason
      failureMessage
      createdAt
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
export const ConsoleAppointmentDocument = new TypedDocumentString(`
    query ConsoleAppointment($id: ID!) {
  appointment(id: $id) {
    id
    helperId
    status
    mode
    startsAt
    endsAt
  }
}
    `) as unknown as TypedDocumentString<ConsoleAppointmentQuery, ConsoleAppointmentQueryVariables>;
export const ConsoleNeedVisitDocument = new TypedDocumentString(`
    mutation ConsoleNeedVisit($appointmentId: ID!, $note: String) {
  needVisit(appointmentId: $appointmentId, note: $note) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<ConsoleNeedVisitMutation, ConsoleNeedVisitMutationVariables>;
export const ConsoleHelperNameDocument = new TypedDocumentString(`
    query ConsoleHelperName($id: ID!) {
  helper(id: $id) {
    id
    displayName
  }
}
    `) as unknown as TypedDocumentString<ConsoleHelperNameQuery, ConsoleHelperNameQueryVariables>;
export const ConsoleFreeHelpersDocument = new TypedDocumentString(`
    query ConsoleFreeHelpers($serviceId: ID!, $postalCode: String!, $countryCode: String, $window: SearchWindowInput) {
  searchHelpers(
    serviceId: $serviceId
    postalCode: $postalCode
    countryCode: $countryCode
    window: $window
    first: 50
  ) {
    edges {
      node {
        helper {
          id
          displayName
        }
        distanceKm
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleFreeHelpersQuery, ConsoleFreeHelpersQueryVariables>;
export const ConsoleReassignAppointmentDocument = new TypedDocumentString(`
    mutation ConsoleReassignAppointment($appointmentId: ID!, $helperId: ID!, $reason: String!) {
  reassignAppointment(
    appointmentId: $appointmentId
    helperId: $helperId
    reason: $reason
  ) {
    id
    helperId
    startsAt
  }
}
    `) as unknown as TypedDocumentString<ConsoleReassignAppointmentMutation, ConsoleReassignAppointmentMutationVariables>;
export const ConsoleRefundPaymentDocument = new TypedDocumentString(`
    mutation ConsoleRefundPayment($input: RefundPaymentInput!) {
  refundPayment(input: $input) {
    id
    amountMinor
    currency
    status
  }
}
    `) as unknown as TypedDocumentString<ConsoleRefundPaymentMutation, ConsoleRefundPaymentMutationVariables>;
export const ConsoleRefundRequestDocument = new TypedDocumentString(`
    mutation ConsoleRefundRequest($requestId: ID!, $reason: String!) {
  refundRequest(requestId: $requestId, reason: $reason) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<ConsoleRefundRequestMutation, ConsoleRefundRequestMutationVariables>;
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
    query ConsoleReviews($hidden: Boolean, $after: String) {
  reviews(first: 50, hidden: $hidden, after: $after) {
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
      endCursor
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
export const ConsoleSiteHelpersDocument = new TypedDocumentString(`
    query ConsoleSiteHelpers($status: HelperStatus, $search: String, $after: String) {
  siteHelpers(status: $status, search: $search, first: 20, after: $after) {
    edges {
      node {
        id
        displayName
        status
        statusChangedAt
        suspensionReason
        homePostalCode
        tier
        rating
        reviewCount
        skills
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleSiteHelpersQuery, ConsoleSiteHelpersQueryVariables>;
export const ConsoleSuspendHelperDocument = new TypedDocumentString(`
    mutation ConsoleSuspendHelper($helperId: ID!, $reason: String!) {
  suspendHelper(helperId: $helperId, reason: $reason) {
    helperId
    status
    statusChangedAt
    suspensionReason
  }
}
    `) as unknown as TypedDocumentString<ConsoleSuspendHelperMutation, ConsoleSuspendHelperMutationVariables>;
export const ConsoleReinstateHelperDocument = new TypedDocumentString(`
    mutation ConsoleReinstateHelper($helperId: ID!) {
  reinstateHelper(helperId: $helperId) {
    helperId
    status
    statusChangedAt
    suspensionReason
  }
}
    `) as unknown as TypedDocumentString<ConsoleReinstateHelperMutation, ConsoleReinstateHelperMutationVariables>;
export const ConsoleHelperPayoutsDocument = new TypedDocumentString(`
    query ConsoleHelperPayouts($after: String) {
  helperPayouts(first: 20, after: $after) {
    edges {
      node {
        id
        helperId
        providerPayoutId
        amountMinor
        currency
        status
        arrivalDate
        createdAt
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleHelperPayoutsQuery, ConsoleHelperPayoutsQueryVariables>;
export const ConsolePayoutHelpersDocument = new TypedDocumentString(`
    query ConsolePayoutHelpers($ids: [ID!]!) {
  siteHelpers(ids: $ids, first: 100) {
    edges {
      node {
        id
        displayName
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ConsolePayoutHelpersQuery, ConsolePayoutHelpersQueryVariables>;
export const ConsoleReconciliationReportsDocument = new TypedDocumentString(`
    query ConsoleReconciliationReports($after: String) {
  reconciliationReports(first: 20, after: $after) {
    edges {
      node {
        id
        periodFrom
        periodTo
        status
        checkedCount
        differenceCount
        requestedBy
        createdAt
        completedAt
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleReconciliationReportsQuery, ConsoleReconciliationReportsQueryVariables>;
export const ConsoleReconciliationReportDocument = new TypedDocumentString(`
    query ConsoleReconciliationReport($id: ID!) {
  reconciliationReport(id: $id) {
    id
    periodFrom
    periodTo
    status
    checkedCount
    differenceCount
    failureMessage
    createdAt
    completedAt
    differences {
      kind
      object
      stripeId
      paymentId
      stripeAmountMinor
      ledgerAmountMinor
      currency
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleReconciliationReportQuery, ConsoleReconciliationReportQueryVariables>;
export const ConsoleReconcilePaymentsDocument = new TypedDocumentString(`
    mutation ConsoleReconcilePayments($from: DateTime!, $to: DateTime!) {
  reconcilePayments(from: $from, to: $to) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<ConsoleReconcilePaymentsMutation, ConsoleReconcilePaymentsMutationVariables>;
export const ConsolePoliciesDocument = new TypedDocumentString(`
    query ConsolePolicies {
  pricing: tenantPolicy(kind: PRICING) {
    ...PolicyVersionFields
  }
  vetting: tenantPolicy(kind: VETTING) {
    ...PolicyVersionFields
  }
  sla: tenantPolicy(kind: SLA) {
    ...PolicyVersionFields
  }
  cancellation: tenantPolicy(kind: CANCELLATION) {
    ...PolicyVersionFields
  }
  payouts: tenantPolicy(kind: PAYOUTS) {
    ...PolicyVersionFields
  }
  rewards: tenantPolicy(kind: REWARDS) {
    ...PolicyVersionFields
  }
  reviews: tenantPolicy(kind: REVIEWS) {
    ...PolicyVersionFields
  }
  branding: tenantPolicy(kind: BRANDING) {
    ...PolicyVersionFields
  }
}
    fragment PolicyVersionFields on TenantPolicy {
  kind
  version
  document
  createdAt
  createdBy
}`) as unknown as TypedDocumentString<ConsolePoliciesQuery, ConsolePoliciesQueryVariables>;
export const ConsolePolicyHistoryDocument = new TypedDocumentString(`
    query ConsolePolicyHistory($kind: PolicyKind!, $after: String) {
  tenantPolicyHistory(kind: $kind, first: 20, after: $after) {
    totalCount
    edges {
      node {
        ...PolicyVersionFields
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    fragment PolicyVersionFields on TenantPolicy {
  kind
  version
  document
  createdAt
  createdBy
}`) as unknown as TypedDocumentString<ConsolePolicyHistoryQuery, ConsolePolicyHistoryQueryVariables>;
export const ConsoleUpdatePolicyDocument = new TypedDocumentString(`
    mutation ConsoleUpdatePolicy($kind: PolicyKind!, $document: PolicyDocument!) {
  updatePolicy(kind: $kind, document: $document) {
    ...PolicyVersionFields
  }
}
    fragment PolicyVersionFields on TenantPolicy {
  kind
  version
  document
  createdAt
  createdBy
}`) as unknown as TypedDocumentString<ConsoleUpdatePolicyMutation, ConsoleUpdatePolicyMutationVariables>;
export const CustomerSearchHelpersDocument = new TypedDocumentString(`
    query CustomerSearchHelpers($postalCode: String!, $serviceId: ID!, $first: Int, $window: SearchWindowInput, $minRating: Float, $maxPriceMinor: Int) {
  searchHelpers(
    postalCode: $postalCode
    serviceId: $serviceId
    first: $first
    window: $window
    minRating: $minRating
    maxPriceMinor: $maxPriceMinor
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
    payments {
      provider
      stripePublishableKey
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
        remoteHelp
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
export const AuthorizePaymentDocument = new TypedDocumentString(`
    mutation AuthorizePayment($input: AuthorizePaymentInput!) {
  authorizePayment(input: $input) {
    status
  }
}
    `) as unknown as TypedDocumentString<AuthorizePaymentMutation, AuthorizePaymentMutationVariables>;
export const PostRequestDocument = new TypedDocumentString(`
    mutation PostRequest($input: PostRequestInput!) {
  postRequest(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<PostRequestMutation, PostRequestMutationVariables>;
export const RequestOffersDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<RequestOffersQuery, RequestOffersQueryVariables>;
export const OfferHelperDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<OfferHelperQuery, OfferHelperQueryVariables>;
export const ChooseOfferDocument = new TypedDocumentString(`
    mutation ChooseOffer($offerId: ID!, $startsAt: DateTime!) {
  chooseOffer(offerId: $offerId, startsAt: $startsAt) {
    id
  }
}
    `) as unknown as TypedDocumentString<ChooseOfferMutation, ChooseOfferMutationVariables>;
export const DeclineOfferDocument = new TypedDocumentString(`
    mutation DeclineOffer($offerId: ID!) {
  declineOffer(offerId: $offerId) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<DeclineOfferMutation, DeclineOfferMutationVariables>;
export const BookingQuoteDocument = new TypedDocumentString(`
    query BookingQuote($helperId: ID!, $serviceId: ID!) {
  bookingQuote(helperId: $helperId, serviceId: $serviceId) {
    currency
    subtotalMinor
    customerFeeMinor
    customerTotalMinor
  }
}
    `) as unknown as TypedDocumentString<BookingQuoteQuery, BookingQuoteQueryVariables>;
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
        mode
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
export const HelperNeedVisitDocument = new TypedDocumentString(`
    mutation HelperNeedVisit($appointmentId: ID!, $note: String) {
  needVisit(appointmentId: $appointmentId, note: $note) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<HelperNeedVisitMutation, HelperNeedVisitMutationVariables>;
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
export const HelperBecomeHelperDocument = new TypedDocumentString(`
    mutation HelperBecomeHelper($input: BecomeHelperInput) {
  becomeHelper(input: $input) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<HelperBecomeHelperMutation, HelperBecomeHelperMutationVariables>;
export const HelperAppOffersDocument = new TypedDocumentString(`
    query HelperAppOffers {
  myDispatchOffers(status: PENDING, first: 50) {
    edges {
      node {
        requestId
        serviceName
        postalCode
        distanceKm
        mode
        description
        offeredAt
        expiresAt
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
        remoteFirst
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
    mode
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
    photoUrl
    languages
    offersRemoteHelp
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
    exceptions {
      ...HelperAppException
    }
  }
}
    fragment HelperAppException on AvailabilityException {
  date
  dayOff
  note
  windows {
    start
    end
  }
}`) as unknown as TypedDocumentString<HelperAppProfileQuery, HelperAppProfileQueryVariables>;
export const HelperSetExceptionDocument = new TypedDocumentString(`
    mutation HelperSetException($date: String!, $dayOff: Boolean, $windows: [AvailabilityWindowInput!], $note: String) {
  setMyAvailabilityException(
    date: $date
    dayOff: $dayOff
    windows: $windows
    note: $note
  ) {
    exceptions {
      ...HelperAppException
    }
  }
}
    fragment HelperAppException on AvailabilityException {
  date
  dayOff
  note
  windows {
    start
    end
  }
}`) as unknown as TypedDocumentString<HelperSetExceptionMutation, HelperSetExceptionMutationVariables>;
export const HelperRemoveExceptionDocument = new TypedDocumentString(`
    mutation HelperRemoveException($date: String!) {
  removeMyAvailabilityException(date: $date) {
    exceptions {
      ...HelperAppException
    }
  }
}
    fragment HelperAppException on AvailabilityException {
  date
  dayOff
  note
  windows {
    start
    end
  }
}`) as unknown as TypedDocumentString<HelperRemoveExceptionMutation, HelperRemoveExceptionMutationVariables>;
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
export const HelperAppJobDocument = new TypedDocumentString(`
    query HelperAppJob($requestId: ID!) {
  requestConversations(requestId: $requestId) {
    helperId
    counterpartName
    canSend
    contactsShared
    unreadCount
  }
  request(id: $requestId) {
    serviceId
    postalCode
    description
    windows {
      from
      to
    }
  }
}
    `) as unknown as TypedDocumentString<HelperAppJobQuery, HelperAppJobQueryVariables>;
export const HelperAppJobAppointmentsDocument = new TypedDocumentString(`
    query HelperAppJobAppointments($after: String) {
  myAppointments(first: 100, after: $after) {
    edges {
      node {
        id
        helperId
        serviceId
        requestId
        startsAt
        endsAt
        status
        mode
        completionNote
        onTheWayAt
        startedAt
        createdAt
        price {
          currency
          customerTotalMinor
          helperPayoutMinor
        }
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<HelperAppJobAppointmentsQuery, HelperAppJobAppointmentsQueryVariables>;
export const HelperAppJobContactsDocument = new TypedDocumentString(`
    query HelperAppJobContacts($requestId: ID!) {
  requestContacts(requestId: $requestId) {
    displayName
    email
    phone
  }
}
    `) as unknown as TypedDocumentString<HelperAppJobContactsQuery, HelperAppJobContactsQueryVariables>;
export const HelperAppJobMessagesDocument = new TypedDocumentString(`
    query HelperAppJobMessages($requestId: ID!) {
  requestMessages(requestId: $requestId, first: 100) {
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
    `) as unknown as TypedDocumentString<HelperAppJobMessagesQuery, HelperAppJobMessagesQueryVariables>;
export const HelperSendMessageDocument = new TypedDocumentString(`
    mutation HelperSendMessage($requestId: ID!, $body: String!) {
  sendMessage(requestId: $requestId, body: $body) {
    id
  }
}
    `) as unknown as TypedDocumentString<HelperSendMessageMutation, HelperSendMessageMutationVariables>;
export const HelperMarkReadDocument = new TypedDocumentString(`
    mutation HelperMarkRead($requestId: ID!) {
  markConversationRead(requestId: $requestId) {
    unreadCount
  }
}
    `) as unknown as TypedDocumentString<HelperMarkReadMutation, HelperMarkReadMutationVariables>;