// The helper app's GraphQL operations; `npm run web:codegen` types them from apps/api/schema.gql.
import { graphql } from '../graphql/generated/gql';

export const HelperServicesQuery = graphql(`
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
`);

export const HelperHomeQuery = graphql(`
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
`);

export const HelperStartMutation = graphql(`
  mutation HelperStart($appointmentId: ID!) {
    startAppointment(appointmentId: $appointmentId) {
      id
      status
    }
  }
`);

export const HelperOnMyWayMutation = graphql(`
  mutation HelperOnMyWay($appointmentId: ID!) {
    markOnMyWay(appointmentId: $appointmentId) {
      id
      onTheWayAt
    }
  }
`);

export const HelperCompleteMutation = graphql(`
  mutation HelperComplete($appointmentId: ID!, $note: String) {
    completeAppointment(appointmentId: $appointmentId, note: $note) {
      id
      status
    }
  }
`);

// The call found the job needs hands on: it goes back to dispatch for a visit on site.
export const HelperNeedVisitMutation = graphql(`
  mutation HelperNeedVisit($appointmentId: ID!, $note: String) {
    needVisit(appointmentId: $appointmentId, note: $note) {
      id
      status
    }
  }
`);

export const HelperSignUpMutation = graphql(`
  mutation HelperSignUp($displayName: String!, $email: String!, $password: String!, $locale: String) {
    signUp(displayName: $displayName, email: $email, password: $password, locale: $locale, role: HELPER) {
      accessToken
    }
  }
`);

export const HelperBecomeHelperMutation = graphql(`
  mutation HelperBecomeHelper($input: BecomeHelperInput) {
    becomeHelper(input: $input) {
      id
      status
    }
  }
`);

export const HelperOffersQuery = graphql(`
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
`);

export const HelperAcceptOfferMutation = graphql(`
  mutation HelperAcceptOffer($requestId: ID!) {
    acceptDispatchOffer(requestId: $requestId) {
      id
      startsAt
      mode
    }
  }
`);

export const HelperDeclineOfferMutation = graphql(`
  mutation HelperDeclineOffer($requestId: ID!) {
    declineDispatchOffer(requestId: $requestId) {
      requestId
      status
    }
  }
`);

export const HelperMakeOfferMutation = graphql(`
  mutation HelperMakeOffer($requestId: ID!, $priceMinor: Int) {
    makeOffer(requestId: $requestId, priceMinor: $priceMinor) {
      id
      priceMinor
      customerTotalMinor
    }
  }
`);

export const HelperProfileQuery = graphql(`
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
`);

export const HelperExceptionFragment = graphql(`
  fragment HelperAppException on AvailabilityException {
    date
    dayOff
    note
    windows {
      start
      end
    }
  }
`);

export const HelperSetExceptionMutation = graphql(`
  mutation HelperSetException($date: String!, $dayOff: Boolean, $windows: [AvailabilityWindowInput!], $note: String) {
    setMyAvailabilityException(date: $date, dayOff: $dayOff, windows: $windows, note: $note) {
      exceptions {
        ...HelperAppException
      }
    }
  }
`);

export const HelperRemoveExceptionMutation = graphql(`
  mutation HelperRemoveException($date: String!) {
    removeMyAvailabilityException(date: $date) {
      exceptions {
        ...HelperAppException
      }
    }
  }
`);

export const HelperUpdateProfileMutation = graphql(`
  mutation HelperUpdateProfile($input: UpdateHelperProfileInput!) {
    updateMyHelperProfile(input: $input) {
      id
    }
  }
`);

export const HelperSetSkillsMutation = graphql(`
  mutation HelperSetSkills($skills: [HelperSkillInput!]!) {
    setMySkills(skills: $skills) {
      id
    }
  }
`);

export const HelperSetWeekMutation = graphql(`
  mutation HelperSetWeek($slots: [WeeklySlotInput!]!) {
    setMyWeeklyAvailability(slots: $slots) {
      timezone
    }
  }
`);

export const HelperEarningsQuery = graphql(`
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
`);

export const HelperStartPayoutsMutation = graphql(`
  mutation HelperStartPayouts {
    startPayoutOnboarding {
      status
      onboardingUrl
    }
  }
`);

export const HelperReviewsQuery = graphql(`
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
`);

export const HelperSubmitStepMutation = graphql(`
  mutation HelperSubmitStep($stepKey: String!, $evidence: VettingEvidenceInput!) {
    submitVettingStep(stepKey: $stepKey, evidence: $evidence) {
      status
    }
  }
`);

// A job's page. The API gives a helper no `request(id)`: the request's text and windows come from the
// dispatch offer or the open request the helper answered; the conversation says whether the booking
// is theirs (contactsShared) and whether they may still write.
export const HelperJobQuery = graphql(`
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
`);

/** The helper's appointments a page at a time, earliest first: the job page looks for its request's. */
export const HelperJobAppointmentsQuery = graphql(`
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
`);

export const HelperJobContactsQuery = graphql(`
  query HelperAppJobContacts($requestId: ID!) {
    requestContacts(requestId: $requestId) {
      displayName
      email
      phone
    }
  }
`);

// A helper's conversation is implied by the request: helperId is left out.
export const HelperJobMessagesQuery = graphql(`
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
`);

export const HelperSendMessageMutation = graphql(`
  mutation HelperSendMessage($requestId: ID!, $body: String!) {
    sendMessage(requestId: $requestId, body: $body) {
      id
    }
  }
`);

export const HelperMarkReadMutation = graphql(`
  mutation HelperMarkRead($requestId: ID!) {
    markConversationRead(requestId: $requestId) {
      unreadCount
    }
  }
`);
