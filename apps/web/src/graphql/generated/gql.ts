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
    "\n  query CatalogEditor {\n    catalogCategories(first: 100) {\n      edges {\n        node {\n          ...CatalogCategoryFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n    tenantPolicy(kind: PRICING) {\n      version\n      document\n    }\n  }\n": typeof types.CatalogEditorDocument,
    "\n  query CatalogServices {\n    catalogServices(first: 100) {\n      edges {\n        node {\n          ...CatalogServiceFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n": typeof types.CatalogServicesDocument,
    "\n  fragment CatalogCategoryFields on Category {\n    id\n    slug\n    name\n    names {\n      de\n      fr\n      it\n      en\n    }\n    position\n    active\n  }\n": typeof types.CatalogCategoryFieldsFragmentDoc,
    "\n  fragment CatalogServiceFields on Service {\n    id\n    categoryId\n    slug\n    name\n    names {\n      de\n      fr\n      it\n      en\n    }\n    descriptions {\n      de\n      fr\n      it\n      en\n    }\n    pricingMode\n    remoteHelp\n    estimatedDurationMinutes\n    position\n    active\n    archivedAt\n    price {\n      currency\n      mode\n      fixedPriceMinor\n      hourlyRateMinMinor\n      hourlyRateMaxMinor\n    }\n  }\n": typeof types.CatalogServiceFieldsFragmentDoc,
    "\n  mutation CatalogCreateCategory($input: CreateCategoryInput!) {\n    createCategory(input: $input) {\n      id\n    }\n  }\n": typeof types.CatalogCreateCategoryDocument,
    "\n  mutation CatalogUpdateCategory($id: ID!, $input: UpdateCategoryInput!) {\n    updateCategory(id: $id, input: $input) {\n      id\n    }\n  }\n": typeof types.CatalogUpdateCategoryDocument,
    "\n  mutation CatalogCreateService($input: CreateServiceInput!) {\n    createService(input: $input) {\n      id\n      name\n    }\n  }\n": typeof types.CatalogCreateServiceDocument,
    "\n  mutation CatalogUpdateService($id: ID!, $input: UpdateServiceInput!) {\n    updateService(id: $id, input: $input) {\n      id\n      name\n    }\n  }\n": typeof types.CatalogUpdateServiceDocument,
    "\n  mutation CatalogArchiveService($id: ID!) {\n    archiveService(id: $id) {\n      id\n      name\n    }\n  }\n": typeof types.CatalogArchiveServiceDocument,
    "\n  query ConsoleDashboard($filter: AnalyticsFilterInput!) {\n    operatorAnalytics(filter: $filter) {\n      volume {\n        posted\n        booked\n        byStatus {\n          status\n          posted\n          booked\n        }\n      }\n      rating {\n        average\n        count\n      }\n      firstResponse {\n        medianSeconds\n        withinSlaPercent\n      }\n      byService {\n        ...DashboardBreakdown\n      }\n      byPostalArea {\n        ...DashboardBreakdown\n      }\n    }\n    helpersOnShift {\n      count\n      onJob\n    }\n    open: requests(first: 50, status: OPEN) {\n      ...DashboardWaiting\n    }\n    offered: requests(first: 50, status: OFFERED) {\n      ...DashboardWaiting\n    }\n    escalated: requests(first: 50, status: ESCALATED) {\n      ...DashboardWaiting\n    }\n    catalogServices(first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n    tenantPolicy(kind: SLA) {\n      document\n    }\n  }\n\n  fragment DashboardBreakdown on AnalyticsBreakdown {\n    key\n    posted\n    booked\n    firstResponse {\n      withinSlaPercent\n    }\n  }\n\n  fragment DashboardWaiting on RequestConnection {\n    edges {\n      node {\n        id\n        status\n        serviceId\n        postalCode\n        createdAt\n        expiresAt\n        firstResponseDueAt\n      }\n    }\n    pageInfo {\n      hasNextPage\n    }\n  }\n": typeof types.ConsoleDashboardDocument,
    "\n  query ConsoleBranding {\n    currentTenant {\n      branding {\n        displayName\n        logoUrl\n        primaryColor\n        accentColor\n        fontFamily\n        badgeName\n      }\n    }\n  }\n": typeof types.ConsoleBrandingDocument,
    "\n  mutation UpdateBranding($input: BrandingInput!) {\n    updateBranding(input: $input) {\n      version\n      document\n    }\n  }\n": typeof types.UpdateBrandingDocument,
    "\n  query ConsoleRequests($status: RequestStatus, $after: String) {\n    requests(first: 50, status: $status, after: $after) {\n      edges {\n        node {\n          id\n          status\n          channel\n          serviceId\n          postalCode\n          description\n          createdAt\n          expiresAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n    catalogServices(first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.ConsoleRequestsDocument,
    "\n  query ConsoleRequest($id: ID!) {\n    request(id: $id) {\n      id\n      status\n      channel\n      serviceId\n      countryCode\n      postalCode\n      description\n      remoteFirst\n      createdAt\n      expiresAt\n      appointmentId\n      windows {\n        from\n        to\n      }\n      knownOutage {\n        incidentId\n        message\n      }\n      timeline {\n        sequence\n        event\n        fromStatus\n        toStatus\n        actorKind\n        reason\n        createdAt\n      }\n    }\n    requestDispatch(requestId: $id) {\n      status\n      wavesSent\n      tiersEntered\n      nextLookAt\n      offers {\n        helperId\n        displayName\n        distanceKm\n        mode\n        wave\n        rank\n        status\n        offeredAt\n        answeredAt\n        reason\n      }\n    }\n    requestPayment(requestId: $id) {\n      id\n      provider\n      status\n      currency\n      amountMinor\n      subtotalMinor\n      customerFeeMinor\n      capturedMinor\n      refundedMinor\n      capturedAt\n      refunds {\n        id\n        amountMinor\n        currency\n        status\n        reason\n        failureMessage\n        createdAt\n      }\n    }\n    catalogServices(first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.ConsoleRequestDocument,
    "\n  mutation ConsoleAssignRequest($requestId: ID!, $helperId: ID!, $reason: String) {\n    assignRequest(requestId: $requestId, helperId: $helperId, reason: $reason) {\n      id\n      startsAt\n    }\n  }\n": typeof types.ConsoleAssignRequestDocument,
    "\n  mutation ConsoleCancelRequest($requestId: ID!, $reason: String) {\n    cancelRequest(requestId: $requestId, reason: $reason) {\n      id\n      status\n    }\n  }\n": typeof types.ConsoleCancelRequestDocument,
    "\n  query ConsoleAppointment($id: ID!) {\n    appointment(id: $id) {\n      id\n      helperId\n      status\n      mode\n      startsAt\n      endsAt\n    }\n  }\n": typeof types.ConsoleAppointmentDocument,
    "\n  mutation ConsoleNeedVisit($appointmentId: ID!, $note: String) {\n    needVisit(appointmentId: $appointmentId, note: $note) {\n      id\n      status\n    }\n  }\n": typeof types.ConsoleNeedVisitDocument,
    "\n  query ConsoleHelperName($id: ID!) {\n    helper(id: $id) {\n      id\n      displayName\n    }\n  }\n": typeof types.ConsoleHelperNameDocument,
    "\n  query ConsoleFreeHelpers($serviceId: ID!, $postalCode: String!, $countryCode: String, $window: SearchWindowInput) {\n    searchHelpers(serviceId: $serviceId, postalCode: $postalCode, countryCode: $countryCode, window: $window, first: 50) {\n      edges {\n        node {\n          helper {\n            id\n            displayName\n          }\n          distanceKm\n        }\n      }\n    }\n  }\n": typeof types.ConsoleFreeHelpersDocument,
    "\n  mutation ConsoleReassignAppointment($appointmentId: ID!, $helperId: ID!, $reason: String!) {\n    reassignAppointment(appointmentId: $appointmentId, helperId: $helperId, reason: $reason) {\n      id\n      helperId\n      startsAt\n    }\n  }\n": typeof types.ConsoleReassignAppointmentDocument,
    "\n  mutation ConsoleRefundPayment($input: RefundPaymentInput!) {\n    refundPayment(input: $input) {\n      id\n      amountMinor\n      currency\n      status\n    }\n  }\n": typeof types.ConsoleRefundPaymentDocument,
    "\n  mutation ConsoleRefundRequest($requestId: ID!, $reason: String!) {\n    refundRequest(requestId: $requestId, reason: $reason) {\n      id\n      status\n    }\n  }\n": typeof types.ConsoleRefundRequestDocument,
    "\n  query ConsoleVettingQueue {\n    vettingQueue(first: 50) {\n      edges {\n        node {\n          helperId\n          displayName\n          status\n          statusChangedAt\n          steps {\n            key\n            name\n            position\n            required\n            status\n            evidenceKind\n            evidenceText\n            evidenceUrl\n            submittedAt\n            decidedAt\n            decisionNote\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n": typeof types.ConsoleVettingQueueDocument,
    "\n  mutation ConsoleDecideVettingStep($helperId: ID!, $stepKey: String!, $decision: VettingDecision!, $note: String) {\n    decideVettingStep(helperId: $helperId, stepKey: $stepKey, decision: $decision, note: $note) {\n      helperId\n      status\n      steps {\n        key\n        status\n        decisionNote\n      }\n    }\n  }\n": typeof types.ConsoleDecideVettingStepDocument,
    "\n  query ConsoleIncidents($status: IncidentStatus) {\n    incidents(first: 50, status: $status) {\n      edges {\n        node {\n          id\n          title\n          area\n          serviceId\n          status\n          requestCount\n          openedAt\n        }\n      }\n    }\n  }\n": typeof types.ConsoleIncidentsDocument,
    "\n  query ConsoleIncident($id: ID!) {\n    incident(id: $id) {\n      id\n      title\n      summary\n      area\n      serviceId\n      status\n      outcome\n      requestCount\n      openedAt\n      knownAt\n      closedAt\n      closeNote\n      message {\n        text\n        de\n        fr\n        it\n        en\n      }\n      requests {\n        id\n        postalCode\n        description\n        createdAt\n      }\n    }\n  }\n": typeof types.ConsoleIncidentDocument,
    "\n  mutation ConsoleMarkKnownOutage($id: ID!, $message: OutageMessageInput!) {\n    markIncidentKnownOutage(id: $id, message: $message) {\n      id\n      status\n    }\n  }\n": typeof types.ConsoleMarkKnownOutageDocument,
    "\n  mutation ConsoleCloseIncident($id: ID!, $note: String) {\n    closeIncident(id: $id, note: $note) {\n      id\n      status\n      outcome\n    }\n  }\n": typeof types.ConsoleCloseIncidentDocument,
    "\n  query ConsoleReviews($hidden: Boolean, $after: String) {\n    reviews(first: 50, hidden: $hidden, after: $after) {\n      edges {\n        node {\n          id\n          authorName\n          authorRole\n          stars\n          text\n          createdAt\n          publishedAt\n          hidden\n          hiddenAt\n          hiddenReason\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.ConsoleReviewsDocument,
    "\n  mutation ConsoleHideReview($reviewId: ID!, $reason: String!) {\n    hideReview(reviewId: $reviewId, reason: $reason) {\n      id\n      hidden\n      hiddenAt\n      hiddenReason\n    }\n  }\n": typeof types.ConsoleHideReviewDocument,
    "\n  mutation ConsoleUnhideReview($reviewId: ID!, $reason: String!) {\n    unhideReview(reviewId: $reviewId, reason: $reason) {\n      id\n      hidden\n      hiddenAt\n      hiddenReason\n    }\n  }\n": typeof types.ConsoleUnhideReviewDocument,
    "\n  query ConsoleNotificationTemplates($kind: String!, $locale: String!) {\n    notificationTemplates(kind: $kind, locale: $locale) {\n      kind\n      channel\n      locale\n      subject\n      body\n      customized\n      updatedAt\n      variables\n    }\n  }\n": typeof types.ConsoleNotificationTemplatesDocument,
    "\n  query ConsolePreviewNotificationTemplate($input: NotificationTemplateInput!) {\n    previewNotificationTemplate(input: $input) {\n      subject\n      body\n    }\n  }\n": typeof types.ConsolePreviewNotificationTemplateDocument,
    "\n  mutation ConsoleSaveNotificationTemplate($input: NotificationTemplateInput!) {\n    saveNotificationTemplate(input: $input) {\n      kind\n      channel\n      locale\n      subject\n      body\n      customized\n      updatedAt\n      variables\n    }\n  }\n": typeof types.ConsoleSaveNotificationTemplateDocument,
    "\n  mutation ConsoleResetNotificationTemplate($kind: String!, $channel: NotificationChannel!, $locale: String!) {\n    resetNotificationTemplate(kind: $kind, channel: $channel, locale: $locale) {\n      kind\n      channel\n      locale\n      subject\n      body\n      customized\n      updatedAt\n      variables\n    }\n  }\n": typeof types.ConsoleResetNotificationTemplateDocument,
    "\n  query ConsoleWebhookEndpoints {\n    webhookEndpoints {\n      id\n      url\n      description\n      enabled\n      eventTypes\n      secretMasked\n      createdAt\n    }\n    webhookEventTypes\n  }\n": typeof types.ConsoleWebhookEndpointsDocument,
    "\n  mutation ConsoleCreateWebhookEndpoint($input: CreateWebhookEndpointInput!) {\n    createWebhookEndpoint(input: $input) {\n      secret\n      endpoint {\n        id\n      }\n    }\n  }\n": typeof types.ConsoleCreateWebhookEndpointDocument,
    "\n  mutation ConsoleUpdateWebhookEndpoint($id: ID!, $input: UpdateWebhookEndpointInput!) {\n    updateWebhookEndpoint(id: $id, input: $input) {\n      id\n      enabled\n      eventTypes\n    }\n  }\n": typeof types.ConsoleUpdateWebhookEndpointDocument,
    "\n  mutation ConsoleRotateWebhookSecret($id: ID!) {\n    rotateWebhookSecret(id: $id) {\n      secret\n      endpoint {\n        id\n      }\n    }\n  }\n": typeof types.ConsoleRotateWebhookSecretDocument,
    "\n  mutation ConsoleDeleteWebhookEndpoint($id: ID!) {\n    deleteWebhookEndpoint(id: $id)\n  }\n": typeof types.ConsoleDeleteWebhookEndpointDocument,
    "\n  query ConsoleNotificationLog($filter: NotificationLogFilter, $after: String) {\n    notificationLog(first: 50, filter: $filter, after: $after) {\n      edges {\n        node {\n          id\n          channel\n          kind\n          address\n          subject\n          status\n          attempts\n          maxAttempts\n          replays\n          lastCode\n          lastError\n          createdAt\n          sentAt\n          failedAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.ConsoleNotificationLogDocument,
    "\n  mutation ConsoleReplayDelivery($id: ID!) {\n    replayNotificationDelivery(id: $id) {\n      id\n      status\n      replays\n    }\n  }\n": typeof types.ConsoleReplayDeliveryDocument,
    "\n  query ConsoleSiteHelpers($status: HelperStatus, $search: String, $after: String) {\n    siteHelpers(status: $status, search: $search, first: 20, after: $after) {\n      edges {\n        node {\n          id\n          displayName\n          status\n          statusChangedAt\n          suspensionReason\n          homePostalCode\n          tier\n          rating\n          reviewCount\n          skills\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.ConsoleSiteHelpersDocument,
    "\n  mutation ConsoleSuspendHelper($helperId: ID!, $reason: String!) {\n    suspendHelper(helperId: $helperId, reason: $reason) {\n      helperId\n      status\n      statusChangedAt\n      suspensionReason\n    }\n  }\n": typeof types.ConsoleSuspendHelperDocument,
    "\n  mutation ConsoleReinstateHelper($helperId: ID!) {\n    reinstateHelper(helperId: $helperId) {\n      helperId\n      status\n      statusChangedAt\n      suspensionReason\n    }\n  }\n": typeof types.ConsoleReinstateHelperDocument,
    "\n  query ConsoleHelperPayouts($after: String) {\n    helperPayouts(first: 20, after: $after) {\n      edges {\n        node {\n          id\n          helperId\n          providerPayoutId\n          amountMinor\n          currency\n          status\n          arrivalDate\n          createdAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.ConsoleHelperPayoutsDocument,
    "\n  query ConsolePayoutHelpers($ids: [ID!]!) {\n    siteHelpers(ids: $ids, first: 100) {\n      edges {\n        node {\n          id\n          displayName\n        }\n      }\n    }\n  }\n": typeof types.ConsolePayoutHelpersDocument,
    "\n  query ConsoleReconciliationReports($after: String) {\n    reconciliationReports(first: 20, after: $after) {\n      edges {\n        node {\n          id\n          periodFrom\n          periodTo\n          status\n          checkedCount\n          differenceCount\n          requestedBy\n          createdAt\n          completedAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.ConsoleReconciliationReportsDocument,
    "\n  query ConsoleReconciliationReport($id: ID!) {\n    reconciliationReport(id: $id) {\n      id\n      periodFrom\n      periodTo\n      status\n      checkedCount\n      differenceCount\n      failureMessage\n      createdAt\n      completedAt\n      differences {\n        kind\n        object\n        stripeId\n        paymentId\n        stripeAmountMinor\n        ledgerAmountMinor\n        currency\n      }\n    }\n  }\n": typeof types.ConsoleReconciliationReportDocument,
    "\n  mutation ConsoleReconcilePayments($from: DateTime!, $to: DateTime!) {\n    reconcilePayments(from: $from, to: $to) {\n      id\n      status\n    }\n  }\n": typeof types.ConsoleReconcilePaymentsDocument,
    "\n  fragment PolicyVersionFields on TenantPolicy {\n    kind\n    version\n    document\n    createdAt\n    createdBy\n  }\n": typeof types.PolicyVersionFieldsFragmentDoc,
    "\n  query ConsolePolicies {\n    pricing: tenantPolicy(kind: PRICING) {\n      ...PolicyVersionFields\n    }\n    vetting: tenantPolicy(kind: VETTING) {\n      ...PolicyVersionFields\n    }\n    sla: tenantPolicy(kind: SLA) {\n      ...PolicyVersionFields\n    }\n    cancellation: tenantPolicy(kind: CANCELLATION) {\n      ...PolicyVersionFields\n    }\n    payouts: tenantPolicy(kind: PAYOUTS) {\n      ...PolicyVersionFields\n    }\n    rewards: tenantPolicy(kind: REWARDS) {\n      ...PolicyVersionFields\n    }\n    reviews: tenantPolicy(kind: REVIEWS) {\n      ...PolicyVersionFields\n    }\n    branding: tenantPolicy(kind: BRANDING) {\n      ...PolicyVersionFields\n    }\n  }\n": typeof types.ConsolePoliciesDocument,
    "\n  query ConsolePolicyHistory($kind: PolicyKind!, $after: String) {\n    tenantPolicyHistory(kind: $kind, first: 20, after: $after) {\n      totalCount\n      edges {\n        node {\n          ...PolicyVersionFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.ConsolePolicyHistoryDocument,
    "\n  mutation ConsoleUpdatePolicy($kind: PolicyKind!, $document: PolicyDocument!) {\n    updatePolicy(kind: $kind, document: $document) {\n      ...PolicyVersionFields\n    }\n  }\n": typeof types.ConsoleUpdatePolicyDocument,
    "\n  query CustomerSearchHelpers($postalCode: String!, $serviceId: ID!, $first: Int, $window: SearchWindowInput, $minRating: Float, $maxPriceMinor: Int) {\n    searchHelpers(postalCode: $postalCode, serviceId: $serviceId, first: $first, window: $window, minRating: $minRating, maxPriceMinor: $maxPriceMinor) {\n      edges {\n        node {\n          helper {\n            id\n            displayName\n            photoUrl\n            badgeName\n          }\n          distanceKm\n          pricingMode\n          priceMinor\n          currency\n          rating\n          reviewCount\n          nextFreeSlot\n          score\n        }\n      }\n    }\n  }\n": typeof types.CustomerSearchHelpersDocument,
    "\n  query SiteTenant {\n    currentTenant {\n      id\n      slug\n      name\n      currency\n      timezone\n      locales\n      defaultLocale\n      branding {\n        displayName\n        logoUrl\n        primaryColor\n        accentColor\n        fontFamily\n        badgeName\n      }\n      payments {\n        provider\n        stripePublishableKey\n      }\n    }\n  }\n": typeof types.SiteTenantDocument,
    "\n  query CustomerCatalog {\n    categories(first: 100) {\n      edges {\n        node {\n          id\n          name\n          position\n        }\n      }\n    }\n    services(first: 100) {\n      edges {\n        node {\n          id\n          categoryId\n          name\n          pricingMode\n          estimatedDurationMinutes\n          remoteHelp\n        }\n      }\n    }\n  }\n": typeof types.CustomerCatalogDocument,
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
    "\n  query CustomerRequest($requestId: ID!) {\n    request(id: $requestId) {\n      id\n      customerId\n      status\n      serviceId\n      postalCode\n      description\n      remoteFirst\n      createdAt\n      windows {\n        from\n        to\n      }\n      knownOutage {\n        message\n      }\n      timeline {\n        sequence\n        event\n        toStatus\n        reason\n        createdAt\n      }\n    }\n    requestPayment(requestId: $requestId) {\n      provider\n      status\n      amountMinor\n      capturedMinor\n      currency\n      cardBrand\n      cardLast4\n      declineCode\n    }\n    myReviews(first: 100) {\n      edges {\n        node {\n          id\n          appointmentId\n          authorId\n          stars\n          text\n        }\n      }\n    }\n    myAppointments(first: 100) {\n      edges {\n        node {\n          id\n          requestId\n          helperId\n          status\n          mode\n          completionNote\n          startsAt\n          endsAt\n          price {\n            customerTotalMinor\n            currency\n          }\n        }\n      }\n    }\n  }\n": typeof types.CustomerRequestDocument,
    "\n  query HelperName($helperId: ID!) {\n    helper(id: $helperId) {\n      id\n      displayName\n      photoUrl\n      badgeName\n    }\n  }\n": typeof types.HelperNameDocument,
    "\n  mutation CancelRequest($requestId: ID!) {\n    cancelRequest(requestId: $requestId) {\n      id\n      status\n    }\n  }\n": typeof types.CancelRequestDocument,
    "\n  query MyRequests {\n    myRequests(first: 20) {\n      edges {\n        node {\n          id\n          status\n          serviceId\n          createdAt\n        }\n      }\n    }\n  }\n": typeof types.MyRequestsDocument,
    "\n  subscription LiveNotifications {\n    notificationReceived {\n      notification {\n        id\n        kind\n        link\n      }\n    }\n  }\n": typeof types.LiveNotificationsDocument,
    "\n  mutation WriteReview($appointmentId: ID!, $stars: Int!, $text: String) {\n    writeReview(appointmentId: $appointmentId, stars: $stars, text: $text) {\n      id\n      appointmentId\n      stars\n      text\n    }\n  }\n": typeof types.WriteReviewDocument,
    "\n  query RequestMessages($requestId: ID!, $helperId: ID!) {\n    requestMessages(requestId: $requestId, helperId: $helperId, first: 100) {\n      edges {\n        node {\n          id\n          body\n          createdAt\n          senderRole\n        }\n      }\n    }\n  }\n": typeof types.RequestMessagesDocument,
    "\n  mutation SendMessage($requestId: ID!, $helperId: ID!, $body: String!) {\n    sendMessage(requestId: $requestId, helperId: $helperId, body: $body) {\n      id\n    }\n  }\n": typeof types.SendMessageDocument,
    "\n  mutation AuthorizePayment($input: AuthorizePaymentInput!) {\n    authorizePayment(input: $input) {\n      status\n    }\n  }\n": typeof types.AuthorizePaymentDocument,
    "\n  mutation PostRequest($input: PostRequestInput!) {\n    postRequest(input: $input) {\n      id\n    }\n  }\n": typeof types.PostRequestDocument,
    "\n  query RequestOffers($requestId: ID!) {\n    offers(requestId: $requestId, first: 50) {\n      edges {\n        node {\n          id\n          helperId\n          kind\n          priceMinor\n          customerTotalMinor\n          currency\n          status\n          createdAt\n        }\n      }\n    }\n  }\n": typeof types.RequestOffersDocument,
    "\n  query OfferHelper($helperId: ID!) {\n    helper(id: $helperId) {\n      id\n      displayName\n      photoUrl\n      badgeName\n      rating\n      reviewCount\n    }\n  }\n": typeof types.OfferHelperDocument,
    "\n  mutation ChooseOffer($offerId: ID!, $startsAt: DateTime!) {\n    chooseOffer(offerId: $offerId, startsAt: $startsAt) {\n      id\n    }\n  }\n": typeof types.ChooseOfferDocument,
    "\n  mutation DeclineOffer($offerId: ID!) {\n    declineOffer(offerId: $offerId) {\n      id\n      status\n    }\n  }\n": typeof types.DeclineOfferDocument,
    "\n  query BookingQuote($helperId: ID!, $serviceId: ID!) {\n    bookingQuote(helperId: $helperId, serviceId: $serviceId) {\n      currency\n      subtotalMinor\n      customerFeeMinor\n      customerTotalMinor\n    }\n  }\n": typeof types.BookingQuoteDocument,
    "\n  query HelperAppServices {\n    services(first: 100) {\n      edges {\n        node {\n          id\n          name\n          pricingMode\n          price {\n            currency\n            fixedPriceMinor\n            hourlyRateMinMinor\n            hourlyRateMaxMinor\n          }\n        }\n      }\n    }\n  }\n": typeof types.HelperAppServicesDocument,
    "\n  query HelperAppHome {\n    myVettingProgress {\n      status\n      suspensionReason\n      steps {\n        key\n        name\n        position\n        required\n        status\n        submittedAt\n        decisionNote\n        expiresAt\n      }\n    }\n    myDispatchOffers(status: PENDING, first: 50) {\n      edges {\n        node {\n          requestId\n        }\n      }\n    }\n    myAppointments(first: 100) {\n      edges {\n        node {\n          id\n          helperId\n          serviceId\n          requestId\n          startsAt\n          endsAt\n          status\n          mode\n          onTheWayAt\n          startedAt\n          completedAt\n          price {\n            currency\n            helperPayoutMinor\n          }\n        }\n      }\n    }\n  }\n": typeof types.HelperAppHomeDocument,
    "\n  mutation HelperStart($appointmentId: ID!) {\n    startAppointment(appointmentId: $appointmentId) {\n      id\n      status\n    }\n  }\n": typeof types.HelperStartDocument,
    "\n  mutation HelperOnMyWay($appointmentId: ID!) {\n    markOnMyWay(appointmentId: $appointmentId) {\n      id\n      onTheWayAt\n    }\n  }\n": typeof types.HelperOnMyWayDocument,
    "\n  mutation HelperComplete($appointmentId: ID!, $note: String) {\n    completeAppointment(appointmentId: $appointmentId, note: $note) {\n      id\n      status\n    }\n  }\n": typeof types.HelperCompleteDocument,
    "\n  mutation HelperNeedVisit($appointmentId: ID!, $note: String) {\n    needVisit(appointmentId: $appointmentId, note: $note) {\n      id\n      status\n    }\n  }\n": typeof types.HelperNeedVisitDocument,
    "\n  mutation HelperSignUp($displayName: String!, $email: String!, $password: String!, $locale: String) {\n    signUp(displayName: $displayName, email: $email, password: $password, locale: $locale, role: HELPER) {\n      accessToken\n    }\n  }\n": typeof types.HelperSignUpDocument,
    "\n  mutation HelperBecomeHelper($input: BecomeHelperInput) {\n    becomeHelper(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.HelperBecomeHelperDocument,
    "\n  query HelperAppOffers {\n    myDispatchOffers(status: PENDING, first: 50) {\n      edges {\n        node {\n          requestId\n          serviceName\n          postalCode\n          distanceKm\n          mode\n          description\n          offeredAt\n          expiresAt\n          firstLook\n          windows {\n            from\n            to\n          }\n        }\n      }\n    }\n    openRequestsForMe(first: 50) {\n      edges {\n        node {\n          id\n          serviceId\n          postalCode\n          distanceKm\n          remoteFirst\n          description\n          expiresAt\n          myOfferId\n          budget {\n            amountMinor\n            currency\n          }\n          windows {\n            from\n            to\n          }\n        }\n      }\n    }\n  }\n": typeof types.HelperAppOffersDocument,
    "\n  mutation HelperAcceptOffer($requestId: ID!) {\n    acceptDispatchOffer(requestId: $requestId) {\n      id\n      startsAt\n      mode\n    }\n  }\n": typeof types.HelperAcceptOfferDocument,
    "\n  mutation HelperDeclineOffer($requestId: ID!) {\n    declineDispatchOffer(requestId: $requestId) {\n      requestId\n      status\n    }\n  }\n": typeof types.HelperDeclineOfferDocument,
    "\n  mutation HelperMakeOffer($requestId: ID!, $priceMinor: Int) {\n    makeOffer(requestId: $requestId, priceMinor: $priceMinor) {\n      id\n      priceMinor\n      customerTotalMinor\n    }\n  }\n": typeof types.HelperMakeOfferDocument,
    "\n  query HelperAppProfile($from: String!, $to: String!) {\n    myHelperProfile {\n      id\n      displayName\n      bio\n      status\n      photoUrl\n      languages\n      offersRemoteHelp\n      serviceArea {\n        postalCode\n        countryCode\n        radiusKm\n        placeNames\n      }\n      skills {\n        serviceId\n        priceMinor\n        pricingMode\n      }\n    }\n    myAvailability(from: $from, to: $to) {\n      timezone\n      weekly {\n        weekday\n        start\n        end\n      }\n      exceptions {\n        ...HelperAppException\n      }\n    }\n  }\n": typeof types.HelperAppProfileDocument,
    "\n  fragment HelperAppException on AvailabilityException {\n    date\n    dayOff\n    note\n    windows {\n      start\n      end\n    }\n  }\n": typeof types.HelperAppExceptionFragmentDoc,
    "\n  mutation HelperSetException($date: String!, $dayOff: Boolean, $windows: [AvailabilityWindowInput!], $note: String) {\n    setMyAvailabilityException(date: $date, dayOff: $dayOff, windows: $windows, note: $note) {\n      exceptions {\n        ...HelperAppException\n      }\n    }\n  }\n": typeof types.HelperSetExceptionDocument,
    "\n  mutation HelperRemoveException($date: String!) {\n    removeMyAvailabilityException(date: $date) {\n      exceptions {\n        ...HelperAppException\n      }\n    }\n  }\n": typeof types.HelperRemoveExceptionDocument,
    "\n  mutation HelperUpdateProfile($input: UpdateHelperProfileInput!) {\n    updateMyHelperProfile(input: $input) {\n      id\n    }\n  }\n": typeof types.HelperUpdateProfileDocument,
    "\n  mutation HelperSetSkills($skills: [HelperSkillInput!]!) {\n    setMySkills(skills: $skills) {\n      id\n    }\n  }\n": typeof types.HelperSetSkillsDocument,
    "\n  mutation HelperSetWeek($slots: [WeeklySlotInput!]!) {\n    setMyWeeklyAvailability(slots: $slots) {\n      timezone\n    }\n  }\n": typeof types.HelperSetWeekDocument,
    "\n  query HelperAppEarnings {\n    myEarnings {\n      currency\n      earnedMinor\n      pendingMinor\n      paidOutMinor\n      frozenMinor\n    }\n    myPayoutAccount {\n      status\n      onboardingUrl\n      payoutsEnabled\n    }\n    myPayouts(first: 20) {\n      edges {\n        node {\n          id\n          amountMinor\n          currency\n          status\n          createdAt\n        }\n      }\n    }\n  }\n": typeof types.HelperAppEarningsDocument,
    "\n  mutation HelperStartPayouts {\n    startPayoutOnboarding {\n      status\n      onboardingUrl\n    }\n  }\n": typeof types.HelperStartPayoutsDocument,
    "\n  query HelperAppReviews {\n    myReviews(first: 50) {\n      edges {\n        node {\n          id\n          subjectId\n          authorName\n          stars\n          text\n          createdAt\n          publishedAt\n        }\n      }\n    }\n  }\n": typeof types.HelperAppReviewsDocument,
    "\n  mutation HelperSubmitStep($stepKey: String!, $evidence: VettingEvidenceInput!) {\n    submitVettingStep(stepKey: $stepKey, evidence: $evidence) {\n      status\n    }\n  }\n": typeof types.HelperSubmitStepDocument,
    "\n  query HelperAppJob($requestId: ID!) {\n    requestConversations(requestId: $requestId) {\n      helperId\n      counterpartName\n      canSend\n      contactsShared\n      unreadCount\n    }\n    request(id: $requestId) {\n      serviceId\n      postalCode\n      description\n      windows {\n        from\n        to\n      }\n    }\n  }\n": typeof types.HelperAppJobDocument,
    "\n  query HelperAppJobAppointments($after: String) {\n    myAppointments(first: 100, after: $after) {\n      edges {\n        node {\n          id\n          helperId\n          serviceId\n          requestId\n          startsAt\n          endsAt\n          status\n          mode\n          completionNote\n          onTheWayAt\n          startedAt\n          createdAt\n          price {\n            currency\n            customerTotalMinor\n            helperPayoutMinor\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.HelperAppJobAppointmentsDocument,
    "\n  query HelperAppJobContacts($requestId: ID!) {\n    requestContacts(requestId: $requestId) {\n      displayName\n      email\n      phone\n    }\n  }\n": typeof types.HelperAppJobContactsDocument,
    "\n  query HelperAppJobMessages($requestId: ID!) {\n    requestMessages(requestId: $requestId, first: 100) {\n      edges {\n        node {\n          id\n          body\n          createdAt\n          senderRole\n        }\n      }\n    }\n  }\n": typeof types.HelperAppJobMessagesDocument,
    "\n  mutation HelperSendMessage($requestId: ID!, $body: String!) {\n    sendMessage(requestId: $requestId, body: $body) {\n      id\n    }\n  }\n": typeof types.HelperSendMessageDocument,
    "\n  mutation HelperMarkRead($requestId: ID!) {\n    markConversationRead(requestId: $requestId) {\n      unreadCount\n    }\n  }\n": typeof types.HelperMarkReadDocument,
};
const documents: Documents = {
    "\n  query CatalogEditor {\n    catalogCategories(first: 100) {\n      edges {\n        node {\n          ...CatalogCategoryFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n    tenantPolicy(kind: PRICING) {\n      version\n      document\n    }\n  }\n": types.CatalogEditorDocument,
    "\n  query CatalogServices {\n    catalogServices(first: 100) {\n      edges {\n        node {\n          ...CatalogServiceFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n": types.CatalogServicesDocument,
    "\n  fragment CatalogCategoryFields on Category {\n    id\n    slug\n    name\n    names {\n      de\n      fr\n      it\n      en\n    }\n    position\n    active\n  }\n": types.CatalogCategoryFieldsFragmentDoc,
    "\n  fragment CatalogServiceFields on Service {\n    id\n    categoryId\n    slug\n    name\n    names {\n      de\n      fr\n      it\n      en\n    }\n    descriptions {\n      de\n      fr\n      it\n      en\n    }\n    pricingMode\n    remoteHelp\n    estimatedDurationMinutes\n    position\n    active\n    archivedAt\n    price {\n      currency\n      mode\n      fixedPriceMinor\n      hourlyRateMinMinor\n      hourlyRateMaxMinor\n    }\n  }\n": types.CatalogServiceFieldsFragmentDoc,
    "\n  mutation CatalogCreateCategory($input: CreateCategoryInput!) {\n    createCategory(input: $input) {\n      id\n    }\n  }\n": types.CatalogCreateCategoryDocument,
    "\n  mutation CatalogUpdateCategory($id: ID!, $input: UpdateCategoryInput!) {\n    updateCategory(id: $id, input: $input) {\n      id\n    }\n  }\n": types.CatalogUpdateCategoryDocument,
    "\n  mutation CatalogCreateService($input: CreateServiceInput!) {\n    createService(input: $input) {\n      id\n      name\n    }\n  }\n": types.CatalogCreateServiceDocument,
    "\n  mutation CatalogUpdateService($id: ID!, $input: UpdateServiceInput!) {\n    updateService(id: $id, input: $input) {\n      id\n      name\n    }\n  }\n": types.CatalogUpdateServiceDocument,
    "\n  mutation CatalogArchiveService($id: ID!) {\n    archiveService(id: $id) {\n      id\n      name\n    }\n  }\n": types.CatalogArchiveServiceDocument,
    "\n  query ConsoleDashboard($filter: AnalyticsFilterInput!) {\n    operatorAnalytics(filter: $filter) {\n      volume {\n        posted\n        booked\n        byStatus {\n          status\n          posted\n          booked\n        }\n      }\n      rating {\n        average\n        count\n      }\n      firstResponse {\n        medianSeconds\n        withinSlaPercent\n      }\n      byService {\n        ...DashboardBreakdown\n      }\n      byPostalArea {\n        ...DashboardBreakdown\n      }\n    }\n    helpersOnShift {\n      count\n      onJob\n    }\n    open: requests(first: 50, status: OPEN) {\n      ...DashboardWaiting\n    }\n    offered: requests(first: 50, status: OFFERED) {\n      ...DashboardWaiting\n    }\n    escalated: requests(first: 50, status: ESCALATED) {\n      ...DashboardWaiting\n    }\n    catalogServices(first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n    tenantPolicy(kind: SLA) {\n      document\n    }\n  }\n\n  fragment DashboardBreakdown on AnalyticsBreakdown {\n    key\n    posted\n    booked\n    firstResponse {\n      withinSlaPercent\n    }\n  }\n\n  fragment DashboardWaiting on RequestConnection {\n    edges {\n      node {\n        id\n        status\n        serviceId\n        postalCode\n        createdAt\n        expiresAt\n        firstResponseDueAt\n      }\n    }\n    pageInfo {\n      hasNextPage\n    }\n  }\n": types.ConsoleDashboardDocument,
    "\n  query ConsoleBranding {\n    currentTenant {\n      branding {\n        displayName\n        logoUrl\n        primaryColor\n        accentColor\n        fontFamily\n        badgeName\n      }\n    }\n  }\n": types.ConsoleBrandingDocument,
    "\n  mutation UpdateBranding($input: BrandingInput!) {\n    updateBranding(input: $input) {\n      version\n      document\n    }\n  }\n": types.UpdateBrandingDocument,
    "\n  query ConsoleRequests($status: RequestStatus, $after: String) {\n    requests(first: 50, status: $status, after: $after) {\n      edges {\n        node {\n          id\n          status\n          channel\n          serviceId\n          postalCode\n          description\n          createdAt\n          expiresAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n    catalogServices(first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.ConsoleRequestsDocument,
    "\n  query ConsoleRequest($id: ID!) {\n    request(id: $id) {\n      id\n      status\n      channel\n      serviceId\n      countryCode\n      postalCode\n      description\n      remoteFirst\n      createdAt\n      expiresAt\n      appointmentId\n      windows {\n        from\n        to\n      }\n      knownOutage {\n        incidentId\n        message\n      }\n      timeline {\n        sequence\n        event\n        fromStatus\n        toStatus\n        actorKind\n        reason\n        createdAt\n      }\n    }\n    requestDispatch(requestId: $id) {\n      status\n      wavesSent\n      tiersEntered\n      nextLookAt\n      offers {\n        helperId\n        displayName\n        distanceKm\n        mode\n        wave\n        rank\n        status\n        offeredAt\n        answeredAt\n        reason\n      }\n    }\n    requestPayment(requestId: $id) {\n      id\n      provider\n      status\n      currency\n      amountMinor\n      subtotalMinor\n      customerFeeMinor\n      capturedMinor\n      refundedMinor\n      capturedAt\n      refunds {\n        id\n        amountMinor\n        currency\n        status\n        reason\n        failureMessage\n        createdAt\n      }\n    }\n    catalogServices(first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.ConsoleRequestDocument,
    "\n  mutation ConsoleAssignRequest($requestId: ID!, $helperId: ID!, $reason: String) {\n    assignRequest(requestId: $requestId, helperId: $helperId, reason: $reason) {\n      id\n      startsAt\n    }\n  }\n": types.ConsoleAssignRequestDocument,
    "\n  mutation ConsoleCancelRequest($requestId: ID!, $reason: String) {\n    cancelRequest(requestId: $requestId, reason: $reason) {\n      id\n      status\n    }\n  }\n": types.ConsoleCancelRequestDocument,
    "\n  query ConsoleAppointment($id: ID!) {\n    appointment(id: $id) {\n      id\n      helperId\n      status\n      mode\n      startsAt\n      endsAt\n    }\n  }\n": types.ConsoleAppointmentDocument,
    "\n  mutation ConsoleNeedVisit($appointmentId: ID!, $note: String) {\n    needVisit(appointmentId: $appointmentId, note: $note) {\n      id\n      status\n    }\n  }\n": types.ConsoleNeedVisitDocument,
    "\n  query ConsoleHelperName($id: ID!) {\n    helper(id: $id) {\n      id\n      displayName\n    }\n  }\n": types.ConsoleHelperNameDocument,
    "\n  query ConsoleFreeHelpers($serviceId: ID!, $postalCode: String!, $countryCode: String, $window: SearchWindowInput) {\n    searchHelpers(serviceId: $serviceId, postalCode: $postalCode, countryCode: $countryCode, window: $window, first: 50) {\n      edges {\n        node {\n          helper {\n            id\n            displayName\n          }\n          distanceKm\n        }\n      }\n    }\n  }\n": types.ConsoleFreeHelpersDocument,
    "\n  mutation ConsoleReassignAppointment($appointmentId: ID!, $helperId: ID!, $reason: String!) {\n    reassignAppointment(appointmentId: $appointmentId, helperId: $helperId, reason: $reason) {\n      id\n      helperId\n      startsAt\n    }\n  }\n": types.ConsoleReassignAppointmentDocument,
    "\n  mutation ConsoleRefundPayment($input: RefundPaymentInput!) {\n    refundPayment(input: $input) {\n      id\n      amountMinor\n      currency\n      status\n    }\n  }\n": types.ConsoleRefundPaymentDocument,
    "\n  mutation ConsoleRefundRequest($requestId: ID!, $reason: String!) {\n    refundRequest(requestId: $requestId, reason: $reason) {\n      id\n      status\n    }\n  }\n": types.ConsoleRefundRequestDocument,
    "\n  query ConsoleVettingQueue {\n    vettingQueue(first: 50) {\n      edges {\n        node {\n          helperId\n          displayName\n          status\n          statusChangedAt\n          steps {\n            key\n            name\n            position\n            required\n            status\n            evidenceKind\n            evidenceText\n            evidenceUrl\n            submittedAt\n            decidedAt\n            decisionNote\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n": types.ConsoleVettingQueueDocument,
    "\n  mutation ConsoleDecideVettingStep($helperId: ID!, $stepKey: String!, $decision: VettingDecision!, $note: String) {\n    decideVettingStep(helperId: $helperId, stepKey: $stepKey, decision: $decision, note: $note) {\n      helperId\n      status\n      steps {\n        key\n        status\n        decisionNote\n      }\n    }\n  }\n": types.ConsoleDecideVettingStepDocument,
    "\n  query ConsoleIncidents($status: IncidentStatus) {\n    incidents(first: 50, status: $status) {\n      edges {\n        node {\n          id\n          title\n          area\n          serviceId\n          status\n          requestCount\n          openedAt\n        }\n      }\n    }\n  }\n": types.ConsoleIncidentsDocument,
    "\n  query ConsoleIncident($id: ID!) {\n    incident(id: $id) {\n      id\n      title\n      summary\n      area\n      serviceId\n      status\n      outcome\n      requestCount\n      openedAt\n      knownAt\n      closedAt\n      closeNote\n      message {\n        text\n        de\n        fr\n        it\n        en\n      }\n      requests {\n        id\n        postalCode\n        description\n        createdAt\n      }\n    }\n  }\n": types.ConsoleIncidentDocument,
    "\n  mutation ConsoleMarkKnownOutage($id: ID!, $message: OutageMessageInput!) {\n    markIncidentKnownOutage(id: $id, message: $message) {\n      id\n      status\n    }\n  }\n": types.ConsoleMarkKnownOutageDocument,
    "\n  mutation ConsoleCloseIncident($id: ID!, $note: String) {\n    closeIncident(id: $id, note: $note) {\n      id\n      status\n      outcome\n    }\n  }\n": types.ConsoleCloseIncidentDocument,
    "\n  query ConsoleReviews($hidden: Boolean, $after: String) {\n    reviews(first: 50, hidden: $hidden, after: $after) {\n      edges {\n        node {\n          id\n          authorName\n          authorRole\n          stars\n          text\n          createdAt\n          publishedAt\n          hidden\n          hiddenAt\n          hiddenReason\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.ConsoleReviewsDocument,
    "\n  mutation ConsoleHideReview($reviewId: ID!, $reason: String!) {\n    hideReview(reviewId: $reviewId, reason: $reason) {\n      id\n      hidden\n      hiddenAt\n      hiddenReason\n    }\n  }\n": types.ConsoleHideReviewDocument,
    "\n  mutation ConsoleUnhideReview($reviewId: ID!, $reason: String!) {\n    unhideReview(reviewId: $reviewId, reason: $reason) {\n      id\n      hidden\n      hiddenAt\n      hiddenReason\n    }\n  }\n": types.ConsoleUnhideReviewDocument,
    "\n  query ConsoleNotificationTemplates($kind: String!, $locale: String!) {\n    notificationTemplates(kind: $kind, locale: $locale) {\n      kind\n      channel\n      locale\n      subject\n      body\n      customized\n      updatedAt\n      variables\n    }\n  }\n": types.ConsoleNotificationTemplatesDocument,
    "\n  query ConsolePreviewNotificationTemplate($input: NotificationTemplateInput!) {\n    previewNotificationTemplate(input: $input) {\n      subject\n      body\n    }\n  }\n": types.ConsolePreviewNotificationTemplateDocument,
    "\n  mutation ConsoleSaveNotificationTemplate($input: NotificationTemplateInput!) {\n    saveNotificationTemplate(input: $input) {\n      kind\n      channel\n      locale\n      subject\n      body\n      customized\n      updatedAt\n      variables\n    }\n  }\n": types.ConsoleSaveNotificationTemplateDocument,
    "\n  mutation ConsoleResetNotificationTemplate($kind: String!, $channel: NotificationChannel!, $locale: String!) {\n    resetNotificationTemplate(kind: $kind, channel: $channel, locale: $locale) {\n      kind\n      channel\n      locale\n      subject\n      body\n      customized\n      updatedAt\n      variables\n    }\n  }\n": types.ConsoleResetNotificationTemplateDocument,
    "\n  query ConsoleWebhookEndpoints {\n    webhookEndpoints {\n      id\n      url\n      description\n      enabled\n      eventTypes\n      secretMasked\n      createdAt\n    }\n    webhookEventTypes\n  }\n": types.ConsoleWebhookEndpointsDocument,
    "\n  mutation ConsoleCreateWebhookEndpoint($input: CreateWebhookEndpointInput!) {\n    createWebhookEndpoint(input: $input) {\n      secret\n      endpoint {\n        id\n      }\n    }\n  }\n": types.ConsoleCreateWebhookEndpointDocument,
    "\n  mutation ConsoleUpdateWebhookEndpoint($id: ID!, $input: UpdateWebhookEndpointInput!) {\n    updateWebhookEndpoint(id: $id, input: $input) {\n      id\n      enabled\n      eventTypes\n    }\n  }\n": types.ConsoleUpdateWebhookEndpointDocument,
    "\n  mutation ConsoleRotateWebhookSecret($id: ID!) {\n    rotateWebhookSecret(id: $id) {\n      secret\n      endpoint {\n        id\n      }\n    }\n  }\n": types.ConsoleRotateWebhookSecretDocument,
    "\n  mutation ConsoleDeleteWebhookEndpoint($id: ID!) {\n    deleteWebhookEndpoint(id: $id)\n  }\n": types.ConsoleDeleteWebhookEndpointDocument,
    "\n  query ConsoleNotificationLog($filter: NotificationLogFilter, $after: String) {\n    notificationLog(first: 50, filter: $filter, after: $after) {\n      edges {\n        node {\n          id\n          channel\n          kind\n          address\n          subject\n          status\n          attempts\n          maxAttempts\n          replays\n          lastCode\n          lastError\n          createdAt\n          sentAt\n          failedAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.ConsoleNotificationLogDocument,
    "\n  mutation ConsoleReplayDelivery($id: ID!) {\n    replayNotificationDelivery(id: $id) {\n      id\n      status\n      replays\n    }\n  }\n": types.ConsoleReplayDeliveryDocument,
    "\n  query ConsoleSiteHelpers($status: HelperStatus, $search: String, $after: String) {\n    siteHelpers(status: $status, search: $search, first: 20, after: $after) {\n      edges {\n        node {\n          id\n          displayName\n          status\n          statusChangedAt\n          suspensionReason\n          homePostalCode\n          tier\n          rating\n          reviewCount\n          skills\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.ConsoleSiteHelpersDocument,
    "\n  mutation ConsoleSuspendHelper($helperId: ID!, $reason: String!) {\n    suspendHelper(helperId: $helperId, reason: $reason) {\n      helperId\n      status\n      statusChangedAt\n      suspensionReason\n    }\n  }\n": types.ConsoleSuspendHelperDocument,
    "\n  mutation ConsoleReinstateHelper($helperId: ID!) {\n    reinstateHelper(helperId: $helperId) {\n      helperId\n      status\n      statusChangedAt\n      suspensionReason\n    }\n  }\n": types.ConsoleReinstateHelperDocument,
    "\n  query ConsoleHelperPayouts($after: String) {\n    helperPayouts(first: 20, after: $after) {\n      edges {\n        node {\n          id\n          helperId\n          providerPayoutId\n          amountMinor\n          currency\n          status\n          arrivalDate\n          createdAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.ConsoleHelperPayoutsDocument,
    "\n  query ConsolePayoutHelpers($ids: [ID!]!) {\n    siteHelpers(ids: $ids, first: 100) {\n      edges {\n        node {\n          id\n          displayName\n        }\n      }\n    }\n  }\n": types.ConsolePayoutHelpersDocument,
    "\n  query ConsoleReconciliationReports($after: String) {\n    reconciliationReports(first: 20, after: $after) {\n      edges {\n        node {\n          id\n          periodFrom\n          periodTo\n          status\n          checkedCount\n          differenceCount\n          requestedBy\n          createdAt\n          completedAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.ConsoleReconciliationReportsDocument,
    "\n  query ConsoleReconciliationReport($id: ID!) {\n    reconciliationReport(id: $id) {\n      id\n      periodFrom\n      periodTo\n      status\n      checkedCount\n      differenceCount\n      failureMessage\n      createdAt\n      completedAt\n      differences {\n        kind\n        object\n        stripeId\n        paymentId\n        stripeAmountMinor\n        ledgerAmountMinor\n        currency\n      }\n    }\n  }\n": types.ConsoleReconciliationReportDocument,
    "\n  mutation ConsoleReconcilePayments($from: DateTime!, $to: DateTime!) {\n    reconcilePayments(from: $from, to: $to) {\n      id\n      status\n    }\n  }\n": types.ConsoleReconcilePaymentsDocument,
    "\n  fragment PolicyVersionFields on TenantPolicy {\n    kind\n    version\n    document\n    createdAt\n    createdBy\n  }\n": types.PolicyVersionFieldsFragmentDoc,
    "\n  query ConsolePolicies {\n    pricing: tenantPolicy(kind: PRICING) {\n      ...PolicyVersionFields\n    }\n    vetting: tenantPolicy(kind: VETTING) {\n      ...PolicyVersionFields\n    }\n    sla: tenantPolicy(kind: SLA) {\n      ...PolicyVersionFields\n    }\n    cancellation: tenantPolicy(kind: CANCELLATION) {\n      ...PolicyVersionFields\n    }\n    payouts: tenantPolicy(kind: PAYOUTS) {\n      ...PolicyVersionFields\n    }\n    rewards: tenantPolicy(kind: REWARDS) {\n      ...PolicyVersionFields\n    }\n    reviews: tenantPolicy(kind: REVIEWS) {\n      ...PolicyVersionFields\n    }\n    branding: tenantPolicy(kind: BRANDING) {\n      ...PolicyVersionFields\n    }\n  }\n": types.ConsolePoliciesDocument,
    "\n  query ConsolePolicyHistory($kind: PolicyKind!, $after: String) {\n    tenantPolicyHistory(kind: $kind, first: 20, after: $after) {\n      totalCount\n      edges {\n        node {\n          ...PolicyVersionFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.ConsolePolicyHistoryDocument,
    "\n  mutation ConsoleUpdatePolicy($kind: PolicyKind!, $document: PolicyDocument!) {\n    updatePolicy(kind: $kind, document: $document) {\n      ...PolicyVersionFields\n    }\n  }\n": types.ConsoleUpdatePolicyDocument,
    "\n  query CustomerSearchHelpers($postalCode: String!, $serviceId: ID!, $first: Int, $window: SearchWindowInput, $minRating: Float, $maxPriceMinor: Int) {\n    searchHelpers(postalCode: $postalCode, serviceId: $serviceId, first: $first, window: $window, minRating: $minRating, maxPriceMinor: $maxPriceMinor) {\n      edges {\n        node {\n          helper {\n            id\n            displayName\n            photoUrl\n            badgeName\n          }\n          distanceKm\n          pricingMode\n          priceMinor\n          currency\n          rating\n          reviewCount\n          nextFreeSlot\n          score\n        }\n      }\n    }\n  }\n": types.CustomerSearchHelpersDocument,
    "\n  query SiteTenant {\n    currentTenant {\n      id\n      slug\n      name\n      currency\n      timezone\n      locales\n      defaultLocale\n      branding {\n        displayName\n        logoUrl\n        primaryColor\n        accentColor\n        fontFamily\n        badgeName\n      }\n      payments {\n        provider\n        stripePublishableKey\n      }\n    }\n  }\n": types.SiteTenantDocument,
    "\n  query CustomerCatalog {\n    categories(first: 100) {\n      edges {\n        node {\n          id\n          name\n          position\n        }\n      }\n    }\n    services(first: 100) {\n      edges {\n        node {\n          id\n          categoryId\n          name\n          pricingMode\n          estimatedDurationMinutes\n          remoteHelp\n        }\n      }\n    }\n  }\n": types.CustomerCatalogDocument,
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
    "\n  query CustomerRequest($requestId: ID!) {\n    request(id: $requestId) {\n      id\n      customerId\n      status\n      serviceId\n      postalCode\n      description\n      remoteFirst\n      createdAt\n      windows {\n        from\n        to\n      }\n      knownOutage {\n        message\n      }\n      timeline {\n        sequence\n        event\n        toStatus\n        reason\n        createdAt\n      }\n    }\n    requestPayment(requestId: $requestId) {\n      provider\n      status\n      amountMinor\n      capturedMinor\n      currency\n      cardBrand\n      cardLast4\n      declineCode\n    }\n    myReviews(first: 100) {\n      edges {\n        node {\n          id\n          appointmentId\n          authorId\n          stars\n          text\n        }\n      }\n    }\n    myAppointments(first: 100) {\n      edges {\n        node {\n          id\n          requestId\n          helperId\n          status\n          mode\n          completionNote\n          startsAt\n          endsAt\n          price {\n            customerTotalMinor\n            currency\n          }\n        }\n      }\n    }\n  }\n": types.CustomerRequestDocument,
    "\n  query HelperName($helperId: ID!) {\n    helper(id: $helperId) {\n      id\n      displayName\n      photoUrl\n      badgeName\n    }\n  }\n": types.HelperNameDocument,
    "\n  mutation CancelRequest($requestId: ID!) {\n    cancelRequest(requestId: $requestId) {\n      id\n      status\n    }\n  }\n": types.CancelRequestDocument,
    "\n  query MyRequests {\n    myRequests(first: 20) {\n      edges {\n        node {\n          id\n          status\n          serviceId\n          createdAt\n        }\n      }\n    }\n  }\n": types.MyRequestsDocument,
    "\n  subscription LiveNotifications {\n    notificationReceived {\n      notification {\n        id\n        kind\n        link\n      }\n    }\n  }\n": types.LiveNotificationsDocument,
    "\n  mutation WriteReview($appointmentId: ID!, $stars: Int!, $text: String) {\n    writeReview(appointmentId: $appointmentId, stars: $stars, text: $text) {\n      id\n      appointmentId\n      stars\n      text\n    }\n  }\n": types.WriteReviewDocument,
    "\n  query RequestMessages($requestId: ID!, $helperId: ID!) {\n    requestMessages(requestId: $requestId, helperId: $helperId, first: 100) {\n      edges {\n        node {\n          id\n          body\n          createdAt\n          senderRole\n        }\n      }\n    }\n  }\n": types.RequestMessagesDocument,
    "\n  mutation SendMessage($requestId: ID!, $helperId: ID!, $body: String!) {\n    sendMessage(requestId: $requestId, helperId: $helperId, body: $body) {\n      id\n    }\n  }\n": types.SendMessageDocument,
    "\n  mutation AuthorizePayment($input: AuthorizePaymentInput!) {\n    authorizePayment(input: $input) {\n      status\n    }\n  }\n": types.AuthorizePaymentDocument,
    "\n  mutation PostRequest($input: PostRequestInput!) {\n    postRequest(input: $input) {\n      id\n    }\n  }\n": types.PostRequestDocument,
    "\n  query RequestOffers($requestId: ID!) {\n    offers(requestId: $requestId, first: 50) {\n      edges {\n        node {\n          id\n          helperId\n          kind\n          priceMinor\n          customerTotalMinor\n          currency\n          status\n          createdAt\n        }\n      }\n    }\n  }\n": types.RequestOffersDocument,
    "\n  query OfferHelper($helperId: ID!) {\n    helper(id: $helperId) {\n      id\n      displayName\n      photoUrl\n      badgeName\n      rating\n      reviewCount\n    }\n  }\n": types.OfferHelperDocument,
    "\n  mutation ChooseOffer($offerId: ID!, $startsAt: DateTime!) {\n    chooseOffer(offerId: $offerId, startsAt: $startsAt) {\n      id\n    }\n  }\n": types.ChooseOfferDocument,
    "\n  mutation DeclineOffer($offerId: ID!) {\n    declineOffer(offerId: $offerId) {\n      id\n      status\n    }\n  }\n": types.DeclineOfferDocument,
    "\n  query BookingQuote($helperId: ID!, $serviceId: ID!) {\n    bookingQuote(helperId: $helperId, serviceId: $serviceId) {\n      currency\n      subtotalMinor\n      customerFeeMinor\n      customerTotalMinor\n    }\n  }\n": types.BookingQuoteDocument,
    "\n  query HelperAppServices {\n    services(first: 100) {\n      edges {\n        node {\n          id\n          name\n          pricingMode\n          price {\n            currency\n            fixedPriceMinor\n            hourlyRateMinMinor\n            hourlyRateMaxMinor\n          }\n        }\n      }\n    }\n  }\n": types.HelperAppServicesDocument,
    "\n  query HelperAppHome {\n    myVettingProgress {\n      status\n      suspensionReason\n      steps {\n        key\n        name\n        position\n        required\n        status\n        submittedAt\n        decisionNote\n        expiresAt\n      }\n    }\n    myDispatchOffers(status: PENDING, first: 50) {\n      edges {\n        node {\n          requestId\n        }\n      }\n    }\n    myAppointments(first: 100) {\n      edges {\n        node {\n          id\n          helperId\n          serviceId\n          requestId\n          startsAt\n          endsAt\n          status\n          mode\n          onTheWayAt\n          startedAt\n          completedAt\n          price {\n            currency\n            helperPayoutMinor\n          }\n        }\n      }\n    }\n  }\n": types.HelperAppHomeDocument,
    "\n  mutation HelperStart($appointmentId: ID!) {\n    startAppointment(appointmentId: $appointmentId) {\n      id\n      status\n    }\n  }\n": types.HelperStartDocument,
    "\n  mutation HelperOnMyWay($appointmentId: ID!) {\n    markOnMyWay(appointmentId: $appointmentId) {\n      id\n      onTheWayAt\n    }\n  }\n": types.HelperOnMyWayDocument,
    "\n  mutation HelperComplete($appointmentId: ID!, $note: String) {\n    completeAppointment(appointmentId: $appointmentId, note: $note) {\n      id\n      status\n    }\n  }\n": types.HelperCompleteDocument,
    "\n  mutation HelperNeedVisit($appointmentId: ID!, $note: String) {\n    needVisit(appointmentId: $appointmentId, note: $note) {\n      id\n      status\n    }\n  }\n": types.HelperNeedVisitDocument,
    "\n  mutation HelperSignUp($displayName: String!, $email: String!, $password: String!, $locale: String) {\n    signUp(displayName: $displayName, email: $email, password: $password, locale: $locale, role: HELPER) {\n      accessToken\n    }\n  }\n": types.HelperSignUpDocument,
    "\n  mutation HelperBecomeHelper($input: BecomeHelperInput) {\n    becomeHelper(input: $input) {\n      id\n      status\n    }\n  }\n": types.HelperBecomeHelperDocument,
    "\n  query HelperAppOffers {\n    myDispatchOffers(status: PENDING, first: 50) {\n      edges {\n        node {\n          requestId\n          serviceName\n          postalCode\n          distanceKm\n          mode\n          description\n          offeredAt\n          expiresAt\n          firstLook\n          windows {\n            from\n            to\n          }\n        }\n      }\n    }\n    openRequestsForMe(first: 50) {\n      edges {\n        node {\n          id\n          serviceId\n          postalCode\n          distanceKm\n          remoteFirst\n          description\n          expiresAt\n          myOfferId\n          budget {\n            amountMinor\n            currency\n          }\n          windows {\n            from\n            to\n          }\n        }\n      }\n    }\n  }\n": types.HelperAppOffersDocument,
    "\n  mutation HelperAcceptOffer($requestId: ID!) {\n    acceptDispatchOffer(requestId: $requestId) {\n      id\n      startsAt\n      mode\n    }\n  }\n": types.HelperAcceptOfferDocument,
    "\n  mutation HelperDeclineOffer($requestId: ID!) {\n    declineDispatchOffer(requestId: $requestId) {\n      requestId\n      status\n    }\n  }\n": types.HelperDeclineOfferDocument,
    "\n  mutation HelperMakeOffer($requestId: ID!, $priceMinor: Int) {\n    makeOffer(requestId: $requestId, priceMinor: $priceMinor) {\n      id\n      priceMinor\n      customerTotalMinor\n    }\n  }\n": types.HelperMakeOfferDocument,
    "\n  query HelperAppProfile($from: String!, $to: String!) {\n    myHelperProfile {\n      id\n      displayName\n      bio\n      status\n      photoUrl\n      languages\n      offersRemoteHelp\n      serviceArea {\n        postalCode\n        countryCode\n        radiusKm\n        placeNames\n      }\n      skills {\n        serviceId\n        priceMinor\n        pricingMode\n      }\n    }\n    myAvailability(from: $from, to: $to) {\n      timezone\n      weekly {\n        weekday\n        start\n        end\n      }\n      exceptions {\n        ...HelperAppException\n      }\n    }\n  }\n": types.HelperAppProfileDocument,
    "\n  fragment HelperAppException on AvailabilityException {\n    date\n    dayOff\n    note\n    windows {\n      start\n      end\n    }\n  }\n": types.HelperAppExceptionFragmentDoc,
    "\n  mutation HelperSetException($date: String!, $dayOff: Boolean, $windows: [AvailabilityWindowInput!], $note: String) {\n    setMyAvailabilityException(date: $date, dayOff: $dayOff, windows: $windows, note: $note) {\n      exceptions {\n        ...HelperAppException\n      }\n    }\n  }\n": types.HelperSetExceptionDocument,
    "\n  mutation HelperRemoveException($date: String!) {\n    removeMyAvailabilityException(date: $date) {\n      exceptions {\n        ...HelperAppException\n      }\n    }\n  }\n": types.HelperRemoveExceptionDocument,
    "\n  mutation HelperUpdateProfile($input: UpdateHelperProfileInput!) {\n    updateMyHelperProfile(input: $input) {\n      id\n    }\n  }\n": types.HelperUpdateProfileDocument,
    "\n  mutation HelperSetSkills($skills: [HelperSkillInput!]!) {\n    setMySkills(skills: $skills) {\n      id\n    }\n  }\n": types.HelperSetSkillsDocument,
    "\n  mutation HelperSetWeek($slots: [WeeklySlotInput!]!) {\n    setMyWeeklyAvailability(slots: $slots) {\n      timezone\n    }\n  }\n": types.HelperSetWeekDocument,
    "\n  query HelperAppEarnings {\n    myEarnings {\n      currency\n      earnedMinor\n      pendingMinor\n      paidOutMinor\n      frozenMinor\n    }\n    myPayoutAccount {\n      status\n      onboardingUrl\n      payoutsEnabled\n    }\n    myPayouts(first: 20) {\n      edges {\n        node {\n          id\n          amountMinor\n          currency\n          status\n          createdAt\n        }\n      }\n    }\n  }\n": types.HelperAppEarningsDocument,
    "\n  mutation HelperStartPayouts {\n    startPayoutOnboarding {\n      status\n      onboardingUrl\n    }\n  }\n": types.HelperStartPayoutsDocument,
    "\n  query HelperAppReviews {\n    myReviews(first: 50) {\n      edges {\n        node {\n          id\n          subjectId\n          authorName\n          stars\n          text\n          createdAt\n          publishedAt\n        }\n      }\n    }\n  }\n": types.HelperAppReviewsDocument,
    "\n  mutation HelperSubmitStep($stepKey: String!, $evidence: VettingEvidenceInput!) {\n    submitVettingStep(stepKey: $stepKey, evidence: $evidence) {\n      status\n    }\n  }\n": types.HelperSubmitStepDocument,
    "\n  query HelperAppJob($requestId: ID!) {\n    requestConversations(requestId: $requestId) {\n      helperId\n      counterpartName\n      canSend\n      contactsShared\n      unreadCount\n    }\n    request(id: $requestId) {\n      serviceId\n      postalCode\n      description\n      windows {\n        from\n        to\n      }\n    }\n  }\n": types.HelperAppJobDocument,
    "\n  query HelperAppJobAppointments($after: String) {\n    myAppointments(first: 100, after: $after) {\n      edges {\n        node {\n          id\n          helperId\n          serviceId\n          requestId\n          startsAt\n          endsAt\n          status\n          mode\n          completionNote\n          onTheWayAt\n          startedAt\n          createdAt\n          price {\n            currency\n            customerTotalMinor\n            helperPayoutMinor\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.HelperAppJobAppointmentsDocument,
    "\n  query HelperAppJobContacts($requestId: ID!) {\n    requestContacts(requestId: $requestId) {\n      displayName\n      email\n      phone\n    }\n  }\n": types.HelperAppJobContactsDocument,
    "\n  query HelperAppJobMessages($requestId: ID!) {\n    requestMessages(requestId: $requestId, first: 100) {\n      edges {\n        node {\n          id\n          body\n          createdAt\n          senderRole\n        }\n      }\n    }\n  }\n": types.HelperAppJobMessagesDocument,
    "\n  mutation HelperSendMessage($requestId: ID!, $body: String!) {\n    sendMessage(requestId: $requestId, body: $body) {\n      id\n    }\n  }\n": types.HelperSendMessageDocument,
    "\n  mutation HelperMarkRead($requestId: ID!) {\n    markConversationRead(requestId: $requestId) {\n      unreadCount\n    }\n  }\n": types.HelperMarkReadDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CatalogEditor {\n    catalogCategories(first: 100) {\n      edges {\n        node {\n          ...CatalogCategoryFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n    tenantPolicy(kind: PRICING) {\n      version\n      document\n    }\n  }\n"): typeof import('./graphql').CatalogEditorDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CatalogServices {\n    catalogServices(first: 100) {\n      edges {\n        node {\n          ...CatalogServiceFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n"): typeof import('./graphql').CatalogServicesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CatalogCategoryFields on Category {\n    id\n    slug\n    name\n    names {\n      de\n      fr\n      it\n      en\n    }\n    position\n    active\n  }\n"): typeof import('./graphql').CatalogCategoryFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CatalogServiceFields on Service {\n    id\n    categoryId\n    slug\n    name\n    names {\n      de\n      fr\n      it\n      en\n    }\n    descriptions {\n      de\n      fr\n      it\n      en\n    }\n    pricingMode\n    remoteHelp\n    estimatedDurationMinutes\n    position\n    active\n    archivedAt\n    price {\n      currency\n      mode\n      fixedPriceMinor\n      hourlyRateMinMinor\n      hourlyRateMaxMinor\n    }\n  }\n"): typeof import('./graphql').CatalogServiceFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CatalogCreateCategory($input: CreateCategoryInput!) {\n    createCategory(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').CatalogCreateCategoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CatalogUpdateCategory($id: ID!, $input: UpdateCategoryInput!) {\n    updateCategory(id: $id, input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').CatalogUpdateCategoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CatalogCreateService($input: CreateServiceInput!) {\n    createService(input: $input) {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').CatalogCreateServiceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CatalogUpdateService($id: ID!, $input: UpdateServiceInput!) {\n    updateService(id: $id, input: $input) {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').CatalogUpdateServiceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CatalogArchiveService($id: ID!) {\n    archiveService(id: $id) {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').CatalogArchiveServiceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleDashboard($filter: AnalyticsFilterInput!) {\n    operatorAnalytics(filter: $filter) {\n      volume {\n        posted\n        booked\n        byStatus {\n          status\n          posted\n          booked\n        }\n      }\n      rating {\n        average\n        count\n      }\n      firstResponse {\n        medianSeconds\n        withinSlaPercent\n      }\n      byService {\n        ...DashboardBreakdown\n      }\n      byPostalArea {\n        ...DashboardBreakdown\n      }\n    }\n    helpersOnShift {\n      count\n      onJob\n    }\n    open: requests(first: 50, status: OPEN) {\n      ...DashboardWaiting\n    }\n    offered: requests(first: 50, status: OFFERED) {\n      ...DashboardWaiting\n    }\n    escalated: requests(first: 50, status: ESCALATED) {\n      ...DashboardWaiting\n    }\n    catalogServices(first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n    tenantPolicy(kind: SLA) {\n      document\n    }\n  }\n\n  fragment DashboardBreakdown on AnalyticsBreakdown {\n    key\n    posted\n    booked\n    firstResponse {\n      withinSlaPercent\n    }\n  }\n\n  fragment DashboardWaiting on RequestConnection {\n    edges {\n      node {\n        id\n        status\n        serviceId\n        postalCode\n        createdAt\n        expiresAt\n        firstResponseDueAt\n      }\n    }\n    pageInfo {\n      hasNextPage\n    }\n  }\n"): typeof import('./graphql').ConsoleDashboardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleBranding {\n    currentTenant {\n      branding {\n        displayName\n        logoUrl\n        primaryColor\n        accentColor\n        fontFamily\n        badgeName\n      }\n    }\n  }\n"): typeof import('./graphql').ConsoleBrandingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateBranding($input: BrandingInput!) {\n    updateBranding(input: $input) {\n      version\n      document\n    }\n  }\n"): typeof import('./graphql').UpdateBrandingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleRequests($status: RequestStatus, $after: String) {\n    requests(first: 50, status: $status, after: $after) {\n      edges {\n        node {\n          id\n          status\n          channel\n          serviceId\n          postalCode\n          description\n          createdAt\n          expiresAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n    catalogServices(first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ConsoleRequestsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleRequest($id: ID!) {\n    request(id: $id) {\n      id\n      status\n      channel\n      serviceId\n      countryCode\n      postalCode\n      description\n      remoteFirst\n      createdAt\n      expiresAt\n      appointmentId\n      windows {\n        from\n        to\n      }\n      knownOutage {\n        incidentId\n        message\n      }\n      timeline {\n        sequence\n        event\n        fromStatus\n        toStatus\n        actorKind\n        reason\n        createdAt\n      }\n    }\n    requestDispatch(requestId: $id) {\n      status\n      wavesSent\n      tiersEntered\n      nextLookAt\n      offers {\n        helperId\n        displayName\n        distanceKm\n        mode\n        wave\n        rank\n        status\n        offeredAt\n        answeredAt\n        reason\n      }\n    }\n    requestPayment(requestId: $id) {\n      id\n      provider\n      status\n      currency\n      amountMinor\n      subtotalMinor\n      customerFeeMinor\n      capturedMinor\n      refundedMinor\n      capturedAt\n      refunds {\n        id\n        amountMinor\n        currency\n        status\n        reason\n        failureMessage\n        createdAt\n      }\n    }\n    catalogServices(first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ConsoleRequestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleAssignRequest($requestId: ID!, $helperId: ID!, $reason: String) {\n    assignRequest(requestId: $requestId, helperId: $helperId, reason: $reason) {\n      id\n      startsAt\n    }\n  }\n"): typeof import('./graphql').ConsoleAssignRequestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleCancelRequest($requestId: ID!, $reason: String) {\n    cancelRequest(requestId: $requestId, reason: $reason) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').ConsoleCancelRequestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleAppointment($id: ID!) {\n    appointment(id: $id) {\n      id\n      helperId\n      status\n      mode\n      startsAt\n      endsAt\n    }\n  }\n"): typeof import('./graphql').ConsoleAppointmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleNeedVisit($appointmentId: ID!, $note: String) {\n    needVisit(appointmentId: $appointmentId, note: $note) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').ConsoleNeedVisitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleHelperName($id: ID!) {\n    helper(id: $id) {\n      id\n      displayName\n    }\n  }\n"): typeof import('./graphql').ConsoleHelperNameDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleFreeHelpers($serviceId: ID!, $postalCode: String!, $countryCode: String, $window: SearchWindowInput) {\n    searchHelpers(serviceId: $serviceId, postalCode: $postalCode, countryCode: $countryCode, window: $window, first: 50) {\n      edges {\n        node {\n          helper {\n            id\n            displayName\n          }\n          distanceKm\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ConsoleFreeHelpersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleReassignAppointment($appointmentId: ID!, $helperId: ID!, $reason: String!) {\n    reassignAppointment(appointmentId: $appointmentId, helperId: $helperId, reason: $reason) {\n      id\n      helperId\n      startsAt\n    }\n  }\n"): typeof import('./graphql').ConsoleReassignAppointmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleRefundPayment($input: RefundPaymentInput!) {\n    refundPayment(input: $input) {\n      id\n      amountMinor\n      currency\n      status\n    }\n  }\n"): typeof import('./graphql').ConsoleRefundPaymentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleRefundRequest($requestId: ID!, $reason: String!) {\n    refundRequest(requestId: $requestId, reason: $reason) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').ConsoleRefundRequestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleVettingQueue {\n    vettingQueue(first: 50) {\n      edges {\n        node {\n          helperId\n          displayName\n          status\n          statusChangedAt\n          steps {\n            key\n            name\n            position\n            required\n            status\n            evidenceKind\n            evidenceText\n            evidenceUrl\n            submittedAt\n            decidedAt\n            decisionNote\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n"): typeof import('./graphql').ConsoleVettingQueueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleDecideVettingStep($helperId: ID!, $stepKey: String!, $decision: VettingDecision!, $note: String) {\n    decideVettingStep(helperId: $helperId, stepKey: $stepKey, decision: $decision, note: $note) {\n      helperId\n      status\n      steps {\n        key\n        status\n        decisionNote\n      }\n    }\n  }\n"): typeof import('./graphql').ConsoleDecideVettingStepDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleIncidents($status: IncidentStatus) {\n    incidents(first: 50, status: $status) {\n      edges {\n        node {\n          id\n          title\n          area\n          serviceId\n          status\n          requestCount\n          openedAt\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ConsoleIncidentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleIncident($id: ID!) {\n    incident(id: $id) {\n      id\n      title\n      summary\n      area\n      serviceId\n      status\n      outcome\n      requestCount\n      openedAt\n      knownAt\n      closedAt\n      closeNote\n      message {\n        text\n        de\n        fr\n        it\n        en\n      }\n      requests {\n        id\n        postalCode\n        description\n        createdAt\n      }\n    }\n  }\n"): typeof import('./graphql').ConsoleIncidentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleMarkKnownOutage($id: ID!, $message: OutageMessageInput!) {\n    markIncidentKnownOutage(id: $id, message: $message) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').ConsoleMarkKnownOutageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleCloseIncident($id: ID!, $note: String) {\n    closeIncident(id: $id, note: $note) {\n      id\n      status\n      outcome\n    }\n  }\n"): typeof import('./graphql').ConsoleCloseIncidentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleReviews($hidden: Boolean, $after: String) {\n    reviews(first: 50, hidden: $hidden, after: $after) {\n      edges {\n        node {\n          id\n          authorName\n          authorRole\n          stars\n          text\n          createdAt\n          publishedAt\n          hidden\n          hiddenAt\n          hiddenReason\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): typeof import('./graphql').ConsoleReviewsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleHideReview($reviewId: ID!, $reason: String!) {\n    hideReview(reviewId: $reviewId, reason: $reason) {\n      id\n      hidden\n      hiddenAt\n      hiddenReason\n    }\n  }\n"): typeof import('./graphql').ConsoleHideReviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleUnhideReview($reviewId: ID!, $reason: String!) {\n    unhideReview(reviewId: $reviewId, reason: $reason) {\n      id\n      hidden\n      hiddenAt\n      hiddenReason\n    }\n  }\n"): typeof import('./graphql').ConsoleUnhideReviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleNotificationTemplates($kind: String!, $locale: String!) {\n    notificationTemplates(kind: $kind, locale: $locale) {\n      kind\n      channel\n      locale\n      subject\n      body\n      customized\n      updatedAt\n      variables\n    }\n  }\n"): typeof import('./graphql').ConsoleNotificationTemplatesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsolePreviewNotificationTemplate($input: NotificationTemplateInput!) {\n    previewNotificationTemplate(input: $input) {\n      subject\n      body\n    }\n  }\n"): typeof import('./graphql').ConsolePreviewNotificationTemplateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleSaveNotificationTemplate($input: NotificationTemplateInput!) {\n    saveNotificationTemplate(input: $input) {\n      kind\n      channel\n      locale\n      subject\n      body\n      customized\n      updatedAt\n      variables\n    }\n  }\n"): typeof import('./graphql').ConsoleSaveNotificationTemplateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleResetNotificationTemplate($kind: String!, $channel: NotificationChannel!, $locale: String!) {\n    resetNotificationTemplate(kind: $kind, channel: $channel, locale: $locale) {\n      kind\n      channel\n      locale\n      subject\n      body\n      customized\n      updatedAt\n      variables\n    }\n  }\n"): typeof import('./graphql').ConsoleResetNotificationTemplateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleWebhookEndpoints {\n    webhookEndpoints {\n      id\n      url\n      description\n      enabled\n      eventTypes\n      secretMasked\n      createdAt\n    }\n    webhookEventTypes\n  }\n"): typeof import('./graphql').ConsoleWebhookEndpointsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleCreateWebhookEndpoint($input: CreateWebhookEndpointInput!) {\n    createWebhookEndpoint(input: $input) {\n      secret\n      endpoint {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').ConsoleCreateWebhookEndpointDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleUpdateWebhookEndpoint($id: ID!, $input: UpdateWebhookEndpointInput!) {\n    updateWebhookEndpoint(id: $id, input: $input) {\n      id\n      enabled\n      eventTypes\n    }\n  }\n"): typeof import('./graphql').ConsoleUpdateWebhookEndpointDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleRotateWebhookSecret($id: ID!) {\n    rotateWebhookSecret(id: $id) {\n      secret\n      endpoint {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').ConsoleRotateWebhookSecretDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleDeleteWebhookEndpoint($id: ID!) {\n    deleteWebhookEndpoint(id: $id)\n  }\n"): typeof import('./graphql').ConsoleDeleteWebhookEndpointDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleNotificationLog($filter: NotificationLogFilter, $after: String) {\n    notificationLog(first: 50, filter: $filter, after: $after) {\n      edges {\n        node {\n          id\n          channel\n          kind\n          address\n          subject\n          status\n          attempts\n          maxAttempts\n          replays\n          lastCode\n          lastError\n          createdAt\n          sentAt\n          failedAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): typeof import('./graphql').ConsoleNotificationLogDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleReplayDelivery($id: ID!) {\n    replayNotificationDelivery(id: $id) {\n      id\n      status\n      replays\n    }\n  }\n"): typeof import('./graphql').ConsoleReplayDeliveryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleSiteHelpers($status: HelperStatus, $search: String, $after: String) {\n    siteHelpers(status: $status, search: $search, first: 20, after: $after) {\n      edges {\n        node {\n          id\n          displayName\n          status\n          statusChangedAt\n          suspensionReason\n          homePostalCode\n          tier\n          rating\n          reviewCount\n          skills\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): typeof import('./graphql').ConsoleSiteHelpersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleSuspendHelper($helperId: ID!, $reason: String!) {\n    suspendHelper(helperId: $helperId, reason: $reason) {\n      helperId\n      status\n      statusChangedAt\n      suspensionReason\n    }\n  }\n"): typeof import('./graphql').ConsoleSuspendHelperDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleReinstateHelper($helperId: ID!) {\n    reinstateHelper(helperId: $helperId) {\n      helperId\n      status\n      statusChangedAt\n      suspensionReason\n    }\n  }\n"): typeof import('./graphql').ConsoleReinstateHelperDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleHelperPayouts($after: String) {\n    helperPayouts(first: 20, after: $after) {\n      edges {\n        node {\n          id\n          helperId\n          providerPayoutId\n          amountMinor\n          currency\n          status\n          arrivalDate\n          createdAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): typeof import('./graphql').ConsoleHelperPayoutsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsolePayoutHelpers($ids: [ID!]!) {\n    siteHelpers(ids: $ids, first: 100) {\n      edges {\n        node {\n          id\n          displayName\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ConsolePayoutHelpersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleReconciliationReports($after: String) {\n    reconciliationReports(first: 20, after: $after) {\n      edges {\n        node {\n          id\n          periodFrom\n          periodTo\n          status\n          checkedCount\n          differenceCount\n          requestedBy\n          createdAt\n          completedAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): typeof import('./graphql').ConsoleReconciliationReportsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleReconciliationReport($id: ID!) {\n    reconciliationReport(id: $id) {\n      id\n      periodFrom\n      periodTo\n      status\n      checkedCount\n      differenceCount\n      failureMessage\n      createdAt\n      completedAt\n      differences {\n        kind\n        object\n        stripeId\n        paymentId\n        stripeAmountMinor\n        ledgerAmountMinor\n        currency\n      }\n    }\n  }\n"): typeof import('./graphql').ConsoleReconciliationReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleReconcilePayments($from: DateTime!, $to: DateTime!) {\n    reconcilePayments(from: $from, to: $to) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').ConsoleReconcilePaymentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PolicyVersionFields on TenantPolicy {\n    kind\n    version\n    document\n    createdAt\n    createdBy\n  }\n"): typeof import('./graphql').PolicyVersionFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsolePolicies {\n    pricing: tenantPolicy(kind: PRICING) {\n      ...PolicyVersionFields\n    }\n    vetting: tenantPolicy(kind: VETTING) {\n      ...PolicyVersionFields\n    }\n    sla: tenantPolicy(kind: SLA) {\n      ...PolicyVersionFields\n    }\n    cancellation: tenantPolicy(kind: CANCELLATION) {\n      ...PolicyVersionFields\n    }\n    payouts: tenantPolicy(kind: PAYOUTS) {\n      ...PolicyVersionFields\n    }\n    rewards: tenantPolicy(kind: REWARDS) {\n      ...PolicyVersionFields\n    }\n    reviews: tenantPolicy(kind: REVIEWS) {\n      ...PolicyVersionFields\n    }\n    branding: tenantPolicy(kind: BRANDING) {\n      ...PolicyVersionFields\n    }\n  }\n"): typeof import('./graphql').ConsolePoliciesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsolePolicyHistory($kind: PolicyKind!, $after: String) {\n    tenantPolicyHistory(kind: $kind, first: 20, after: $after) {\n      totalCount\n      edges {\n        node {\n          ...PolicyVersionFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): typeof import('./graphql').ConsolePolicyHistoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleUpdatePolicy($kind: PolicyKind!, $document: PolicyDocument!) {\n    updatePolicy(kind: $kind, document: $document) {\n      ...PolicyVersionFields\n    }\n  }\n"): typeof import('./graphql').ConsoleUpdatePolicyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerSearchHelpers($postalCode: String!, $serviceId: ID!, $first: Int, $window: SearchWindowInput, $minRating: Float, $maxPriceMinor: Int) {\n    searchHelpers(postalCode: $postalCode, serviceId: $serviceId, first: $first, window: $window, minRating: $minRating, maxPriceMinor: $maxPriceMinor) {\n      edges {\n        node {\n          helper {\n            id\n            displayName\n            photoUrl\n            badgeName\n          }\n          distanceKm\n          pricingMode\n          priceMinor\n          currency\n          rating\n          reviewCount\n          nextFreeSlot\n          score\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').CustomerSearchHelpersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SiteTenant {\n    currentTenant {\n      id\n      slug\n      name\n      currency\n      timezone\n      locales\n      defaultLocale\n      branding {\n        displayName\n        logoUrl\n        primaryColor\n        accentColor\n        fontFamily\n        badgeName\n      }\n      payments {\n        provider\n        stripePublishableKey\n      }\n    }\n  }\n"): typeof import('./graphql').SiteTenantDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerCatalog {\n    categories(first: 100) {\n      edges {\n        node {\n          id\n          name\n          position\n        }\n      }\n    }\n    services(first: 100) {\n      edges {\n        node {\n          id\n          categoryId\n          name\n          pricingMode\n          estimatedDurationMinutes\n          remoteHelp\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').CustomerCatalogDocument;
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
export function graphql(source: "\n  query CustomerRequest($requestId: ID!) {\n    request(id: $requestId) {\n      id\n      customerId\n      status\n      serviceId\n      postalCode\n      description\n      remoteFirst\n      createdAt\n      windows {\n        from\n        to\n      }\n      knownOutage {\n        message\n      }\n      timeline {\n        sequence\n        event\n        toStatus\n        reason\n        createdAt\n      }\n    }\n    requestPayment(requestId: $requestId) {\n      provider\n      status\n      amountMinor\n      capturedMinor\n      currency\n      cardBrand\n      cardLast4\n      declineCode\n    }\n    myReviews(first: 100) {\n      edges {\n        node {\n          id\n          appointmentId\n          authorId\n          stars\n          text\n        }\n      }\n    }\n    myAppointments(first: 100) {\n      edges {\n        node {\n          id\n          requestId\n          helperId\n          status\n          mode\n          completionNote\n          startsAt\n          endsAt\n          price {\n            customerTotalMinor\n            currency\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').CustomerRequestDocument;
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
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthorizePayment($input: AuthorizePaymentInput!) {\n    authorizePayment(input: $input) {\n      status\n    }\n  }\n"): typeof import('./graphql').AuthorizePaymentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PostRequest($input: PostRequestInput!) {\n    postRequest(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').PostRequestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RequestOffers($requestId: ID!) {\n    offers(requestId: $requestId, first: 50) {\n      edges {\n        node {\n          id\n          helperId\n          kind\n          priceMinor\n          customerTotalMinor\n          currency\n          status\n          createdAt\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').RequestOffersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OfferHelper($helperId: ID!) {\n    helper(id: $helperId) {\n      id\n      displayName\n      photoUrl\n      badgeName\n      rating\n      reviewCount\n    }\n  }\n"): typeof import('./graphql').OfferHelperDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChooseOffer($offerId: ID!, $startsAt: DateTime!) {\n    chooseOffer(offerId: $offerId, startsAt: $startsAt) {\n      id\n    }\n  }\n"): typeof import('./graphql').ChooseOfferDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeclineOffer($offerId: ID!) {\n    declineOffer(offerId: $offerId) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').DeclineOfferDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BookingQuote($helperId: ID!, $serviceId: ID!) {\n    bookingQuote(helperId: $helperId, serviceId: $serviceId) {\n      currency\n      subtotalMinor\n      customerFeeMinor\n      customerTotalMinor\n    }\n  }\n"): typeof import('./graphql').BookingQuoteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HelperAppServices {\n    services(first: 100) {\n      edges {\n        node {\n          id\n          name\n          pricingMode\n          price {\n            currency\n            fixedPriceMinor\n            hourlyRateMinMinor\n            hourlyRateMaxMinor\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').HelperAppServicesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HelperAppHome {\n    myVettingProgress {\n      status\n      suspensionReason\n      steps {\n        key\n        name\n        position\n        required\n        status\n        submittedAt\n        decisionNote\n        expiresAt\n      }\n    }\n    myDispatchOffers(status: PENDING, first: 50) {\n      edges {\n        node {\n          requestId\n        }\n      }\n    }\n    myAppointments(first: 100) {\n      edges {\n        node {\n          id\n          helperId\n          serviceId\n          requestId\n          startsAt\n          endsAt\n          status\n          mode\n          onTheWayAt\n          startedAt\n          completedAt\n          price {\n            currency\n            helperPayoutMinor\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').HelperAppHomeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HelperStart($appointmentId: ID!) {\n    startAppointment(appointmentId: $appointmentId) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').HelperStartDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HelperOnMyWay($appointmentId: ID!) {\n    markOnMyWay(appointmentId: $appointmentId) {\n      id\n      onTheWayAt\n    }\n  }\n"): typeof import('./graphql').HelperOnMyWayDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HelperComplete($appointmentId: ID!, $note: String) {\n    completeAppointment(appointmentId: $appointmentId, note: $note) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').HelperCompleteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HelperNeedVisit($appointmentId: ID!, $note: String) {\n    needVisit(appointmentId: $appointmentId, note: $note) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').HelperNeedVisitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HelperSignUp($displayName: String!, $email: String!, $password: String!, $locale: String) {\n    signUp(displayName: $displayName, email: $email, password: $password, locale: $locale, role: HELPER) {\n      accessToken\n    }\n  }\n"): typeof import('./graphql').HelperSignUpDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HelperBecomeHelper($input: BecomeHelperInput) {\n    becomeHelper(input: $input) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').HelperBecomeHelperDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HelperAppOffers {\n    myDispatchOffers(status: PENDING, first: 50) {\n      edges {\n        node {\n          requestId\n          serviceName\n          postalCode\n          distanceKm\n          mode\n          description\n          offeredAt\n          expiresAt\n          firstLook\n          windows {\n            from\n            to\n          }\n        }\n      }\n    }\n    openRequestsForMe(first: 50) {\n      edges {\n        node {\n          id\n          serviceId\n          postalCode\n          distanceKm\n          remoteFirst\n          description\n          expiresAt\n          myOfferId\n          budget {\n            amountMinor\n            currency\n          }\n          windows {\n            from\n            to\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').HelperAppOffersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HelperAcceptOffer($requestId: ID!) {\n    acceptDispatchOffer(requestId: $requestId) {\n      id\n      startsAt\n      mode\n    }\n  }\n"): typeof import('./graphql').HelperAcceptOfferDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HelperDeclineOffer($requestId: ID!) {\n    declineDispatchOffer(requestId: $requestId) {\n      requestId\n      status\n    }\n  }\n"): typeof import('./graphql').HelperDeclineOfferDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HelperMakeOffer($requestId: ID!, $priceMinor: Int) {\n    makeOffer(requestId: $requestId, priceMinor: $priceMinor) {\n      id\n      priceMinor\n      customerTotalMinor\n    }\n  }\n"): typeof import('./graphql').HelperMakeOfferDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HelperAppProfile($from: String!, $to: String!) {\n    myHelperProfile {\n      id\n      displayName\n      bio\n      status\n      photoUrl\n      languages\n      offersRemoteHelp\n      serviceArea {\n        postalCode\n        countryCode\n        radiusKm\n        placeNames\n      }\n      skills {\n        serviceId\n        priceMinor\n        pricingMode\n      }\n    }\n    myAvailability(from: $from, to: $to) {\n      timezone\n      weekly {\n        weekday\n        start\n        end\n      }\n      exceptions {\n        ...HelperAppException\n      }\n    }\n  }\n"): typeof import('./graphql').HelperAppProfileDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment HelperAppException on AvailabilityException {\n    date\n    dayOff\n    note\n    windows {\n      start\n      end\n    }\n  }\n"): typeof import('./graphql').HelperAppExceptionFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HelperSetException($date: String!, $dayOff: Boolean, $windows: [AvailabilityWindowInput!], $note: String) {\n    setMyAvailabilityException(date: $date, dayOff: $dayOff, windows: $windows, note: $note) {\n      exceptions {\n        ...HelperAppException\n      }\n    }\n  }\n"): typeof import('./graphql').HelperSetExceptionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HelperRemoveException($date: String!) {\n    removeMyAvailabilityException(date: $date) {\n      exceptions {\n        ...HelperAppException\n      }\n    }\n  }\n"): typeof import('./graphql').HelperRemoveExceptionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HelperUpdateProfile($input: UpdateHelperProfileInput!) {\n    updateMyHelperProfile(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').HelperUpdateProfileDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HelperSetSkills($skills: [HelperSkillInput!]!) {\n    setMySkills(skills: $skills) {\n      id\n    }\n  }\n"): typeof import('./graphql').HelperSetSkillsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HelperSetWeek($slots: [WeeklySlotInput!]!) {\n    setMyWeeklyAvailability(slots: $slots) {\n      timezone\n    }\n  }\n"): typeof import('./graphql').HelperSetWeekDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HelperAppEarnings {\n    myEarnings {\n      currency\n      earnedMinor\n      pendingMinor\n      paidOutMinor\n      frozenMinor\n    }\n    myPayoutAccount {\n      status\n      onboardingUrl\n      payoutsEnabled\n    }\n    myPayouts(first: 20) {\n      edges {\n        node {\n          id\n          amountMinor\n          currency\n          status\n          createdAt\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').HelperAppEarningsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HelperStartPayouts {\n    startPayoutOnboarding {\n      status\n      onboardingUrl\n    }\n  }\n"): typeof import('./graphql').HelperStartPayoutsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HelperAppReviews {\n    myReviews(first: 50) {\n      edges {\n        node {\n          id\n          subjectId\n          authorName\n          stars\n          text\n          createdAt\n          publishedAt\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').HelperAppReviewsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HelperSubmitStep($stepKey: String!, $evidence: VettingEvidenceInput!) {\n    submitVettingStep(stepKey: $stepKey, evidence: $evidence) {\n      status\n    }\n  }\n"): typeof import('./graphql').HelperSubmitStepDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HelperAppJob($requestId: ID!) {\n    requestConversations(requestId: $requestId) {\n      helperId\n      counterpartName\n      canSend\n      contactsShared\n      unreadCount\n    }\n    request(id: $requestId) {\n      serviceId\n      postalCode\n      description\n      windows {\n        from\n        to\n      }\n    }\n  }\n"): typeof import('./graphql').HelperAppJobDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HelperAppJobAppointments($after: String) {\n    myAppointments(first: 100, after: $after) {\n      edges {\n        node {\n          id\n          helperId\n          serviceId\n          requestId\n          startsAt\n          endsAt\n          status\n          mode\n          completionNote\n          onTheWayAt\n          startedAt\n          createdAt\n          price {\n            currency\n            customerTotalMinor\n            helperPayoutMinor\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): typeof import('./graphql').HelperAppJobAppointmentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HelperAppJobContacts($requestId: ID!) {\n    requestContacts(requestId: $requestId) {\n      displayName\n      email\n      phone\n    }\n  }\n"): typeof import('./graphql').HelperAppJobContactsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HelperAppJobMessages($requestId: ID!) {\n    requestMessages(requestId: $requestId, first: 100) {\n      edges {\n        node {\n          id\n          body\n          createdAt\n          senderRole\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').HelperAppJobMessagesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HelperSendMessage($requestId: ID!, $body: String!) {\n    sendMessage(requestId: $requestId, body: $body) {\n      id\n    }\n  }\n"): typeof import('./graphql').HelperSendMessageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HelperMarkRead($requestId: ID!) {\n    markConversationRead(requestId: $requestId) {\n      unreadCount\n    }\n  }\n"): typeof import('./graphql').HelperMarkReadDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
