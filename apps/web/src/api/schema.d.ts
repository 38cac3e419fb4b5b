// Generated from the platform’s OpenAPI document by apps/web/scripts/generate-api.mjs: do not edit.
// After an API change: npm --prefix apps/web run api
export interface paths {
    "/analytics/action-plan": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ActionPlanController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/analytics/action-plan/goals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** SetGoal */
        post: operations["SetGoal"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/analytics/action-plan/goals/{goalId}/retirement": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** RetireGoal */
        post: operations["RetireGoal"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/analytics/action-plan/goals/{goalId}/revisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** ReviseGoal */
        post: operations["ReviseGoal"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/analytics/cluster-map": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ClusterMapController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/analytics/concentration": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ConcentrationController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/analytics/concentration/series": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ConcentrationSeriesController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/analytics/feed-savings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["FeedSavingsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/analytics/members/{memberId}/passbook": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["PassbookController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/analytics/members/{memberId}/reconciliation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ReconciliationController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/analytics/members/income": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["MemberIncomeController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/analytics/negotiated-prices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["NegotiatedPricesController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/analytics/negotiations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["NegotiationsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/analytics/price-premium": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["PricePremiumController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/analytics/traceability/shipments/{shipmentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["TraceabilityController_trace"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/audit/log": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Who did what, when: the log read in order, by actor, stream category or event type
         * @description Reads at most 10,000 events after `after` and answers those that match (at most `limit`); `scannedTo` is where to go on from.
         */
        get: operations["AuditController_log"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/audit/streams/{stream}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who did what, when, on one stream (a lot, an account, an order…), in order */
        get: operations["AuditController_stream"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who is signed in, in which role */
        get: operations["GetSignedIn"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/oidc": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Whether one can sign in through the cooperative’s OpenID Connect provider (for the sign-in page) */
        get: operations["GetOidcSignInOffer"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/oidc/callback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Where the provider sends the browser back: a Khai session cookie, in the role the groups map to
         * @description Exchanges the code for tokens (PKCE, state and nonce checked; the ID token’s issuer, audience and signature too), maps the person’s groups to a role (`KHAI_OIDC_ROLE_MAP`, the first that matches) and opens the same session as `POST /auth/sign-in` with `session: cookie`, then sends the browser to the web app. No group that maps: 403, no account made (and any session of theirs here ends). A callback this browser did not start, a second use of it or a changed state: 400.
         */
        get: operations["FinishOidcSignIn"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/oidc/start": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Sign in through the cooperative’s OpenID Connect provider: to the provider’s sign-in page
         * @description Starts the authorization code flow with PKCE: the browser is sent to the provider with a state and a nonce kept here, tied to it by a short-lived cookie (10 minutes); the provider sends it back to `/auth/oidc/callback`. Only where `KHAI_OIDC_ISSUER` is configured (404 otherwise).
         */
        get: operations["StartOidcSignIn"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Change the signed-in account’s password; its other sessions end */
        post: operations["ChangePassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/sign-in": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign in with a username and password: a session cookie, or a bearer token
         * @description Five failed sign-ins in a row for a username make it wait, twice as long after each further failure (429 with Retry-After).
         */
        post: operations["SignIn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/sign-out": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** End this session (its token or cookie stops working at once) */
        post: operations["SignOut"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/feed-contracts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** AgreeFeedContract */
        post: operations["AgreeFeedContract"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/feed-contracts/{contractId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["GetFeedContractController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/feed-contracts/{contractId}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** RecordFeedDelivery */
        post: operations["RecordFeedDelivery"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/feed-contracts/{contractId}/deliveries/{deliveryId}/adjustments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** AdjustFeedDelivery */
        post: operations["AdjustFeedDelivery"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/feed-contracts/{contractId}/orders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** PlaceFeedOrder */
        post: operations["PlaceFeedOrder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/feed-invoices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** ReceiveFeedInvoice */
        post: operations["ReceiveFeedInvoice"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/feed-invoices/{invoiceId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["GetFeedInvoiceController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/feed-invoices/{invoiceId}/payments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** RecordFeedInvoicePayment */
        post: operations["RecordFeedInvoicePayment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/feed-market-prices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** RecordFeedMarketPrice */
        post: operations["RecordFeedMarketPrice"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/feed-market-prices/{feedType}/{source}/{observedOn}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["GetFeedMarketPriceController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/feed-negotiations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** OpenFeedNegotiation */
        post: operations["OpenFeedNegotiation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/feed-negotiations/{negotiationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["GetFeedNegotiationController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/feed-negotiations/{negotiationId}/award": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Conclude the negotiation on a quote and agree the feed contract
         * @description Two appends, not atomic: the negotiation is concluded, then the contract agreed (the answer is the contract's write, whose position covers both). If the answer is lost or an error, repeat the request (with the same Idempotency-Key): a half-done award is completed.
         */
        post: operations["AwardFeedContract"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/feed-negotiations/{negotiationId}/failure": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** CloseFeedNegotiationWithoutAgreement */
        post: operations["CloseFeedNegotiationWithoutAgreement"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/feed-negotiations/{negotiationId}/quotes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** ReceiveFeedQuote */
        post: operations["ReceiveFeedQuote"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/flocks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** PlaceFlock */
        post: operations["PlaceFlock"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/flocks/{flockId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["GetFlockController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/flocks/{flockId}/culls": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * CullFlock
         * @description Send an Idempotency-Key: the same cull twice is two culls, unless the key makes the retry a repeat.
         */
        post: operations["CullFlock"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/flocks/{flockId}/mortality": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * RecordFlockMortality
         * @description Send an Idempotency-Key: the same count twice is two counts, unless the key makes the retry a repeat.
         */
        post: operations["RecordFlockMortality"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["HealthController_health"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["HealthController_ready"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/integration": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["IntegrationStatusController_status"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/lots": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** CollectEggs */
        post: operations["CollectEggs"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/lots/{lotId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["GetLotController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/lots/{lotId}/allocations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** AllocatePackedStock */
        post: operations["AllocatePackedStock"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/lots/{lotId}/allocations/{shipmentId}/release": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** ReleasePackedStock */
        post: operations["ReleasePackedStock"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/lots/{lotId}/grading": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** GradeLot */
        post: operations["GradeLot"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/lots/{lotId}/grading/void": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** VoidGrading */
        post: operations["VoidGrading"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/lots/{lotId}/losses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** RecordLoss */
        post: operations["RecordLoss"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/lots/{lotId}/packs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** PackEggs */
        post: operations["PackEggs"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/lots/{lotId}/reject-processing": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** ProcessRejects */
        post: operations["ProcessRejects"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/member-accounts/{memberId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["GetMemberAccountController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/member-accounts/{memberId}/settlements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * SettleMember
         * @description Settles the member's unsettled entries up to periodTo: eggs × price − feed − deductions = net. Each lot's eggs are paid at the member price list in force on its collection day (422 no_price_list_in_force, size_not_priced otherwise); each egg line names its list.
         */
        post: operations["SettleMember"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/member-accounts/{memberId}/settlements/{settlementId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["GetMemberSettlementController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/member-price-lists": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * SetMemberEggPrices
         * @description The prices per egg and size the cooperative pays its members from effectiveFrom on; set once, a new price is a new list. Every list is kept in one schedule: a settlement pays each lot at the list in force on its collection day (of two taking effect the same day, the one set later).
         */
        post: operations["SetMemberEggPrices"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/member-price-lists/{priceListId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["GetMemberPriceListController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * RegisterMember
         * @description Claims the citizen id for the member (409 citizen_id_taken when another member has it), then registers the member with the first farm. Two appends, not atomic: if the answer is lost or an error, repeat the request (with the same Idempotency-Key): the member finds their own claim and the registration completes.
         */
        post: operations["RegisterMember"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/members/{memberId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["GetMemberController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/members/{memberId}/contact": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * ChangeMemberContact
         * @description The member’s phone and bank account from changedOn on, as a whole: a part left out is no longer known. Personal data (PDPA): sealed in the log under the member’s key, shown whole only to the member, managers and admins, erased with the member (422 member_erased after). A manager, or the member on their own record; the same contact again is a no-op.
         */
        post: operations["ChangeMemberContact"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/members/{memberId}/erasure": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * EraseMember
         * @description Destroys the key the member’s name and citizen id are sealed with in the log (crypto-shredding): they read as “(erased)” from then on, everywhere. The member’s lots, money and figures stay. Admin only; a repeat is a no-op.
         */
        post: operations["EraseMember"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/members/{memberId}/farms": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** RegisterFarm */
        post: operations["RegisterFarm"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ReadModelsController_metrics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/partners": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** RegisterPartner */
        post: operations["RegisterPartner"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/partners/{partnerId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["GetPartnerController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/partners/{partnerId}/stage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** ChangePartnerStage */
        post: operations["ChangePartnerStage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/price-negotiations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** OpenPriceNegotiation */
        post: operations["OpenPriceNegotiation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/price-negotiations/{negotiationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["GetPriceNegotiationController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/price-negotiations/{negotiationId}/agreement": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** AgreePrice */
        post: operations["AgreePrice"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/price-negotiations/{negotiationId}/counter-offers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** MakeCounterOffer */
        post: operations["MakeCounterOffer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/price-negotiations/{negotiationId}/failure": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** FailNegotiation */
        post: operations["FailNegotiation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/price-negotiations/{negotiationId}/offers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** ReceiveBuyerOffer */
        post: operations["ReceiveBuyerOffer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/processes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ProcessStatusController_status"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/read-models": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ReadModelsController_status"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reference-prices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** AnnounceReferencePrice */
        post: operations["AnnounceReferencePrice"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reference-prices/{source}/{effectiveDate}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["GetReferencePriceController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reference-prices/{source}/{effectiveDate}/revisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** ReviseReferencePrice */
        post: operations["ReviseReferencePrice"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sales": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** RecordSale */
        post: operations["RecordSale"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sales-orders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** ConfirmSalesOrder */
        post: operations["ConfirmSalesOrder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sales-orders/{orderId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["GetSalesOrderController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sales-orders/{orderId}/cancellation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** CancelSalesOrder */
        post: operations["CancelSalesOrder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sales-orders/{orderId}/payments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** RecordBuyerPayment */
        post: operations["RecordBuyerPayment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sales/{saleId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["GetSaleController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/shipments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** PlanShipment */
        post: operations["PlanShipment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/shipments/{shipmentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["GetShipmentController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/shipments/{shipmentId}/delivery": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** ConfirmDelivery */
        post: operations["ConfirmDelivery"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/shipments/{shipmentId}/dispatch": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** DispatchShipment */
        post: operations["DispatchShipment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        ActionPlanDto: {
            asOf: string;
            goals: components["schemas"]["GoalProgressDto"][];
            /** @description log position the answer reflects */
            position: number;
        };
        AdjustFeedDeliveryDto: {
            /**
             * Format: date
             * @example 2026-01-16
             */
            adjustedOn: string;
            /**
             * @description unique within the contract
             * @example ADJ-2026-0001
             */
            adjustmentId: string;
            /**
             * @description what was really delivered, kg (0 when nothing arrived)
             * @example 2800
             */
            newKg: number;
            /** @example weighbridge ticket shows 2,800 kg */
            reason: string;
        };
        AgreeFeedContractDto: {
            /**
             * Format: date
             * @example 2025-12-20
             */
            agreedOn: string;
            /** @example FC-2026-01 */
            contractId: string;
            /**
             * @description feed type code (upper case)
             * @example LAYER_COMPLETE
             */
            feedType: string;
            /**
             * @description market price at signing, satang per kg
             * @example 1550
             */
            marketPricePerKgSatang: number;
            /**
             * @description the negotiation the contract came out of (set by POST /feed-negotiations/:id/award)
             * @example FN-2026-Q1
             */
            negotiationId?: string;
            /**
             * @description contract price, satang per kg
             * @example 1450
             */
            pricePerKgSatang: number;
            /**
             * @description a partner registered as FEED_SUPPLIER
             * @example SUP-CPF
             */
            supplierId: string;
            /**
             * Format: date
             * @description first day deliveries count (inclusive)
             * @example 2026-01-01
             */
            validFrom: string;
            /**
             * Format: date
             * @description last day deliveries count (inclusive)
             * @example 2026-03-31
             */
            validTo: string;
            /**
             * @description kg the contract covers at most
             * @example 10000
             */
            volumeKg: number;
        };
        AgreementDto: {
            agreedOn: string;
            prices: components["schemas"]["SizePriceDto"][];
            validFrom: string;
            validTo: string;
        };
        AgreePriceDto: {
            /**
             * Format: date
             * @example 2026-10-04
             */
            agreedOn: string;
            /** @description the agreed price per asked size class */
            prices: components["schemas"]["SizePriceDto"][];
            /**
             * Format: date
             * @description first day the price applies
             * @example 2026-10-06
             */
            validFrom: string;
            /**
             * Format: date
             * @description last day the price applies
             * @example 2026-12-31
             */
            validTo: string;
        };
        AllocatePackedStockDto: {
            /**
             * Format: date
             * @description ISO date of the allocation; not before the grading
             * @example 2026-11-26
             */
            allocatedOn: string;
            /** @example SH-0001 */
            shipmentId: string;
            /**
             * @description TAS size class (เบอร์)
             * @enum {number}
             */
            size: 0 | 1 | 2 | 3 | 4 | 5 | 6;
            /**
             * @description packed trays reserved for the shipment
             * @example 10
             */
            trays: number;
        };
        AmountsDto: {
            /** @description graded eggs (settlements pay graded eggs only) */
            eggs: number;
            feedKg: number;
            /** @description feed at the contract price, satang */
            feedSatang: number;
            /** @description egg revenue, exact satang */
            revenueSatang: number;
        };
        AnnounceReferencePriceDto: {
            /**
             * Format: date
             * @description ISO date the price takes effect; at most 7 days ahead
             * @example 2022-03-24
             */
            effectiveDate: string;
            /**
             * @description mixed eggs (ไข่คละ), satang per egg
             * @example 340
             */
            mixedSatangPerEgg: number;
            /** @description size ladder; may be empty */
            sizes: components["schemas"]["SizePriceDto"][];
            /**
             * @description who announced it (lower-case slug)
             * @example coop-network
             */
            source: string;
        };
        AppendedEventDto: {
            /** Format: uuid */
            eventId: string;
            /** @example LotGraded */
            type: string;
        };
        AuditEventDto: {
            /**
             * @description who: `user:<userId>:<role>` (see `npm run users -- list`), `process:<name>`, `partner:<id>`
             * @example user:u-1a2b3c4d5e6f7a8b:staff
             */
            actor: string;
            /** @description the event that caused it, if any */
            causationId: string | null;
            /** @description the request or message that led to it */
            correlationId: string;
            eventId: string;
            /** @description when it happened (business time, RFC 3339) */
            occurredAt: string;
            /** @description position in the log */
            position: number;
            /** @description position in its stream, from 0 */
            revision: number;
            /** @example lot-L20261207-F01-1 */
            stream: string;
            /** @example LotGraded */
            type: string;
        };
        AuditLogDto: {
            events: components["schemas"]["AuditEventDto"][];
            /** @description position of the last event in the log */
            head: number;
            /** @description whether the log goes on after scannedTo */
            more: boolean;
            /** @description the last position read (at most 10,000 events a question): ask again with after=scannedTo to go on */
            scannedTo: number;
        };
        AuditStreamDto: {
            /** @description at most 1000 events from fromRevision */
            events: components["schemas"]["AuditEventDto"][];
            /** @description the revision to ask from for the rest, if any */
            nextRevision: number | null;
            stream: string;
        };
        AwardFeedContractDto: {
            /**
             * Format: date
             * @example 2025-12-20
             */
            agreedOn: string;
            /**
             * @description satang per kg; at most the quoted price
             * @example 1450
             */
            agreedPricePerKgSatang: number;
            /**
             * @description id of the feed contract to agree
             * @example FC-2026-01
             */
            contractId: string;
            /**
             * @description market price at signing, satang per kg
             * @example 1550
             */
            marketPricePerKgSatang: number;
            /**
             * @description the quote accepted
             * @example Q-CPF-2
             */
            quoteId: string;
        };
        BankAccountDto: {
            /**
             * @description the bank: BAAC is ธ.ก.ส., GSB ออมสิน, KTB กรุงไทย…
             * @example BAAC
             * @enum {string}
             */
            bank: "BAAC" | "GSB" | "KTB" | "BBL" | "KBANK" | "SCB" | "BAY" | "TTB" | "GHB" | "UOB" | "CIMBT" | "KKP" | "LHB" | "ISBT";
            /**
             * @description 10–12 digits, no dashes
             * @example 020123456789
             */
            number: string;
        };
        BuyerNegotiationsDto: {
            agreed: number;
            buyerId: string;
            channel: string | null;
            failed: number;
            /** @description mean over the agreed sizes of (agreed − first offer) / first offer × 100, each size counting once, computed on the exact ratios; percent, rounded half away from zero to two decimals */
            meanAgreedOverFirstOfferPct: number | null;
            meanBargainingPower: number | null;
            meanConcessionRatio: number | null;
            /** @description mean rounds of the closed negotiations */
            meanRounds: number | null;
            negotiations: number;
            open: number;
        };
        CancellationDto: {
            cancelledOn: string;
            reason: string;
        };
        CancelSalesOrderDto: {
            /**
             * Format: date
             * @example 2026-11-21
             */
            cancelledOn: string;
            /** @example buyer closed the branch */
            reason: string;
        };
        ChangeMemberContactDto: {
            /** @description where settlements are paid. Personal data (PDPA). */
            bankAccount?: components["schemas"]["BankAccountDto"];
            /**
             * Format: date
             * @description ISO date the contact holds from
             * @example 2026-03-01
             */
            changedOn: string;
            /**
             * @description Thai phone number: 0 and 8–9 digits (mobile 0812345678, landline 053123456), or +66 and 8–9 digits (+66812345678), no spaces or dashes; kept and shown in the 0… form. Personal data (PDPA).
             * @example 0812345678
             */
            phone?: string;
        };
        ChangePartnerStageDto: {
            /**
             * Format: date
             * @description ISO date of the move; not before the registration
             * @example 2023-02-01
             */
            changedOn: string;
            /** @example now grades and packs for the cooperative */
            reason: string;
            /** @enum {string} */
            stage: "UPSTREAM" | "MIDSTREAM" | "DOWNSTREAM" | "SUPPORT";
        };
        ChangePasswordDto: {
            /** Format: password */
            currentPassword: string;
            /** Format: password */
            newPassword: string;
        };
        ClaimDto: {
            /**
             * @description satang claimed
             * @example 4140
             */
            amountSatang: number;
            /**
             * @description eggs claimed
             * @example 12
             */
            eggs: number;
            /** @enum {string} */
            reason: "SHORT" | "BROKEN" | "DIRTY" | "QUALITY" | "LATE";
            /**
             * @description TAS size class (เบอร์)
             * @enum {number}
             */
            size: 0 | 1 | 2 | 3 | 4 | 5 | 6;
        };
        CloseFeedNegotiationDto: {
            /**
             * Format: date
             * @example 2025-12-20
             */
            closedOn: string;
            /** @example no quote below the market price */
            reason: string;
        };
        ClusterDistributionDto: {
            /** @description each member's exact henDayPct, over the members with hen-days in the period; mean, median, p10, p90: percent, rounded half away from zero to two decimals */
            henDayPct: components["schemas"]["DistributionDto"];
            /** @description each member's exact iofcPerHenDaySatang, over the members with hen-days in the period; mean, median, p10, p90: whole satang, rounded half away from zero */
            iofcPerHenDaySatang: components["schemas"]["DistributionDto"];
            /** @description income over feed cost, over every member with figures; mean, median, p10, p90: whole satang, rounded half away from zero */
            iofcSatang: components["schemas"]["DistributionDto"];
        };
        ClusterLinkDto: {
            /** @description eggs collected from a member and graded into size classes; eggs sold */
            eggs?: number;
            from: string;
            /** @description feed delivered, after adjustments */
            kg?: number;
            /** @description the same figures per month of the range */
            months: components["schemas"]["LinkMonthDto"][];
            /** @description eggs of a member rejected at grading */
            rejectedEggs?: number;
            /** @enum {string} */
            stage: "UPSTREAM" | "MIDSTREAM" | "DOWNSTREAM" | "SUPPORT";
            to: string;
            /** @description feed charged at the contract price; eggs sold at the price paid */
            valueSatang?: number;
        };
        ClusterMapDto: {
            from: string;
            links: components["schemas"]["ClusterLinkDto"][];
            nodes: components["schemas"]["ClusterNodeDto"][];
            /** @description log position the answer reflects */
            position: number;
            /** @description node ids upstream, midstream, downstream and in support */
            stages: components["schemas"]["StageGroupDto"][];
            to: string;
        };
        ClusterNodeDto: {
            /** @description buyers: how they take our eggs to market */
            channel?: string;
            /** @description members: district of their first farm */
            district?: string;
            /**
             * @description cooperative, member:<memberId> or partner:<partnerId>
             * @example member:M-001
             */
            id: string;
            /**
             * @description COOPERATIVE, MEMBER or the partner kind
             * @example MEMBER
             */
            kind: string;
            name: string;
            province?: string;
            /** @description false for a party that flows name but the registry does not (yet) know */
            registered: boolean;
            /** @enum {string} */
            stage: "UPSTREAM" | "MIDSTREAM" | "DOWNSTREAM" | "SUPPORT";
        };
        CollectEggsDto: {
            /**
             * Format: date
             * @description ISO date of the collection
             * @example 2026-11-24
             */
            collectedOn: string;
            /**
             * @description eggs collected (120 trays of 30)
             * @example 3600
             */
            eggs: number;
            /** @example F01 */
            farmId: string;
            /** @example FL3 */
            flockId: string;
            /** @example L20261124-F01 */
            lotId: string;
            /** @example M017 */
            memberId: string;
        };
        CommandResponseDto: {
            events: components["schemas"]["AppendedEventDto"][];
            /** @description with 202: what follows the write, and where to look */
            pending?: components["schemas"]["PendingDto"];
            /** @description Global position of the last event written (0 if none) */
            position: number;
            /** @description True when an earlier request with the same Idempotency-Key is answered again */
            repeated: boolean;
            /** @description Revision of the stream after the command */
            revision: number;
            /** @example lot-L2026-11-24-F01 */
            streamName: string;
        };
        ConcentrationDto: {
            buyers: components["schemas"]["PartyConcentrationDto"];
            contractShare: components["schemas"]["ContractShareDto"];
            feedSuppliers: components["schemas"]["PartyConcentrationDto"];
            from: string;
            /** @description log position the answer reflects */
            position: number;
            to: string;
        };
        ConcentrationFiguresDto: {
            /**
             * @description < 1,500, 1,500 – 2,500, > 2,500 (decided exactly)
             * @enum {string|null}
             */
            band: "UNCONCENTRATED" | "MODERATELY_CONCENTRATED" | "HIGHLY_CONCENTRATED" | null;
            /** @description the largest party's share of the total × 100; percent, rounded half away from zero to two decimals */
            cr1Pct: number | null;
            /** @description the four largest parties' share of the total × 100; percent, rounded half away from zero to two decimals */
            cr4Pct: number | null;
            /** @description Herfindahl-Hirschman index: Σ (share %)² over every party, of the exact shares (0 – 10,000); rounded half away from zero to two decimals */
            hhi: number | null;
        };
        ConcentrationPeriodDto: {
            buyers: components["schemas"]["PartyConcentrationFiguresDto"];
            feedSuppliers: components["schemas"]["PartyConcentrationFiguresDto"];
            /** @description the period’s first day within the range */
            from: string;
            /**
             * @description `2024-03`, `2024-Q1` or `2024`
             * @example 2024-03
             */
            period: string;
            /** @description the period’s last day within the range */
            to: string;
        };
        ConcentrationSeriesDto: {
            /** @enum {string} */
            every: "month" | "quarter" | "year";
            from: string;
            /** @description every period of the range, oldest first */
            periods: components["schemas"]["ConcentrationPeriodDto"][];
            /** @description log position the answer reflects */
            position: number;
            to: string;
        };
        ConfirmDeliveryDto: {
            /**
             * @description the buyer who received the shipment, when it says: it must be the shipment's buyer
             * @example B-makro-cm
             */
            buyerId?: string;
            /** @description claims per reason and size; may be empty */
            claims: components["schemas"]["ClaimDto"][];
            /**
             * Format: date
             * @example 2026-11-26
             */
            deliveredOn: string;
            /** @description the buyer's count, one line per shipped size */
            recount: components["schemas"]["RecountDto"][];
        };
        ConfirmSalesOrderDto: {
            /** @example B-makro-cm */
            buyerId: string;
            /**
             * Format: date
             * @example 2026-11-26
             */
            deliveryOn: string;
            /** @description one line per size class */
            lines: components["schemas"]["SalesOrderLineDto"][];
            /**
             * @description the negotiation whose agreed prices apply; absent for a spot order
             * @example N2026-makro-Q4
             */
            negotiationId?: string;
            /**
             * Format: date
             * @example 2026-11-20
             */
            orderedOn: string;
            /** @example SO-0001 */
            orderId: string;
        };
        ContractSavingsDto: {
            /** @description against the market price the contract recorded at signing */
            atSigning: components["schemas"]["SavingsDto"];
            contractId: string;
            feedType: string | null;
            marketPricePerKgSatangAtSigning: number | null;
            /** @description against the market price of the feed type in force on each delivery day (FeedMarketPriceRecorded) */
            onDeliveryDay: components["schemas"]["SavingsDto"];
            pricePerKgSatang: number | null;
            supplierId: string | null;
        };
        ContractShareDto: {
            /** @description eggs sold on orders priced under an agreed negotiation */
            contractEggs: number;
            /** @description eggs sold under an agreed contract / eggs sold × 100 (contractEggs / totalEggs × 100); percent, rounded half away from zero to two decimals */
            contractSharePct: number | null;
            totalEggs: number;
        };
        CullFlockDto: {
            /**
             * Format: date
             * @description ISO date of the cull (ปลดระวาง); not before placement
             * @example 2026-11-30
             */
            culledOn: string;
            /**
             * @description hens culled; at most the hens alive (a partial cull is allowed)
             * @example 4800
             */
            hens: number;
            /** @example end of lay */
            reason: string;
        };
        DeductionDto: {
            /**
             * @description a fixed amount, whole satang
             * @example 50000
             */
            amountSatang?: number;
            /**
             * @description percent of the settlement’s egg revenue, two decimals
             * @example 1.5
             */
            percentOfEggRevenue?: number;
            /** @example ค่าหุ้นสหกรณ์ (share capital) */
            reason: string;
            /**
             * @description satang per egg paid in the settlement (net of take-backs), two decimals
             * @example 2
             */
            satangPerEgg?: number;
            /**
             * @description satang per kg of feed charged in the settlement, two decimals
             * @example 10
             */
            satangPerKg?: number;
        };
        DeductionLineDto: {
            /** @description whole satang, rounded once, half away from zero */
            amountSatang: number;
            /** @description percent: the egg revenue it applies to */
            eggRevenueSatang?: number;
            /** @description per-egg: the eggs paid, net of take-backs */
            eggs?: number;
            /** @description per-kg: the kg of feed charged */
            kg?: number;
            /** @enum {string} */
            kind: "fixed" | "per-egg" | "per-kg" | "percent";
            /** @description percent: the rate */
            percentOfEggRevenue?: number;
            reason: string;
            /** @description per-egg: the rate */
            satangPerEgg?: number;
            /** @description per-kg: the rate */
            satangPerKg?: number;
        };
        DeliveryDto: {
            claimedSatang: number;
            claims: components["schemas"]["ClaimDto"][];
            deliveredOn: string;
            recount: components["schemas"]["RecountLineDto"][];
            shortTrays: number;
        };
        DifferenceDto: {
            adjustmentId?: string;
            /** @description the collection or delivery day, or a correction’s day */
            day: string;
            deliveryId?: string;
            /** @description graded eggs (settlements pay graded eggs only) */
            eggs: number;
            feedKg: number;
            /** @description feed at the contract price, satang */
            feedSatang: number;
            grading?: number;
            /** @enum {string} */
            kind: "not_yet_settled" | "settled_outside_window" | "settled_here_collected_outside" | "voided_after_payment" | "taken_back" | "priced_differently" | "feed_not_yet_settled" | "feed_settled_outside_window" | "feed_settled_here_delivered_outside" | "correction_not_settled_here" | "correction_of_delivery_outside_period";
            lotId?: string;
            /** @description egg revenue, exact satang */
            revenueSatang: number;
            settlementId: string | null;
        };
        DispatchDto: {
            dispatchedOn: string;
            vehicle: string | null;
        };
        DispatchShipmentDto: {
            /**
             * Format: date
             * @example 2026-11-26
             */
            dispatchedOn: string;
            /**
             * @description truck or plate
             * @example ชม 1234
             */
            vehicle?: string;
        };
        DistributionDto: {
            gini: number | null;
            /** @enum {string|null} */
            giniCaveat: "NEGATIVE_VALUES" | "NON_POSITIVE_MEAN" | null;
            mean: number | null;
            median: number | null;
            n: number;
            p10: number | null;
            p90: number | null;
        };
        EggGramsDto: {
            /**
             * @description mean weight of an egg of this size, grams
             * @example 62.5
             */
            grams: number;
            /**
             * @description TAS size class (เบอร์)
             * @enum {number}
             */
            size: 0 | 1 | 2 | 3 | 4 | 5 | 6;
        };
        EggLineDto: {
            /** @description eggs × satangPerEgg */
            amountSatang: number;
            /** @description negative where a grading paid earlier is taken back */
            eggs: number;
            /** @description the member price list that priced these eggs (a take-back: the list they were paid by) */
            priceListId: string;
            satangPerEgg: number;
            /** @enum {number} */
            size: 0 | 1 | 2 | 3 | 4 | 5 | 6;
        };
        EraseMemberDto: {
            /**
             * Format: date
             * @description ISO date of the erasure
             * @example 2026-06-30
             */
            erasedOn: string;
            /**
             * @description why; kept in the log for good, so it must name no one and hold no personal data
             * @example the member left the cooperative and asked to be erased (PDPA s.33), request 2026-014
             */
            reason: string;
        };
        FailNegotiationDto: {
            /**
             * Format: date
             * @example 2026-10-04
             */
            failedOn: string;
            /** @example buyer would not go above the reference price */
            reason: string;
        };
        FailureDto: {
            failedOn: string;
            reason: string;
        };
        FeedContractDto: {
            agreedOn: string;
            /** @description openOrderKg + deliveredKg: what the volume is spent on */
            committedKg: number;
            contractId: string;
            /** @description kg delivered under the contract so far, after adjustments */
            deliveredKg: number;
            deliveries: components["schemas"]["FeedDeliveryDto"][];
            feedType: string;
            marketPricePerKgSatang: number;
            /** @description the negotiation the contract came out of */
            negotiationId?: string;
            /** @description kg ordered and not yet delivered */
            openOrderKg: number;
            /** @description kg ordered on behalf of members */
            orderedKg: number;
            orders: components["schemas"]["FeedOrderDto"][];
            pricePerKgSatang: number;
            /** @description volumeKg − committedKg */
            remainingKg: number;
            revision: number;
            supplierId: string;
            validFrom: string;
            validTo: string;
            volumeKg: number;
        };
        FeedDeliveryDto: {
            /** @description satang after adjustments */
            amountSatang: number;
            deliveredOn: string;
            deliveryId: string;
            farmId: string;
            /** @description kg after adjustments */
            kg: number;
            memberId: string;
            orderId?: string;
            /** @description kg as first recorded */
            recordedKg: number;
        };
        FeedInvoiceDto: {
            contractId: string;
            contractPricePerKgSatang: number;
            deliveryIds: string[];
            dueOn: string;
            invoicedOn: string;
            invoiceId: string;
            lines: components["schemas"]["FeedInvoiceLineDto"][];
            /** @description totalSatang − paidSatang */
            outstandingSatang: number;
            /** @description Σ payments */
            paidSatang: number;
            payments: components["schemas"]["FeedInvoicePaymentDto"][];
            revision: number;
            /**
             * @description paid once nothing is outstanding
             * @enum {string}
             */
            status: "received" | "paid";
            supplierId: string;
            totalSatang: number;
            vatSatang: number;
        };
        FeedInvoiceLineDto: {
            /**
             * @description kg × pricePerKgSatang
             * @example 2900000
             */
            amountSatang: number;
            /** @example D-2026-0001 */
            deliveryId: string;
            /** @example 2000 */
            kg: number;
            /**
             * @description satang per kg, as invoiced
             * @example 1450
             */
            pricePerKgSatang: number;
        };
        FeedInvoicePaymentDto: {
            amountSatang: number;
            paidOn: string;
            paymentId: string;
        };
        FeedMarketPriceDto: {
            feedMarketPriceId: string;
            feedType: string;
            observedOn: string;
            pricePerKgSatang: number;
            source: string;
        };
        FeedNegotiationConclusionDto: {
            agreedOn: string;
            agreedPricePerKgSatang: number;
            contractId: string;
            /** @description market price at signing */
            marketPricePerKgSatang: number;
            quotedPricePerKgSatang: number;
            quoteId: string;
            quotesCount: number;
            supplierId: string;
            volumeKg: number;
        };
        FeedNegotiationDto: {
            conclusion?: components["schemas"]["FeedNegotiationConclusionDto"];
            failure?: components["schemas"]["FeedNegotiationFailureDto"];
            feedType: string;
            /** @description market price at opening */
            marketPricePerKgSatang: number;
            negotiationId: string;
            openedOn: string;
            periodFrom: string;
            periodTo: string;
            /** @description every quote, in the order received */
            quotes: components["schemas"]["FeedQuoteDto"][];
            revision: number;
            /** @enum {string} */
            status: "open" | "concluded" | "failed";
            volumeKg: number;
        };
        FeedNegotiationFailureDto: {
            closedOn: string;
            quotesCount: number;
            reason: string;
        };
        FeedOrderDto: {
            /** @description kg delivered against the order, after adjustments */
            deliveredKg: number;
            farmId: string;
            /** @description kg ordered */
            kg: number;
            memberId: string;
            orderedOn: string;
            orderId: string;
            requestedDeliveryOn: string;
        };
        FeedQuoteDto: {
            pricePerKgSatang: number;
            quoteId: string;
            receivedOn: string;
            supplierId: string;
            validUntil?: string;
            volumeKg: number;
        };
        FeedSavingsDto: {
            /** @description against the market price the contract recorded at signing */
            atSigning: components["schemas"]["SavingsDto"];
            contracts: components["schemas"]["ContractSavingsDto"][];
            from: string;
            months: components["schemas"]["MonthSavingsDto"][];
            /** @description against the market price of the feed type in force on each delivery day (FeedMarketPriceRecorded) */
            onDeliveryDay: components["schemas"]["SavingsDto"];
            /** @description log position the answer reflects */
            position: number;
            /** @description the source of market prices asked for */
            source: string | null;
            to: string;
        };
        FieldErrorDto: {
            /** @example eggs */
            field: string;
            /**
             * @example [
             *       "eggs must not be less than 1"
             *     ]
             */
            messages: string[];
        };
        FlockDto: {
            breed: string;
            culled: number;
            deaths: number;
            farmId: string;
            flockId: string;
            hatchedOn?: string;
            /** @description hensPlaced − deaths − culled */
            hensAlive: number;
            hensPlaced: number;
            memberId: string;
            /**
             * @description deaths / hensPlaced × 100, half up to 2 decimals
             * @example 1.25
             */
            mortalityPercent: number;
            placedOn: string;
            revision: number;
            /**
             * @description closed once no hens are left
             * @enum {string}
             */
            status: "laying" | "closed";
        };
        GoalProgressDto: {
            baseline: number | null;
            /** @enum {string} */
            comparison: "at_least" | "at_most";
            daysRemaining: number;
            deadline: string;
            /** @description share of the time from setOn to the deadline that has passed, %; not met, the goal is on_track while progressPct is at least this, at_risk otherwise */
            elapsedPct: number;
            goalId: string;
            /** @enum {string} */
            metric: "price_premium_pct" | "contract_share_pct" | "iofc_per_hen_day_median_satang" | "hen_day_production_pct_median";
            owner: string;
            /** @description how far the value has come from the baseline towards the target: (value − baseline) / (target − baseline) × 100, on the exact value; an at_least goal without baseline counts from 0; percent, rounded half away from zero to two decimals */
            progressPct: number | null;
            /** @description premium goals: the source of reference prices they are measured against */
            referenceSource?: string;
            revisions: number;
            setOn: string;
            /**
             * @description judged on the exact value, before it is rounded. met: the value satisfies the target; missed: not met and the deadline has passed; at_risk: not met and less than 25 % of the time from setting to deadline remains; on_track: otherwise
             * @enum {string}
             */
            status: "met" | "on_track" | "at_risk" | "missed";
            target: number;
            /** @description the metric over the window, as its endpoint answers it: a _pct metric in percent to two decimals, a _satang one in whole satang, each rounded half away from zero; null when there was nothing to measure */
            value: number | null;
            /** @description the days the value was measured over */
            window: components["schemas"]["WindowDto"];
            windowDays: number;
        };
        GradeLotDto: {
            /**
             * @description quality grade of every graded egg
             * @default A
             * @enum {string}
             */
            grade: "A" | "B";
            /**
             * Format: date
             * @description ISO date of the grading; not before the collection
             * @example 2026-11-25
             */
            gradedOn: string;
            /** @description rejected eggs per reason, each reason at most once */
            rejects: components["schemas"]["RejectCountDto"][];
            /** @description eggs per size class, each class at most once */
            sizes: components["schemas"]["SizeCountDto"][];
        };
        GradingRefDto: {
            /** @description 1 for the first grading of the lot */
            grading: number;
            lotId: string;
        };
        HealthDto: {
            /** @description position of the last event in the log */
            headPosition: number;
            /** @description events the process manager furthest behind has yet to handle */
            processesLag: number;
            /** @description events the read model furthest behind has yet to apply */
            readModelsLag: number;
            /** @description every read model has caught up with the log and follows it (see /health/ready) */
            ready: boolean;
            /** @enum {string} */
            status: "ok";
        };
        LinkMonthDto: {
            /** @description eggs collected from a member and graded into size classes; eggs sold */
            eggs?: number;
            /** @description feed delivered, after adjustments */
            kg?: number;
            /** @example 2024-02 */
            month: string;
            /** @description eggs of a member rejected at grading */
            rejectedEggs?: number;
            /** @description feed charged at the contract price; eggs sold at the price paid */
            valueSatang?: number;
        };
        LotDto: {
            collectedEggs: number;
            collectedOn: string;
            farmId: string;
            flockId: string;
            /** @enum {string|null} */
            grade: "A" | "B" | null;
            /** @description eggs graded into size classes; 0 until graded */
            gradedEggs: number;
            gradedOn: string | null;
            lotId: string;
            memberId: string;
            /** @description eggs rejected; 0 until graded */
            rejectedEggs: number;
            /** @description rejected eggs per reason; empty until graded */
            rejects: components["schemas"]["RejectCountDto"][];
            /** @description rejected eggs processed into products */
            rejectsProcessed: number;
            /** @description rejected eggs not yet processed */
            rejectsUnprocessed: number;
            revision: number;
            /** @description eggs per size class; empty until graded */
            sizes: components["schemas"]["SizeCountDto"][];
            /**
             * @description back to collected when the grading was voided
             * @enum {string}
             */
            status: "collected" | "graded";
            /** @description stock per graded size class; empty until graded */
            stock: components["schemas"]["SizeStockDto"][];
        };
        MakeCounterOfferDto: {
            /**
             * Format: date
             * @example 2026-10-03
             */
            offeredOn: string;
            /** @description the cooperative's price per asked size class */
            prices: components["schemas"]["SizePriceDto"][];
            /**
             * @description the round, unique in the negotiation
             * @example R2
             */
            roundId: string;
        };
        MemberAccountDto: {
            memberId: string;
            revision: number;
            settlements: components["schemas"]["SettlementSummaryDto"][];
            unsettled: components["schemas"]["UnsettledDto"];
        };
        MemberBankAccountDto: {
            /** @example BAAC */
            bank: string;
            /**
             * @description whole, or masked (xxx-x-x1234-x) where the viewer gets it so
             * @example 020123456789
             */
            number: string;
        };
        MemberDto: {
            /** @description where settlements are paid, whole only to the member, a manager and an admin (PDPA) */
            bankAccount?: components["schemas"]["MemberBankAccountDto"];
            /** @description whole only to the member (an account bound to this member), a manager and an admin (PDPA) */
            citizenId?: string;
            /** @description the day the member’s personal data was erased (PDPA): name and citizen id read “(erased)” since, the phone and bank account are gone */
            erasedOn?: string;
            farms: components["schemas"]["MemberFarmDto"][];
            joinedOn: string;
            /** @description the bank and the number masked (PDPA): xxx-x-x1234-x; absent when not known or erased */
            maskedBankAccount?: components["schemas"]["MemberBankAccountDto"];
            /**
             * @description masked (PDPA): first and last digit only
             * @example 1-XXXX-XXXXX-XX-1
             */
            maskedCitizenId: string;
            /**
             * @description masked (PDPA): the first two digits and the last four; absent when not known or erased
             * @example 08x-xxx-5678
             */
            maskedPhone?: string;
            memberId: string;
            /** @description “(erased)” once the member’s personal data is erased */
            name: string;
            /**
             * @description whole only to the member, a manager and an admin (PDPA); 0 and 8–9 digits
             * @example 0812345678
             */
            phone?: string;
            revision: number;
        };
        MemberFarmDto: {
            district: string;
            farmId: string;
            name: string;
            province: string;
            registeredOn: string;
        };
        MemberIncomeDto: {
            culled: number;
            deaths: number;
            /** @description g per hen per day */
            eggMassGramsPerHenDay: number | null;
            eggMassKg: number;
            eggRevenueSatang: number;
            /** @description graded + rejected */
            eggs: number;
            eggsAtMemberPrice: number;
            eggsAtReferencePrice: number;
            eggsBySize: components["schemas"]["SizeEggsDto"][];
            /** @description graded eggs with no price of any kind in force: left out of revenue */
            eggsUnpriced: number;
            /** @description kg feed ÷ kg eggs */
            fcr: number | null;
            feedCostSatang: number;
            /** @description grams of feed per hen per day: feedKg × 1,000 ÷ henDays, unrounded */
            feedGramsPerHenDay: number | null;
            feedKg: number;
            /** @description hen-day production: eggs (graded + rejected) ÷ henDays × 100; percent, rounded half away from zero to two decimals */
            henDayPct: number | null;
            /** @description Σ hens alive each day of the period */
            henDays: number;
            /** @description hen-housed production (the trade's measure): eggs ÷ housedHenDays × 100, hens counted as housed at placement, so deaths and culls since then lower it; percent, rounded half away from zero to two decimals */
            henHousedPct: number | null;
            /** @description hens alive on the first day of the period */
            hensAliveAtStart: number;
            hensPlacedInPeriod: number;
            /** @description Σ over the days each flock was housed in the period of its hens housed at placement (hen-days housed) */
            housedHenDays: number;
            /** @description iofcSatang / eggs, whole satang, rounded half away from zero */
            iofcPerEggSatang: number | null;
            /** @description iofcSatang / henDays, whole satang, rounded half away from zero */
            iofcPerHenDaySatang: number | null;
            /** @description egg revenue − feed cost */
            iofcSatang: number;
            meanEggGrams: number | null;
            memberId: string;
            /** @description deaths ÷ (hensAliveAtStart + hensPlacedInPeriod) × 100; culls are not deaths; percent, rounded half away from zero to two decimals */
            mortalityPct: number | null;
            rejectedEggs: number;
            /**
             * @description member-price: every graded egg at the member price list in force on its day; reference-price: at the reference price in force (no member list priced it); mixed: some of each
             * @enum {string|null}
             */
            revenueBasis: "member-price" | "reference-price" | "mixed" | null;
        };
        MemberIncomeReportDto: {
            /** @description every member, whatever memberId asks */
            cluster: components["schemas"]["ClusterDistributionDto"];
            days: number;
            /** @description the egg weights that egg mass, mean egg weight and FCR were computed with (TAS 6702 midpoints unless configured) */
            eggGrams: components["schemas"]["EggGramsDto"][];
            from: string;
            members: components["schemas"]["MemberIncomeDto"][];
            /** @description log position the answer reflects */
            position: number;
            to: string;
        };
        MemberPriceListDto: {
            effectiveFrom: string;
            priceListId: string;
            prices: components["schemas"]["SizePriceDto"][];
            /** @description revision of the schedule of all member price lists when read */
            revision: number;
            setOn: string;
        };
        MemberStatementDto: {
            adjustmentIds: string[];
            deductions: components["schemas"]["DeductionLineDto"][];
            deductionsSatang: number;
            deliveryIds: string[];
            eggLines: components["schemas"]["EggLineDto"][];
            eggRevenueSatang: number;
            feedChargeSatang: number;
            feedKg: number;
            gradings: components["schemas"]["PaidGradingRefDto"][];
            lotIds: string[];
            memberId: string;
            /** @description eggRevenueSatang − feedChargeSatang − deductionsSatang */
            netSatang: number;
            periodFrom: string;
            periodTo: string;
            /** @description the lists that priced the eggs, by effectiveFrom */
            priceLists: components["schemas"]["SettlementPriceListDto"][];
            settledOn: string;
            settlementId: string;
            thb: components["schemas"]["StatementThbDto"];
            voidedLotIds: string[];
            voids: components["schemas"]["GradingRefDto"][];
        };
        MixPremiumDto: {
            /** @description the same size mix valued at the reference ladder */
            atLadderSatang: number;
            /** @description the same eggs valued at the mixed (ungraded) reference price */
            atMixedSatang: number;
            /** @description worth of the size mix over ungraded eggs: (atLadderSatang − atMixedSatang) / atMixedSatang × 100; percent, rounded half away from zero to two decimals */
            mixEffectPct: number | null;
            /** @description mix-normalised premium: (realisedSatang − atLadderSatang) / atLadderSatang × 100; percent, rounded half away from zero to two decimals */
            premiumPct: number | null;
            realisedSatang: number;
        };
        MonthSavingsDto: {
            /** @description against the market price the contract recorded at signing */
            atSigning: components["schemas"]["SavingsDto"];
            /** @example 2024-02 */
            month: string;
            /** @description against the market price of the feed type in force on each delivery day (FeedMarketPriceRecorded) */
            onDeliveryDay: components["schemas"]["SavingsDto"];
        };
        NegotiatedPriceRowDto: {
            buyerId: string;
            channel: string | null;
            contractEggs: number;
            /** @description eggs sold under an agreed contract / eggs sold × 100 (contractEggs / eggs × 100); percent, rounded half away from zero to two decimals */
            contractSharePct: number | null;
            eggs: number;
            /** @description eggs sold on days no reference price was in force: left out of the premium */
            eggsWithoutReference: number;
            /**
             * @description YYYY-MM-DD, YYYY-Www or YYYY-MM
             * @example 2024-W07
             */
            period: string;
            /** @description premium over the reference, size-matched: Σ eggs × (price − reference) / Σ eggs × reference × 100 (premiumSatang / referenceSatang × 100) over the eggs with a reference; percent, rounded half away from zero to two decimals */
            premiumPct: number | null;
            /** @description Σ eggs × (price − reference), satang, over the eggs with a reference */
            premiumSatang: number;
            /** @description premiumSatang in baht */
            premiumThb: number;
            /** @description Σ eggs × price paid */
            realisedSatang: number;
            /** @description realisedSatang / eggs, whole satang, rounded half away from zero */
            realisedSatangPerEgg: number | null;
            /** @description Σ eggs × reference price of their size on their day (ladder, else mixed) */
            referenceSatang: number;
            /** @description referenceSatang / the eggs with a reference, whole satang, rounded half away from zero */
            referenceSatangPerEgg: number | null;
            size: number;
            spotEggs: number;
        };
        NegotiatedPricesDto: {
            from: string;
            /** @enum {string} */
            granularity: "day" | "week" | "month";
            page: number;
            pageSize: number;
            /** @description log position the answer reflects */
            position: number;
            rows: components["schemas"]["NegotiatedPriceRowDto"][];
            /** @description all rows matching the filters, not only this page */
            summary: components["schemas"]["PremiumFiguresDto"];
            to: string;
            /** @description rows matching the filters, all pages */
            total: number;
        };
        NegotiationOutcomeDto: {
            buyerId: string;
            closedOn: string | null;
            negotiationId: string;
            openedOn: string;
            /** @enum {string} */
            outcome: "OPEN" | "AGREED" | "FAILED";
            rounds: number;
            sizes: components["schemas"]["SizeOutcomeDto"][];
            validFrom: string | null;
            validTo: string | null;
        };
        NegotiationRoundDto: {
            /** @enum {string} */
            by: "BUYER" | "COOPERATIVE";
            eggsPerWeek: number | null;
            offeredOn: string;
            prices: components["schemas"]["SizePriceDto"][];
            /** @description 1-based; odd rounds are the buyer’s */
            round: number;
            roundId: string;
        };
        NegotiationsDto: {
            buyers: components["schemas"]["BuyerNegotiationsDto"][];
            from: string;
            negotiations: components["schemas"]["NegotiationOutcomeDto"][];
            position: number;
            to: string;
        };
        NewFarmDto: {
            /**
             * @description district (อำเภอ)
             * @example หางดง
             */
            district: string;
            /**
             * @description unique within the member
             * @example F01
             */
            farmId: string;
            /** @example ฟาร์มสมชาย */
            name: string;
            /**
             * @description province (จังหวัด)
             * @example เชียงใหม่
             */
            province: string;
        };
        OidcSignInOfferDto: {
            /** @description whether `/auth/oidc/start` signs in through the cooperative’s provider here */
            enabled: boolean;
        };
        OpenFeedNegotiationDto: {
            /**
             * @description feed type code (upper case)
             * @example LAYER_COMPLETE
             */
            feedType: string;
            /**
             * @description market price at opening, satang per kg
             * @example 1580
             */
            marketPricePerKgSatang: number;
            /** @example FN-2026-Q1 */
            negotiationId: string;
            /**
             * Format: date
             * @example 2025-11-20
             */
            openedOn: string;
            /**
             * Format: date
             * @description first day the contract is to cover (inclusive)
             * @example 2026-01-01
             */
            periodFrom: string;
            /**
             * Format: date
             * @description last day the contract is to cover (inclusive)
             * @example 2026-03-31
             */
            periodTo: string;
            /**
             * @description kg the members need over the period
             * @example 120000
             */
            volumeKg: number;
        };
        OpenPriceNegotiationDto: {
            /** @description the cooperative's asking price, one per size class */
            asking: components["schemas"]["SizePriceDto"][];
            /** @example B-makro-cm */
            buyerId: string;
            /**
             * @description Egg Board ceiling, satang per egg
             * @example 360
             */
            ceilingSatangPerEgg?: number;
            /**
             * @description production cost, satang per egg
             * @example 300
             */
            floorSatangPerEgg?: number;
            /** @example N2026-makro-Q4 */
            negotiationId: string;
            /**
             * Format: date
             * @example 2026-10-01
             */
            openedOn: string;
        };
        OrderDispatchDto: {
            dispatchedOn: string;
            shipmentId: string;
        };
        OrderedLineDto: {
            /** @description eggs × satangPerEgg */
            amountSatang: number;
            /** @description trays × 30 */
            eggs: number;
            /**
             * @description satang per egg
             * @example 365
             */
            satangPerEgg: number;
            /**
             * @description TAS size class (เบอร์)
             * @enum {number}
             */
            size: 0 | 1 | 2 | 3 | 4 | 5 | 6;
            /**
             * @description trays (แผง) of 30 eggs
             * @example 66
             */
            trays: number;
        };
        PackEggsDto: {
            /**
             * @description the case packed into
             * @example C-0001
             */
            caseId?: string;
            /**
             * Format: date
             * @description ISO date of the packing; not before the grading
             * @example 2026-11-25
             */
            packedOn: string;
            /** @example PK-0001 */
            packId: string;
            /**
             * @description TAS size class (เบอร์) of the graded eggs packed
             * @enum {number}
             */
            size: 0 | 1 | 2 | 3 | 4 | 5 | 6;
            /**
             * @description whole trays (แผง) of 30 eggs
             * @example 20
             */
            trays: number;
        };
        PaidGradingRefDto: {
            /** @description 1 for the first grading of the lot */
            grading: number;
            lotId: string;
            /** @description the member price list in force on the lot’s collection day */
            priceListId: string;
        };
        PartnerDto: {
            /** @enum {string} */
            channel?: "WHOLESALER" | "RETAILER" | "MODERN_TRADE" | "INSTITUTION" | "PROCESSOR" | "EXPORTER";
            /** @enum {string} */
            kind: "FEED_SUPPLIER" | "PULLET_SUPPLIER" | "BUYER" | "PROCESSOR" | "FINANCIAL_INSTITUTION" | "GOVERNMENT_AGENCY" | "UNIVERSITY" | "OTHER";
            /**
             * @description masked like a citizen id (a sole trader’s tax id is their citizen id): first and last digit only
             * @example 0-XXXX-XXXXX-XX-5
             */
            maskedTaxId?: string;
            name: string;
            partnerId: string;
            province?: string;
            registeredOn: string;
            revision: number;
            /**
             * @description where the partner sits on the cluster map now
             * @enum {string}
             */
            stage: "UPSTREAM" | "MIDSTREAM" | "DOWNSTREAM" | "SUPPORT";
            stageChanges: components["schemas"]["PartnerStageChangeDto"][];
            /** @description whole (personal data for a sole trader): only to the partner itself, managers and admins */
            taxId?: string;
        };
        PartnerStageChangeDto: {
            changedOn: string;
            /** @enum {string} */
            previousStage: "UPSTREAM" | "MIDSTREAM" | "DOWNSTREAM" | "SUPPORT";
            reason: string;
            /** @enum {string} */
            stage: "UPSTREAM" | "MIDSTREAM" | "DOWNSTREAM" | "SUPPORT";
        };
        PartyConcentrationDto: {
            /** @description by satang paid (buyers) or charged (suppliers) */
            byValue: components["schemas"]["ValueConcentrationDto"];
            byVolume: components["schemas"]["VolumeConcentrationDto"];
            /** @enum {string} */
            volumeUnit: "eggs" | "kg";
        };
        PartyConcentrationFiguresDto: {
            /** @description by satang paid (buyers) or charged (suppliers) */
            byValue: components["schemas"]["ConcentrationFiguresDto"];
            /** @description by eggs sold (buyers) or feed kg delivered (suppliers) */
            byVolume: components["schemas"]["ConcentrationFiguresDto"];
        };
        PassbookCollectedLotDto: {
            collectedOn: string;
            /** @description eggs collected, not yet graded into sizes */
            eggs: number;
            flockId: string;
            lotId: string;
        };
        PassbookDeliveryDto: {
            collectedOn: string;
            /** @description eggs graded into sizes */
            eggs: number;
            gradedOn: string;
            /** @description 1 for the first grading of the lot */
            grading: number;
            lotId: string;
            priceListId: string | null;
            /** @description eggs of the lot's latest grading rejected (cracked, dirty, …): not paid as graded eggs; null while the income read model has not yet seen the grading */
            rejectedEggs: number | null;
            /** @description the settlement that paid it; null until settled */
            settlementId: string | null;
            sizes: components["schemas"]["PassbookSizeDto"][];
            voided: components["schemas"]["PassbookVoidDto"] | null;
        };
        PassbookDto: {
            /** @description lots collected in the period and not graded yet (a grading voided and not redone is under deliveries), newest first, at most 100: graded, a lot moves to deliveries once the member's account has it */
            awaitingGrading: components["schemas"]["PassbookCollectedLotDto"][];
            /** @description each grading of a lot collected in the period, newest first */
            deliveries: components["schemas"]["PassbookDeliveryDto"][];
            /** @description feed delivered in the period, newest first */
            feedCharges: components["schemas"]["PassbookFeedChargeDto"][];
            from: string;
            memberId: string;
            /** @description settlements settled in the period, newest first */
            settlements: components["schemas"]["PassbookSettlementDto"][];
            to: string;
        };
        PassbookFeedChargeDto: {
            /** @description satang after corrections */
            amountSatang: number;
            deliveredOn: string;
            deliveryId: string;
            /** @description kg after corrections */
            kg: number;
            /** @description the settlement that charged it; null until settled */
            settlementId: string | null;
        };
        PassbookSettlementDto: {
            deductionsSatang: number;
            eggRevenueSatang: number;
            feedChargeSatang: number;
            netSatang: number;
            periodFrom: string;
            periodTo: string;
            settledOn: string;
            settlementId: string;
        };
        PassbookSizeDto: {
            eggs: number;
            /** @description what the settlement paid per egg; null until settled */
            paidSatangPerEgg: number | null;
            /** @description the reference price in force on the collection day (the size's, else the mixed price) */
            referenceSatangPerEgg: number | null;
            /** @description the reference price’s source */
            referenceSource: string | null;
            /** @enum {number} */
            size: 0 | 1 | 2 | 3 | 4 | 5 | 6;
        };
        PassbookVoidDto: {
            reason: string;
            /** @description the settlement that took a paid grading back */
            takenBackIn: string | null;
            voidedOn: string;
        };
        PaymentDto: {
            amountSatang: number;
            /** @enum {string} */
            method: "TRANSFER" | "CHEQUE" | "CASH";
            paidOn: string;
            paymentId: string;
        };
        PendingDto: {
            /** @example /shipments/SH-0001 */
            location: string;
            /** @example the allocation of packed stock */
            what: string;
        };
        PlaceFeedOrderDto: {
            /**
             * @description one of the member's registered farms, where the feed goes
             * @example F01
             */
            farmId: string;
            /**
             * @description held against the contract volume until delivered
             * @example 6000
             */
            kg: number;
            /**
             * @description the registered member the cooperative orders for
             * @example M001
             */
            memberId: string;
            /**
             * Format: date
             * @example 2026-01-02
             */
            orderedOn: string;
            /**
             * @description purchase order number
             * @example PO-2026-0001
             */
            orderId: string;
            /**
             * Format: date
             * @description within the contract period
             * @example 2026-01-15
             */
            requestedDeliveryOn: string;
        };
        PlaceFlockDto: {
            /** @example ISA Brown */
            breed: string;
            /**
             * @description one of the member’s farms
             * @example F01
             */
            farmId: string;
            /** @example FL-2026-01 */
            flockId: string;
            /**
             * Format: date
             * @description ISO hatch date; not after placedOn
             * @example 2025-09-01
             */
            hatchedOn?: string;
            /**
             * @description hens housed at placement
             * @example 5000
             */
            hensPlaced: number;
            /**
             * @description a registered member
             * @example M001
             */
            memberId: string;
            /**
             * Format: date
             * @description ISO date the hens were housed
             * @example 2026-01-20
             */
            placedOn: string;
        };
        PlanShipmentDto: {
            /** @example B-makro-cm */
            buyerId: string;
            /** @description trays per lot and size, each pair once */
            items: components["schemas"]["ShipmentItemDto"][];
            /** @example SO-0001 */
            orderId: string;
            /**
             * Format: date
             * @example 2026-11-25
             */
            plannedOn: string;
            /** @example SH-0001 */
            shipmentId: string;
        };
        PremiumFiguresDto: {
            contractEggs: number;
            /** @description eggs sold under an agreed contract / eggs sold × 100 (contractEggs / eggs × 100); percent, rounded half away from zero to two decimals */
            contractSharePct: number | null;
            eggs: number;
            /** @description eggs sold on days no reference price was in force: left out of the premium */
            eggsWithoutReference: number;
            /** @description premium over the reference, size-matched: Σ eggs × (price − reference) / Σ eggs × reference × 100 (premiumSatang / referenceSatang × 100) over the eggs with a reference; percent, rounded half away from zero to two decimals */
            premiumPct: number | null;
            /** @description Σ eggs × (price − reference), satang, over the eggs with a reference */
            premiumSatang: number;
            /** @description premiumSatang in baht */
            premiumThb: number;
            /** @description Σ eggs × price paid */
            realisedSatang: number;
            /** @description realisedSatang / eggs, whole satang, rounded half away from zero */
            realisedSatangPerEgg: number | null;
            /** @description Σ eggs × reference price of their size on their day (ladder, else mixed) */
            referenceSatang: number;
            /** @description referenceSatang / the eggs with a reference, whole satang, rounded half away from zero */
            referenceSatangPerEgg: number | null;
            spotEggs: number;
        };
        PremiumLineDto: {
            eggs: number;
            /** @description (satangPerEgg − referenceSatangPerEgg) / referenceSatangPerEgg × 100; percent, rounded half away from zero to two decimals */
            premiumPct: number | null;
            /** @description satangPerEgg − referenceSatangPerEgg */
            premiumSatangPerEgg: number | null;
            /** @enum {string|null} */
            referenceBasis: "size" | "mixed" | null;
            referenceSatangPerEgg: number | null;
            satangPerEgg: number;
            size: number;
        };
        PremiumSumsDto: {
            eggs: number;
            /** @description eggs sold on days no reference price was in force: left out of the premium */
            eggsWithoutReference: number;
            /** @description premium over the reference, size-matched: Σ eggs × (price − reference) / Σ eggs × reference × 100 (premiumSatang / referenceSatang × 100) over the eggs with a reference; percent, rounded half away from zero to two decimals */
            premiumPct: number | null;
            /** @description Σ eggs × (price − reference), satang, over the eggs with a reference */
            premiumSatang: number;
            /** @description premiumSatang in baht */
            premiumThb: number;
            /** @description Σ eggs × price paid */
            realisedSatang: number;
            /** @description realisedSatang / eggs, whole satang, rounded half away from zero */
            realisedSatangPerEgg: number | null;
            /** @description Σ eggs × reference price of their size on their day (ladder, else mixed) */
            referenceSatang: number;
            /** @description referenceSatang / the eggs with a reference, whole satang, rounded half away from zero */
            referenceSatangPerEgg: number | null;
        };
        PriceNegotiationDto: {
            agreement?: components["schemas"]["AgreementDto"] | null;
            /** @description the cooperative's asking price */
            asking: components["schemas"]["SizePriceDto"][];
            buyerId: string;
            ceilingSatangPerEgg: number | null;
            failure?: components["schemas"]["FailureDto"] | null;
            floorSatangPerEgg: number | null;
            negotiationId: string;
            openedOn: string;
            revision: number;
            roundCount: number;
            rounds: components["schemas"]["NegotiationRoundDto"][];
            /** @enum {string} */
            status: "open" | "agreed" | "failed";
        };
        PricePremiumReportDto: {
            from: string;
            /** @description log position the answer reflects */
            position: number;
            sales: components["schemas"]["SalePremiumDto"][];
            /** @description every line of the sales below, added up */
            summary: components["schemas"]["PremiumSumsDto"];
            to: string;
        };
        PrincipalDto: {
            /** @description the member a member account is bound to */
            memberId?: string;
            /** @description the buyer or feed supplier a partner account is bound to */
            partnerId?: string;
            /** @enum {string} */
            role: "admin" | "manager" | "staff" | "member" | "agency" | "partner";
            /** @example u-3f9a0c1d5e7b2a48 */
            userId: string;
            /** @example somsri */
            username: string;
        };
        ProblemDetailsDto: {
            /**
             * @description stable machine-readable reason
             * @example validation_failed
             */
            code: string;
            /** @example eggs: eggs must not be less than 1 */
            detail: string;
            /** @description with 400: each field and what is wrong with it */
            errors?: components["schemas"]["FieldErrorDto"][];
            /** @example /lots */
            instance: string;
            /** @example 400 */
            status: number;
            /** @example Validation failed */
            title: string;
            /** @example https://khai.coop/problems/validation_failed */
            type: string;
        };
        ProcessRejectsDto: {
            /** @example RB-0001 */
            batchId: string;
            /**
             * @description rejected eggs put into the batch
             * @example 120
             */
            eggs: number;
            /**
             * @description product weight out, whole grams; the yield is computed from it
             * @example 6000
             */
            outputGrams: number;
            /**
             * Format: date
             * @description ISO date of the processing; not before the grading
             * @example 2026-11-26
             */
            processedOn: string;
            /** @enum {string} */
            product: "LIQUID_EGG" | "BOILED_EGG" | "BAKERY_GRADE" | "ANIMAL_FEED";
        };
        ProcessStatusDto: {
            /** @description log position of the last event fully handled */
            checkpoint: number;
            failed: string | null;
            head: number;
            lag: number;
            name: string;
        };
        ReadModelsDto: {
            readModels: components["schemas"]["ReadModelStatusDto"][];
            /**
             * @description where the read models are kept: memory or mongodb
             * @example mongodb
             */
            store: string;
        };
        ReadModelStatusDto: {
            /** @description events applied or passed over since start */
            eventsProcessed: number;
            failed: string | null;
            /** @description position of the last event in the log */
            head: number;
            /** @description events in the log not yet applied */
            lag: number;
            /** @description caught up and following the log */
            live: boolean;
            name: string;
            /** @description log position applied and checkpointed */
            position: number;
            rebuilding: boolean;
        };
        ReceiveBuyerOfferDto: {
            /**
             * @description the buyer making the offer, when it says: it must be the negotiation's buyer
             * @example B-makro-cm
             */
            buyerId?: string;
            /**
             * @description the volume the buyer would take
             * @example 36000
             */
            eggsPerWeek?: number;
            /**
             * Format: date
             * @example 2026-10-02
             */
            offeredOn: string;
            /** @description the buyer's price per asked size class */
            prices: components["schemas"]["SizePriceDto"][];
            /**
             * @description the round, unique in the negotiation
             * @example R1
             */
            roundId: string;
        };
        ReceiveFeedInvoiceDto: {
            /** @example FC-2026-01 */
            contractId: string;
            /**
             * @description the contract price, satang per kg, as on the contract: every line must be invoiced at it
             * @example 1450
             */
            contractPricePerKgSatang: number;
            /**
             * @description the deliveries invoiced, one line each
             * @example [
             *       "D-2026-0001"
             *     ]
             */
            deliveryIds: string[];
            /**
             * Format: date
             * @example 2026-03-01
             */
            dueOn: string;
            /**
             * Format: date
             * @example 2026-01-31
             */
            invoicedOn: string;
            /**
             * @description the supplier's invoice number
             * @example INV-CPF-0042
             */
            invoiceId: string;
            lines: components["schemas"]["FeedInvoiceLineDto"][];
            /**
             * @description the contract's supplier, registered as FEED_SUPPLIER
             * @example SUP-CPF
             */
            supplierId: string;
            /**
             * @description Σ line amounts + VAT
             * @example 3103000
             */
            totalSatang: number;
            /**
             * @description VAT in satang (0 or more)
             * @example 203000
             */
            vatSatang: number;
        };
        ReceiveFeedQuoteDto: {
            /**
             * @description quoted price, satang per kg
             * @example 1500
             */
            pricePerKgSatang: number;
            /**
             * @description unique within the negotiation; a requote gets a new id
             * @example Q-CPF-1
             */
            quoteId: string;
            /**
             * Format: date
             * @example 2025-11-25
             */
            receivedOn: string;
            /**
             * @description a partner registered as FEED_SUPPLIER
             * @example SUP-CPF
             */
            supplierId: string;
            /**
             * Format: date
             * @description last day the quote holds; open-ended if absent
             * @example 2025-12-31
             */
            validUntil?: string;
            /**
             * @description kg the supplier offers over the period
             * @example 150000
             */
            volumeKg: number;
        };
        ReconciliationDto: {
            /** @description income − settled */
            difference: components["schemas"]["AmountsDto"];
            /** @description each lot, delivery or correction that makes the difference */
            explained: components["schemas"]["DifferenceDto"][];
            from: string;
            /** @description the income report: eggs by collection day, feed by delivery day */
            income: components["schemas"]["AmountsDto"];
            memberId: string;
            /** @description the log position both sides were read at or after */
            position: number;
            /** @description the settlements whose settledOn falls in the window */
            settled: components["schemas"]["SettledAmountsDto"];
            to: string;
            /** @description difference − Σ explained: zero unless writes were in flight */
            unexplained: components["schemas"]["AmountsDto"];
        };
        RecordBuyerPaymentDto: {
            /**
             * @description satang received
             * @example 1000000
             */
            amountSatang: number;
            /**
             * @description the buyer who paid, when it says: it must be the order's buyer
             * @example B-makro-cm
             */
            buyerId?: string;
            /** @enum {string} */
            method: "TRANSFER" | "CHEQUE" | "CASH";
            /**
             * Format: date
             * @example 2026-11-30
             */
            paidOn: string;
            /** @example P-2026-0001 */
            paymentId: string;
        };
        RecordedSaleLineDto: {
            /** @description eggs × satangPerEgg */
            amountSatang: number;
            /** @example 1980 */
            eggs: number;
            /**
             * @description negotiated price, satang per egg
             * @example 365
             */
            satangPerEgg: number;
            /**
             * @description TAS size class (เบอร์)
             * @enum {number}
             */
            size: 0 | 1 | 2 | 3 | 4 | 5 | 6;
        };
        RecordFeedDeliveryDto: {
            /**
             * Format: date
             * @example 2026-01-10
             */
            deliveredOn: string;
            /**
             * @description delivery note number
             * @example D-2026-0001
             */
            deliveryId: string;
            /**
             * @description one of the member's registered farms
             * @example F01
             */
            farmId: string;
            /** @example LAYER_COMPLETE */
            feedType: string;
            /** @example 2000 */
            kg: number;
            /**
             * @description a registered member
             * @example M001
             */
            memberId: string;
            /**
             * @description the order the delivery fills; leave out for a delivery outside any order
             * @example PO-2026-0001
             */
            orderId?: string;
        };
        RecordFeedInvoicePaymentDto: {
            /**
             * @description satang; never more than is outstanding
             * @example 1000000
             */
            amountSatang: number;
            /**
             * Format: date
             * @example 2026-02-15
             */
            paidOn: string;
            /**
             * @description unique within the invoice (bank transfer reference)
             * @example PAY-2026-0001
             */
            paymentId: string;
        };
        RecordFeedMarketPriceDto: {
            /** @example LAYER_COMPLETE */
            feedType: string;
            /**
             * Format: date
             * @example 2026-11-02
             */
            observedOn: string;
            /**
             * @description satang per kg
             * @example 1520
             */
            pricePerKgSatang: number;
            /** @example mill-list */
            source: string;
        };
        RecordFlockMortalityDto: {
            /** @example heat stress */
            cause?: string;
            /**
             * @description hens found dead; at most the hens alive
             * @example 3
             */
            deaths: number;
            /**
             * Format: date
             * @description ISO date of the count; not before placement
             * @example 2026-02-01
             */
            recordedOn: string;
        };
        RecordLossDto: {
            /**
             * @description whole eggs lost
             * @example 12
             */
            eggs: number;
            /** @example LS-0001 */
            lossId: string;
            /** @example crate dropped at the loading bay */
            note?: string;
            /** @enum {string} */
            reason: "BROKEN_IN_HANDLING" | "SPOILED" | "RODENT" | "OTHER";
            /**
             * Format: date
             * @description ISO date of the loss; not before the grading
             * @example 2026-11-25
             */
            recordedOn: string;
            /**
             * @description TAS size class (เบอร์)
             * @enum {number}
             */
            size: 0 | 1 | 2 | 3 | 4 | 5 | 6;
            /**
             * @description graded eggs not yet packed, or eggs already in trays
             * @enum {string}
             */
            stage: "GRADED" | "PACKED";
        };
        RecordSaleDto: {
            /** @example B-makro-cm */
            buyerId: string;
            /** @description one line per size class sold */
            lines: components["schemas"]["SaleLineDto"][];
            /**
             * @description the lots the eggs came from: each recorded and graded by soldOn, together holding the eggs sold of each size (422 lot_not_recorded, lot_not_graded, lots_do_not_hold); none for a sale at the gate
             * @example [
             *       "L20261124-F01"
             *     ]
             */
            lotIds?: string[];
            /** @example S0001 */
            saleId: string;
            /**
             * Format: date
             * @description ISO date of the sale
             * @example 2026-11-26
             */
            soldOn: string;
        };
        RecountDto: {
            /**
             * @description TAS size class (เบอร์)
             * @enum {number}
             */
            size: 0 | 1 | 2 | 3 | 4 | 5 | 6;
            /**
             * @description trays the buyer counted
             * @example 64
             */
            trays: number;
        };
        RecountLineDto: {
            recountedTrays: number;
            shippedTrays: number;
            /** @description shippedTrays − recountedTrays */
            shortTrays: number;
            size: number;
        };
        ReferencePriceDto: {
            effectiveDate: string;
            mixedSatangPerEgg: number;
            referencePriceId: string;
            revision: number;
            sizes: components["schemas"]["SizePriceDto"][];
            source: string;
        };
        ReferenceUsedDto: {
            effectiveDate: string;
            source: string;
        };
        RefusalDto: {
            reason: string;
            refusedOn: string;
        };
        RegisterFarmDto: {
            /**
             * @description district (อำเภอ)
             * @example หางดง
             */
            district: string;
            /**
             * @description unique within the member
             * @example F01
             */
            farmId: string;
            /** @example ฟาร์มสมชาย */
            name: string;
            /**
             * @description province (จังหวัด)
             * @example เชียงใหม่
             */
            province: string;
            /**
             * Format: date
             * @description ISO date the farm comes into the cooperative
             * @example 2026-03-01
             */
            registeredOn: string;
        };
        RegisterMemberDto: {
            /** @description where settlements are paid. Personal data (PDPA). */
            bankAccount?: components["schemas"]["BankAccountDto"];
            /**
             * @description 13 digits, no dashes; personal data (PDPA)
             * @example 1234567890121
             */
            citizenId: string;
            /** @description the first farm */
            farm: components["schemas"]["NewFarmDto"];
            /**
             * Format: date
             * @description ISO date the membership starts; also the first farm’s
             * @example 2026-01-15
             */
            joinedOn: string;
            /** @example M001 */
            memberId: string;
            /** @example สมชาย ใจดี */
            name: string;
            /**
             * @description Thai phone number: 0 and 8–9 digits (mobile 0812345678, landline 053123456), or +66 and 8–9 digits (+66812345678), no spaces or dashes; kept and shown in the 0… form. Personal data (PDPA).
             * @example 0812345678
             */
            phone?: string;
        };
        RegisterPartnerDto: {
            /**
             * @description required for a BUYER, refused (422) for any other kind
             * @enum {string}
             */
            channel?: "WHOLESALER" | "RETAILER" | "MODERN_TRADE" | "INSTITUTION" | "PROCESSOR" | "EXPORTER";
            /** @enum {string} */
            kind: "FEED_SUPPLIER" | "PULLET_SUPPLIER" | "BUYER" | "PROCESSOR" | "FINANCIAL_INSTITUTION" | "GOVERNMENT_AGENCY" | "UNIVERSITY" | "OTHER";
            /** @example Tops Market */
            name: string;
            /** @example B-TOPS */
            partnerId: string;
            /**
             * @description province (จังหวัด)
             * @example เชียงใหม่
             */
            province?: string;
            /**
             * Format: date
             * @description ISO date the partner comes onto the map
             * @example 2022-01-10
             */
            registeredOn: string;
            /**
             * @description defaults from the kind: suppliers UPSTREAM, PROCESSOR MIDSTREAM, BUYER DOWNSTREAM, others SUPPORT
             * @enum {string}
             */
            stage?: "UPSTREAM" | "MIDSTREAM" | "DOWNSTREAM" | "SUPPORT";
            /**
             * @description 13 digits with the citizen id’s check digit
             * @example 0105536092641
             */
            taxId?: string;
        };
        RejectCountDto: {
            /** @example 90 */
            eggs: number;
            /**
             * @description why the eggs are not sold as graded
             * @enum {string}
             */
            reason: "CRACKED" | "DENTED" | "BROKEN" | "DIRTY" | "SOFT_SHELL" | "MISSHAPEN" | "BLOOD_SPOT" | "UNDERSIZE";
        };
        ReleasePackedStockDto: {
            /** @example shipment cancelled by the buyer */
            reason: string;
            /**
             * Format: date
             * @description ISO date of the release
             * @example 2026-11-27
             */
            releasedOn: string;
        };
        RetireGoalDto: {
            /** @example feed prices rose 12 % */
            reason: string;
            /**
             * Format: date
             * @example 2026-06-01
             */
            retiredOn: string;
        };
        ReviseGoalDto: {
            /** @description null clears it */
            baseline?: number | null;
            /** @enum {string} */
            comparison?: "at_least" | "at_most";
            /**
             * Format: date
             * @example 2027-06-30
             */
            deadline?: string;
            owner?: string;
            /** @example feed prices rose 12 % */
            reason: string;
            /**
             * @description price_premium_pct goals (required there): the source of reference prices to measure against
             * @example coop-network
             */
            referenceSource?: string;
            /**
             * Format: date
             * @example 2026-03-01
             */
            revisedOn: string;
            /** @example 140 */
            target?: number;
            windowDays?: number;
        };
        ReviseReferencePriceDto: {
            /**
             * @description mixed eggs (ไข่คละ), satang per egg
             * @example 340
             */
            mixedSatangPerEgg: number;
            /** @example the report was misread */
            reason: string;
            /**
             * Format: date
             * @example 2022-03-25
             */
            revisedOn: string;
            /** @description size ladder; may be empty */
            sizes: components["schemas"]["SizePriceDto"][];
        };
        SaleDto: {
            buyerId: string;
            lines: components["schemas"]["RecordedSaleLineDto"][];
            lotIds: string[];
            /** @description the sales order a delivered shipment fulfilled (absent for a gate sale) */
            orderId?: string;
            revision: number;
            saleId: string;
            soldOn: string;
            totalEggs: number;
            totalSatang: number;
        };
        SaleLineDto: {
            /** @example 1980 */
            eggs: number;
            /**
             * @description negotiated price, satang per egg
             * @example 365
             */
            satangPerEgg: number;
            /**
             * @description TAS size class (เบอร์)
             * @enum {number}
             */
            size: 0 | 1 | 2 | 3 | 4 | 5 | 6;
        };
        SalePremiumDto: {
            buyerId: string;
            lines: components["schemas"]["PremiumLineDto"][];
            mix: components["schemas"]["MixPremiumDto"] | null;
            reference: components["schemas"]["ReferenceUsedDto"] | null;
            saleId: string;
            soldOn: string;
        };
        SalesOrderDto: {
            buyerId: string;
            cancellation?: components["schemas"]["CancellationDto"] | null;
            deliveryOn: string;
            dispatches: components["schemas"]["OrderDispatchDto"][];
            lines: components["schemas"]["OrderedLineDto"][];
            negotiationId: string | null;
            orderedOn: string;
            orderId: string;
            /** @description valueSatang − paidSatang */
            outstandingSatang: number;
            paidSatang: number;
            payments: components["schemas"]["PaymentDto"][];
            /** @enum {string} */
            priceBasis: "CONTRACT" | "SPOT";
            revision: number;
            /** @enum {string} */
            status: "confirmed" | "cancelled";
            totalEggs: number;
            totalTrays: number;
            /** @description Σ trays × 30 × satangPerEgg */
            valueSatang: number;
        };
        SalesOrderLineDto: {
            /**
             * @description satang per egg
             * @example 365
             */
            satangPerEgg: number;
            /**
             * @description TAS size class (เบอร์)
             * @enum {number}
             */
            size: 0 | 1 | 2 | 3 | 4 | 5 | 6;
            /**
             * @description trays (แผง) of 30 eggs
             * @example 66
             */
            trays: number;
        };
        SavingsDto: {
            /** @description kg compared: those with a market price to compare with */
            kg: number;
            /** @description kg delivered with no market price to compare with, left out */
            kgWithoutMarketPrice: number;
            /** @description Σ market price × kg */
            marketCostSatang: number;
            /** @description Σ contract price × kg */
            negotiatedCostSatang: number;
            /** @description savings over what the feed would have cost at the market price: savingsSatang / marketCostSatang × 100; percent, rounded half away from zero to two decimals */
            savingsPct: number | null;
            /** @description Σ (market − contract price) × kg; negative when the contract was dearer */
            savingsSatang: number;
            savingsThb: number;
        };
        SessionDto: {
            /**
             * Format: date-time
             * @description when the session ends
             */
            expiresAt: string;
            /** @description the member a member account is bound to */
            memberId?: string;
            /** @description the buyer or feed supplier a partner account is bound to */
            partnerId?: string;
            /** @enum {string} */
            role: "admin" | "manager" | "staff" | "member" | "agency" | "partner";
            /** @description with `session: bearer` only: the bearer token (shown once, never stored) */
            token?: string;
            /** @example u-3f9a0c1d5e7b2a48 */
            userId: string;
            /** @example somsri */
            username: string;
        };
        SetGoalDto: {
            /**
             * @description the metric’s value when the goal was set
             * @example 120
             */
            baseline?: number;
            /** @enum {string} */
            comparison: "at_least" | "at_most";
            /**
             * Format: date
             * @example 2026-12-31
             */
            deadline: string;
            /** @example G-2026-IOFC */
            goalId: string;
            /** @enum {string} */
            metric: "price_premium_pct" | "contract_share_pct" | "iofc_per_hen_day_median_satang" | "hen_day_production_pct_median";
            /** @example CDA Chiang Mai */
            owner: string;
            /**
             * @description price_premium_pct goals (required there): the source of reference prices to measure against
             * @example coop-network
             */
            referenceSource?: string;
            /**
             * Format: date
             * @description the day the goal was agreed
             * @example 2026-01-05
             */
            setOn: string;
            /**
             * @description in the metric’s unit: % (two decimals) or whole satang
             * @example 140
             */
            target: number;
            /**
             * @description the metric is measured over this many days up to the day asked
             * @default 30
             */
            windowDays: number;
        };
        SetMemberEggPricesDto: {
            /**
             * Format: date
             * @description ISO date from which the prices apply; at most 366 days ahead
             * @example 2026-11-01
             */
            effectiveFrom: string;
            /** @example PL-2026-11 */
            priceListId: string;
            /** @description one price per size class, at least one */
            prices: components["schemas"]["SizePriceDto"][];
            /**
             * Format: date
             * @description ISO date the list was set; not after today
             * @example 2026-10-28
             */
            setOn: string;
        };
        SettledAmountsDto: {
            /** @description graded eggs (settlements pay graded eggs only) */
            eggs: number;
            feedKg: number;
            /** @description feed at the contract price, satang */
            feedSatang: number;
            /** @description egg revenue, exact satang */
            revenueSatang: number;
            /** @description the settlements settled in the window, in the order made */
            settlementIds: string[];
        };
        SettleMemberDto: {
            /** @description other deductions, each with its reason and exactly one of amountSatang, satangPerEgg, satangPerKg, percentOfEggRevenue (422 deduction_basis otherwise); each rounded once to whole satang; may be empty */
            deductions: components["schemas"]["DeductionDto"][];
            /**
             * @description the log position of the last write the settlement must include (a grading’s or feed delivery’s answer); by default the head of the log when asked. The settlement waits for the member ledger to reach it, or answers 503 ledger_behind with the position it waits for; past the head: 422 position_not_written
             * @example 1204
             */
            minPosition?: number;
            /**
             * Format: date
             * @example 2026-11-01
             */
            periodFrom: string;
            /**
             * Format: date
             * @description entries dated on or before this day and not yet settled are settled
             * @example 2026-11-30
             */
            periodTo: string;
            /**
             * Format: date
             * @example 2026-12-02
             */
            settledOn: string;
            /** @example S-2026-11 */
            settlementId: string;
        };
        SettlementPriceListDto: {
            /** @description null for settlements recorded before it was kept */
            effectiveFrom: string | null;
            priceListId: string;
            prices: components["schemas"]["SizePriceDto"][];
        };
        SettlementSummaryDto: {
            netSatang: number;
            /** @example ฿1,234.50 */
            netThb: string;
            periodFrom: string;
            periodTo: string;
            settledOn: string;
            settlementId: string;
        };
        ShipmentDto: {
            allocatedOn: string | null;
            buyerId: string;
            delivery?: components["schemas"]["DeliveryDto"] | null;
            dispatch?: components["schemas"]["DispatchDto"] | null;
            /** @description by lot and size: each tray traces back to its lot */
            items: components["schemas"]["ShippedItemDto"][];
            orderId: string;
            plannedOn: string;
            refusal?: components["schemas"]["RefusalDto"] | null;
            revision: number;
            shipmentId: string;
            /** @enum {string} */
            status: "planned" | "allocated" | "refused" | "dispatched" | "delivered";
            totalEggs: number;
            totalTrays: number;
        };
        ShipmentItemDto: {
            /**
             * @description the packed lot
             * @example L20261124-F01
             */
            lotId: string;
            /**
             * @description TAS size class (เบอร์)
             * @enum {number}
             */
            size: 0 | 1 | 2 | 3 | 4 | 5 | 6;
            /**
             * @description trays (แผง) of 30 eggs
             * @example 50
             */
            trays: number;
        };
        ShipmentTraceDto: {
            shipmentId: string;
            trays: components["schemas"]["TracedTraysDto"][];
        };
        ShippedItemDto: {
            /** @description trays × 30 */
            eggs: number;
            /**
             * @description the packed lot
             * @example L20261124-F01
             */
            lotId: string;
            /**
             * @description TAS size class (เบอร์)
             * @enum {number}
             */
            size: 0 | 1 | 2 | 3 | 4 | 5 | 6;
            /**
             * @description trays (แผง) of 30 eggs
             * @example 50
             */
            trays: number;
        };
        SignInDto: {
            /** Format: password */
            password: string;
            /**
             * @description `cookie` (default, for the web app): the session is an HttpOnly, SameSite=Strict cookie and no token is answered; `bearer` (for API clients): the token is answered, to send as `Authorization: Bearer <token>`
             * @enum {string}
             */
            session?: "cookie" | "bearer";
            /** @example somsri */
            username: string;
        };
        SizeCountDto: {
            /** @example 1980 */
            eggs: number;
            /**
             * @description TAS size class (เบอร์)
             * @enum {number}
             */
            size: 0 | 1 | 2 | 3 | 4 | 5 | 6;
        };
        SizeEggsDto: {
            eggs: number;
            /** @enum {number} */
            size: 0 | 1 | 2 | 3 | 4 | 5 | 6;
        };
        SizeOutcomeDto: {
            /** @description how far the agreed price rose over the first offer: (agreed − first offer) / first offer × 100; percent, rounded half away from zero to two decimals */
            agreedOverFirstOfferPct: number | null;
            /** @description null until agreed */
            agreedSatangPerEgg: number | null;
            /** @description the cooperative's asking price */
            askSatangPerEgg: number;
            /** @description β = (agreed − floor) / (ceiling − floor) */
            bargainingPower: number | null;
            /** @description (agreed − first offer) / (ask − first offer) */
            concessionRatio: number | null;
            /** @description the buyer's first offer */
            firstOfferSatangPerEgg: number;
            size: number;
            /** @description ask − first offer */
            spreadSatangPerEgg: number;
        };
        SizePriceDto: {
            /**
             * @description satang per egg
             * @example 365
             */
            satangPerEgg: number;
            /**
             * @description TAS size class (เบอร์)
             * @enum {number}
             */
            size: 0 | 1 | 2 | 3 | 4 | 5 | 6;
        };
        SizeStockDto: {
            /** @description trays reserved for shipments */
            allocatedTrays: number;
            /** @description eggs graded into this size */
            graded: number;
            /** @description graded eggs not yet packed nor lost */
            gradedUnpacked: number;
            /** @description eggs lost, graded and packed stages together */
            lost: number;
            /** @description eggs in trays on hand, allocated or not */
            packedEggs: number;
            /** @description full trays on hand, allocated or not */
            packedTrays: number;
            /** @enum {number} */
            size: 0 | 1 | 2 | 3 | 4 | 5 | 6;
        };
        StageGroupDto: {
            nodeIds: string[];
            /** @enum {string} */
            stage: "UPSTREAM" | "MIDSTREAM" | "DOWNSTREAM" | "SUPPORT";
        };
        StatementThbDto: {
            deductions: string;
            /** @example ฿1,234.50 */
            eggRevenue: string;
            feedCharge: string;
            net: string;
        };
        TracedTraysDto: {
            collectedOn: string | null;
            eggs: number;
            farmId: string | null;
            flockId: string | null;
            lotId: string;
            memberId: string | null;
            size: number;
            trays: number;
        };
        UnsettledAdjustmentDto: {
            adjustedOn: string;
            adjustmentId: string;
            amountDeltaSatang: number;
            deliveryId: string;
            deltaKg: number;
            reason: string;
        };
        UnsettledDeliveryDto: {
            gradedOn: string;
            grading: number;
            lotId: string;
            sizes: components["schemas"]["SizeEggsDto"][];
        };
        UnsettledDto: {
            adjustments: components["schemas"]["UnsettledAdjustmentDto"][];
            deliveries: components["schemas"]["UnsettledDeliveryDto"][];
            feedCharges: components["schemas"]["UnsettledFeedChargeDto"][];
            voids: components["schemas"]["UnsettledVoidDto"][];
        };
        UnsettledFeedChargeDto: {
            amountSatang: number;
            deliveredOn: string;
            deliveryId: string;
            kg: number;
        };
        UnsettledVoidDto: {
            grading: number;
            lotId: string;
            /** @description the settlement that paid the grading */
            paidIn: string;
            paidPrices: components["schemas"]["SizePriceDto"][];
            reason: string;
            sizes: components["schemas"]["SizeEggsDto"][];
            voidedOn: string;
        };
        ValueConcentrationDto: {
            /**
             * @description < 1,500, 1,500 – 2,500, > 2,500 (decided exactly)
             * @enum {string|null}
             */
            band: "UNCONCENTRATED" | "MODERATELY_CONCENTRATED" | "HIGHLY_CONCENTRATED" | null;
            /** @description the largest party's share of the total × 100; percent, rounded half away from zero to two decimals */
            cr1Pct: number | null;
            /** @description the four largest parties' share of the total × 100; percent, rounded half away from zero to two decimals */
            cr4Pct: number | null;
            /** @description Herfindahl-Hirschman index: Σ (share %)² over every party, of the exact shares (0 – 10,000); rounded half away from zero to two decimals */
            hhi: number | null;
            /** @description largest first */
            shares: components["schemas"]["ValueShareDto"][];
            totalSatang: number;
        };
        ValueShareDto: {
            id: string;
            /** @description as registered; null if the registry does not know it */
            name: string | null;
            /** @description the party's valueSatang / totalSatang × 100; percent, rounded half away from zero to two decimals */
            sharePct: number;
            /** @description satang paid (buyers) or charged (suppliers) */
            valueSatang: number;
        };
        VoidGradingDto: {
            /**
             * @description why the grading is cancelled
             * @example scale mis-calibrated
             */
            reason: string;
            /**
             * Format: date
             * @description ISO date of the correction; not before the grading
             * @example 2026-11-25
             */
            voidedOn: string;
        };
        VolumeConcentrationDto: {
            /**
             * @description < 1,500, 1,500 – 2,500, > 2,500 (decided exactly)
             * @enum {string|null}
             */
            band: "UNCONCENTRATED" | "MODERATELY_CONCENTRATED" | "HIGHLY_CONCENTRATED" | null;
            /** @description the largest party's share of the total × 100; percent, rounded half away from zero to two decimals */
            cr1Pct: number | null;
            /** @description the four largest parties' share of the total × 100; percent, rounded half away from zero to two decimals */
            cr4Pct: number | null;
            /** @description Herfindahl-Hirschman index: Σ (share %)² over every party, of the exact shares (0 – 10,000); rounded half away from zero to two decimals */
            hhi: number | null;
            /** @description largest first */
            shares: components["schemas"]["VolumeShareDto"][];
            /** @description eggs or kg, as volumeUnit says */
            total: number;
        };
        VolumeShareDto: {
            id: string;
            /** @description as registered; null if the registry does not know it */
            name: string | null;
            /** @description the party's volume / total × 100; percent, rounded half away from zero to two decimals */
            sharePct: number;
            /** @description eggs or kg, as volumeUnit says */
            volume: number;
        };
        WindowDto: {
            from: string;
            to: string;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    ActionPlanController_get: {
        parameters: {
            query?: {
                /** @description the day the goals are judged on; today in Bangkok if left out */
                asOf?: string;
                /** @description read your writes: wait (up to 5 s) until the answer reflects this log position; 422 at once past the log’s head */
                minPosition?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActionPlanDto"];
                };
            };
            /** @description The request is malformed or a field is invalid (`errors` names each field); nothing was written. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No valid credentials (none, or a token or cookie that is wrong, expired or revoked): sign in; nothing was written. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Signed in, but in a role this operation does not let in, or on another member’s or partner’s data; nothing was written. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Something the request names does not exist; nothing was written. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The request breaks a rule (the `code` says which): a business rule, an Idempotency-Key reused for another request, a range of days that ends before it starts, a `minPosition` past the head of the log; nothing was written. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The event store failed or is not ready: a write may or may not be kept; retry with the same Idempotency-Key. Or what the request waits for (the read models, the member ledger for a settlement) has not reached `minPosition` yet: nothing was written; the answer says the position waited for. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    SetGoal: {
        parameters: {
            query?: never;
            header?: {
                /** @description th: field errors in Thai; else English */
                "Accept-Language"?: string;
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SetGoalDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponseDto"];
                };
            };
            /** @description The request is malformed or a field is invalid (`errors` names each field); nothing was written. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No valid credentials (none, or a token or cookie that is wrong, expired or revoked): sign in; nothing was written. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Signed in, but in a role this operation does not let in, or on another member’s or partner’s data; nothing was written. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Something the request names does not exist; nothing was written. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The request conflicts with what is recorded (e.g. the same id with other facts); nothing was written. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Another writer changed the same record at the same moment, more often than retried; nothing was written: retry. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The body is larger than the server takes; nothing was written. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The body is not `application/json`; nothing was written. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The request breaks a rule (the `code` says which): a business rule, an Idempotency-Key reused for another request, a range of days that ends before it starts, a `minPosition` past the head of the log; nothing was written. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The event store failed or is not ready: a write may or may not be kept; retry with the same Idempotency-Key. Or what the request waits for (the read models, the member ledger for a settlement) has not reached `minPosition` yet: nothing was written; the answer says the position waited for. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    RetireGoal: {
        parameters: {
            query?: never;
            header?: {
                /** @description th: field errors in Thai; else English */
                "Accept-Language"?: string;
                "Idempotency-Key"?: string;
            };
            path: {
                goalId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RetireGoalDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponseDto"];
                };
            };
            /** @description The request is malformed or a field is invalid (`errors` names each field); nothing was written. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No valid credentials (none, or a token or cookie that is wrong, expired or revoked): sign in; nothing was written. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Signed in, but in a role this operation does not let in, or on another member’s or partner’s data; nothing was written. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Something the request names does not exist; nothing was written. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The request conflicts with what is recorded (e.g. the same id with other facts); nothing was written. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Another writer changed the same record at the same moment, more often than retried; nothing was written: retry. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The body is larger than the server takes; nothing was written. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The body is not `application/json`; nothing was written. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The request breaks a rule (the `code` says which): a business rule, an Idempotency-Key reused for another request, a range of days that ends before it starts, a `minPosition` past the head of the log; nothing was written. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The event store failed or is not ready: a write may or may not be kept; retry with the same Idempotency-Key. Or what the request waits for (the read models, the member ledger for a settlement) has not reached `minPosition` yet: nothing was written; the answer says the position waited for. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    ReviseGoal: {
        parameters: {
            query?: never;
            header?: {
                /** @description th: field errors in Thai; else English */
                "Accept-Language"?: string;
                "Idempotency-Key"?: string;
            };
            path: {
                goalId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReviseGoalDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponseDto"];
                };
            };
            /** @description The request is malformed or a field is invalid (`errors` names each field); nothing was written. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No valid credentials (none, or a token or cookie that is wrong, expired or revoked): sign in; nothing was written. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Signed in, but in a role this operation does not let in, or on another member’s or partner’s data; nothing was written. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Something the request names does not exist; nothing was written. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The request conflicts with what is recorded (e.g. the same id with other facts); nothing was written. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Another writer changed the same record at the same moment, more often than retried; nothing was written: retry. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The body is larger than the server takes; nothing was written. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The body is not `application/json`; nothing was written. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The request breaks a rule (the `code` says which): a business rule, an Idempotency-Key reused for another request, a range of days that ends before it starts, a `minPosition` past the head of the log; nothing was written. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The event store failed or is not ready: a write may or may not be kept; retry with the same Idempotency-Key. Or what the request waits for (the read models, the member ledger for a settlement) has not reached `minPosition` yet: nothing was written; the answer says the position waited for. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    ClusterMapController_get: {
        parameters: {
            query: {
                from: string;
                /** @description read your writes: wait (up to 5 s) until the answer reflects this log position; 422 at once past the log’s head */
                minPosition?: number;
                /** @description inclusive; at most 3660 days from `from`, both counted (400 beyond) */
                to: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClusterMapDto"];
                };
            };
            /** @description The request is malformed or a field is invalid (`errors` names each field); nothing was written. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No valid credentials (none, or a token or cookie that is wrong, expired or revoked): sign in; nothing was written. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Signed in, but in a role this operation does not let in, or on another member’s or partner’s data; nothing was written. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Something the request names does not exist; nothing was written. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The request breaks a rule (the `code` says which): a business rule, an Idempotency-Key reused for another request, a range of days that ends before it starts, a `minPosition` past the head of the log; nothing was written. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The event store failed or is not ready: a write may or may not be kept; retry with the same Idempotency-Key. Or what the request waits for (the read models, the member ledger for a settlement) has not reached `minPosition` yet: nothing was written; the answer says the position waited for. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    ConcentrationController_get: {
        parameters: {
            query: {
                from: string;
                /** @description read your writes: wait (up to 5 s) until the answer reflects this log position; 422 at once past the log’s head */
                minPosition?: number;
                /** @description inclusive; at most 3660 days from `from`, both counted (400 beyond) */
                to: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConcentrationDto"];
                };
            };
            /** @description The request is malformed or a field is invalid (`errors` names each field); nothing was written. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No valid credentials (none, or a token or cookie that is wrong, expired or revoked): sign in; nothing was written. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Signed in, but in a role this operation does not let in, or on another member’s or partner’s data; nothing was written. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Something the request names does not exist; nothing was written. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The request breaks a rule (the `code` says which): a business rule, an Idempotency-Key reused for another request, a range of days that ends before it starts, a `minPosition` past the head of the log; nothing was written. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The event store failed or is not ready: a write may or may not be kept; retry with the same Idempotency-Key. Or what the request waits for (the read models, the member ledger for a settlement) has not reached `minPosition` yet: nothing was written; the answer says the position waited for. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    ConcentrationSeriesController_get: {
        parameters: {
            query: {
                /** @description calendar months, quarters or years, the first and last clipped to the range */
                every: "month" | "quarter" | "year";
                from: string;
                /** @description read your writes: wait (up to 5 s) until the answer reflects this log position; 422 at once past the log’s head */
                minPosition?: number;
                /** @description inclusive; at most 3660 days from `from`, both counted (400 beyond) */
                to: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConcentrationSeriesDto"];
                };
            };
            /** @description The request is malformed or a field is invalid (`errors` names each field); nothing was written. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No valid credentials (none, or a token or cookie that is wrong, expired or revoked): sign in; nothing was written. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Signed in, but in a role this operation does not let in, or on another member’s or partner’s data; nothing was written. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Something the request names does not exist; nothing was written. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The request breaks a rule (the `code` says which): a business rule, an Idempotency-Key reused for another request, a range of days that ends before it starts, a `minPosition` past the head of the log; nothing was written. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The event store failed or is not ready: a write may or may not be kept; retry with the same Idempotency-Key. Or what the request waits for (the read models, the member ledger for a settlement) has not reached `minPosition` yet: nothing was written; the answer says the position waited for. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    FeedSavingsController_get: {
        parameters: {
            query: {
                from: string;
                /** @description read your writes: wait (up to 5 s) until the answer reflects this log position; 422 at once past the log’s head */
                minPosition?: number;
                /** @description only market prices of this source, for the delivery-day baseline */
                source?: string;
                /** @description inclusive; at most 3660 days from `from`, both counted (400 beyond) */
                to: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FeedSavingsDto"];
                };
            };
            /** @description The request is malformed or a field is invalid (`errors` names each field); nothing was written. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No valid credentials (none, or a token or cookie that is wrong, expired or revoked): sign in; nothing was written. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Signed in, but in a role this operation does not let in, or on another member’s or partner’s data; nothing was written. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Something the request names does not exist; nothing was written. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The request breaks a rule (the `code` says which): a business rule, an Idempotency-Key reused for another request, a range of days that ends before it starts, a `minPosition` past the head of the log; nothing was written. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The event store failed or is not ready: a write may or may not be kept; retry with the same Idempotency-Key. Or what the request waits for (the read models, the member ledger for a settlement) has not reached `minPosition` yet: nothing was written; the answer says the position waited for. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    PassbookController_get: {
        parameters: {
            query: {
                from: string;
                /** @description read your writes: wait (up to 5 s) until the answer reflects this log position; 422 at once past the log’s head */
                minPosition?: number;
                /** @description inclusive; at most 3660 days from `from`, both counted (400 beyond) */
                to: string;
            };
            header?: never;
            path: {
                memberId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PassbookDto"];
                };
            };
            /** @description The request is malformed or a field is invalid (`errors` names each field); nothing was written. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No valid credentials (none, or a token or cookie that is wrong, expired or revoked): sign in; nothing was written. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Signed in, but in a role this operation does not let in, or on another member’s or partner’s data; nothing was written. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Something the request names does not exist; nothing was written. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The request breaks a rule (the `code` says which): a business rule, an Idempotency-Key reused for another request, a range of days that ends before it starts, a `minPosition` past the head of the log; nothing was written. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The event store failed or is not ready: a write may or may not be kept; retry with the same Idempotency-Key. Or what the request waits for (the read models, the member ledger for a settlement) has not reached `minPosition` yet: nothing was written; the answer says the position waited for. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    ReconciliationController_get: {
        parameters: {
            query: {
                from: string;
                /** @description read your writes: wait (up to 5 s) until the answer reflects this log position; 422 at once past the log’s head */
                minPosition?: number;
                /** @description inclusive; at most 3660 days from `from`, both counted (400 beyond) */
                to: string;
            };
            header?: never;
            path: {
                memberId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReconciliationDto"];
                };
            };
            /** @description The request is malformed or a field is invalid (`errors` names each field); nothing was written. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No valid credentials (none, or a token or cookie that is wrong, expired or revoked): sign in; nothing was written. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Signed in, but in a role this operation does not let in, or on another member’s or partner’s data; nothing was written. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Something the request names does not exist; nothing was written. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The request breaks a rule (the `code` says which): a business rule, an Idempotency-Key reused for another request, a range of days that ends before it starts, a `minPosition` past the head of the log; nothing was written. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The event store failed or is not ready: a write may or may not be kept; retry with the same Idempotency-Key. Or what the request waits for (the read models, the member ledger for a settlement) has not reached `minPosition` yet: nothing was written; the answer says the position waited for. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    MemberIncomeController_get: {
        parameters: {
            query: {
                from: string;
                /** @description only this member; the cluster distribution still covers every member */
                memberId?: string;
                /** @description read your writes: wait (up to 5 s) until the answer reflects this log position; 422 at once past the log’s head */
                minPosition?: number;
                /** @description inclusive; at most 3660 days from `from`, both counted (400 beyond) */
                to: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberIncomeReportDto"];
                };
            };
            /** @description The request is malformed or a field is invalid (`errors` names each field); nothing was written. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No valid credentials (none, or a token or cookie that is wrong, expired or revoked): sign in; nothing was written. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Signed in, but in a role this operation does not let in, or on another member’s or partner’s data; nothing was written. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Something the request names does not exist; nothing was written. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The request breaks a rule (the `code` says which): a business rule, an Idempotency-Key reused for another request, a range of days that ends before it starts, a `minPosition` past the head of the log; nothing was written. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The event store failed or is not ready: a write may or may not be kept; retry with the same Idempotency-Key. Or what the request waits for (the read models, the member ledger for a settlement) has not reached `minPosition` yet: nothing was written; the answer says the position waited for. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    NegotiatedPricesController_get: {
        parameters: {
            query: {
                buyerId?: string;
                channel?: "WHOLESALER" | "RETAILER" | "MODERN_TRADE" | "INSTITUTION" | "PROCESSOR" | "EXPORTER";
                from: string;
                /** @description day, ISO week (Monday to Sunday) or month; by the day, at most 366 days (400 beyond) */
                granularity: "day" | "week" | "month";
                /** @description read your writes: wait (up to 5 s) until the answer reflects this log position; 422 at once past the log’s head */
                minPosition?: number;
                page?: number;
                pageSize?: number;
                size?: 0 | 1 | 2 | 3 | 4 | 5 | 6;
                /** @description only this source of reference prices */
                source?: string;
                /** @description inclusive; at most 3660 days from `from`, both counted (400 beyond) */
                to: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NegotiatedPricesDto"];
                };
            };
            /** @description The request is malformed or a field is invalid (`errors` names each field); nothing was written. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No valid credentials (none, or a token or cookie that is wrong, expired or revoked): sign in; nothing was written. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Signed in, but in a role this operation does not let in, or on another member’s or partner’s data; nothing was written. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Something the request names does not exist; nothing was written. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The request breaks a rule (the `code` says which): a business rule, an Idempotency-Key reused for another request, a range of days that ends before it starts, a `minPosition` past the head of the log; nothing was written. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The event store failed or is not ready: a write may or may not be kept; retry with the same Idempotency-Key. Or what the request waits for (the read models, the member ledger for a settlement) has not reached `minPosition` yet: nothing was written; the answer says the position waited for. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    NegotiationsController_get: {
        parameters: {
            query: {
                buyerId?: string;
                from: string;
                /** @description read your writes: wait (up to 5 s) until the answer reflects this log position; 422 at once past the log’s head */
                minPosition?: number;
                /** @description inclusive; at most 3660 days from `from`, both counted (400 beyond) */
                to: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NegotiationsDto"];
                };
            };
            /** @description The request is malformed or a field is invalid (`errors` names each field); nothing was written. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No valid credentials (none, or a token or cookie that is wrong, expired or revoked): sign in; nothing was written. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Signed in, but in a role this operation does not let in, or on another member’s or partner’s data; nothing was written. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Something the request names does not exist; nothing was written. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The request breaks a rule (the `code` says which): a business rule, an Idempotency-Key reused for another request, a range of days that ends before it starts, a `minPosition` past the head of the log; nothing was written. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The event store failed or is not ready: a write may or may not be kept; retry with the same Idempotency-Key. Or what the request waits for (the read models, the member ledger for a settlement) has not reached `minPosition` yet: nothing was written; the answer says the position waited for. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    PricePremiumController_get: {
        parameters: {
            query: {
                buyerId?: string;
                from: string;
                /** @description read your writes: wait (up to 5 s) until the answer reflects this log position; 422 at once past the log’s head */
                minPosition?: number;
                /** @description only this source of reference prices */
                source?: string;
                /** @description inclusive; at most 3660 days from `from`, both counted (400 beyond) */
                to: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PricePremiumReportDto"];
                };
            };
            /** @description The request is malformed or a field is invalid (`errors` names each field); nothing was written. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No valid credentials (none, or a token or cookie that is wrong, expired or revoked): sign in; nothing was written. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Signed in, but in a role this operation does not let in, or on another member’s or partner’s data; nothing was written. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Something the request names does not exist; nothing was written. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The request breaks a rule (the `code` says which): a business rule, an Idempotency-Key reused for another request, a range of days that ends before it starts, a `minPosition` past the head of the log; nothing was written. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The event store failed or is not ready: a write may or may not be kept; retry with the same Idempotency-Key. Or what the request waits for (the read models, the member ledger for a settlement) has not reached `minPosition` yet: nothing was written; the answer says the position waited for. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    TraceabilityController_trace: {
        parameters: {
            query?: {
                /** @description read your writes: wait until the trace reflects this log position; 422 at once past the log’s head */
                minPosition?: number;
            };
            header?: never;
            path: {
                shipmentId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ShipmentTraceDto"];
                };
            };
            /** @description The request is malformed or a field is invalid (`errors` names each field); nothing was written. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No valid credentials (none, or a token or cookie that is wrong, expired or revoked): sign in; nothing was written. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Signed in, but in a role this operation does not let in, or on another member’s or partner’s data; nothing was written. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Something the request names does not exist; nothing was written. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The request breaks a rule (the `code` says which): a business rule, an Idempotency-Key reused for another request, a range of days that ends before it starts, a `minPosition` past the head of the log; nothing was written. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The event store failed or is not ready: a write may or may not be kept; retry with the same Idempotency-Key. Or what the request waits for (the read models, the member ledger for a settlement) has not reached `minPosition` yet: nothing was written; the answer says the position waited for. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    AuditController_log: {
        parameters: {
            query?: {
                /** @description only what this actor did */
                actor?: string;
                /** @description read the log after this position */
                after?: number;
                /** @description only streams of this category (a stream name's part before the first -) */
                category?: string;
                /** @description at most this many events */
                limit?: number;
                type?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditLogDto"];
                };
            };
            /** @description The request is malformed or a field is invalid (`errors` names each field); nothing was written. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No valid credentials (none, or a token or cookie that is wrong, expired or revoked): sign in; nothing was written. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Signed in, but in a role this operation does not let in, or on another member’s or partner’s data; nothing was written. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Something the request names does not exist; nothing was written. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The request breaks a rule (the `code` says which): a business rule, an Idempotency-Key reused for another request, a range of days that ends before it starts, a `minPosition` past the head of the log; nothing was written. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The event store failed or is not ready: a write may or may not be kept; retry with the same Idempotency-Key. Or what the request waits for (the read models, the member ledger for a settlement) has not reached `minPosition` yet: nothing was written; the answer says the position waited for. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    AuditController_stream: {
        parameters: {
            query?: {
                /** @description the first revision to answer */
                fromRevision?: number;
            };
            header?: never;
            path: {
                stream: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditStreamDto"];
                };
            };
            /** @description The request is malformed or a field is invalid (`errors` names each field); nothing was written. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No valid credentials (none, or a token or cookie that is wrong, expired or revoked): sign in; nothing was written. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Signed in, but in a role this operation does not let in, or on another member’s or partner’s data; nothing was written. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Something the request names does not exist; nothing was written. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The request breaks a rule (the `code` says which): a business rule, an Idempotency-Key reused for another request, a range of days that ends before it starts, a `minPosition` past the head of the log; nothing was written. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The event store failed or is not ready: a write may or may not be kept; retry with the same Idempotency-Key. Or what the request waits for (the read models, the member ledger for a settlement) has not reached `minPosition` yet: nothing was written; the answer says the position waited for. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    GetSignedIn: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PrincipalDto"];
                };
            };
            /** @description No valid credentials (none, or a token or cookie that is wrong, expired or revoked): sign in; nothing was written. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Signed in, but in a role this operation does not let in, or on another member’s or partner’s data; nothing was written. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    GetOidcSignInOffer: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OidcSignInOfferDto"];
                };
            };
        };
    };
    FinishOidcSignIn: {
        parameters: {
            query?: {
                code?: string;
                error?: string;
                state?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description signed in: to the web app */
            303: {
                headers: {
                    /** @description `/` */
                    Location?: string;
                    /** @description the session cookie; the flow cookie cleared */
                    "Set-Cookie"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed or a field is invalid (`errors` names each field); nothing was written. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No valid credentials (none, or a token or cookie that is wrong, expired or revoked): sign in; nothing was written. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Signed in, but in a role this operation does not let in, or on another member’s or partner’s data; nothing was written. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Something the request names does not exist; nothing was written. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The OpenID Connect provider could not be reached or its answer was not accepted; nothing was written: retry later. */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    StartOidcSignIn: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description to the provider’s sign-in page */
            302: {
                headers: {
                    /** @description the provider’s authorization URL */
                    Location?: string;
                    /** @description the flow cookie (HttpOnly, SameSite=Lax, 10 minutes) */
                    "Set-Cookie"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Something the request names does not exist; nothing was written. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The OpenID Connect provider could not be reached or its answer was not accepted; nothing was written: retry later. */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    ChangePassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangePasswordDto"];
            };
        };
        responses: {
            /** @description changed; this session goes on, every other one has ended */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed or a field is invalid (`errors` names each field); nothing was written. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No valid credentials (none, or a token or cookie that is wrong, expired or revoked): sign in; nothing was written. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Signed in, but in a role this operation does not let in, or on another member’s or partner’s data; nothing was written. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The body is larger than the server takes; nothing was written. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The body is not `application/json`; nothing was written. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Too many failed attempts for this username in a row: wait the `Retry-After` seconds, then try again. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    SignIn: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SignInDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    /** @description with `session: cookie`: the session cookie */
                    "Set-Cookie"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionDto"];
                };
            };
            /** @description The request is malformed or a field is invalid (`errors` names each field); nothing was written. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No valid credentials (none, or a token or cookie that is wrong, expired or revoked): sign in; nothing was written. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The body is larger than the server takes; nothing was written. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The body is not `application/json`; nothing was written. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Too many failed attempts for this username in a row: wait the `Retry-After` seconds, then try again. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    SignOut: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description signed out */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No valid credentials (none, or a token or cookie that is wrong, expired or revoked): sign in; nothing was written. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Signed in, but in a role this operation does not let in, or on another member’s or partner’s data; nothing was written. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    AgreeFeedContract: {
        parameters: {
            query?: never;
            header?: {
                /** @description th: field errors in Thai; else English */
                "Accept-Language"?: string;
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AgreeFeedContractDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponseDto"];
                };
            };
            /** @description The request is malformed or a field is invalid (`errors` names each field); nothing was written. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No valid credentials (none, or a token or cookie that is wrong, expired or revoked): sign in; nothing was written. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Signed in, but in a role this operation does not let in, or on another member’s or partner’s data; nothing was written. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Something the request names does not exist; nothing was written. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The request conflicts with what is recorded (e.g. the same id with other facts); nothing was written. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Another writer changed the same record at the same moment, more often than retried; nothing was written: retry. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The body is larger than the server takes; nothing was written. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The body is not `application/json`; nothing was written. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The request breaks a rule (the `code` says which): a business rule, an Idempotency-Key reused for another request, a range of days that ends before it starts, a `minPosition` past the head of the log; nothing was written. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The event store failed or is not ready: a write may or may not be kept; retry with the same Idempotency-Key. Or what the request waits for (the read models, the member ledger for a settlement) has not reached `minPosition` yet: nothing was written; the answer says the position waited for. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    GetFeedContractController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                contractId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FeedContractDto"];
                };
            };
            /** @description The request is malformed or a field is invalid (`errors` names each field); nothing was written. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No valid credentials (none, or a token or cookie that is wrong, expired or revoked): sign in; nothing was written. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Signed in, but in a role this operation does not let in, or on another member’s or partner’s data; nothing was written. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Something the request names does not exist; nothing was written. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The request breaks a rule (the `code` says which): a business rule, an Idempotency-Key reused for another request, a range of days that ends before it starts, a `minPosition` past the head of the log; nothing was written. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The event store failed or is not ready: a write may or may not be kept; retry with the same Idempotency-Key. Or what the request waits for (the read models, the member ledger for a settlement) has not reached `minPosition` yet: nothing was written; the answer says the position waited for. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    RecordFeedDelivery: {
        parameters: {
            query?: never;
            header?: {
                /** @description th: field errors in Thai; else English */
                "Accept-Language"?: string;
                "Idempotency-Key"?: string;
            };
            path: {
                contractId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordFeedDeliveryDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponseDto"];
                };
            };
            /** @description The request is malformed or a field is invalid (`errors` names each field); nothing was written. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No valid credentials (none, or a token or cookie that is wrong, expired or revoked): sign in; nothing was written. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Signed in, but in a role this operation does not let in, or on another member’s or partner’s data; nothing was written. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Something the request names does not exist; nothing was written. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The request conflicts with what is recorded (e.g. the same id with other facts); nothing was written. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Another writer changed the same record at the same moment, more often than retried; nothing was written: retry. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The body is larger than the server takes; nothing was written. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The body is not `application/json`; nothing was written. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The request breaks a rule (the `code` says which): a business rule, an Idempotency-Key reused for another request, a range of days that ends before it starts, a `minPosition` past the head of the log; nothing was written. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The event store failed or is not ready: a write may or may not be kept; retry with the same Idempotency-Key. Or what the request waits for (the read models, the member ledger for a settlement) has not reached `minPosition` yet: nothing was written; the answer says the position waited for. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    AdjustFeedDelivery: {
        parameters: {
            query?: never;
            header?: {
                /** @description th: field errors in Thai; else English */
                "Accept-Language"?: string;
                "Idempotency-Key"?: string;
            };
            path: {
                contractId: string;
                deliveryId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AdjustFeedDeliveryDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponseDto"];
                };
            };
            /** @description The request is malformed or a field is invalid (`errors` names each field); nothing was written. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No valid credentials (none, or a token or cookie that is wrong, expired or revoked): sign in; nothing was written. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Signed in, but in a role this operation does not let in, or on another member’s or partner’s data; nothing was written. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Something the request names does not exist; nothing was written. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The request conflicts with what is recorded (e.g. the same id with other facts); nothing was written. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Another writer changed the same record at the same moment, more often than retried; nothing was written: retry. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The body is larger than the server takes; nothing was written. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The body is not `application/json`; nothing was written. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The request breaks a rule (the `code` says which): a business rule, an Idempotency-Key reused for another request, a range of days that ends before it starts, a `minPosition` past the head of the log; nothing was written. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The event store failed or is not ready: a write may or may not be kept; retry with the same Idempotency-Key. Or what the request waits for (the read models, the member ledger for a settlement) has not reached `minPosition` yet: nothing was written; the answer says the position waited for. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    PlaceFeedOrder: {
        parameters: {
            query?: never;
            header?: {
                /** @description th: field errors in Thai; else English */
                "Accept-Language"?: string;
                "Idempotency-Key"?: string;
            };
            path: {
                contractId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PlaceFeedOrderDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponseDto"];
                };
            };
            /** @description The request is malformed or a field is invalid (`errors` names each field); nothing was written. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No valid credentials (none, or a token or cookie that is wrong, expired or revoked): sign in; nothing was written. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Signed in, but in a role this operation does not let in, or on another member’s or partner’s data; nothing was written. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Something the request names does not exist; nothing was written. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The request conflicts with what is recorded (e.g. the same id with other facts); nothing was written. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Another writer changed the same record at the same moment, more often than retried; nothing was written: retry. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The body is larger than the server takes; nothing was written. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The body is not `application/json`; nothing was written. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The request breaks a rule (the `code` says which): a business rule, an Idempotency-Key reused for another request, a range of days that ends before it starts, a `minPosition` past the head of the log; nothing was written. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The event store failed or is not ready: a write may or may not be kept; retry with the same Idempotency-Key. Or what the request waits for (the read models, the member ledger for a settlement) has not reached `minPosition` yet: nothing was written; the answer says the position waited for. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    ReceiveFeedInvoice: {
        parameters: {
            query?: never;
            header?: {
                /** @description th: field errors in Thai; else English */
                "Accept-Language"?: string;
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReceiveFeedInvoiceDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponseDto"];
                };
            };
            /** @description The request is malformed or a field is invalid (`errors` names each field); nothing was written. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No valid credentials (none, or a token or cookie that is wrong, expired or revoked): sign in; nothing was written. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Signed in, but in a role this operation does not let in, or on another member’s or partner’s data; nothing was written. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Something the request names does not exist; nothing was written. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The request conflicts with what is recorded (e.g. the same id with other facts); nothing was written. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Another writer changed the same record at the same moment, more often than retried; nothing was written: retry. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The body is larger than the server takes; nothing was written. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The body is not `application/json`; nothing was written. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The request breaks a rule (the `code` says which): a business rule, an Idempotency-Key reused for another request, a range of days that ends before it starts, a `minPosition` past the head of the log; nothing was written. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The event store failed or is not ready: a write may or may not be kept; retry with the same Idempotency-Key. Or what the request waits for (the read models, the member ledger for a settlement) has not reached `minPosition` yet: nothing was written; the answer says the position waited for. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    GetFeedInvoiceController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                invoiceId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FeedInvoiceDto"];
                };
            };
            /** @description The request is malformed or a field is invalid (`errors` names each field); nothing was written. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No valid credentials (none, or a token or cookie that is wrong, expired or revoked): sign in; nothing was written. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Signed in, but in a role this operation does not let in, or on another member’s or partner’s data; nothing was written. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Something the request names does not exist; nothing was written. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The request breaks a rule (the `code` says which): a business rule, an Idempotency-Key reused for another request, a range of days that ends before it starts, a `minPosition` past the head of the log; nothing was written. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The event store failed or is not ready: a write may or may not be kept; retry with the same Idempotency-Key. Or what the request waits for (the read models, the member ledger for a settlement) has not reached `minPosition` yet: nothing was written; the answer says the position waited for. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    RecordFeedInvoicePayment: {
        parameters: {
            query?: never;
            header?: {
                /** @description th: field errors in Thai; else English */
                "Accept-Language"?: string;
                "Idempotency-Key"?: string;
            };
            path: {
                invoiceId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordFeedInvoicePaymentDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponseDto"];
                };
            };
            /** @description The request is malformed or a field is invalid (`errors` names each field); nothing was written. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No valid credentials (none, or a token or cookie that is wrong, expired or revoked): sign in; nothing was written. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Signed in, but in a role this operation does not let in, or on another member’s or partner’s data; nothing was written. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Something the request names does not exist; nothing was written. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The request conflicts with what is recorded (e.g. the same id with other facts); nothing was written. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Another writer changed the same record at the same moment, more often than retried; nothing was written: retry. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The body is larger than the server takes; nothing was written. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The body is not `application/json`; nothing was written. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The request breaks a rule (the `code` says which): a business rule, an Idempotency-Key reused for another request, a range of days that ends before it starts, a `minPosition` past the head of the log; nothing was written. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The event store failed or is not ready: a write may or may not be kept; retry with the same Idempotency-Key. Or what the request waits for (the read models, the member ledger for a settlement) has not reached `minPosition` yet: nothing was written; the answer says the position waited for. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    RecordFeedMarketPrice: {
        parameters: {
            query?: never;
            header?: {
                /** @description th: field errors in Thai; else English */
                "Accept-Language"?: string;
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordFeedMarketPriceDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponseDto"];
                };
            };
            /** @description The request is malformed or a field is invalid (`errors` names each field); nothing was written. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No valid credentials (none, or a token or cookie that is wrong, expired or revoked): sign in; nothing was written. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Signed in, but in a role this operation does not let in, or on another member’s or partner’s data; nothing was written. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Something the request names does not exist; nothing was written. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The request conflicts with what is recorded (e.g. the same id with other facts); nothing was written. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Another writer changed the same record at the same moment, more often than retried; nothing was written: retry. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The body is larger than the server takes; nothing was written. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The body is not `application/json`; nothing was written. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The request breaks a rule (the `code` says which): a business rule, an Idempotency-Key reused for another request, a range of days that ends before it starts, a `minPosition` past the head of the log; nothing was written. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The event store failed or is not ready: a write may or may not be kept; retry with the same Idempotency-Key. Or what the request waits for (the read models, the member ledger for a settlement) has not reached `minPosition` yet: nothing was written; the answer says the position waited for. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    GetFeedMarketPriceController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                feedType: string;
                observedOn: string;
                source: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FeedMarketPriceDto"];
                };
            };
            /** @description The request is malformed or a field is invalid (`errors` names each field); nothing was written. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No valid credentials (none, or a token or cookie that is wrong, expired or revoked): sign in; nothing was written. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Signed in, but in a role this operation does not let in, or on another member’s or partner’s data; nothing was written. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Something the request names does not exist; nothing was written. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The request breaks a rule (the `code` says which): a business rule, an Idempotency-Key reused for another request, a range of days that ends before it starts, a `minPosition` past the head of the log; nothing was written. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The event store failed or is not ready: a write may or may not be kept; retry with the same Idempotency-Key. Or what the request waits for (the read models, the member ledger for a settlement) has not reached `minPosition` yet: nothing was written; the answer says the position waited for. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    OpenFeedNegotiation: {
        parameters: {
            query?: never;
            header?: {
                /** @description th: field errors in Thai; else English */
                "Accept-Language"?: string;
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OpenFeedNegotiationDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponseDto"];
                };
            };
            /** @description The request is malformed or a field is invalid (`errors` names each field); nothing was written. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No valid credentials (none, or a token or cookie that is wrong, expired or revoked): sign in; nothing was written. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Signed in, but in a role this operation does not let in, or on another member’s or partner’s data; nothing was written. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Something the request names does not exist; nothing was written. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The request conflicts with what is recorded (e.g. the same id with other facts); nothing was written. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Another writer changed the same record at the same moment, more often than retried; nothing was written: retry. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The body is larger than the server takes; nothing was written. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The body is not `application/json`; nothing was written. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The request breaks a rule (the `code` says which): a business rule, an Idempotency-Key reused for another request, a range of days that ends before it starts, a `minPosition` past the head of the log; nothing was written. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The event store failed or is not ready: a write may or may not be kept; retry with the same Idempotency-Key. Or what the request waits for (the read models, the member ledger for a settlement) has not reached `minPosition` yet: nothing was written; the answer says the position waited for. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    GetFeedNegotiationController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                negotiationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FeedNegotiationDto"];
                };
            };
            /** @description The request is malformed or a field is invalid (`errors` names each field); nothing was written. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No valid credentials (none, or a token or cookie that is wrong, expired or revoked): sign in; nothing was written. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Signed in, but in a role this operation does not let in, or on another member’s or partner’s data; nothing was written. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Something the request names does not exist; nothing was written. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The request breaks a rule (the `code` says which): a business rule, an Idempotency-Key reused for another request, a range of days that ends before it starts, a `minPosition` past the head of the log; nothing was written. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The event store failed or is not ready: a write may or may not be kept; retry with the same Idempotency-Key. Or what the request waits for (the read models, the member ledger for a settlement) has not reached `minPosition` yet: nothing was written; the answer says the position waited for. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    AwardFeedContract: {
        parameters: {
            query?: never;
            header?: {
                /** @description th: field errors in Thai; else English */
                "Accept-Language"?: string;
                "Idempotency-Key"?: string;
            };
            path: {
                negotiationId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AwardFeedContractDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponseDto"];
                };
            };
            /** @description The request is malformed or a field is invalid (`errors` names each field); nothing was written. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No valid credentials (none, or a token or cookie that is wrong, expired or revoked): sign in; nothing was written. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Signed in, but in a role this operation does not let in, or on another member’s or partner’s data; nothing was written. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Something the request names does not exist; nothing was written. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The request conflicts with what is recorded (e.g. the same id with other facts); nothing was written. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Another writer changed the same record at the same moment, more often than retried; nothing was written: retry. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The body is larger than the server takes; nothing was written. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The body is not `application/json`; nothing was written. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The request breaks a rule (the `code` says which): a business rule, an Idempotency-Key reused for another request, a range of days that ends before it starts, a `minPosition` past the head of the log; nothing was written. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The event store failed or is not ready: a write may or may not be kept; retry with the same Idempotency-Key. Or what the request waits for (the read models, the member ledger for a settlement) has not reached `minPosition` yet: nothing was written; the answer says the position waited for. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    CloseFeedNegotiationWithoutAgreement: {
        parameters: {
            query?: never;
            header?: {
                /** @description th: field errors in Thai; else English */
                "Accept-Language"?: string;
                "Idempotency-Key"?: string;
            };
            path: {
                negotiationId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CloseFeedNegotiationDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponseDto"];
                };
            };
            /** @description The request is malformed or a field is invalid (`errors` names each field); nothing was written. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No valid credentials (none, or a token or cookie that is wrong, expired or revoked): sign in; nothing was written. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Signed in, but in a role this operation does not let in, or on another member’s or partner’s data; nothing was written. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Something the request names does not exist; nothing was written. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The request conflicts with what is recorded (e.g. the same id with other facts); nothing was written. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Another writer changed the same record at the same moment, more often than retried; nothing was written: retry. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The body is larger than the server takes; nothing was written. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The body is not `application/json`; nothing was written. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The request breaks a rule (the `code` says which): a business rule, an Idempotency-Key reused for another request, a range of days that ends before it starts, a `minPosition` past the head of the log; nothing was written. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The event store failed or is not ready: a write may or may not be kept; retry with the same Idempotency-Key. Or what the request waits for (the read models, the member ledger for a settlement) has not reached `minPosition` yet: nothing was written; the answer says the position waited for. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    ReceiveFeedQuote: {
        parameters: {
            query?: never;
            header?: {
                /** @description th: field errors in Thai; else English */
                "Accept-Language"?: string;
                "Idempotency-Key"?: string;
            };
            path: {
                negotiationId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReceiveFeedQuoteDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponseDto"];
                };
            };
            /** @description The request is malformed or a field is invalid (`errors` names each field); nothing was written. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No valid credentials (none, or a token or cookie that is wrong, expired or revoked): sign in; nothing was written. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Signed in, but in a role this operation does not let in, or on another member’s or partner’s data; nothing was written. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Something the request names does not exist; nothing was written. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The request conflicts with what is recorded (e.g. the same id with other facts); nothing was written. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Another writer changed the same record at the same moment, more often than retried; nothing was written: retry. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The body is larger than the server takes; nothing was written. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The body is not `application/json`; nothing was written. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The request breaks a rule (the `code` says which): a business rule, an Idempotency-Key reused for another request, a range of days that ends before it starts, a `minPosition` past the head of the log; nothing was written. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The event store failed or is not ready: a write may or may not be kept; retry with the same Idempotency-Key. Or what the request waits for (the read models, the member ledger for a settlement) has not reached `minPosition` yet: nothing was written; the answer says the position waited for. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    PlaceFlock: {
        parameters: {
            query?: never;
            header?: {
                /** @description th: field errors in Thai; else English */
                "Accept-Language"?: string;
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PlaceFlockDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponseDto"];
                };
            };
            /** @description The request is malformed or a field is invalid (`errors` names each field); nothing was written. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No valid credentials (none, or a token or cookie that is wrong, expired or revoked): sign in; nothing was written. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Signed in, but in a role this operation does not let in, or on another member’s or partner’s data; nothing was written. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Something the request names does not exist; nothing was written. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The request conflicts with what is recorded (e.g. the same id with other facts); nothing was written. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Another writer changed the same record at the same moment, more often than retried; nothing was written: retry. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The body is larger than the server takes; nothing was written. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The body is not `application/json`; nothing was written. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The request breaks a rule (the `code` says which): a business rule, an Idempotency-Key reused for another request, a range of days that ends before it starts, a `minPosition` past the head of the log; nothing was written. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The event store failed or is not ready: a write may or may not be kept; retry with the same Idempotency-Key. Or what the request waits for (the read models, the member ledger for a settlement) has not reached `minPosition` yet: nothing was written; the answer says the position waited for. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    GetFlockController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                flockId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FlockDto"];
                };
            };
            /** @description The request is malformed or a field is invalid (`errors` names each field); nothing was written. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No valid credentials (none, or a token or cookie that is wrong, expired or revoked): sign in; nothing was written. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Signed in, but in a role this operation does not let in, or on another member’s or partner’s data; nothing was written. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Something the request names does not exist; nothing was written. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The request breaks a rule (the `code` says which): a business rule, an Idempotency-Key reused for another request, a range of days that ends before it starts, a `minPosition` past the head of the log; nothing was written. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The event store failed or is not ready: a write may or may not be kept; retry with the same Idempotency-Key. Or what the request waits for (the read models, the member ledger for a settlement) has not reached `minPosition` yet: nothing was written; the answer says the position waited for. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    CullFlock: {
        parameters: {
            query?: never;
            header?: {
                /** @description th: field errors in Thai; else English */
                "Accept-Language"?: string;
                "Idempotency-Key"?: string;
            };
            path: {
                flockId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CullFlockDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponseDto"];
                };
            };
            /** @description The request is malformed or a field is invalid (`errors` names each field); nothing was written. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No valid credentials (none, or a token or cookie that is wrong, expired or revoked): sign in; nothing was written. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Signed in, but in a role this operation does not let in, or on another member’s or partner’s data; nothing was written. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Something the request names does not exist; nothing was written. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The request conflicts with what is recorded (e.g. the same id with other facts); nothing was written. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Another writer changed the same record at the same moment, more often than retried; nothing was written: retry. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The body is larger than the server takes; nothing was written. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The body is not `application/json`; nothing was written. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The request breaks a rule (the `code` says which): a business rule, an Idempotency-Key reused for another request, a range of days that ends before it starts, a `minPosition` past the head of the log; nothing was written. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The event store failed or is not ready: a write may or may not be kept; retry with the same Idempotency-Key. Or what the request waits for (the read models, the member ledger for a settlement) has not reached `minPosition` yet: nothing was written; the answer says the position waited for. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    RecordFlockMortality: {
        parameters: {
            query?: never;
            header?: {
                /** @description th: field errors in Thai; else English */
                "Accept-Language"?: string;
                "Idempotency-Key"?: string;
            };
            path: {
                flockId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordFlockMortalityDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponseDto"];
                };
            };
            /** @description The request is malformed or a field is invalid (`errors` names each field); nothing was written. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No valid credentials (none, or a token or cookie that is wrong, expired or revoked): sign in; nothing was written. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Signed in, but in a role this operation does not let in, or on another member’s or partner’s data; nothing was written. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Something the request names does not exist; nothing was written. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The request conflicts with what is recorded (e.g. the same id with other facts); nothing was written. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Another writer changed the same record at the same moment, more often than retried; nothing was written: retry. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The body is larger than the server takes; nothing was written. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The body is not `application/json`; nothing was written. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The request breaks a rule (the `code` says which): a business rule, an Idempotency-Key reused for another request, a range of days that ends before it starts, a `minPosition` past the head of the log; nothing was written. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The event store failed or is not ready: a write may or may not be kept; retry with the same Idempotency-Key. Or what the request waits for (the read models, the member ledger for a settlement) has not reached `minPosition` yet: nothing was written; the answer says the position waited for. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    HealthController_health: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthDto"];
                };
            };
        };
    };
    HealthController_ready: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthDto"];
                };
            };
            /** @description still catching up (`not_ready`), or the event store has failed */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    IntegrationStatusController_status: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description messages in by outcome, per topic; the relay out: checkpoint, head, lag, published, failure */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, never>;
                };
            };
            /** @description No valid credentials (none, or a token or cookie that is wrong, expired or revoked): sign in; nothing was written. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Signed in, but in a role this operation does not let in, or on another member’s or partner’s data; nothing was written. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    CollectEggs: {
        parameters: {
            query?: never;
            header?: {
                /** @description th: field errors in Thai; else English */
                "Accept-Language"?: string;
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CollectEggsDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponseDto"];
                };
            };
            /** @description The request is malformed or a field is invalid (`errors` names each field); nothing was written. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No valid credentials (none, or a token or cookie that is wrong, expired or revoked): sign in; nothing was written. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Signed in, but in a role this operation does not let in, or on another member’s or partner’s data; nothing was written. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Something the request names does not exist; nothing was written. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The request conflicts with what is recorded (e.g. the same id with other facts); nothing was written. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Another writer changed the same record at the same moment, more often than retried; nothing was written: retry. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The body is larger than the server takes; nothing was written. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The body is not `application/json`; nothing was written. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The request breaks a rule (the `code` says which): a business rule, an Idempotency-Key reused for another request, a range of days that ends before it starts, a `minPosition` past the head of the log; nothing was written. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The event store failed or is not ready: a write may or may not be kept; retry with the same Idempotency-Key. Or what the request waits for (the read models, the member ledger for a settlement) has not reached `minPosition` yet: nothing was written; the answer says the position waited for. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    GetLotController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                lotId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LotDto"];
                };
            };
            /** @description The request is malformed or a field is invalid (`errors` names each field); nothing was written. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No valid credentials (none, or a token or cookie that is wrong, expired or revoked): sign in; nothing was written. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Signed in, but in a role this operation does not let in, or on another member’s or partner’s data; nothing was written. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Something the request names does not exist; nothing was written. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The request breaks a rule (the `code` says which): a business rule, an Idempotency-Key reused for another request, a range of days that ends before it starts, a `minPosition` past the head of the log; nothing was written. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The event store failed or is not ready: a write may or may not be kept; retry with the same Idempotency-Key. Or what the request waits for (the read models, the member ledger for a settlement) has not reached `minPosition` yet: nothing was written; the answer says the position waited for. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    AllocatePackedStock: {
        parameters: {
            query?: never;
            header?: {
                /** @description th: field errors in Thai; else English */
                "Accept-Language"?: string;
                "Idempotency-Key"?: string;
            };
            path: {
                lotId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AllocatePackedStockDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponseDto"];
                };
            };
            /** @description The request is malformed or a field is invalid (`errors` names each field); nothing was written. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No valid credentials (none, or a token or cookie that is wrong, expired or revoked): sign in; nothing was written. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Signed in, but in a role this operation does not let in, or on another member’s or partner’s data; nothing was written. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Something the request names does not exist; nothing was written. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The request conflicts with what is recorded (e.g. the same id with other facts); nothing was written. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Another writer changed the same record at the same moment, more often than retried; nothing was written: retry. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The body is larger than the server takes; nothing was written. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The body is not `application/json`; nothing was written. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The request breaks a rule (the `code` says which): a business rule, an Idempotency-Key reused for another request, a range of days that ends before it starts, a `minPosition` past the head of the log; nothing was written. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The event store failed or is not ready: a write may or may not be kept; retry with the same Idempotency-Key. Or what the request waits for (the read models, the member ledger for a settlement) has not reached `minPosition` yet: nothing was written; the answer says the position waited for. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    ReleasePackedStock: {
        parameters: {
            query?: never;
            header?: {
                /** @description th: field errors in Thai; else English */
                "Accept-Language"?: string;
                "Idempotency-Key"?: string;
            };
            path: {
                lotId: string;
                shipmentId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReleasePackedStockDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponseDto"];
                };
            };
            /** @description The request is malformed or a field is invalid (`errors` names each field); nothing was written. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No valid credentials (none, or a token or cookie that is wrong, expired or revoked): sign in; nothing was written. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Signed in, but in a role this operation does not let in, or on another member’s or partner’s data; nothing was written. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Something the request names does not exist; nothing was written. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The request conflicts with what is recorded (e.g. the same id with other facts); nothing was written. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Another writer changed the same record at the same moment, more often than retried; nothing was written: retry. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The body is larger than the server takes; nothing was written. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The body is not `application/json`; nothing was written. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The request breaks a rule (the `code` says which): a business rule, an Idempotency-Key reused for another request, a range of days that ends before it starts, a `minPosition` past the head of the log; nothing was written. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The event store failed or is not ready: a write may or may not be kept; retry with the same Idempotency-Key. Or what the request waits for (the read models, the member ledger for a settlement) has not reached `minPosition` yet: nothing was written; the answer says the position waited for. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    GradeLot: {
        parameters: {
            query?: never;
            header?: {
                /** @description th: field errors in Thai; else English */
                "Accept-Language"?: string;
                "Idempotency-Key"?: string;
            };
            path: {
                lotId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GradeLotDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponseDto"];
                };
            };
            /** @description The request is malformed or a field is invalid (`errors` names each field); nothing was written. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No valid credentials (none, or a token or cookie that is wrong, expired or revoked): sign in; nothing was written. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Signed in, but in a role this operation does not let in, or on another member’s or partner’s data; nothing was written. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Something the request names does not exist; nothing was written. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The request conflicts with what is recorded (e.g. the same id with other facts); nothing was written. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Another writer changed the same record at the same moment, more often than retried; nothing was written: retry. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The body is larger than the server takes; nothing was written. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The body is not `application/json`; nothing was written. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The request breaks a rule (the `code` says which): a business rule, an Idempotency-Key reused for another request, a range of days that ends before it starts, a `minPosition` past the head of the log; nothing was written. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The event store failed or is not ready: a write may or may not be kept; retry with the same Idempotency-Key. Or what the request waits for (the read models, the member ledger for a settlement) has not reached `minPosition` yet: nothing was written; the answer says the position waited for. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    VoidGrading: {
        parameters: {
            query?: never;
            header?: {
                /** @description th: field errors in Thai; else English */
                "Accept-Language"?: string;
                "Idempotency-Key"?: string;
            };
            path: {
                lotId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VoidGradingDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponseDto"];
                };
            };
            /** @description The request is malformed or a field is invalid (`errors` names each field); nothing was written. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No valid credentials (none, or a token or cookie that is wrong, expired or revoked): sign in; nothing was written. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Signed in, but in a role this operation does not let in, or on another member’s or partner’s data; nothing was written. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Something the request names does not exist; nothing was written. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The request conflicts with what is recorded (e.g. the same id with other facts); nothing was written. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Another writer changed the same record at the same moment, more often than retried; nothing was written: retry. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The body is larger than the server takes; nothing was written. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The body is not `application/json`; nothing was written. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The request breaks a rule (the `code` says which): a business rule, an Idempotency-Key reused for another request, a range of days that ends before it starts, a `minPosition` past the head of the log; nothing was written. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The event store failed or is not ready: a write may or may not be kept; retry with the same Idempotency-Key. Or what the request waits for (the read models, the member ledger for a settlement) has not reached `minPosition` yet: nothing was written; the answer says the position waited for. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    RecordLoss: {
        parameters: {
            query?: never;
            header?: {
                /** @description th: field errors in Thai; else English */
                "Accept-Language"?: string;
                "Idempotency-Key"?: string;
            };
            path: {
                lotId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordLossDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponseDto"];
                };
            };
            /** @description The request is malformed or a field is invalid (`errors` names each field); nothing was written. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No valid credentials (none, or a token or cookie that is wrong, expired or revoked): sign in; nothing was written. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Signed in, but in a role this operation does not let in, or on another member’s or partner’s data; nothing was written. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Something the request names does not exist; nothing was written. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The request conflicts with what is recorded (e.g. the same id with other facts); nothing was written. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Another writer changed the same record at the same moment, more often than retried; nothing was written: retry. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The body is larger than the server takes; nothing was written. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The body is not `application/json`; nothing was written. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The request breaks a rule (the `code` says which): a business rule, an Idempotency-Key reused for another request, a range of days that ends before it starts, a `minPosition` past the head of the log; nothing was written. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The event store failed or is not ready: a write may or may not be kept; retry with the same Idempotency-Key. Or what the request waits for (the read models, the member ledger for a settlement) has not reached `minPosition` yet: nothing was written; the answer says the position waited for. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    PackEggs: {
        parameters: {
            query?: never;
            header?: {
                /** @description th: field errors in Thai; else English */
                "Accept-Language"?: string;
                "Idempotency-Key"?: string;
            };
            path: {
                lotId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PackEggsDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponseDto"];
                };
            };
            /** @description The request is malformed or a field is invalid (`errors` names each field); nothing was written. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No valid credentials (none, or a token or cookie that is wrong, expired or revoked): sign in; nothing was written. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Signed in, but in a role this operation does not let in, or on another member’s or partner’s data; nothing was written. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Something the request names does not exist; nothing was written. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The request conflicts with what is recorded (e.g. the same id with other facts); nothing was written. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Another writer changed the same record at the same moment, more often than retried; nothing was written: retry. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The body is larger than the server takes; nothing was written. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The body is not `application/json`; nothing was written. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The request breaks a rule (the `code` says which): a business rule, an Idempotency-Key reused for another request, a range of days that ends before it starts, a `minPosition` past the head of the log; nothing was written. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The event store failed or is not ready: a write may or may not be kept; retry with the same Idempotency-Key. Or what the request waits for (the read models, the member ledger for a settlement) has not reached `minPosition` yet: nothing was written; the answer says the position waited for. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    ProcessRejects: {
        parameters: {
            query?: never;
            header?: {
                /** @description th: field errors in Thai; else English */
                "Accept-Language"?: string;
                "Idempotency-Key"?: string;
            };
            path: {
                lotId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProcessRejectsDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponseDto"];
                };
            };
            /** @description The request is malformed or a field is invalid (`errors` names each field); nothing was written. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No valid credentials (none, or a token or cookie that is wrong, expired or revoked): sign in; nothing was written. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Signed in, but in a role this operation does not let in, or on another member’s or partner’s data; nothing was written. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Something the request names does not exist; nothing was written. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The request conflicts with what is recorded (e.g. the same id with other facts); nothing was written. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Another writer changed the same record at the same moment, more often than retried; nothing was written: retry. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The body is larger than the server takes; nothing was written. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The body is not `application/json`; nothing was written. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The request breaks a rule (the `code` says which): a business rule, an Idempotency-Key reused for another request, a range of days that ends before it starts, a `minPosition` past the head of the log; nothing was written. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The event store failed or is not ready: a write may or may not be kept; retry with the same Idempotency-Key. Or what the request waits for (the read models, the member ledger for a settlement) has not reached `minPosition` yet: nothing was written; the answer says the position waited for. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    GetMemberAccountController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                memberId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberAccountDto"];
                };
            };
            /** @description The request is malformed or a field is invalid (`errors` names each field); nothing was written. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No valid credentials (none, or a token or cookie that is wrong, expired or revoked): sign in; nothing was written. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Signed in, but in a role this operation does not let in, or on another member’s or partner’s data; nothing was written. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Something the request names does not exist; nothing was written. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The request breaks a rule (the `code` says which): a business rule, an Idempotency-Key reused for another request, a range of days that ends before it starts, a `minPosition` past the head of the log; nothing was written. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The event store failed or is not ready: a write may or may not be kept; retry with the same Idempotency-Key. Or what the request waits for (the read models, the member ledger for a settlement) has not reached `minPosition` yet: nothing was written; the answer says the position waited for. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    SettleMember: {
        parameters: {
            query?: never;
            header?: {
                /** @description th: field errors in Thai; else English */
                "Accept-Language"?: string;
                "Idempotency-Key"?: string;
            };
            path: {
                memberId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SettleMemberDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponseDto"];
                };
            };
            /** @description The request is malformed or a field is invalid (`errors` names each field); nothing was written. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No valid credentials (none, or a token or cookie that is wrong, expired or revoked): sign in; nothing was written. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Signed in, but in a role this operation does not let in, or on another member’s or partner’s data; nothing was written. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Something the request names does not exist; nothing was written. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The request conflicts with what is recorded (e.g. the same id with other facts); nothing was written. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Another writer changed the same record at the same moment, more often than retried; nothing was written: retry. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The body is larger than the server takes; nothing was written. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The body is not `application/json`; nothing was written. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The request breaks a rule (the `code` says which): a business rule, an Idempotency-Key reused for another request, a range of days that ends before it starts, a `minPosition` past the head of the log; nothing was written. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The event store failed or is not ready: a write may or may not be kept; retry with the same Idempotency-Key. Or what the request waits for (the read models, the member ledger for a settlement) has not reached `minPosition` yet: nothing was written; the answer says the position waited for. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    GetMemberSettlementController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                memberId: string;
                settlementId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberStatementDto"];
                };
            };
            /** @description The request is malformed or a field is invalid (`errors` names each field); nothing was written. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No valid credentials (none, or a token or cookie that is wrong, expired or revoked): sign in; nothing was written. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Signed in, but in a role this operation does not let in, or on another member’s or partner’s data; nothing was written. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Something the request names does not exist; nothing was written. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The request breaks a rule (the `code` says which): a business rule, an Idempotency-Key reused for another request, a range of days that ends before it starts, a `minPosition` past the head of the log; nothing was written. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The event store failed or is not ready: a write may or may not be kept; retry with the same Idempotency-Key. Or what the request waits for (the read models, the member ledger for a settlement) has not reached `minPosition` yet: nothing was written; the answer says the position waited for. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    SetMemberEggPrices: {
        parameters: {
            query?: never;
            header?: {
                /** @description th: field errors in Thai; else English */
                "Accept-Language"?: string;
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SetMemberEggPricesDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponseDto"];
                };
            };
            /** @description The request is malformed or a field is invalid (`errors` names each field); nothing was written. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No valid credentials (none, or a token or cookie that is wrong, expired or revoked): sign in; nothing was written. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Signed in, but in a role this operation does not let in, or on another member’s or partner’s data; nothing was written. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Something the request names does not exist; nothing was written. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The request conflicts with what is recorded (e.g. the same id with other facts); nothing was written. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Another writer changed the same record at the same moment, more often than retried; nothing was written: retry. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The body is larger than the server takes; nothing was written. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The body is not `application/json`; nothing was written. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The request breaks a rule (the `code` says which): a business rule, an Idempotency-Key reused for another request, a range of days that ends before it starts, a `minPosition` past the head of the log; nothing was written. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The event store failed or is not ready: a write may or may not be kept; retry with the same Idempotency-Key. Or what the request waits for (the read models, the member ledger for a settlement) has not reached `minPosition` yet: nothing was written; the answer says the position waited for. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    GetMemberPriceListController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                priceListId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberPriceListDto"];
                };
            };
            /** @description The request is malformed or a field is invalid (`errors` names each field); nothing was written. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No valid credentials (none, or a token or cookie that is wrong, expired or revoked): sign in; nothing was written. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Signed in, but in a role this operation does not let in, or on another member’s or partner’s data; nothing was written. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Something the request names does not exist; nothing was written. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The request breaks a rule (the `code` says which): a business rule, an Idempotency-Key reused for another request, a range of days that ends before it starts, a `minPosition` past the head of the log; nothing was written. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The event store failed or is not ready: a write may or may not be kept; retry with the same Idempotency-Key. Or what the request waits for (the read models, the member ledger for a settlement) has not reached `minPosition` yet: nothing was written; the answer says the position waited for. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    RegisterMember: {
        parameters: {
            query?: never;
            header?: {
                /** @description th: field errors in Thai; else English */
                "Accept-Language"?: string;
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegisterMemberDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponseDto"];
                };
            };
            /** @description The request is malformed or a field is invalid (`errors` names each field); nothing was written. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No valid credentials (none, or a token or cookie that is wrong, expired or revoked): sign in; nothing was written. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Signed in, but in a role this operation does not let in, or on another member’s or partner’s data; nothing was written. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Something the request names does not exist; nothing was written. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The request conflicts with what is recorded (e.g. the same id with other facts); nothing was written. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Another writer changed the same record at the same moment, more often than retried; nothing was written: retry. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The body is larger than the server takes; nothing was written. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The body is not `application/json`; nothing was written. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The request breaks a rule (the `code` says which): a business rule, an Idempotency-Key reused for another request, a range of days that ends before it starts, a `minPosition` past the head of the log; nothing was written. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The event store failed or is not ready: a write may or may not be kept; retry with the same Idempotency-Key. Or what the request waits for (the read models, the member ledger for a settlement) has not reached `minPosition` yet: nothing was written; the answer says the position waited for. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    GetMemberController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                memberId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberDto"];
                };
            };
            /** @description The request is malformed or a field is invalid (`errors` names each field); nothing was written. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No valid credentials (none, or a token or cookie that is wrong, expired or revoked): sign in; nothing was written. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Signed in, but in a role this operation does not let in, or on another member’s or partner’s data; nothing was written. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Something the request names does not exist; nothing was written. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The request breaks a rule (the `code` says which): a business rule, an Idempotency-Key reused for another request, a range of days that ends before it starts, a `minPosition` past the head of the log; nothing was written. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The event store failed or is not ready: a write may or may not be kept; retry with the same Idempotency-Key. Or what the request waits for (the read models, the member ledger for a settlement) has not reached `minPosition` yet: nothing was written; the answer says the position waited for. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    ChangeMemberContact: {
        parameters: {
            query?: never;
            header?: {
                /** @description th: field errors in Thai; else English */
                "Accept-Language"?: string;
                "Idempotency-Key"?: string;
            };
            path: {
                memberId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangeMemberContactDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponseDto"];
                };
            };
            /** @description The request is malformed or a field is invalid (`errors` names each field); nothing was written. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No valid credentials (none, or a token or cookie that is wrong, expired or revoked): sign in; nothing was written. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Signed in, but in a role this operation does not let in, or on another member’s or partner’s data; nothing was written. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Something the request names does not exist; nothing was written. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The request conflicts with what is recorded (e.g. the same id with other facts); nothing was written. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Another writer changed the same record at the same moment, more often than retried; nothing was written: retry. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The body is larger than the server takes; nothing was written. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The body is not `application/json`; nothing was written. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The request breaks a rule (the `code` says which): a business rule, an Idempotency-Key reused for another request, a range of days that ends before it starts, a `minPosition` past the head of the log; nothing was written. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The event store failed or is not ready: a write may or may not be kept; retry with the same Idempotency-Key. Or what the request waits for (the read models, the member ledger for a settlement) has not reached `minPosition` yet: nothing was written; the answer says the position waited for. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    EraseMember: {
        parameters: {
            query?: never;
            header?: {
                /** @description th: field errors in Thai; else English */
                "Accept-Language"?: string;
                "Idempotency-Key"?: string;
            };
            path: {
                memberId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EraseMemberDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponseDto"];
                };
            };
            /** @description The request is malformed or a field is invalid (`errors` names each field); nothing was written. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No valid credentials (none, or a token or cookie that is wrong, expired or revoked): sign in; nothing was written. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Signed in, but in a role this operation does not let in, or on another member’s or partner’s data; nothing was written. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Something the request names does not exist; nothing was written. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The request conflicts with what is recorded (e.g. the same id with other facts); nothing was written. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Another writer changed the same record at the same moment, more often than retried; nothing was written: retry. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The body is larger than the server takes; nothing was written. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The body is not `application/json`; nothing was written. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The request breaks a rule (the `code` says which): a business rule, an Idempotency-Key reused for another request, a range of days that ends before it starts, a `minPosition` past the head of the log; nothing was written. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The event store failed or is not ready: a write may or may not be kept; retry with the same Idempotency-Key. Or what the request waits for (the read models, the member ledger for a settlement) has not reached `minPosition` yet: nothing was written; the answer says the position waited for. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    RegisterFarm: {
        parameters: {
            query?: never;
            header?: {
                /** @description th: field errors in Thai; else English */
                "Accept-Language"?: string;
                "Idempotency-Key"?: string;
            };
            path: {
                memberId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegisterFarmDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponseDto"];
                };
            };
            /** @description The request is malformed or a field is invalid (`errors` names each field); nothing was written. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No valid credentials (none, or a token or cookie that is wrong, expired or revoked): sign in; nothing was written. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Signed in, but in a role this operation does not let in, or on another member’s or partner’s data; nothing was written. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Something the request names does not exist; nothing was written. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The request conflicts with what is recorded (e.g. the same id with other facts); nothing was written. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Another writer changed the same record at the same moment, more often than retried; nothing was written: retry. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The body is larger than the server takes; nothing was written. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The body is not `application/json`; nothing was written. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The request breaks a rule (the `code` says which): a business rule, an Idempotency-Key reused for another request, a range of days that ends before it starts, a `minPosition` past the head of the log; nothing was written. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The event store failed or is not ready: a write may or may not be kept; retry with the same Idempotency-Key. Or what the request waits for (the read models, the member ledger for a settlement) has not reached `minPosition` yet: nothing was written; the answer says the position waited for. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    ReadModelsController_metrics: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain; version=0.0.4; charset=utf-8": string;
                };
            };
            /** @description No valid credentials (none, or a token or cookie that is wrong, expired or revoked): sign in; nothing was written. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Signed in, but in a role this operation does not let in, or on another member’s or partner’s data; nothing was written. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    RegisterPartner: {
        parameters: {
            query?: never;
            header?: {
                /** @description th: field errors in Thai; else English */
                "Accept-Language"?: string;
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegisterPartnerDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponseDto"];
                };
            };
            /** @description The request is malformed or a field is invalid (`errors` names each field); nothing was written. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No valid credentials (none, or a token or cookie that is wrong, expired or revoked): sign in; nothing was written. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Signed in, but in a role this operation does not let in, or on another member’s or partner’s data; nothing was written. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Something the request names does not exist; nothing was written. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The request conflicts with what is recorded (e.g. the same id with other facts); nothing was written. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Another writer changed the same record at the same moment, more often than retried; nothing was written: retry. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The body is larger than the server takes; nothing was written. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The body is not `application/json`; nothing was written. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The request breaks a rule (the `code` says which): a business rule, an Idempotency-Key reused for another request, a range of days that ends before it starts, a `minPosition` past the head of the log; nothing was written. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The event store failed or is not ready: a write may or may not be kept; retry with the same Idempotency-Key. Or what the request waits for (the read models, the member ledger for a settlement) has not reached `minPosition` yet: nothing was written; the answer says the position waited for. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    GetPartnerController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                partnerId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartnerDto"];
                };
            };
            /** @description The request is malformed or a field is invalid (`errors` names each field); nothing was written. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No valid credentials (none, or a token or cookie that is wrong, expired or revoked): sign in; nothing was written. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Signed in, but in a role this operation does not let in, or on another member’s or partner’s data; nothing was written. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Something the request names does not exist; nothing was written. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The request breaks a rule (the `code` says which): a business rule, an Idempotency-Key reused for another request, a range of days that ends before it starts, a `minPosition` past the head of the log; nothing was written. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The event store failed or is not ready: a write may or may not be kept; retry with the same Idempotency-Key. Or what the request waits for (the read models, the member ledger for a settlement) has not reached `minPosition` yet: nothing was written; the answer says the position waited for. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    ChangePartnerStage: {
        parameters: {
            query?: never;
            header?: {
                /** @description th: field errors in Thai; else English */
                "Accept-Language"?: string;
                "Idempotency-Key"?: string;
            };
            path: {
                partnerId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangePartnerStageDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponseDto"];
                };
            };
            /** @description The request is malformed or a field is invalid (`errors` names each field); nothing was written. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No valid credentials (none, or a token or cookie that is wrong, expired or revoked): sign in; nothing was written. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Signed in, but in a role this operation does not let in, or on another member’s or partner’s data; nothing was written. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Something the request names does not exist; nothing was written. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The request conflicts with what is recorded (e.g. the same id with other facts); nothing was written. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Another writer changed the same record at the same moment, more often than retried; nothing was written: retry. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The body is larger than the server takes; nothing was written. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The body is not `application/json`; nothing was written. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The request breaks a rule (the `code` says which): a business rule, an Idempotency-Key reused for another request, a range of days that ends before it starts, a `minPosition` past the head of the log; nothing was written. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The event store failed or is not ready: a write may or may not be kept; retry with the same Idempotency-Key. Or what the request waits for (the read models, the member ledger for a settlement) has not reached `minPosition` yet: nothing was written; the answer says the position waited for. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    OpenPriceNegotiation: {
        parameters: {
            query?: never;
            header?: {
                /** @description th: field errors in Thai; else English */
                "Accept-Language"?: string;
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OpenPriceNegotiationDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponseDto"];
                };
            };
            /** @description The request is malformed or a field is invalid (`errors` names each field); nothing was written. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No valid credentials (none, or a token or cookie that is wrong, expired or revoked): sign in; nothing was written. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Signed in, but in a role this operation does not let in, or on another member’s or partner’s data; nothing was written. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Something the request names does not exist; nothing was written. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The request conflicts with what is recorded (e.g. the same id with other facts); nothing was written. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Another writer changed the same record at the same moment, more often than retried; nothing was written: retry. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The body is larger than the server takes; nothing was written. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The body is not `application/json`; nothing was written. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The request breaks a rule (the `code` says which): a business rule, an Idempotency-Key reused for another request, a range of days that ends before it starts, a `minPosition` past the head of the log; nothing was written. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The event store failed or is not ready: a write may or may not be kept; retry with the same Idempotency-Key. Or what the request waits for (the read models, the member ledger for a settlement) has not reached `minPosition` yet: nothing was written; the answer says the position waited for. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    GetPriceNegotiationController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                negotiationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PriceNegotiationDto"];
                };
            };
            /** @description The request is malformed or a field is invalid (`errors` names each field); nothing was written. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No valid credentials (none, or a token or cookie that is wrong, expired or revoked): sign in; nothing was written. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Signed in, but in a role this operation does not let in, or on another member’s or partner’s data; nothing was written. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Something the request names does not exist; nothing was written. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The request breaks a rule (the `code` says which): a business rule, an Idempotency-Key reused for another request, a range of days that ends before it starts, a `minPosition` past the head of the log; nothing was written. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The event store failed or is not ready: a write may or may not be kept; retry with the same Idempotency-Key. Or what the request waits for (the read models, the member ledger for a settlement) has not reached `minPosition` yet: nothing was written; the answer says the position waited for. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    AgreePrice: {
        parameters: {
            query?: never;
            header?: {
                /** @description th: field errors in Thai; else English */
                "Accept-Language"?: string;
                "Idempotency-Key"?: string;
            };
            path: {
                negotiationId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AgreePriceDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponseDto"];
                };
            };
            /** @description The request is malformed or a field is invalid (`errors` names each field); nothing was written. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No valid credentials (none, or a token or cookie that is wrong, expired or revoked): sign in; nothing was written. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Signed in, but in a role this operation does not let in, or on another member’s or partner’s data; nothing was written. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Something the request names does not exist; nothing was written. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The request conflicts with what is recorded (e.g. the same id with other facts); nothing was written. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Another writer changed the same record at the same moment, more often than retried; nothing was written: retry. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The body is larger than the server takes; nothing was written. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The body is not `application/json`; nothing was written. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The request breaks a rule (the `code` says which): a business rule, an Idempotency-Key reused for another request, a range of days that ends before it starts, a `minPosition` past the head of the log; nothing was written. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The event store failed or is not ready: a write may or may not be kept; retry with the same Idempotency-Key. Or what the request waits for (the read models, the member ledger for a settlement) has not reached `minPosition` yet: nothing was written; the answer says the position waited for. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    MakeCounterOffer: {
        parameters: {
            query?: never;
            header?: {
                /** @description th: field errors in Thai; else English */
                "Accept-Language"?: string;
                "Idempotency-Key"?: string;
            };
            path: {
                negotiationId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MakeCounterOfferDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponseDto"];
                };
            };
            /** @description The request is malformed or a field is invalid (`errors` names each field); nothing was written. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No valid credentials (none, or a token or cookie that is wrong, expired or revoked): sign in; nothing was written. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Signed in, but in a role this operation does not let in, or on another member’s or partner’s data; nothing was written. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Something the request names does not exist; nothing was written. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The request conflicts with what is recorded (e.g. the same id with other facts); nothing was written. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Another writer changed the same record at the same moment, more often than retried; nothing was written: retry. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The body is larger than the server takes; nothing was written. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The body is not `application/json`; nothing was written. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The request breaks a rule (the `code` says which): a business rule, an Idempotency-Key reused for another request, a range of days that ends before it starts, a `minPosition` past the head of the log; nothing was written. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The event store failed or is not ready: a write may or may not be kept; retry with the same Idempotency-Key. Or what the request waits for (the read models, the member ledger for a settlement) has not reached `minPosition` yet: nothing was written; the answer says the position waited for. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    FailNegotiation: {
        parameters: {
            query?: never;
            header?: {
                /** @description th: field errors in Thai; else English */
                "Accept-Language"?: string;
                "Idempotency-Key"?: string;
            };
            path: {
                negotiationId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FailNegotiationDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponseDto"];
                };
            };
            /** @description The request is malformed or a field is invalid (`errors` names each field); nothing was written. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No valid credentials (none, or a token or cookie that is wrong, expired or revoked): sign in; nothing was written. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Signed in, but in a role this operation does not let in, or on another member’s or partner’s data; nothing was written. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Something the request names does not exist; nothing was written. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The request conflicts with what is recorded (e.g. the same id with other facts); nothing was written. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Another writer changed the same record at the same moment, more often than retried; nothing was written: retry. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The body is larger than the server takes; nothing was written. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The body is not `application/json`; nothing was written. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The request breaks a rule (the `code` says which): a business rule, an Idempotency-Key reused for another request, a range of days that ends before it starts, a `minPosition` past the head of the log; nothing was written. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The event store failed or is not ready: a write may or may not be kept; retry with the same Idempotency-Key. Or what the request waits for (the read models, the member ledger for a settlement) has not reached `minPosition` yet: nothing was written; the answer says the position waited for. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    ReceiveBuyerOffer: {
        parameters: {
            query?: never;
            header?: {
                /** @description th: field errors in Thai; else English */
                "Accept-Language"?: string;
                "Idempotency-Key"?: string;
            };
            path: {
                negotiationId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReceiveBuyerOfferDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponseDto"];
                };
            };
            /** @description The request is malformed or a field is invalid (`errors` names each field); nothing was written. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No valid credentials (none, or a token or cookie that is wrong, expired or revoked): sign in; nothing was written. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Signed in, but in a role this operation does not let in, or on another member’s or partner’s data; nothing was written. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Something the request names does not exist; nothing was written. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The request conflicts with what is recorded (e.g. the same id with other facts); nothing was written. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Another writer changed the same record at the same moment, more often than retried; nothing was written: retry. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The body is larger than the server takes; nothing was written. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The body is not `application/json`; nothing was written. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The request breaks a rule (the `code` says which): a business rule, an Idempotency-Key reused for another request, a range of days that ends before it starts, a `minPosition` past the head of the log; nothing was written. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The event store failed or is not ready: a write may or may not be kept; retry with the same Idempotency-Key. Or what the request waits for (the read models, the member ledger for a settlement) has not reached `minPosition` yet: nothing was written; the answer says the position waited for. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    ProcessStatusController_status: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProcessStatusDto"][];
                };
            };
            /** @description No valid credentials (none, or a token or cookie that is wrong, expired or revoked): sign in; nothing was written. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Signed in, but in a role this operation does not let in, or on another member’s or partner’s data; nothing was written. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    ReadModelsController_status: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReadModelsDto"];
                };
            };
            /** @description No valid credentials (none, or a token or cookie that is wrong, expired or revoked): sign in; nothing was written. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Signed in, but in a role this operation does not let in, or on another member’s or partner’s data; nothing was written. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    AnnounceReferencePrice: {
        parameters: {
            query?: never;
            header?: {
                /** @description th: field errors in Thai; else English */
                "Accept-Language"?: string;
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AnnounceReferencePriceDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponseDto"];
                };
            };
            /** @description The request is malformed or a field is invalid (`errors` names each field); nothing was written. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No valid credentials (none, or a token or cookie that is wrong, expired or revoked): sign in; nothing was written. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Signed in, but in a role this operation does not let in, or on another member’s or partner’s data; nothing was written. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Something the request names does not exist; nothing was written. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The request conflicts with what is recorded (e.g. the same id with other facts); nothing was written. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Another writer changed the same record at the same moment, more often than retried; nothing was written: retry. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The body is larger than the server takes; nothing was written. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The body is not `application/json`; nothing was written. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The request breaks a rule (the `code` says which): a business rule, an Idempotency-Key reused for another request, a range of days that ends before it starts, a `minPosition` past the head of the log; nothing was written. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The event store failed or is not ready: a write may or may not be kept; retry with the same Idempotency-Key. Or what the request waits for (the read models, the member ledger for a settlement) has not reached `minPosition` yet: nothing was written; the answer says the position waited for. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    GetReferencePriceController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                effectiveDate: string;
                source: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReferencePriceDto"];
                };
            };
            /** @description The request is malformed or a field is invalid (`errors` names each field); nothing was written. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No valid credentials (none, or a token or cookie that is wrong, expired or revoked): sign in; nothing was written. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Signed in, but in a role this operation does not let in, or on another member’s or partner’s data; nothing was written. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Something the request names does not exist; nothing was written. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The request breaks a rule (the `code` says which): a business rule, an Idempotency-Key reused for another request, a range of days that ends before it starts, a `minPosition` past the head of the log; nothing was written. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The event store failed or is not ready: a write may or may not be kept; retry with the same Idempotency-Key. Or what the request waits for (the read models, the member ledger for a settlement) has not reached `minPosition` yet: nothing was written; the answer says the position waited for. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    ReviseReferencePrice: {
        parameters: {
            query?: never;
            header?: {
                /** @description th: field errors in Thai; else English */
                "Accept-Language"?: string;
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description ISO date the price takes effect; at most 7 days ahead */
                effectiveDate: string;
                /** @description who announced it (lower-case slug) */
                source: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReviseReferencePriceDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponseDto"];
                };
            };
            /** @description The request is malformed or a field is invalid (`errors` names each field); nothing was written. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No valid credentials (none, or a token or cookie that is wrong, expired or revoked): sign in; nothing was written. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Signed in, but in a role this operation does not let in, or on another member’s or partner’s data; nothing was written. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Something the request names does not exist; nothing was written. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The request conflicts with what is recorded (e.g. the same id with other facts); nothing was written. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Another writer changed the same record at the same moment, more often than retried; nothing was written: retry. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The body is larger than the server takes; nothing was written. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The body is not `application/json`; nothing was written. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The request breaks a rule (the `code` says which): a business rule, an Idempotency-Key reused for another request, a range of days that ends before it starts, a `minPosition` past the head of the log; nothing was written. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The event store failed or is not ready: a write may or may not be kept; retry with the same Idempotency-Key. Or what the request waits for (the read models, the member ledger for a settlement) has not reached `minPosition` yet: nothing was written; the answer says the position waited for. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    RecordSale: {
        parameters: {
            query?: never;
            header?: {
                /** @description th: field errors in Thai; else English */
                "Accept-Language"?: string;
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordSaleDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponseDto"];
                };
            };
            /** @description The request is malformed or a field is invalid (`errors` names each field); nothing was written. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No valid credentials (none, or a token or cookie that is wrong, expired or revoked): sign in; nothing was written. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Signed in, but in a role this operation does not let in, or on another member’s or partner’s data; nothing was written. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Something the request names does not exist; nothing was written. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The request conflicts with what is recorded (e.g. the same id with other facts); nothing was written. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Another writer changed the same record at the same moment, more often than retried; nothing was written: retry. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The body is larger than the server takes; nothing was written. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The body is not `application/json`; nothing was written. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The request breaks a rule (the `code` says which): a business rule, an Idempotency-Key reused for another request, a range of days that ends before it starts, a `minPosition` past the head of the log; nothing was written. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The event store failed or is not ready: a write may or may not be kept; retry with the same Idempotency-Key. Or what the request waits for (the read models, the member ledger for a settlement) has not reached `minPosition` yet: nothing was written; the answer says the position waited for. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    ConfirmSalesOrder: {
        parameters: {
            query?: never;
            header?: {
                /** @description th: field errors in Thai; else English */
                "Accept-Language"?: string;
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConfirmSalesOrderDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponseDto"];
                };
            };
            /** @description The request is malformed or a field is invalid (`errors` names each field); nothing was written. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No valid credentials (none, or a token or cookie that is wrong, expired or revoked): sign in; nothing was written. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Signed in, but in a role this operation does not let in, or on another member’s or partner’s data; nothing was written. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Something the request names does not exist; nothing was written. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The request conflicts with what is recorded (e.g. the same id with other facts); nothing was written. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Another writer changed the same record at the same moment, more often than retried; nothing was written: retry. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The body is larger than the server takes; nothing was written. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The body is not `application/json`; nothing was written. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The request breaks a rule (the `code` says which): a business rule, an Idempotency-Key reused for another request, a range of days that ends before it starts, a `minPosition` past the head of the log; nothing was written. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The event store failed or is not ready: a write may or may not be kept; retry with the same Idempotency-Key. Or what the request waits for (the read models, the member ledger for a settlement) has not reached `minPosition` yet: nothing was written; the answer says the position waited for. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    GetSalesOrderController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orderId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SalesOrderDto"];
                };
            };
            /** @description The request is malformed or a field is invalid (`errors` names each field); nothing was written. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No valid credentials (none, or a token or cookie that is wrong, expired or revoked): sign in; nothing was written. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Signed in, but in a role this operation does not let in, or on another member’s or partner’s data; nothing was written. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Something the request names does not exist; nothing was written. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The request breaks a rule (the `code` says which): a business rule, an Idempotency-Key reused for another request, a range of days that ends before it starts, a `minPosition` past the head of the log; nothing was written. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The event store failed or is not ready: a write may or may not be kept; retry with the same Idempotency-Key. Or what the request waits for (the read models, the member ledger for a settlement) has not reached `minPosition` yet: nothing was written; the answer says the position waited for. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    CancelSalesOrder: {
        parameters: {
            query?: never;
            header?: {
                /** @description th: field errors in Thai; else English */
                "Accept-Language"?: string;
                "Idempotency-Key"?: string;
            };
            path: {
                orderId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CancelSalesOrderDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponseDto"];
                };
            };
            /** @description The request is malformed or a field is invalid (`errors` names each field); nothing was written. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No valid credentials (none, or a token or cookie that is wrong, expired or revoked): sign in; nothing was written. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Signed in, but in a role this operation does not let in, or on another member’s or partner’s data; nothing was written. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Something the request names does not exist; nothing was written. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The request conflicts with what is recorded (e.g. the same id with other facts); nothing was written. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Another writer changed the same record at the same moment, more often than retried; nothing was written: retry. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The body is larger than the server takes; nothing was written. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The body is not `application/json`; nothing was written. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The request breaks a rule (the `code` says which): a business rule, an Idempotency-Key reused for another request, a range of days that ends before it starts, a `minPosition` past the head of the log; nothing was written. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The event store failed or is not ready: a write may or may not be kept; retry with the same Idempotency-Key. Or what the request waits for (the read models, the member ledger for a settlement) has not reached `minPosition` yet: nothing was written; the answer says the position waited for. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    RecordBuyerPayment: {
        parameters: {
            query?: never;
            header?: {
                /** @description th: field errors in Thai; else English */
                "Accept-Language"?: string;
                "Idempotency-Key"?: string;
            };
            path: {
                orderId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordBuyerPaymentDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponseDto"];
                };
            };
            /** @description The request is malformed or a field is invalid (`errors` names each field); nothing was written. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No valid credentials (none, or a token or cookie that is wrong, expired or revoked): sign in; nothing was written. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Signed in, but in a role this operation does not let in, or on another member’s or partner’s data; nothing was written. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Something the request names does not exist; nothing was written. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The request conflicts with what is recorded (e.g. the same id with other facts); nothing was written. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Another writer changed the same record at the same moment, more often than retried; nothing was written: retry. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The body is larger than the server takes; nothing was written. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The body is not `application/json`; nothing was written. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The request breaks a rule (the `code` says which): a business rule, an Idempotency-Key reused for another request, a range of days that ends before it starts, a `minPosition` past the head of the log; nothing was written. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The event store failed or is not ready: a write may or may not be kept; retry with the same Idempotency-Key. Or what the request waits for (the read models, the member ledger for a settlement) has not reached `minPosition` yet: nothing was written; the answer says the position waited for. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    GetSaleController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                saleId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SaleDto"];
                };
            };
            /** @description The request is malformed or a field is invalid (`errors` names each field); nothing was written. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No valid credentials (none, or a token or cookie that is wrong, expired or revoked): sign in; nothing was written. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Signed in, but in a role this operation does not let in, or on another member’s or partner’s data; nothing was written. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Something the request names does not exist; nothing was written. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The request breaks a rule (the `code` says which): a business rule, an Idempotency-Key reused for another request, a range of days that ends before it starts, a `minPosition` past the head of the log; nothing was written. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The event store failed or is not ready: a write may or may not be kept; retry with the same Idempotency-Key. Or what the request waits for (the read models, the member ledger for a settlement) has not reached `minPosition` yet: nothing was written; the answer says the position waited for. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    PlanShipment: {
        parameters: {
            query?: never;
            header?: {
                /** @description th: field errors in Thai; else English */
                "Accept-Language"?: string;
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PlanShipmentDto"];
            };
        };
        responses: {
            /** @description Recorded; the allocation of packed stock from the lots it names follows, and the resource at Location says how it went */
            202: {
                headers: {
                    /** @description where to look */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponseDto"];
                };
            };
            /** @description The request is malformed or a field is invalid (`errors` names each field); nothing was written. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No valid credentials (none, or a token or cookie that is wrong, expired or revoked): sign in; nothing was written. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Signed in, but in a role this operation does not let in, or on another member’s or partner’s data; nothing was written. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Something the request names does not exist; nothing was written. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The request conflicts with what is recorded (e.g. the same id with other facts); nothing was written. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Another writer changed the same record at the same moment, more often than retried; nothing was written: retry. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The body is larger than the server takes; nothing was written. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The body is not `application/json`; nothing was written. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The request breaks a rule (the `code` says which): a business rule, an Idempotency-Key reused for another request, a range of days that ends before it starts, a `minPosition` past the head of the log; nothing was written. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The event store failed or is not ready: a write may or may not be kept; retry with the same Idempotency-Key. Or what the request waits for (the read models, the member ledger for a settlement) has not reached `minPosition` yet: nothing was written; the answer says the position waited for. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    GetShipmentController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                shipmentId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ShipmentDto"];
                };
            };
            /** @description The request is malformed or a field is invalid (`errors` names each field); nothing was written. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No valid credentials (none, or a token or cookie that is wrong, expired or revoked): sign in; nothing was written. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Signed in, but in a role this operation does not let in, or on another member’s or partner’s data; nothing was written. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Something the request names does not exist; nothing was written. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The request breaks a rule (the `code` says which): a business rule, an Idempotency-Key reused for another request, a range of days that ends before it starts, a `minPosition` past the head of the log; nothing was written. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The event store failed or is not ready: a write may or may not be kept; retry with the same Idempotency-Key. Or what the request waits for (the read models, the member ledger for a settlement) has not reached `minPosition` yet: nothing was written; the answer says the position waited for. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    ConfirmDelivery: {
        parameters: {
            query?: never;
            header?: {
                /** @description th: field errors in Thai; else English */
                "Accept-Language"?: string;
                "Idempotency-Key"?: string;
            };
            path: {
                shipmentId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConfirmDeliveryDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponseDto"];
                };
            };
            /** @description The request is malformed or a field is invalid (`errors` names each field); nothing was written. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No valid credentials (none, or a token or cookie that is wrong, expired or revoked): sign in; nothing was written. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Signed in, but in a role this operation does not let in, or on another member’s or partner’s data; nothing was written. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Something the request names does not exist; nothing was written. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The request conflicts with what is recorded (e.g. the same id with other facts); nothing was written. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Another writer changed the same record at the same moment, more often than retried; nothing was written: retry. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The body is larger than the server takes; nothing was written. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The body is not `application/json`; nothing was written. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The request breaks a rule (the `code` says which): a business rule, an Idempotency-Key reused for another request, a range of days that ends before it starts, a `minPosition` past the head of the log; nothing was written. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The event store failed or is not ready: a write may or may not be kept; retry with the same Idempotency-Key. Or what the request waits for (the read models, the member ledger for a settlement) has not reached `minPosition` yet: nothing was written; the answer says the position waited for. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    DispatchShipment: {
        parameters: {
            query?: never;
            header?: {
                /** @description th: field errors in Thai; else English */
                "Accept-Language"?: string;
                "Idempotency-Key"?: string;
            };
            path: {
                shipmentId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DispatchShipmentDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponseDto"];
                };
            };
            /** @description The request is malformed or a field is invalid (`errors` names each field); nothing was written. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No valid credentials (none, or a token or cookie that is wrong, expired or revoked): sign in; nothing was written. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Signed in, but in a role this operation does not let in, or on another member’s or partner’s data; nothing was written. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Something the request names does not exist; nothing was written. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The request conflicts with what is recorded (e.g. the same id with other facts); nothing was written. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Another writer changed the same record at the same moment, more often than retried; nothing was written: retry. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The body is larger than the server takes; nothing was written. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The body is not `application/json`; nothing was written. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The request breaks a rule (the `code` says which): a business rule, an Idempotency-Key reused for another request, a range of days that ends before it starts, a `minPosition` past the head of the log; nothing was written. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The event store failed or is not ready: a write may or may not be kept; retry with the same Idempotency-Key. Or what the request waits for (the read models, the member ledger for a settlement) has not reached `minPosition` yet: nothing was written; the answer says the position waited for. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
}
