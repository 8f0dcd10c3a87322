// The operator console's GraphQL operations; `npm run web:codegen` types them from apps/api/schema.gql.
import { graphql } from '../graphql/generated/gql';

export const ConsoleDashboardQuery = graphql(`
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
  }
`);

export const ConsoleBrandingQuery = graphql(`
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
`);

export const UpdateBrandingMutation = graphql(`
  mutation UpdateBranding($input: BrandingInput!) {
    updateBranding(input: $input) {
      version
      document
    }
  }
`);

export const ConsoleRequestsQuery = graphql(`
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
`);

export const ConsoleRequestQuery = graphql(`
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
`);

export const AssignRequestMutation = graphql(`
  mutation ConsoleAssignRequest($requestId: ID!, $helperId: ID!, $reason: String) {
    assignRequest(requestId: $requestId, helperId: $helperId, reason: $reason) {
      id
      startsAt
    }
  }
`);

export const CancelRequestMutation = graphql(`
  mutation ConsoleCancelRequest($requestId: ID!, $reason: String) {
    cancelRequest(requestId: $requestId, reason: $reason) {
      id
      status
    }
  }
`);

export const ConsoleAppointmentQuery = graphql(`
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
`);

export const ConsoleNeedVisitMutation = graphql(`
  mutation ConsoleNeedVisit($appointmentId: ID!, $note: String) {
    needVisit(appointmentId: $appointmentId, note: $note) {
      id
      status
    }
  }
`);

/** Only approved helpers have a public profile: a name that fails to load is shown as unknown. */
export const ConsoleHelperNameQuery = graphql(`
  query ConsoleHelperName($id: ID!) {
    helper(id: $id) {
      id
      displayName
    }
  }
`);

export const ConsoleFreeHelpersQuery = graphql(`
  query ConsoleFreeHelpers($serviceId: ID!, $postalCode: String!, $countryCode: String, $window: SearchWindowInput) {
    searchHelpers(serviceId: $serviceId, postalCode: $postalCode, countryCode: $countryCode, window: $window, first: 50) {
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
`);

export const ReassignAppointmentMutation = graphql(`
  mutation ConsoleReassignAppointment($appointmentId: ID!, $helperId: ID!, $reason: String!) {
    reassignAppointment(appointmentId: $appointmentId, helperId: $helperId, reason: $reason) {
      id
      helperId
      startsAt
    }
  }
`);

export const RefundPaymentMutation = graphql(`
  mutation ConsoleRefundPayment($input: RefundPaymentInput!) {
    refundPayment(input: $input) {
      id
      amountMinor
      currency
      status
    }
  }
`);

export const RefundRequestMutation = graphql(`
  mutation ConsoleRefundRequest($requestId: ID!, $reason: String!) {
    refundRequest(requestId: $requestId, reason: $reason) {
      id
      status
    }
  }
`);

export const VettingQueueQuery = graphql(`
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
`);

export const DecideVettingStepMutation = graphql(`
  mutation ConsoleDecideVettingStep($helperId: ID!, $stepKey: String!, $decision: VettingDecision!, $note: String) {
    decideVettingStep(helperId: $helperId, stepKey: $stepKey, decision: $decision, note: $note) {
      helperId
      status
      steps {
        key
        status
        decisionNote
      }
    }
  }
`);

export const IncidentsQuery = graphql(`
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
`);

export const IncidentQuery = graphql(`
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
`);

export const MarkKnownOutageMutation = graphql(`
  mutation ConsoleMarkKnownOutage($id: ID!, $message: OutageMessageInput!) {
    markIncidentKnownOutage(id: $id, message: $message) {
      id
      status
    }
  }
`);

export const CloseIncidentMutation = graphql(`
  mutation ConsoleCloseIncident($id: ID!, $note: String) {
    closeIncident(id: $id, note: $note) {
      id
      status
      outcome
    }
  }
`);

export const ReviewsQuery = graphql(`
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
`);

export const HideReviewMutation = graphql(`
  mutation ConsoleHideReview($reviewId: ID!, $reason: String!) {
    hideReview(reviewId: $reviewId, reason: $reason) {
      id
      hidden
      hiddenAt
      hiddenReason
    }
  }
`);

export const UnhideReviewMutation = graphql(`
  mutation ConsoleUnhideReview($reviewId: ID!, $reason: String!) {
    unhideReview(reviewId: $reviewId, reason: $reason) {
      id
      hidden
      hiddenAt
      hiddenReason
    }
  }
`);

export const NotificationTemplatesQuery = graphql(`
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
`);

export const PreviewNotificationTemplateQuery = graphql(`
  query ConsolePreviewNotificationTemplate($input: NotificationTemplateInput!) {
    previewNotificationTemplate(input: $input) {
      subject
      body
    }
  }
`);

export const SaveNotificationTemplateMutation = graphql(`
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
`);

export const ResetNotificationTemplateMutation = graphql(`
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
`);

export const WebhookEndpointsQuery = graphql(`
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
`);

export const CreateWebhookEndpointMutation = graphql(`
  mutation ConsoleCreateWebhookEndpoint($input: CreateWebhookEndpointInput!) {
    createWebhookEndpoint(input: $input) {
      secret
      endpoint {
        id
      }
    }
  }
`);

export const UpdateWebhookEndpointMutation = graphql(`
  mutation ConsoleUpdateWebhookEndpoint($id: ID!, $input: UpdateWebhookEndpointInput!) {
    updateWebhookEndpoint(id: $id, input: $input) {
      id
      enabled
      eventTypes
    }
  }
`);

export const RotateWebhookSecretMutation = graphql(`
  mutation ConsoleRotateWebhookSecret($id: ID!) {
    rotateWebhookSecret(id: $id) {
      secret
      endpoint {
        id
      }
    }
  }
`);

export const DeleteWebhookEndpointMutation = graphql(`
  mutation ConsoleDeleteWebhookEndpoint($id: ID!) {
    deleteWebhookEndpoint(id: $id)
  }
`);

export const NotificationLogQuery = graphql(`
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
`);

export const ReplayDeliveryMutation = graphql(`
  mutation ConsoleReplayDelivery($id: ID!) {
    replayNotificationDelivery(id: $id) {
      id
      status
      replays
    }
  }
`);
