// The operator console's GraphQL operations; `npm run web:codegen` types them from apps/api/schema.gql.
import { graphql } from '../graphql/generated/gql';

export const ConsoleDashboardQuery = graphql(`
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
