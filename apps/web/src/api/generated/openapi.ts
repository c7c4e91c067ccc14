// Generated from the API's OpenAPI document by `npx nx run api:web-api-types`; do not edit.
// apps/api/src/app/openapi.int-spec.ts fails when it no longer matches the document.

export interface paths {
    "/.well-known/did.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** DID document of the association (did:web): every badge signing key, current and retired */
        get: operations["BadgesPublicController_rootDidDocument"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/achievements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every badge that can be earned, with its criteria */
        get: operations["BadgesPublicController_achievements"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/achievements/{idOrSlug}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An achievement as Open Badges 3.0 Achievement JSON */
        get: operations["BadgesPublicController_achievement"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/achievements/{idOrSlug}/image.svg": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The badge image of an achievement (not baked) */
        get: operations["BadgesPublicController_achievementImage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/achievements/{idOrSlug}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Set an achievement’s validity period (validForDays) and renewal instructions; audited */
        patch: operations["AdminBadgeExpiryController_updateAchievement"];
        trace?: never;
    };
    "/api/v1/admin/badge-awards": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Search issued credentials by learner, achievement and status */
        get: operations["AdminBadgesController_search"];
        put?: never;
        /** Award a badge by hand, with evidence (URL or narrative); audited */
        post: operations["AdminBadgesController_award"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/badges/expiring": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Credentials in force that expire within the next `within` days, soonest first, with holder and how to renew */
        get: operations["AdminBadgeExpiryController_expiring"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/completion-events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Admin: mark a session completed for a learner (audited) */
        post: operations["CompletionsController_adminMark"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/credentials/{credentialId}/reissue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Re-issue a credential (fresh signature, dates and text); the old one is revoked as superseded */
        post: operations["AdminBadgesController_reissue"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/credentials/{credentialId}/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Revoke a credential with a reason; verifiers see it in the status list at once */
        post: operations["AdminBadgesController_revoke"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/faq": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every FAQ entry the bot answers from, retired ones last */
        get: operations["AdminFaqController_list"];
        put?: never;
        /** Teach the bot a question and answer (audited; answers use it at once) */
        post: operations["AdminFaqController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/faq/{faq}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Edit an FAQ entry (audited) */
        patch: operations["AdminFaqController_update"];
        trace?: never;
    };
    "/api/v1/admin/faq/{faq}/retire": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Retire an FAQ entry: the bot stops using it (idempotent, audited) */
        post: operations["AdminFaqController_retire"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/learners": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Search learners by email or name */
        get: operations["AdminLearnersController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/learners/{userId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Erase a learner’s personal data at their request (as DELETE /me does); audited */
        delete: operations["AdminLearnersController_erase"];
        options?: never;
        head?: never;
        /** Change a person’s role, disable (signs out everywhere) or enable them, or mark their address verified; audited */
        patch: operations["AdminLearnersController_change"];
        trace?: never;
    };
    "/api/v1/admin/learners/{userId}/progress": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A learner’s progress in every series they have touched */
        get: operations["AdminLearnersController_learnerProgress"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/learners/{userId}/transcript": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A learner’s transcript */
        get: operations["AdminLearnersController_learnerTranscript"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/notification-deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Deliveries that failed (retrying) or are dead (attempts used up), newest first */
        get: operations["NotificationDeliveriesController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/notification-deliveries/{deliveryId}/replay": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send a dead or failed delivery again (audited). Reminders are still never sent after the session starts. */
        post: operations["NotificationDeliveriesController_replay"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/programs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a program (audited; a repeat of the same request returns it)
         * @description The slug is the key: the same slug with the same content answers 200 with the program, with different content 409.
         */
        post: operations["AdminCatalogueController_createProgram"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/questions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What members ask: the most asked, unanswered and down-voted questions (turn one into an FAQ entry) */
        get: operations["AdminQuestionsController_insights"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/queues-dashboard/session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Open the queue dashboard (Bull Board): sets a 15-minute HttpOnly cookie for /admin/queues, ended by signing out; read-only without the QUEUE_OPERATOR permission */
        post: operations["QueuesDashboardController_open"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/series": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a series in a program (audited; a repeat of the same request returns it)
         * @description Sessions join it through POST /admin/sessions (series + position). Same slug and content: 200; different content: 409.
         */
        post: operations["AdminCatalogueController_createSeries"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/series/{series}/funnel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Completion funnel of a series: enrolled, started, how many sessions done, unlocked */
        get: operations["AdminLearnersController_funnel"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create a session (audited) */
        post: operations["AdminSessionsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/sessions/{session}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Update or reschedule a session (audited) */
        patch: operations["AdminSessionsController_update"];
        trace?: never;
    };
    "/api/v1/admin/sessions/{session}/attendance-imports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import a webinar platform’s attendance CSV
         * @description Columns are recognised by name (email; name; join and leave times, or minutes attended). Every row is validated and reported with its line. Try `dryRun=true` first; `atomic=true` applies nothing unless every row is valid. Valid rows are applied in one transaction; importing the same file again changes nothing.
         */
        post: operations["AdminSessionsController_import"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/sessions/{session}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel a session (idempotent, audited) */
        post: operations["AdminSessionsController_cancel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/webhook-deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The dead-letter list: deliveries whose attempts are spent (or, with status=FAILED, still retrying), newest first */
        get: operations["AdminWebhookDeliveriesController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/webhook-deliveries/{deliveryId}/replay": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send a dead or failed delivery again, with the same webhook-id (audited) */
        post: operations["AdminWebhookDeliveriesController_replay"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Registered webhook endpoints (their secrets are never shown again) */
        get: operations["AdminWebhooksController_list"];
        put?: never;
        /** Register an endpoint; the response carries its signing secret, shown this once (audited) */
        post: operations["AdminWebhooksController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/webhooks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One endpoint */
        get: operations["AdminWebhooksController_get"];
        put?: never;
        post?: never;
        /** Remove an endpoint and its delivery log (audited) */
        delete: operations["AdminWebhooksController_remove"];
        options?: never;
        head?: never;
        /** Change an endpoint’s URL, events, description or enabled flag (audited) */
        patch: operations["AdminWebhooksController_update"];
        trace?: never;
    };
    "/api/v1/admin/webhooks/{id}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The endpoint’s delivery log, newest first (status, attempts, response code, latency, truncated response) */
        get: operations["AdminWebhooksController_deliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/webhooks/{id}/rotate-secret": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A new signing secret, shown this once; the old one also signs until the grace period ends (audited) */
        post: operations["AdminWebhooksController_rotateSecret"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/webhooks/{id}/test": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send a signed webhook.test event to this endpoint; follow it in the delivery log */
        post: operations["AdminWebhooksController_sendTest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/webhooks/event-types": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The event types an endpoint can subscribe to */
        get: operations["AdminWebhooksController_eventTypes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/ask": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Ask a question about programs, dates, partners, rules and badges
         * @description Answers from the catalogue and the curated FAQ, with source links. Time questions are answered relative to now. Below the confidence threshold the answer says it does not know and suggests close topics.
         */
        post: operations["AskController_answer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/ask/{id}/rating": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Rate an answer 👍 or 👎 (idempotent; a later rating replaces an earlier one) */
        post: operations["AskController_rate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/email/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Confirm an e-mail address with the token from the mailed link; releases what was held */
        post: operations["AccountController_verifyEmail"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Exchange email and password for an access and a refresh token */
        post: operations["AuthController_login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign out: revokes this session’s refresh and access tokens */
        post: operations["AuthController_logout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/password/forgot": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mail a password reset link; the answer is the same whether or not the address has an account */
        post: operations["AccountController_forgotPassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/password/reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Choose a new password with the token from the mailed link; signs the account out everywhere */
        post: operations["AccountController_resetPassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/refresh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Rotate a refresh token; reusing an old one revokes the session */
        post: operations["AuthController_refresh"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/register": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create a learner account and sign in */
        post: operations["AuthController_register"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/credentials/{credentialId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A credential as JSON, with its embedded Data Integrity proof (eddsa-rdfc-2022) */
        get: operations["BadgesPublicController_credential"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/credentials/{credentialId}/badge.png": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The badge as a PNG image with the credential JSON baked in (iTXt chunk openbadgecredential) */
        get: operations["BadgesPublicController_bakedPng"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/credentials/{credentialId}/badge.svg": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The badge as an SVG image with the credential JSON baked in (openbadges:credential, CDATA) */
        get: operations["BadgesPublicController_bakedSvg"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/credentials/{credentialId}/holder": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Whom a credential was awarded to: the name its public page shows
         * @description The signed credential names its holder only by a salted e-mail hash; verification pages show this name beside it.
         */
        get: operations["BadgesPublicController_credentialHolder"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/credentials/{credentialId}/jws": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A credential as its signed compact JWS (VC-JOSE, EdDSA); the payload is the credential with its proof */
        get: operations["BadgesPublicController_credentialJws"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/credentials/{credentialId}/page": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A credential’s public page: who earned what, when, from whom, and whether it is still valid */
        get: operations["BadgesPublicController_credentialPage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/exchanges/{exchangeId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** VC-API exchange for the Learner Credential Wallet: {} → a DIDAuthentication request; the DIDAuth presentation → the credential, once */
        post: operations["WalletExchangeController_participate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/key-dates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Deadlines, observances and announcements, e.g. membership deadlines */
        get: operations["CatalogueController_listKeyDates"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My account and member profile */
        get: operations["MeController_account"];
        put?: never;
        post?: never;
        /** Erase my account (needs my password): personal data goes, issued credentials stay verifiable but name nobody */
        delete: operations["MeController_erase"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/badges": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My badges, each with its share link (public page) and JSON / signed / baked image downloads */
        get: operations["MyBadgesController_myBadges"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/badges/{credentialId}/reissue-to-did": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Re-issue my credential naming my wallet DID as credentialSubject.id; the old one is superseded */
        post: operations["MyWalletController_reissueToDid"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/badges/{credentialId}/wallet-exchanges": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** “Add to wallet”: a one-time, expiring exchange link and QR code for the Learner Credential Wallet */
        post: operations["MyWalletController_createExchange"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/completion-events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record that I watched a recording or attended live
         * @description A recording counts once the viewed share reaches the configured threshold (80 % by default); reports of progress may repeat and only the highest counts. Retrying with the same Idempotency-Key, or repeating the same learner + session + source, never counts twice.
         */
        post: operations["CompletionsController_recordMine"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/discord-link": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Which Discord account, if any, is linked to mine */
        get: operations["DiscordLinkController_current"];
        put?: never;
        post?: never;
        /** Unlink my Discord account (and cancel any unused code) */
        delete: operations["DiscordLinkController_unlink"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/discord-link-code": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Get a one-time code to link my Discord account
         * @description Type the code into the Stacks bot as `/link code:<code>` within 10 minutes. It works once; asking for a new code cancels the previous one. Only a hash of the code is stored.
         */
        post: operations["DiscordLinkController_issueCode"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/email": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change my e-mail address (needs my password); the new address must be verified again */
        patch: operations["MeController_changeEmail"];
        trace?: never;
    };
    "/api/v1/me/email/verification": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send the verification link again (nothing is sent once the address is verified) */
        post: operations["AccountController_resendVerification"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/enrolments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My current enrolments and waitlist places */
        get: operations["EnrolmentsController_mine"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Everything Stacks holds about me, as one JSON document */
        get: operations["MeController_export"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/holder-did": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The wallet DID my badges may name me by */
        get: operations["MyWalletController_holderDid"];
        /** Save my wallet DID (did:key or did:web) for re-issues */
        put: operations["MyWalletController_setHolderDid"];
        post?: never;
        /** Forget my wallet DID (credentials already issued keep theirs) */
        delete: operations["MyWalletController_clearHolderDid"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/notification-preferences": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My notification channels, quiet hours and opt-outs */
        get: operations["NotificationPreferencesController_get"];
        /** Replace my notification preferences (time zone: PATCH /me/profile) */
        put: operations["NotificationPreferencesController_replace"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Change my password (needs the current one); signs out every other session */
        post: operations["AccountController_changePassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/profile": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Update my member profile (library type and size, role, time zone) */
        patch: operations["MeController_updateProfile"];
        trace?: never;
    };
    "/api/v1/me/progress": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My progress in every series I have started or enrolled in */
        get: operations["ProgressController_mine"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/progress/{series}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My progress in one series: done, remaining, percentage, what it unlocks and what I still need */
        get: operations["ProgressController_one"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/transcript": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My transcript: every completed session with hours and dates, and my unlocks */
        get: operations["ProgressController_transcript"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/transcript/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My transcript as a file to keep: CSV (one row per session, credit hours, a total) or JSON */
        get: operations["ProgressController_transcriptExport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/wallet-exchanges/{exchangeId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Has my wallet taken the credential yet (and which DID did it present)? */
        get: operations["MyWalletController_exchangeStatus"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/xapi": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My xAPI statements (completions, attendance, badges) as sent to the learning record store, newest first */
        get: operations["MyXapiController_mine"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/unsubscribe": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Unsubscribe page: a button that confirms (link scanners that follow GET links change nothing) */
        get: operations["UnsubscribeController_page"];
        put?: never;
        /** One-click unsubscribe (RFC 8058): the signed token names the learner; no sign-in */
        post: operations["UnsubscribeController_unsubscribe"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List and search programs
         * @description Full-text search with `q`; filter by kind, library type and size.
         */
        get: operations["CatalogueController_listPrograms"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programs/{idOrSlug}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A program with its partners, funders, series, sessions and key dates */
        get: operations["CatalogueController_program"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/series/{idOrSlug}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A series: its ordered sessions, completion rule and what completing it unlocks */
        get: operations["CatalogueController_series"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List and search sessions
         * @description Filter by program, type, library type, upcoming/past, free, and a start-date range.
         */
        get: operations["CatalogueController_listSessions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sessions/{idOrSlug}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A session with seats left and waitlist length */
        get: operations["CatalogueController_session"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sessions/{session}/enrolment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Enrol me in a session
         * @description Waitlists when the session is full; the earliest waitlisted learner is promoted when a seat frees up. Repeating the request is harmless.
         */
        put: operations["EnrolmentsController_enrol"];
        post?: never;
        /** Cancel my enrolment (or leave the waitlist) */
        delete: operations["EnrolmentsController_cancel"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/status-lists/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A revocation status list: a BitstringStatusListCredential signed by the credentials’ issuer
         * @description JSON with a Data Integrity proof (eddsa-rdfc-2022); send `Accept: application/vc+jwt` for the compact JWS. Verifiers may cache it for the Cache-Control max-age (its validUntil is twice that): a revocation shows within that time.
         */
        get: operations["BadgesPublicController_statusList"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Verify a credential: signature, issuer, schema, revocation status and dates, with the reasons
         * @description Send a compact JWS (application/vc+jwt or text/plain), JSON `{ "credential": <JWS or credential object> }` or a credential object (with its embedded Data Integrity proof), or a baked badge image (image/png or image/svg+xml, old JWS or new JSON baking). Every readable submission gets a 200 verdict, valid or "invalid because …", with each check explained.
         */
        post: operations["BadgesPublicController_verify"];
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
        /** Liveness: the process is up and serving HTTP */
        get: operations["HealthController_live"];
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
        /** Readiness: PostgreSQL and Redis answer within 1.5 s */
        get: operations["HealthController_ready"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/issuers/{slug}/did.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** DID document of a division or office that issues badges (did:web:<host>:issuers:<slug>) */
        get: operations["BadgesPublicController_issuerDidDocument"];
        put?: never;
        post?: never;
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
        AcceptedDto: {
            /** @example If an account uses this address, a link is on its way. */
            message: string;
        };
        AccountChangeDto: {
            /**
             * @description true signs the account out everywhere and refuses new sign-ins; false lets it sign in again
             * @example true
             */
            disabled?: boolean;
            /**
             * @description Mark the address verified (the learner proved it another way); releases what was held
             * @example true
             */
            emailVerified?: boolean;
            /** @example Asked by phone, ticket 1234 */
            reason?: string;
            /**
             * @example ADMIN
             * @enum {string}
             */
            role?: "LEARNER" | "ADMIN";
        };
        AccountDto: {
            /** Format: date-time */
            createdAt: string;
            /** @example Ada Reyes */
            displayName: string;
            /** @example ada@library.example */
            email: string;
            /**
             * Format: date-time
             * @description Null until the address is verified
             */
            emailVerifiedAt: string | null;
            /** Format: uuid */
            id: string;
            profile: components["schemas"]["MemberProfileDto"] | null;
            /**
             * @example LEARNER
             * @enum {string}
             */
            role: "LEARNER" | "ADMIN";
        };
        AchievementDto: {
            /** @description The Open Badges 3.0 Achievement JSON */
            achievementUrl: string;
            /**
             * @description Continuing-education hours (OB 3.0 creditsAvailable), from the sessions its rule counts
             * @example 3
             */
            creditsAvailable: number | null;
            criteriaNarrative: string;
            description: string;
            /** Format: uuid */
            id: string;
            /** @description Badge image URL */
            image: string;
            issuer: components["schemas"]["AchievementIssuerDto"];
            name: string;
            /** @description Slug of the program whose completion awards it */
            program: string | null;
            /** @enum {string} */
            rule: "SERIES_COMPLETED" | "PROGRAM_COMPLETED" | "MANUAL";
            /** @description Slug of the series whose completion awards it */
            series: string | null;
            /** @example ltc-mfc-large-urban-dialogue-facilitation */
            slug: string;
            tags: string[];
            /** @description Credentials expire this many days after issue */
            validForDays: number | null;
        };
        AchievementIssuerDto: {
            /** @example did:web:localhost%3A3000:issuers:ala-ppo */
            did: string;
            /** @example ALA Public Programs Office */
            name: string;
            /** @example https://www.ala.org/tools/programming */
            url: string;
        };
        AdminBadgeDto: {
            achievement: components["schemas"]["AchievementDto"];
            /** @description LinkedIn “Add to profile” link, prefilled with the achievement, issuer, issue month and credential page */
            addToLinkedIn: string;
            /** Format: uuid */
            awardId: string;
            /** Format: uuid */
            credentialId: string;
            /**
             * @description Hours the credential states I earned (credentialSubject.creditsEarned)
             * @example 3
             */
            creditsEarned: number | null;
            /** Format: date-time */
            issuedAt: string;
            learner: Record<string, never>;
            links: components["schemas"]["CredentialLinksDto"];
            /** @description Awarded by an admin (true) or by the achievement rule (false) */
            manual: boolean;
            /**
             * Format: uuid
             * @description The credential this one re-issued
             */
            replaces: string | null;
            revocationReason: string | null;
            /** Format: date-time */
            revokedAt: string | null;
            /** @enum {string} */
            status: "valid" | "expired" | "revoked";
            /** @description The wallet DID the credential names as credentialSubject.id */
            subjectDid: string | null;
            /** Format: date-time */
            validUntil: string | null;
        };
        AdminBadgePageDto: {
            items: components["schemas"]["AdminBadgeDto"][];
            page: components["schemas"]["PageInfoDto"];
        };
        AdminMarkCompletionDto: {
            /**
             * Format: date-time
             * @example 2026-11-20T18:00:00Z
             */
            occurredAt?: string;
            /**
             * @description Session UUID or slug
             * @example dialogue-facilitation-part-2
             */
            session: string;
            /** Format: uuid */
            userId: string;
        };
        AnswerDto: {
            /**
             * @description A short, direct answer; when unsure it starts with "I don't know" and names close topics.
             * @example Libraries Transforming Communities (LTC) is led by American Library Association (ALA), in partnership with Harwood Institute for Public Innovation and funded by Bill & Melinda Gates Foundation.
             */
            answer: string;
            /**
             * @description How much of the question the answer covers (0..1).
             * @example 0.92
             */
            confidence: number;
            /**
             * Format: uuid
             * @description Id of this question, for rating the answer (POST /api/v1/ask/{id}/rating)
             */
            id: string;
            /** @description Titled links the answer comes from: our catalogue pages, and the association pages the source documents name. */
            sources: components["schemas"]["SourceLinkDto"][];
        };
        AskDto: {
            /** @example When is the next National Day of Racial Healing? */
            question: string;
        };
        AttendanceImportReportDto: {
            /** @description Whether rows were written */
            applied: boolean;
            atomic: boolean;
            dryRun: boolean;
            errors: components["schemas"]["ImportRowErrorDto"][];
            /**
             * @description Qualifying attendance kept but not credited yet: the learner has not verified their e-mail
             * @example 2
             */
            held: number;
            /**
             * Format: uuid
             * @description Audit record of an applied import
             */
            importId: string | null;
            /**
             * @description Learners whose session completion this import created
             * @example 95
             */
            newlyCompleted: number;
            /**
             * @description Attendance records new or changed by this import
             * @example 100
             */
            recorded: number;
            /** @example 120 */
            totalRecords: number;
            /**
             * @description Rows already recorded by an earlier import (re-import)
             * @example 18
             */
            unchanged: number;
            /**
             * @description Series unlocked by this import
             * @example 12
             */
            unlocked: number;
            /**
             * @description Learners with valid attendance (rejoins merged)
             * @example 118
             */
            validLearners: number;
        };
        BadgeDto: {
            achievement: components["schemas"]["AchievementDto"];
            /** @description LinkedIn “Add to profile” link, prefilled with the achievement, issuer, issue month and credential page */
            addToLinkedIn: string;
            /** Format: uuid */
            awardId: string;
            /** Format: uuid */
            credentialId: string;
            /**
             * @description Hours the credential states I earned (credentialSubject.creditsEarned)
             * @example 3
             */
            creditsEarned: number | null;
            /** Format: date-time */
            issuedAt: string;
            links: components["schemas"]["CredentialLinksDto"];
            /** @description Awarded by an admin (true) or by the achievement rule (false) */
            manual: boolean;
            revocationReason: string | null;
            /** Format: date-time */
            revokedAt: string | null;
            /** @enum {string} */
            status: "valid" | "expired" | "revoked";
            /** @description The wallet DID the credential names as credentialSubject.id */
            subjectDid: string | null;
            /** Format: date-time */
            validUntil: string | null;
        };
        ChangeEmailDto: {
            /** @example correct horse battery staple */
            currentPassword: string;
            /** @example ada.reyes@library.example */
            email: string;
        };
        ChangePasswordDto: {
            /** @example correct horse battery staple */
            currentPassword: string;
            /** @example another horse battery staple */
            newPassword: string;
        };
        ClaimedPartyDto: {
            id: string | null;
            name: string | null;
        };
        CompletionEventResultDto: {
            /** @description True when this repeated an event already recorded: nothing changed */
            duplicate: boolean;
            /** Format: uuid */
            eventId: string;
            minutesAttended: number | null;
            /** @example dialogue-facilitation-part-1 */
            session: string;
            /** @description Whether the session now counts as completed for me */
            sessionCompleted: boolean;
            /** @enum {string} */
            source: "LIVE_ATTENDANCE" | "RECORDING_VIEWED" | "ADMIN_MARK" | "ATTENDANCE_IMPORT";
            /** @description Series this event completed, with what they unlock */
            unlocked: components["schemas"]["UnlockSummaryDto"][];
            /**
             * @description Highest share viewed so far
             * @example 92
             */
            viewedPercent: number | null;
        };
        CreateFaqEntryDto: {
            /** @example Sign up for the Programming Librarian e-newsletter. */
            answer: string;
            /**
             * @description Which kind of question it answers
             * @enum {string}
             */
            aspect?: "overview" | "organisations" | "dates" | "audience" | "unlock" | "contact" | "general";
            /**
             * @description Extra words that should find this entry
             * @example newsletter e-newsletter announcements
             */
            keywords?: string;
            /** @description Programs the answer draws on (slugs); their pages become sources */
            programSlugs?: string[];
            /** @example How do I hear about new LTC sessions? */
            question: string;
            /** @example ltc-newsletter */
            slug: string;
            /** @description Source links (https) */
            urls?: string[];
            /**
             * @description Other phrasings members use
             * @example [
             *       "where are LTC sessions announced"
             *     ]
             */
            variants?: string[];
        };
        CreateProgramDto: {
            /** @example CC27 */
            acronym?: string;
            /** @example Public library staff */
            audience: string;
            /** @example A year of webinars for library staff who lead conversations in their communities. */
            description: string;
            /**
             * @description A calendar date (YYYY-MM-DD), on or after startsOn
             * @example 2027-12-15
             */
            endsOn?: string;
            /**
             * @example LEARNING_SERIES
             * @enum {string}
             */
            kind: "LEARNING_SERIES" | "INITIATIVE" | "NATIONAL_DAY" | "CELEBRATION" | "COHORT" | "MEMBERSHIP";
            /**
             * @example [
             *       "LARGE_URBAN"
             *     ]
             */
            librarySizes?: ("LARGE_URBAN" | "SMALL_MIDSIZED")[];
            /**
             * @example [
             *       "PUBLIC"
             *     ]
             */
            libraryTypes?: ("PUBLIC" | "ACADEMIC" | "SCHOOL" | "SPECIAL" | "RURAL")[];
            /**
             * @description Unique; sending the same request again returns the existing row (200)
             * @example community-conversations-2027
             */
            slug: string;
            /**
             * @description A calendar date (YYYY-MM-DD)
             * @example 2027-01-15
             */
            startsOn?: string;
            /** @example Webinars and a workshop on hosting community conversations. */
            summary: string;
            /**
             * @example [
             *       "dialogue",
             *       "facilitation"
             *     ]
             */
            tags?: string[];
            /** @example Community Conversations 2027 */
            title: string;
            /** @example https://www.example.org/programs/community-conversations */
            url?: string;
        };
        CreateSeriesDto: {
            /** @example Public library staff */
            audience: string;
            /** @example A year of webinars for library staff who lead conversations in their communities. */
            description: string;
            /**
             * @example [
             *       "LARGE_URBAN"
             *     ]
             */
            librarySizes?: ("LARGE_URBAN" | "SMALL_MIDSIZED")[];
            /**
             * @example [
             *       "PUBLIC"
             *     ]
             */
            libraryTypes?: ("PUBLIC" | "ACADEMIC" | "SCHOOL" | "SPECIAL" | "RURAL")[];
            /**
             * @description Slug of the program the series belongs to
             * @example community-conversations-2027
             */
            program: string;
            /**
             * @description Required with rule ANY_K: how many sessions complete the series
             * @example 2
             */
            requiredCount?: number;
            /**
             * @default ALL
             * @enum {string}
             */
            rule: "ALL" | "ANY_K" | "IN_ORDER";
            /**
             * @description Unique; sending the same request again returns the existing row (200)
             * @example community-conversations-2027
             */
            slug: string;
            /** @example Community Conversations 2027 */
            title: string;
            /** @example Everyone who completes the series is invited free of charge. */
            unlockDescription?: string;
            /** @example Invitation to the in-person workshop */
            unlockTitle?: string;
        };
        CreateSessionDto: {
            /** @example 100 */
            capacity?: number;
            /**
             * @description Continuing-education credit hours, to the hundredth; when absent the session’s length counts
             * @example 1.5
             */
            creditHours?: number;
            /** @example A live workshop on hosting community conversations. */
            description: string;
            /**
             * Format: date-time
             * @example 2027-03-04T19:00:00Z
             */
            endsAt?: string;
            /** @example https://meet.example.org/abc */
            joinUrl?: string;
            libraryTypes?: ("PUBLIC" | "ACADEMIC" | "SCHOOL" | "SPECIAL" | "RURAL")[];
            /** @example Chicago, IL */
            location?: string;
            /** @example 4 */
            position?: number;
            /** @example 0 */
            priceCents?: number;
            /** @example ltc-models-for-change */
            program: string;
            /** Format: date-time */
            recordingAvailableFrom?: string;
            /** Format: date-time */
            recordingAvailableUntil?: string;
            /** @example 60 */
            recordingMinutes?: number;
            /** @example https://video.example.org/recording */
            recordingUrl?: string;
            /** @example dialogue-facilitation-large-urban */
            series?: string;
            /** @example community-conversations-2027 */
            slug: string;
            /**
             * Format: date-time
             * @example 2027-03-04T18:00:00Z
             */
            startsAt?: string;
            /** @example America/Chicago */
            timeZone?: string;
            /** @example Community conversations in practice */
            title: string;
            /** @enum {string} */
            type: "WEBINAR" | "WORKSHOP" | "EVENT";
        };
        CreateWebhookEndpointDto: {
            /** @example Membership database */
            description?: string;
            /** @default true */
            enabled: boolean;
            /**
             * @example [
             *       "badge.awarded",
             *       "session.completed"
             *     ]
             */
            eventTypes: ("enrolment.created" | "enrolment.cancelled" | "session.completed" | "series.unlocked" | "badge.awarded" | "badge.revoked" | "badge.expiring" | "attendance.imported")[];
            /**
             * @description https (http only outside production); never a loopback or private address
             * @example https://crm.example.org/hooks/stacks
             */
            url: string;
        };
        CredentialHolderDto: {
            /** Format: uuid */
            credentialId: string;
            /**
             * @description The display name the public credential page shows as “Awarded to”; null once the holder erased their account
             * @example Maya Okafor
             */
            name: string | null;
        };
        CredentialLinksDto: {
            bakedPng: string;
            bakedSvg: string;
            /** @description The credential JSON (the signed payload) */
            json: string;
            /** @description The compact JWS (VC-JOSE) */
            jws: string;
            /** @description Public page to share */
            page: string;
        };
        CredentialSummaryDto: {
            achievement: components["schemas"]["ClaimedPartyDto"];
            id: string | null;
            issuer: components["schemas"]["ClaimedPartyDto"];
            name: string | null;
            validFrom: string | null;
            validUntil: string | null;
        };
        DashboardSessionDto: {
            /** Format: date-time */
            expiresAt: string;
            /**
             * @description Open this address in the same browser
             * @example /admin/queues
             */
            url: string;
        };
        DiscordLinkCodeDto: {
            /**
             * @description Give it to the bot as `/link code:<code>`. Shown once; works once.
             * @example 7K3QD-M9XWA
             */
            code: string;
            /**
             * @description The exact command to type in Discord
             * @example /link code:7K3QD-M9XWA
             */
            command: string;
            /**
             * Format: date-time
             * @description After this moment the code is refused
             */
            expiresAt: string;
        };
        DiscordLinkDto: {
            /**
             * @description The linked Discord user id (snowflake)
             * @example 80351110224678912
             */
            discordUserId: string | null;
            /** @description Whether a Discord account is linked to mine */
            linked: boolean;
            /** Format: date-time */
            linkedAt: string | null;
        };
        EnrolmentDto: {
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            id: string;
            session: components["schemas"]["SessionSummaryDto"];
            /**
             * @example ENROLLED
             * @enum {string}
             */
            status: "ENROLLED" | "WAITLISTED" | "CANCELLED";
            /**
             * @description Place in the waitlist (1 = next to be promoted)
             * @example 3
             */
            waitlistPosition: number | null;
        };
        ErasureRequestDto: {
            /**
             * @description The learner’s request, for the audit record
             * @example Learner asked by e-mail on 2026-12-01
             */
            reason: string;
        };
        ExpiringAchievementDto: {
            /** Format: uuid */
            id: string;
            name: string;
            slug: string;
            validForDays: number | null;
        };
        ExpiringCredentialDto: {
            achievement: components["schemas"]["ExpiringAchievementDto"];
            /** Format: uuid */
            credentialId: string;
            /** @description Public credential page */
            credentialPage: string;
            /**
             * @description Whole days from now until it expires
             * @example 12
             */
            daysLeft: number;
            holder: components["schemas"]["ExpiringHolderDto"];
            /** Format: date-time */
            issuedAt: string;
            issuer: components["schemas"]["ExpiringIssuerDto"];
            /** @description How the holder renews it */
            renewal: string;
            /** Format: date-time */
            validUntil: string;
        };
        ExpiringHolderDto: {
            displayName: string;
            email: string;
            /** Format: uuid */
            userId: string;
        };
        ExpiringIssuerDto: {
            email: string | null;
            name: string;
            url: string;
        };
        ExpiringPageDto: {
            items: components["schemas"]["ExpiringCredentialDto"][];
            page: components["schemas"]["PageInfoDto"];
            /**
             * Format: date-time
             * @description End of the window looked at
             */
            until: string;
        };
        FaqEntryDto: {
            answer: string;
            aspect: string | null;
            id: string;
            keywords: string;
            programSlugs: string[];
            question: string;
            /** Format: date-time */
            retiredAt: string | null;
            slug: string;
            /** Format: date-time */
            updatedAt: string;
            urls: string[];
            variants: string[];
        };
        ForgotPasswordDto: {
            /** @example ada@library.example */
            email: string;
        };
        FunnelStepDto: {
            /**
             * @description Sessions completed
             * @example 2
             */
            completed: number;
            /**
             * @description Learners who completed exactly that many
             * @example 14
             */
            learners: number;
        };
        HolderDidDto: {
            /** @example did:key:z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK */
            did: string | null;
        };
        ImportRowErrorDto: {
            /** @example email */
            field: string;
            /** @example 4 */
            line: number;
            /** @example email "ada@" is not a valid address */
            message: string;
            /** @example isEmail */
            rule: string;
        };
        KeyDateDto: {
            /** @example 2022-01-31 */
            date: string;
            description: string;
            /** @enum {string} */
            kind: "DEADLINE" | "OBSERVANCE" | "ANNOUNCEMENT" | "EVENT";
            program: components["schemas"]["ProgramRefDto"];
            /** @example alsc-2022-election-membership-deadline */
            slug: string;
            /** @example Renew ALSC membership to vote in the 2022 ALA election */
            title: string;
        };
        KeyDatePageDto: {
            items: components["schemas"]["KeyDateDto"][];
            page: components["schemas"]["PageInfoDto"];
        };
        LearnerPageDto: {
            items: components["schemas"]["LearnerSummaryDto"][];
            page: components["schemas"]["PageInfoDto"];
        };
        LearnerSummaryDto: {
            /**
             * @description Sign-ins still live (unrevoked, unexpired refresh tokens)
             * @example 1
             */
            activeSessions: number;
            /** Format: date-time */
            createdAt: string;
            /**
             * Format: date-time
             * @description Set once the account has been erased
             */
            deletedAt: string | null;
            /**
             * Format: date-time
             * @description Set while an admin has disabled the account
             */
            disabledAt: string | null;
            displayName: string;
            email: string;
            /**
             * Format: date-time
             * @description Null until the address is verified
             */
            emailVerifiedAt: string | null;
            /** Format: uuid */
            id: string;
            /**
             * Format: date-time
             * @description When the last sign-in (or refresh) happened
             */
            lastSignInAt: string | null;
            /** @enum {string|null} */
            libraryType: "PUBLIC" | "ACADEMIC" | "SCHOOL" | "SPECIAL" | "RURAL" | null;
            /** @enum {string} */
            role: "LEARNER" | "ADMIN";
            /** @example 3 */
            sessionsCompleted: number;
        };
        LoginDto: {
            /** @example ada@library.example */
            email: string;
            /** @example correct horse battery staple */
            password: string;
        };
        ManualAwardDto: {
            /**
             * @description Achievement id or slug
             * @example ltc-mfc-large-urban-dialogue-facilitation
             */
            achievement: string;
            /**
             * @description Evidence narrative
             * @example Facilitated three community conversations at the branch.
             */
            evidenceNarrative?: string;
            /**
             * @description Evidence URL (this or a narrative is required)
             * @example https://example.org/forum-report.pdf
             */
            evidenceUrl?: string;
            /**
             * Format: uuid
             * @description The learner receiving the badge
             */
            learnerId: string;
        };
        MemberProfileDto: {
            /** @example Adult services librarian */
            jobRole?: string;
            /**
             * @example LARGE_URBAN
             * @enum {string}
             */
            librarySize?: "LARGE_URBAN" | "SMALL_MIDSIZED";
            /**
             * @example PUBLIC
             * @enum {string}
             */
            libraryType?: "PUBLIC" | "ACADEMIC" | "SCHOOL" | "SPECIAL" | "RURAL";
            /**
             * @description IANA time zone
             * @example America/Chicago
             */
            timeZone?: string;
        };
        NewWalletExchangeDto: {
            /** @description The DIDAuth challenge the wallet signs */
            challenge: string;
            /** Format: date-time */
            completedAt: string | null;
            /** Format: uuid */
            credentialId: string;
            /** @description The VC-API exchange endpoint (vc_request_url); works once, until expiresAt */
            exchangeUrl: string;
            /** Format: date-time */
            expiresAt: string;
            /**
             * Format: uuid
             * @description For GET /me/wallet-exchanges/{exchangeId}: has my wallet picked it up?
             */
            id: string;
            /** @description The DID my wallet presented when it took the credential */
            presentedDid: string | null;
            /** @description QR code of walletUrl, as an SVG document, to scan with the wallet */
            qrSvg: string;
            /** @enum {string} */
            status: "pending" | "completed" | "expired";
            /**
             * @description Opens the Learner Credential Wallet on a phone
             * @example https://lcw.app/request.html?issuer=…&vc_request_url=…
             */
            walletUrl: string;
        };
        NotificationDeliveryDto: {
            attempts: number;
            /** @enum {string} */
            channel: "EMAIL" | "DISCORD" | "CONSOLE";
            /** Format: date-time */
            dueAt: string;
            /** Format: uuid */
            id: string;
            /** @example reminder.<session>.<learner>.<start ms>.60 */
            key: string;
            /** @example session-reminder */
            kind: string;
            lastError: string | null;
            /** Format: date-time */
            sentAt: string | null;
            /** @enum {string} */
            status: "PENDING" | "SENDING" | "SENT" | "FAILED" | "DEAD" | "SKIPPED";
            /** Format: date-time */
            updatedAt: string;
            /** Format: uuid */
            userId: string;
        };
        NotificationPreferencesDto: {
            /** @description Receive messages as Discord direct messages (needs a linked Discord account) */
            discordEnabled: boolean;
            /** @description Receive messages by e-mail */
            emailEnabled: boolean;
            /** @description Nudges about a series I started and have not finished */
            nudgesEnabled: boolean;
            /**
             * @description Quiet hours end, minutes after local midnight (07:00 = 420); null for none
             * @example 420
             */
            quietHoursEnd?: number | null;
            /**
             * @description Quiet hours start, minutes after local midnight (22:00 = 1320); null for none
             * @example 1320
             */
            quietHoursStart?: number | null;
            /** @description Reminders before live sessions I am enrolled in */
            remindersEnabled: boolean;
            /** @description false stops every message (the one-click unsubscribe link sets it); true opts back in */
            subscribed: boolean;
            /** @description A weekly digest of upcoming sessions */
            weeklyDigest: boolean;
        };
        NotificationPreferencesViewDto: {
            /** @description Receive messages as Discord direct messages (needs a linked Discord account) */
            discordEnabled: boolean;
            /** @description Whether a Discord account is linked (Discord messages need one) */
            discordLinked: boolean;
            /** @description Receive messages by e-mail */
            emailEnabled: boolean;
            /** @description Nudges about a series I started and have not finished */
            nudgesEnabled: boolean;
            /**
             * @description Quiet hours end, minutes after local midnight (07:00 = 420); null for none
             * @example 420
             */
            quietHoursEnd?: number | null;
            /**
             * @description Quiet hours start, minutes after local midnight (22:00 = 1320); null for none
             * @example 1320
             */
            quietHoursStart?: number | null;
            /** @description Reminders before live sessions I am enrolled in */
            remindersEnabled: boolean;
            /** @description false stops every message (the one-click unsubscribe link sets it); true opts back in */
            subscribed: boolean;
            /**
             * @description From my member profile (PATCH /me/profile changes it); quiet hours are in this zone
             * @example America/Chicago
             */
            timeZone: string;
            /** Format: date-time */
            unsubscribedAt: string | null;
            /** @description A weekly digest of upcoming sessions */
            weeklyDigest: boolean;
        };
        OrganizationDto: {
            /** @example NCDD */
            acronym: string | null;
            description: string;
            /** @example National Coalition for Dialogue & Deliberation */
            name: string;
            /** @enum {string} */
            role: "LEAD" | "PARTNER" | "FUNDER" | "FACILITATOR";
            /** @example ncdd */
            slug: string;
            url: string | null;
        };
        PageInfoDto: {
            /** @example 20 */
            limit: number;
            /** @example 0 */
            offset: number;
            /** @example 42 */
            total: number;
        };
        Problem: {
            detail?: string;
            /** @description One entry per offending field */
            errors?: {
                /** @example body.viewedPercent */
                field: string;
                /** @example viewedPercent must not be greater than 100 */
                message: string;
                /** @example max */
                rule: string;
            }[];
            /** @example /api/v1/me/completion-events */
            instance?: string;
            requestId?: string;
            /** @example 400 */
            status: number;
            /** @example Your request has invalid fields */
            title: string;
            /** @example https://stacks.example.org/problems/validation */
            type: string;
        };
        ProgramDetailDto: {
            /** @example LTC */
            acronym: string | null;
            audience: string;
            description: string;
            endsOn: string | null;
            /** Format: uuid */
            id: string;
            keyDates: components["schemas"]["KeyDateDto"][];
            /** @enum {string} */
            kind: "LEARNING_SERIES" | "INITIATIVE" | "NATIONAL_DAY" | "CELEBRATION" | "COHORT" | "MEMBERSHIP";
            librarySizes: ("LARGE_URBAN" | "SMALL_MIDSIZED")[];
            libraryTypes: ("PUBLIC" | "ACADEMIC" | "SCHOOL" | "SPECIAL" | "RURAL")[];
            organizations: components["schemas"]["OrganizationDto"][];
            series: components["schemas"]["SeriesSummaryDto"][];
            sessions: components["schemas"]["SessionSummaryDto"][];
            /** @example ltc-models-for-change */
            slug: string;
            /** @example 2016-12-15 */
            startsOn: string | null;
            summary: string;
            tags: string[];
            title: string;
            url: string | null;
        };
        ProgramPageDto: {
            items: components["schemas"]["ProgramSummaryDto"][];
            page: components["schemas"]["PageInfoDto"];
        };
        ProgramRefDto: {
            /** @example ltc-models-for-change */
            slug: string;
            /** @example Libraries Transforming Communities: Models for Change */
            title: string;
        };
        ProgramSummaryDto: {
            /** @example LTC */
            acronym: string | null;
            audience: string;
            endsOn: string | null;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "LEARNING_SERIES" | "INITIATIVE" | "NATIONAL_DAY" | "CELEBRATION" | "COHORT" | "MEMBERSHIP";
            librarySizes: ("LARGE_URBAN" | "SMALL_MIDSIZED")[];
            libraryTypes: ("PUBLIC" | "ACADEMIC" | "SCHOOL" | "SPECIAL" | "RURAL")[];
            /** @example ltc-models-for-change */
            slug: string;
            /** @example 2016-12-15 */
            startsOn: string | null;
            summary: string;
            tags: string[];
            title: string;
            url: string | null;
        };
        ProgressSessionDto: {
            /** @description Can be done now: the recording is available or the live session is still ahead */
            availableNow: boolean;
            /** Format: date-time */
            completedAt: string | null;
            /** @example 2 */
            position: number | null;
            /** @example dialogue-facilitation-part-2 */
            slug: string;
            /** @example Dialogue facilitation, part 2 of 3 */
            title: string;
        };
        QuestionInsightsDto: {
            downVoted: components["schemas"]["QuestionTallyDto"][];
            mostAsked: components["schemas"]["QuestionTallyDto"][];
            unanswered: components["schemas"]["QuestionTallyDto"][];
        };
        QuestionTallyDto: {
            asked: number;
            downVotes: number;
            lastAnswer: string;
            /** Format: date-time */
            lastAskedAt: string;
            question: string;
            unanswered: number;
            upVotes: number;
        };
        RateAnswerDto: {
            /**
             * @description 👍 or 👎 for the answer
             * @enum {string}
             */
            rating: "up" | "down";
        };
        ReauthenticationDto: {
            /** @example correct horse battery staple */
            currentPassword: string;
        };
        RecordCompletionEventDto: {
            /**
             * @description Minutes attended live (LIVE_ATTENDANCE)
             * @example 55
             */
            minutesAttended?: number;
            /**
             * Format: date-time
             * @description When it happened; defaults to now; not in the future
             * @example 2026-11-20T18:00:00Z
             */
            occurredAt?: string;
            /**
             * @description Session UUID or slug
             * @example dialogue-facilitation-part-1
             */
            session: string;
            /**
             * @example RECORDING_VIEWED
             * @enum {string}
             */
            source: "RECORDING_VIEWED" | "LIVE_ATTENDANCE";
            /**
             * @description Required for RECORDING_VIEWED
             * @example 92
             */
            viewedPercent?: number;
        };
        RecordingDto: {
            /** Format: date-time */
            availableFrom: string | null;
            /** @description Whether the recording can be watched now */
            availableNow: boolean;
            /** Format: date-time */
            availableUntil: string | null;
            /** @example 60 */
            minutes: number | null;
            url: string | null;
        };
        RefreshDto: {
            /**
             * @description The refresh token from the last log-in or refresh
             * @example hX3c…
             */
            refreshToken: string;
        };
        RegisterDto: {
            /** @example Ada Reyes */
            displayName: string;
            /** @example ada@library.example */
            email: string;
            /** @example correct horse battery staple */
            password: string;
            profile?: components["schemas"]["MemberProfileDto"];
        };
        ReissueDto: {
            /** @example Achievement description corrected */
            reason?: string;
        };
        ReissuedToDidDto: {
            /**
             * Format: uuid
             * @description The new credential
             */
            credentialId: string;
            /**
             * Format: uuid
             * @description The credential it replaces (now revoked as superseded)
             */
            replaces: string;
            subjectDid: string;
        };
        ReissueToDidDto: {
            /** @description The DID to be named by; default: the one saved in my settings */
            did?: string;
        };
        ResetPasswordDto: {
            /** @example correct horse battery staple */
            password: string;
            /**
             * @description The token from the link in the mail
             * @example q3J9…
             */
            token: string;
        };
        RevokeDto: {
            /**
             * @description Shown publicly on the credential page and in verification results
             * @example Awarded to the wrong learner
             */
            reason: string;
        };
        SeriesDetailDto: {
            audience: string;
            description: string;
            /** Format: uuid */
            id: string;
            librarySizes: ("LARGE_URBAN" | "SMALL_MIDSIZED")[];
            libraryTypes: ("PUBLIC" | "ACADEMIC" | "SCHOOL" | "SPECIAL" | "RURAL")[];
            program: components["schemas"]["ProgramRefDto"];
            /** @description k for ANY_K */
            requiredCount: number | null;
            /**
             * @description ALL sessions, ANY_K of them, or all IN_ORDER
             * @enum {string}
             */
            rule: "ALL" | "ANY_K" | "IN_ORDER";
            /** @description In series order */
            sessions: components["schemas"]["SessionSummaryDto"][];
            /** @example dialogue-facilitation-large-urban */
            slug: string;
            title: string;
            unlockDescription: string | null;
            /** @example Invitation to the free pre-conference workshop */
            unlockTitle: string | null;
        };
        SeriesFunnelDto: {
            byCompletedCount: components["schemas"]["FunnelStepDto"][];
            /**
             * @description Learners enrolled in at least one session
             * @example 120
             */
            enrolled: number;
            /** @example 3 */
            requiredSessions: number;
            /** @example dialogue-facilitation-large-urban */
            series: string;
            /**
             * @description Learners with at least one completed session
             * @example 80
             */
            started: number;
            /** @example 3 */
            totalSessions: number;
            /** @example 31 */
            unlocked: number;
        };
        SeriesProgressDto: {
            done: components["schemas"]["ProgressSessionDto"][];
            /**
             * @description Sessions still needed to satisfy the rule
             * @example 1
             */
            neededCount: number;
            /** @description What to do next */
            next: components["schemas"]["ProgressSessionDto"] | null;
            /** @example 67 */
            percentage: number;
            remaining: components["schemas"]["ProgressSessionDto"][];
            /**
             * @description How many the rule requires
             * @example 3
             */
            requiredSessions: number;
            /** @example Complete 1 more session: Dialogue facilitation, part 3 of 3. */
            requirement: string;
            /** @enum {string} */
            rule: "ALL" | "ANY_K" | "IN_ORDER";
            satisfied: boolean;
            /** @example dialogue-facilitation-large-urban */
            series: string;
            title: string;
            /** @example 3 */
            totalSessions: number;
            unlock: components["schemas"]["UnlockDto"];
        };
        SeriesRefDto: {
            /** @example dialogue-facilitation-large-urban */
            slug: string;
            /** @example Dialogue facilitation webinars for large and urban public libraries */
            title: string;
        };
        SeriesSummaryDto: {
            audience: string;
            description: string;
            /** Format: uuid */
            id: string;
            librarySizes: ("LARGE_URBAN" | "SMALL_MIDSIZED")[];
            libraryTypes: ("PUBLIC" | "ACADEMIC" | "SCHOOL" | "SPECIAL" | "RURAL")[];
            /** @description k for ANY_K */
            requiredCount: number | null;
            /**
             * @description ALL sessions, ANY_K of them, or all IN_ORDER
             * @enum {string}
             */
            rule: "ALL" | "ANY_K" | "IN_ORDER";
            /** @example dialogue-facilitation-large-urban */
            slug: string;
            title: string;
            unlockDescription: string | null;
            /** @example Invitation to the free pre-conference workshop */
            unlockTitle: string | null;
        };
        SessionDetailDto: {
            /** @example 100 */
            capacity: number | null;
            /**
             * @description Continuing-education hours: as set for the session, else its length; null when unknown
             * @example 1
             */
            creditHours: number | null;
            description: string;
            /** Format: date-time */
            endsAt: string | null;
            /** @example true */
            free: boolean;
            /** Format: uuid */
            id: string;
            joinUrl: string | null;
            libraryTypes: ("PUBLIC" | "ACADEMIC" | "SCHOOL" | "SPECIAL" | "RURAL")[];
            location: string | null;
            /** @example 1 */
            position: number | null;
            /** @example 0 */
            priceCents: number;
            program: components["schemas"]["ProgramRefDto"];
            recording: components["schemas"]["RecordingDto"];
            /** @description Seats left when capacity is limited */
            seatsLeft: number | null;
            series: components["schemas"]["SeriesRefDto"] | null;
            /** @example dialogue-facilitation-part-1 */
            slug: string;
            /** Format: date-time */
            startsAt: string | null;
            /** @enum {string} */
            status: "SCHEDULED" | "CANCELLED";
            /** @example America/Chicago */
            timeZone: string;
            /** @example Dialogue facilitation, part 1 of 3 */
            title: string;
            /** @enum {string} */
            type: "WEBINAR" | "WORKSHOP" | "EVENT";
            /** @example 0 */
            waitlisted: number;
        };
        SessionPageDto: {
            items: components["schemas"]["SessionSummaryDto"][];
            page: components["schemas"]["PageInfoDto"];
        };
        SessionSummaryDto: {
            /** @example 100 */
            capacity: number | null;
            /**
             * @description Continuing-education hours: as set for the session, else its length; null when unknown
             * @example 1
             */
            creditHours: number | null;
            /** Format: date-time */
            endsAt: string | null;
            /** @example true */
            free: boolean;
            /** Format: uuid */
            id: string;
            joinUrl: string | null;
            libraryTypes: ("PUBLIC" | "ACADEMIC" | "SCHOOL" | "SPECIAL" | "RURAL")[];
            location: string | null;
            /** @example 1 */
            position: number | null;
            /** @example 0 */
            priceCents: number;
            program: components["schemas"]["ProgramRefDto"];
            recording: components["schemas"]["RecordingDto"];
            series: components["schemas"]["SeriesRefDto"] | null;
            /** @example dialogue-facilitation-part-1 */
            slug: string;
            /** Format: date-time */
            startsAt: string | null;
            /** @enum {string} */
            status: "SCHEDULED" | "CANCELLED";
            /** @example America/Chicago */
            timeZone: string;
            /** @example Dialogue facilitation, part 1 of 3 */
            title: string;
            /** @enum {string} */
            type: "WEBINAR" | "WORKSHOP" | "EVENT";
        };
        SetHolderDidDto: {
            /**
             * @description A did:key or did:web from my wallet
             * @example did:key:z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK
             */
            did: string;
        };
        SourceLinkDto: {
            /** @example Libraries Transforming Communities */
            title: string;
            /** @example https://www.ala.org/tools/librariestransform/libraries-transforming-communities */
            url: string;
        };
        TokenPairDto: {
            /** @example eyJhbGciOiJIUzI1NiIs… */
            accessToken: string;
            /**
             * @description Seconds until the access token expires
             * @example 900
             */
            expiresIn: number;
            /**
             * @description Single-use; each refresh returns a new one
             * @example hX3c…
             */
            refreshToken: string;
            /** @example Bearer */
            tokenType: string;
        };
        TranscriptBadgeDto: {
            /** @example ltc-mfc-large-urban-dialogue-facilitation */
            achievement: string;
            /** Format: uuid */
            credentialId: string;
            /**
             * @description The credential’s creditsEarned: the hours of its sessions on this transcript
             * @example 3
             */
            creditsEarned: number | null;
            /** Format: date-time */
            issuedAt: string;
            name: string;
            /** Format: date-time */
            validUntil: string | null;
        };
        TranscriptDto: {
            /** @description Badges in force, with the hours they state */
            badges: components["schemas"]["TranscriptBadgeDto"][];
            items: components["schemas"]["TranscriptItemDto"][];
            /** @example 3 */
            sessionsCompleted: number;
            /** @example 3 */
            totalHours: number;
            /** @description Everything I have unlocked */
            unlocks: components["schemas"]["UnlockDto"][];
        };
        TranscriptItemDto: {
            /** Format: date-time */
            completedAt: string;
            /**
             * @description Credit hours: set for the session, else its length; 0 when unknown
             * @example 1
             */
            hours: number;
            programTitle: string;
            seriesTitle: string | null;
            /** @example dialogue-facilitation-part-1 */
            session: string;
            /** @enum {string} */
            source: "LIVE_ATTENDANCE" | "RECORDING_VIEWED" | "ADMIN_MARK" | "ATTENDANCE_IMPORT";
            title: string;
        };
        UnlockDto: {
            description: string | null;
            /** @example Invitation to the free pre-conference workshop */
            title: string | null;
            /**
             * Format: date-time
             * @description When I earned it; null while still locked
             */
            unlockedAt: string | null;
        };
        UnlockSummaryDto: {
            /** @example dialogue-facilitation-large-urban */
            series: string;
            /** @example Invitation to the free pre-conference workshop */
            unlockTitle: string | null;
        };
        UpdateAchievementDto: {
            /**
             * @description How a holder renews it
             * @example Complete this year’s refresher webinar, then ask for a re-issue.
             */
            renewalInstructions?: string | null;
            /**
             * @description Credentials issued from now on expire this many days after issue; null: never
             * @example 730
             */
            validForDays?: number | null;
        };
        UpdateFaqEntryDto: {
            /** @example Sign up for the Programming Librarian e-newsletter. */
            answer?: string;
            /**
             * @description Which kind of question it answers
             * @enum {string}
             */
            aspect?: "overview" | "organisations" | "dates" | "audience" | "unlock" | "contact" | "general";
            /**
             * @description Extra words that should find this entry
             * @example newsletter e-newsletter announcements
             */
            keywords?: string;
            /** @description Programs the answer draws on (slugs); their pages become sources */
            programSlugs?: string[];
            /** @example How do I hear about new LTC sessions? */
            question?: string;
            /** @description Source links (https) */
            urls?: string[];
            /**
             * @description Other phrasings members use
             * @example [
             *       "where are LTC sessions announced"
             *     ]
             */
            variants?: string[];
        };
        UpdateSessionDto: {
            /** @example 100 */
            capacity?: number;
            /**
             * @description Continuing-education credit hours, to the hundredth; when absent the session’s length counts
             * @example 1.5
             */
            creditHours?: number;
            /** @example A live workshop on hosting community conversations. */
            description?: string;
            /**
             * Format: date-time
             * @example 2027-03-04T19:00:00Z
             */
            endsAt?: string;
            /** @example https://meet.example.org/abc */
            joinUrl?: string;
            libraryTypes?: ("PUBLIC" | "ACADEMIC" | "SCHOOL" | "SPECIAL" | "RURAL")[];
            /** @example Chicago, IL */
            location?: string;
            /** @example 4 */
            position?: number;
            /** @example 0 */
            priceCents?: number;
            /** Format: date-time */
            recordingAvailableFrom?: string;
            /** Format: date-time */
            recordingAvailableUntil?: string;
            /** @example 60 */
            recordingMinutes?: number;
            /** @example https://video.example.org/recording */
            recordingUrl?: string;
            /** @example dialogue-facilitation-large-urban */
            series?: string;
            /**
             * Format: date-time
             * @example 2027-03-04T18:00:00Z
             */
            startsAt?: string;
            /** @example America/Chicago */
            timeZone?: string;
            /** @example Community conversations in practice */
            title?: string;
            /** @enum {string} */
            type?: "WEBINAR" | "WORKSHOP" | "EVENT";
        };
        UpdateWebhookEndpointDto: {
            /** @example Membership database */
            description?: string;
            /** @default true */
            enabled: boolean;
            /**
             * @example [
             *       "badge.awarded",
             *       "session.completed"
             *     ]
             */
            eventTypes?: ("enrolment.created" | "enrolment.cancelled" | "session.completed" | "series.unlocked" | "badge.awarded" | "badge.revoked" | "badge.expiring" | "attendance.imported")[];
            /**
             * @description https (http only outside production); never a loopback or private address
             * @example https://crm.example.org/hooks/stacks
             */
            url?: string;
        };
        VerdictDto: {
            checks: components["schemas"]["VerificationCheckDto"][];
            /** @description What the credential claims (untrusted unless verified) */
            credential: components["schemas"]["CredentialSummaryDto"] | null;
            /**
             * @description What was presented
             * @enum {string}
             */
            presented: "jws" | "json" | "png" | "svg";
            /** @example invalid because its signature does not match its content (it was altered after signing, or signed by another key) */
            reason: string;
            /** @description Why the issuer revoked it, for credentials issued here */
            revocationReason?: string | null;
            /** @enum {string} */
            status: "valid" | "revoked" | "expired" | "not-yet-valid" | "invalid";
            verified: boolean;
        };
        VerificationCheckDto: {
            /** @enum {string} */
            check: "format" | "signature" | "issuer" | "schema" | "status" | "validity" | "content";
            message: string;
            passed: boolean;
        };
        VerifiedEmailDto: {
            /**
             * @description Imported attendance credited now that the address is proved
             * @example 1
             */
            attendanceCredited: number;
            /**
             * @description Badges earned meanwhile and issued now
             * @example 1
             */
            badgesIssued: number;
        };
        VerifyEmailDto: {
            /**
             * @description The token from the link in the mail
             * @example q3J9…
             */
            token: string;
        };
        WalletExchangeDto: {
            /** Format: date-time */
            completedAt: string | null;
            /** Format: uuid */
            credentialId: string;
            /** Format: date-time */
            expiresAt: string;
            /**
             * Format: uuid
             * @description For GET /me/wallet-exchanges/{exchangeId}: has my wallet picked it up?
             */
            id: string;
            /** @description The DID my wallet presented when it took the credential */
            presentedDid: string | null;
            /** @enum {string} */
            status: "pending" | "completed" | "expired";
        };
        WebhookDeliveryDto: {
            attempts: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            deliveredAt: string | null;
            /** Format: uuid */
            endpointId: string;
            /** Format: uuid */
            eventId: string;
            /** @example badge.awarded */
            eventType: string;
            /** Format: uuid */
            id: string;
            /** Format: date-time */
            lastAttemptAt: string | null;
            lastError: string | null;
            lastLatencyMs: number | null;
            /** @description First 1 KB of the last response */
            lastResponse: string | null;
            lastStatusCode: number | null;
            /** @enum {string} */
            status: "PENDING" | "DELIVERED" | "FAILED" | "DEAD";
            /**
             * @description The webhook-id header: the same on every attempt and replay
             * @example msg_0b7c1a522f0e4a439d6e0f3c8d1e2b44
             */
            webhookId: string;
        };
        WebhookEndpointDto: {
            /** Format: date-time */
            createdAt: string;
            description: string;
            enabled: boolean;
            eventTypes: ("enrolment.created" | "enrolment.cancelled" | "session.completed" | "series.unlocked" | "badge.awarded" | "badge.revoked" | "badge.expiring" | "attendance.imported")[];
            /** Format: uuid */
            id: string;
            /**
             * Format: date-time
             * @description Until then deliveries are also signed with the secret before the last rotation
             */
            previousSecretExpiresAt: string | null;
            /** Format: date-time */
            updatedAt: string;
            url: string;
        };
        WebhookEndpointWithSecretDto: {
            /** Format: date-time */
            createdAt: string;
            description: string;
            enabled: boolean;
            eventTypes: ("enrolment.created" | "enrolment.cancelled" | "session.completed" | "series.unlocked" | "badge.awarded" | "badge.revoked" | "badge.expiring" | "attendance.imported")[];
            /** Format: uuid */
            id: string;
            /**
             * Format: date-time
             * @description Until then deliveries are also signed with the secret before the last rotation
             */
            previousSecretExpiresAt: string | null;
            /**
             * @description The signing secret: shown this once, never returned again
             * @example whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw
             */
            secret: string;
            /** Format: date-time */
            updatedAt: string;
            url: string;
        };
        WebhookEventTypesDto: {
            eventTypes: ("enrolment.created" | "enrolment.cancelled" | "session.completed" | "series.unlocked" | "badge.awarded" | "badge.revoked" | "badge.expiring" | "attendance.imported")[];
        };
        XapiStatementDto: {
            /** Format: date-time */
            createdAt: string;
            /**
             * Format: uuid
             * @description The statement id (stable: the same fact always has the same id)
             */
            id: string;
            /** Format: date-time */
            sentAt: string | null;
            /** @description The xAPI 1.0.3 statement as sent to the LRS */
            statement: {
                [key: string]: unknown;
            };
            /** @enum {string} */
            status: "PENDING" | "SENT" | "FAILED" | "DEAD";
            /** @example completed */
            verb: string;
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
    BadgesPublicController_rootDidDocument: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description DID document */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Service Unavailable: PostgreSQL or Redis is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    BadgesPublicController_achievements: {
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
                    "application/json": components["schemas"]["AchievementDto"][];
                };
            };
            /** @description Service Unavailable: PostgreSQL or Redis is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    BadgesPublicController_achievement: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                idOrSlug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Achievement JSON */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request: A parameter or the body breaks a rule; `errors` names each field and rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such achievement */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description URI Too Long: A path parameter is longer than any identifier can be */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable: PostgreSQL or Redis is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    BadgesPublicController_achievementImage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                idOrSlug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description SVG image */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request: A parameter or the body breaks a rule; `errors` names each field and rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found: Nothing has that identifier */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description URI Too Long: A path parameter is longer than any identifier can be */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable: PostgreSQL or Redis is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    AdminBadgeExpiryController_updateAchievement: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Achievement UUID or slug */
                idOrSlug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateAchievementDto"];
            };
        };
        responses: {
            /** @description The achievement’s new settings */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request: A parameter or the body breaks a rule; `errors` names each field and rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or revoked access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the ADMIN role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such achievement */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Payload Too Large: The body is larger than the configured limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description URI Too Long: A path parameter is longer than any identifier can be */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type: The body is not in a media type this operation reads */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable: PostgreSQL or Redis is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    AdminBadgesController_search: {
        parameters: {
            query?: {
                /** @description Achievement id or slug */
                achievement?: string;
                limit?: number;
                offset?: number;
                /** @description Part of the learner’s e-mail or name */
                q?: string;
                status?: "valid" | "expired" | "revoked";
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
                    "application/json": components["schemas"]["AdminBadgePageDto"];
                };
            };
            /** @description Bad Request: A parameter or the body breaks a rule; `errors` names each field and rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or revoked access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the ADMIN role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable: PostgreSQL or Redis is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    AdminBadgesController_award: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ManualAwardDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminBadgeDto"];
                };
            };
            /** @description Bad Request: A parameter or the body breaks a rule; `errors` names each field and rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or revoked access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the ADMIN role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such learner or achievement */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The learner already holds this achievement */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Payload Too Large: The body is larger than the configured limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type: The body is not in a media type this operation reads */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable: PostgreSQL or Redis is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    AdminBadgeExpiryController_expiring: {
        parameters: {
            query?: {
                limit?: number;
                offset?: number;
                /** @description Days ahead to look (credentials expiring within them) */
                within?: number;
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
                    "application/json": components["schemas"]["ExpiringPageDto"];
                };
            };
            /** @description Bad Request: A parameter or the body breaks a rule; `errors` names each field and rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or revoked access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the ADMIN role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable: PostgreSQL or Redis is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    CompletionsController_adminMark: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AdminMarkCompletionDto"];
            };
        };
        responses: {
            /** @description Already marked */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CompletionEventResultDto"];
                };
            };
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CompletionEventResultDto"];
                };
            };
            /** @description Bad Request: A parameter or the body breaks a rule; `errors` names each field and rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or revoked access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the ADMIN role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Payload Too Large: The body is larger than the configured limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type: The body is not in a media type this operation reads */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable: PostgreSQL or Redis is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    AdminBadgesController_reissue: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                credentialId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReissueDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminBadgeDto"];
                };
            };
            /** @description Bad Request: A parameter or the body breaks a rule; `errors` names each field and rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or revoked access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the ADMIN role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such credential */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Already re-issued */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Payload Too Large: The body is larger than the configured limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description URI Too Long: A path parameter is longer than any identifier can be */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type: The body is not in a media type this operation reads */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable: PostgreSQL or Redis is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    AdminBadgesController_revoke: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                credentialId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RevokeDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminBadgeDto"];
                };
            };
            /** @description Bad Request: A parameter or the body breaks a rule; `errors` names each field and rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or revoked access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the ADMIN role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such credential */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Already revoked */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Payload Too Large: The body is larger than the configured limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description URI Too Long: A path parameter is longer than any identifier can be */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type: The body is not in a media type this operation reads */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable: PostgreSQL or Redis is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    AdminFaqController_list: {
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
                    "application/json": components["schemas"]["FaqEntryDto"][];
                };
            };
            /** @description Missing, invalid or revoked access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the ADMIN role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable: PostgreSQL or Redis is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    AdminFaqController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateFaqEntryDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FaqEntryDto"];
                };
            };
            /** @description Bad Request: A parameter or the body breaks a rule; `errors` names each field and rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or revoked access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the ADMIN role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The slug is taken */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Payload Too Large: The body is larger than the configured limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type: The body is not in a media type this operation reads */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable: PostgreSQL or Redis is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    AdminFaqController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description FAQ entry UUID or slug */
                faq: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateFaqEntryDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FaqEntryDto"];
                };
            };
            /** @description Bad Request: A parameter or the body breaks a rule; `errors` names each field and rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or revoked access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the ADMIN role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such FAQ entry */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Payload Too Large: The body is larger than the configured limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description URI Too Long: A path parameter is longer than any identifier can be */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type: The body is not in a media type this operation reads */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable: PostgreSQL or Redis is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    AdminFaqController_retire: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description FAQ entry UUID or slug */
                faq: string;
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
                    "application/json": components["schemas"]["FaqEntryDto"];
                };
            };
            /** @description Bad Request: A parameter or the body breaks a rule; `errors` names each field and rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or revoked access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the ADMIN role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such FAQ entry */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Payload Too Large: The body is larger than the configured limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description URI Too Long: A path parameter is longer than any identifier can be */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type: The body is not in a media type this operation reads */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable: PostgreSQL or Redis is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    AdminLearnersController_list: {
        parameters: {
            query?: {
                limit?: number;
                offset?: number;
                /** @description Part of an email or display name */
                q?: string;
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
                    "application/json": components["schemas"]["LearnerPageDto"];
                };
            };
            /** @description Bad Request: A parameter or the body breaks a rule; `errors` names each field and rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or revoked access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the ADMIN role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable: PostgreSQL or Redis is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    AdminLearnersController_erase: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                userId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ErasureRequestDto"];
            };
        };
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request: A parameter or the body breaks a rule; `errors` names each field and rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or revoked access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the ADMIN role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such learner */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not a learner account, or the admin’s own */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Payload Too Large: The body is larger than the configured limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description URI Too Long: A path parameter is longer than any identifier can be */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type: The body is not in a media type this operation reads */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable: PostgreSQL or Redis is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    AdminLearnersController_change: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                userId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AccountChangeDto"];
            };
        };
        responses: {
            /** @description The account after the change */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request: A parameter or the body breaks a rule; `errors` names each field and rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or revoked access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the ADMIN role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such person */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An admin cannot change their own role or disable themselves */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Payload Too Large: The body is larger than the configured limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description URI Too Long: A path parameter is longer than any identifier can be */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type: The body is not in a media type this operation reads */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable: PostgreSQL or Redis is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    AdminLearnersController_learnerProgress: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                userId: string;
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
                    "application/json": components["schemas"]["SeriesProgressDto"][];
                };
            };
            /** @description Bad Request: A parameter or the body breaks a rule; `errors` names each field and rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or revoked access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the ADMIN role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such learner */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description URI Too Long: A path parameter is longer than any identifier can be */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable: PostgreSQL or Redis is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    AdminLearnersController_learnerTranscript: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                userId: string;
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
                    "application/json": components["schemas"]["TranscriptDto"];
                };
            };
            /** @description Bad Request: A parameter or the body breaks a rule; `errors` names each field and rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or revoked access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the ADMIN role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such learner */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description URI Too Long: A path parameter is longer than any identifier can be */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable: PostgreSQL or Redis is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    NotificationDeliveriesController_list: {
        parameters: {
            query?: {
                limit?: number;
                status?: "DEAD" | "FAILED";
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
                    "application/json": components["schemas"]["NotificationDeliveryDto"][];
                };
            };
            /** @description Bad Request: A parameter or the body breaks a rule; `errors` names each field and rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or revoked access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the ADMIN role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable: PostgreSQL or Redis is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    NotificationDeliveriesController_replay: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                deliveryId: string;
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
                    "application/json": components["schemas"]["NotificationDeliveryDto"];
                };
            };
            /** @description Bad Request: A parameter or the body breaks a rule; `errors` names each field and rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or revoked access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the ADMIN role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such delivery */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The delivery is not dead or failed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Payload Too Large: The body is larger than the configured limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description URI Too Long: A path parameter is longer than any identifier can be */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type: The body is not in a media type this operation reads */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable: PostgreSQL or Redis is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    AdminCatalogueController_createProgram: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateProgramDto"];
            };
        };
        responses: {
            /** @description A repeat: the program already exists exactly as sent */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProgramSummaryDto"];
                };
            };
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProgramSummaryDto"];
                };
            };
            /** @description Bad Request: A parameter or the body breaks a rule; `errors` names each field and rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or revoked access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the ADMIN role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Another program has this slug */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Payload Too Large: The body is larger than the configured limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type: The body is not in a media type this operation reads */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable: PostgreSQL or Redis is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    AdminQuestionsController_insights: {
        parameters: {
            query?: {
                /** @description Look back this many days */
                days?: number;
                limit?: number;
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
                    "application/json": components["schemas"]["QuestionInsightsDto"];
                };
            };
            /** @description Bad Request: A parameter or the body breaks a rule; `errors` names each field and rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or revoked access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the ADMIN role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable: PostgreSQL or Redis is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    QueuesDashboardController_open: {
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
                    "application/json": components["schemas"]["DashboardSessionDto"];
                };
            };
            /** @description Bad Request: A parameter or the body breaks a rule; `errors` names each field and rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or revoked access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the ADMIN role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Payload Too Large: The body is larger than the configured limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type: The body is not in a media type this operation reads */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable: PostgreSQL or Redis is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    AdminCatalogueController_createSeries: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateSeriesDto"];
            };
        };
        responses: {
            /** @description A repeat: the series already exists exactly as sent */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SeriesSummaryDto"];
                };
            };
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SeriesSummaryDto"];
                };
            };
            /** @description Bad Request: A parameter or the body breaks a rule; `errors` names each field and rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or revoked access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the ADMIN role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such program */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Another series has this slug */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Payload Too Large: The body is larger than the configured limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type: The body is not in a media type this operation reads */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable: PostgreSQL or Redis is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    AdminLearnersController_funnel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                series: string;
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
                    "application/json": components["schemas"]["SeriesFunnelDto"];
                };
            };
            /** @description Bad Request: A parameter or the body breaks a rule; `errors` names each field and rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or revoked access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the ADMIN role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such series */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description URI Too Long: A path parameter is longer than any identifier can be */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable: PostgreSQL or Redis is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    AdminSessionsController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateSessionDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionSummaryDto"];
                };
            };
            /** @description Bad Request: A parameter or the body breaks a rule; `errors` names each field and rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or revoked access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the ADMIN role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The slug, or the position in the series, is taken */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Payload Too Large: The body is larger than the configured limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type: The body is not in a media type this operation reads */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable: PostgreSQL or Redis is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    AdminSessionsController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Session UUID or slug */
                session: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateSessionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionSummaryDto"];
                };
            };
            /** @description Bad Request: A parameter or the body breaks a rule; `errors` names each field and rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or revoked access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the ADMIN role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such session */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Payload Too Large: The body is larger than the configured limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description URI Too Long: A path parameter is longer than any identifier can be */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type: The body is not in a media type this operation reads */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable: PostgreSQL or Redis is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    AdminSessionsController_import: {
        parameters: {
            query?: {
                /** @description Apply nothing unless every row is valid */
                atomic?: boolean;
                /** @description Validate and report what would change, without writing */
                dryRun?: boolean;
                /** @description Time zone of join/leave times without an offset */
                timeZone?: string;
            };
            header?: never;
            path: {
                /** @description Session UUID or slug */
                session: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "text/csv": string;
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AttendanceImportReportDto"];
                };
            };
            /** @description Bad Request: A parameter or the body breaks a rule; `errors` names each field and rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or revoked access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the ADMIN role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found: Nothing has that identifier */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Payload Too Large: The body is larger than the configured limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description URI Too Long: A path parameter is longer than any identifier can be */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type: The body is not in a media type this operation reads */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description atomic=true and some rows are invalid: nothing applied; errors listed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable: PostgreSQL or Redis is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    AdminSessionsController_cancel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Session UUID or slug */
                session: string;
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
                    "application/json": components["schemas"]["SessionSummaryDto"];
                };
            };
            /** @description Bad Request: A parameter or the body breaks a rule; `errors` names each field and rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or revoked access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the ADMIN role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found: Nothing has that identifier */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Payload Too Large: The body is larger than the configured limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description URI Too Long: A path parameter is longer than any identifier can be */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type: The body is not in a media type this operation reads */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable: PostgreSQL or Redis is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    AdminWebhookDeliveriesController_list: {
        parameters: {
            query?: {
                limit?: number;
                offset?: number;
                status?: "PENDING" | "DELIVERED" | "FAILED" | "DEAD";
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
                    "application/json": components["schemas"]["WebhookDeliveryDto"][];
                };
            };
            /** @description A query field is out of range */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or revoked access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the ADMIN role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable: PostgreSQL or Redis is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    AdminWebhookDeliveriesController_replay: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                deliveryId: string;
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
                    "application/json": components["schemas"]["WebhookDeliveryDto"];
                };
            };
            /** @description The id is not a UUID, or a field is missing or out of range */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or revoked access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the ADMIN role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such delivery */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The delivery is not dead or failed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Payload Too Large: The body is larger than the configured limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description URI Too Long: A path parameter is longer than any identifier can be */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type: The body is not in a media type this operation reads */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable: PostgreSQL or Redis is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    AdminWebhooksController_list: {
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
                    "application/json": components["schemas"]["WebhookEndpointDto"][];
                };
            };
            /** @description Missing, invalid or revoked access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the ADMIN role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable: PostgreSQL or Redis is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    AdminWebhooksController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateWebhookEndpointDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookEndpointWithSecretDto"];
                };
            };
            /** @description A field is invalid, or the URL breaks a rule (https in production; never a loopback, private, link-local or multicast address) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or revoked access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the ADMIN role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Payload Too Large: The body is larger than the configured limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type: The body is not in a media type this operation reads */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable: PostgreSQL or Redis is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    AdminWebhooksController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
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
                    "application/json": components["schemas"]["WebhookEndpointDto"];
                };
            };
            /** @description The id is not a UUID, or a field is missing or out of range */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or revoked access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the ADMIN role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such endpoint */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description URI Too Long: A path parameter is longer than any identifier can be */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable: PostgreSQL or Redis is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    AdminWebhooksController_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The id is not a UUID, or a field is missing or out of range */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or revoked access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the ADMIN role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such endpoint */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description URI Too Long: A path parameter is longer than any identifier can be */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable: PostgreSQL or Redis is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    AdminWebhooksController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateWebhookEndpointDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookEndpointDto"];
                };
            };
            /** @description The id is not a UUID, or a field is missing or out of range */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or revoked access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the ADMIN role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such endpoint */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Payload Too Large: The body is larger than the configured limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description URI Too Long: A path parameter is longer than any identifier can be */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type: The body is not in a media type this operation reads */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable: PostgreSQL or Redis is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    AdminWebhooksController_deliveries: {
        parameters: {
            query?: {
                limit?: number;
                offset?: number;
                status?: "PENDING" | "DELIVERED" | "FAILED" | "DEAD";
            };
            header?: never;
            path: {
                id: string;
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
                    "application/json": components["schemas"]["WebhookDeliveryDto"][];
                };
            };
            /** @description The id is not a UUID, or a field is missing or out of range */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or revoked access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the ADMIN role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such endpoint */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description URI Too Long: A path parameter is longer than any identifier can be */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable: PostgreSQL or Redis is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    AdminWebhooksController_rotateSecret: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
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
                    "application/json": components["schemas"]["WebhookEndpointWithSecretDto"];
                };
            };
            /** @description The id is not a UUID, or a field is missing or out of range */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or revoked access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the ADMIN role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such endpoint */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Payload Too Large: The body is larger than the configured limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description URI Too Long: A path parameter is longer than any identifier can be */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type: The body is not in a media type this operation reads */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable: PostgreSQL or Redis is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    AdminWebhooksController_sendTest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDeliveryDto"];
                };
            };
            /** @description The id is not a UUID, or a field is missing or out of range */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or revoked access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the ADMIN role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such endpoint */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The endpoint is disabled */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Payload Too Large: The body is larger than the configured limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description URI Too Long: A path parameter is longer than any identifier can be */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type: The body is not in a media type this operation reads */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable: PostgreSQL or Redis is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    AdminWebhooksController_eventTypes: {
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
                    "application/json": components["schemas"]["WebhookEventTypesDto"];
                };
            };
            /** @description Missing, invalid or revoked access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the ADMIN role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable: PostgreSQL or Redis is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    AskController_answer: {
        parameters: {
            query?: never;
            header?: {
                /** @description "web" from the web app; counts questions by channel */
                "x-stacks-client"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AskDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnswerDto"];
                };
            };
            /** @description Missing, empty or too long question, or unknown fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Payload Too Large: The body is larger than the configured limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type: The body is not in a media type this operation reads */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many questions from this address in the last minute */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable: PostgreSQL or Redis is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    AskController_rate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RateAnswerDto"];
            };
        };
        responses: {
            /** @description Recorded */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request: A parameter or the body breaks a rule; `errors` names each field and rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such question */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Payload Too Large: The body is larger than the configured limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description URI Too Long: A path parameter is longer than any identifier can be */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type: The body is not in a media type this operation reads */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many questions and ratings from this address in the last minute */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable: PostgreSQL or Redis is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    AccountController_verifyEmail: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VerifyEmailDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VerifiedEmailDto"];
                };
            };
            /** @description The link is invalid, expired or already used */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Payload Too Large: The body is larger than the configured limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type: The body is not in a media type this operation reads */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many attempts from this address */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable: PostgreSQL or Redis is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    AuthController_login: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LoginDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenPairDto"];
                };
            };
            /** @description Bad Request: A parameter or the body breaks a rule; `errors` names each field and rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Email or password is incorrect */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Payload Too Large: The body is larger than the configured limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type: The body is not in a media type this operation reads */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many attempts from this address */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable: PostgreSQL or Redis is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    AuthController_logout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request: A parameter or the body breaks a rule; `errors` names each field and rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized: No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Payload Too Large: The body is larger than the configured limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type: The body is not in a media type this operation reads */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable: PostgreSQL or Redis is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    AccountController_forgotPassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ForgotPasswordDto"];
            };
        };
        responses: {
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AcceptedDto"];
                };
            };
            /** @description Bad Request: A parameter or the body breaks a rule; `errors` names each field and rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Payload Too Large: The body is larger than the configured limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type: The body is not in a media type this operation reads */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this client or for this address */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable: PostgreSQL or Redis is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    AccountController_resetPassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ResetPasswordDto"];
            };
        };
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The link is invalid, expired or already used, or the password breaks a rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Payload Too Large: The body is larger than the configured limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type: The body is not in a media type this operation reads */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable: PostgreSQL or Redis is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    AuthController_refresh: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RefreshDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenPairDto"];
                };
            };
            /** @description Bad Request: A parameter or the body breaks a rule; `errors` names each field and rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid, expired or reused refresh token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Payload Too Large: The body is larger than the configured limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type: The body is not in a media type this operation reads */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable: PostgreSQL or Redis is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    AuthController_register: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegisterDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenPairDto"];
                };
            };
            /** @description Bad Request: A parameter or the body breaks a rule; `errors` names each field and rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The email is already registered */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Payload Too Large: The body is larger than the configured limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type: The body is not in a media type this operation reads */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many attempts from this address */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable: PostgreSQL or Redis is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    BadgesPublicController_credential: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                credentialId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OpenBadgeCredential JSON */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request: A parameter or the body breaks a rule; `errors` names each field and rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such credential */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description URI Too Long: A path parameter is longer than any identifier can be */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable: PostgreSQL or Redis is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    BadgesPublicController_bakedPng: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                credentialId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Baked PNG */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request: A parameter or the body breaks a rule; `errors` names each field and rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found: Nothing has that identifier */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description URI Too Long: A path parameter is longer than any identifier can be */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable: PostgreSQL or Redis is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    BadgesPublicController_bakedSvg: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                credentialId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Baked SVG */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request: A parameter or the body breaks a rule; `errors` names each field and rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found: Nothing has that identifier */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description URI Too Long: A path parameter is longer than any identifier can be */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable: PostgreSQL or Redis is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    BadgesPublicController_credentialHolder: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                credentialId: string;
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
                    "application/json": components["schemas"]["CredentialHolderDto"];
                };
            };
            /** @description Bad Request: A parameter or the body breaks a rule; `errors` names each field and rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such credential */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description URI Too Long: A path parameter is longer than any identifier can be */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable: PostgreSQL or Redis is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    BadgesPublicController_credentialJws: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                credentialId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Compact JWS */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request: A parameter or the body breaks a rule; `errors` names each field and rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found: Nothing has that identifier */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description URI Too Long: A path parameter is longer than any identifier can be */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable: PostgreSQL or Redis is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    BadgesPublicController_credentialPage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                credentialId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description HTML page */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request: A parameter or the body breaks a rule; `errors` names each field and rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found: Nothing has that identifier */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description URI Too Long: A path parameter is longer than any identifier can be */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable: PostgreSQL or Redis is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    WalletExchangeController_participate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The token from the wallet link (43 base64url characters) */
                exchangeId: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": Record<string, never>;
            };
        };
        responses: {
            /** @description { verifiablePresentationRequest } or { verifiablePresentation: { verifiableCredential: [credential] } } */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Malformed link or presentation (the field is named) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such exchange */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Already used */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Expired */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Payload Too Large: The body is larger than the configured limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description URI Too Long: A path parameter is longer than any identifier can be */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type: The body is not in a media type this operation reads */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable: PostgreSQL or Redis is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    CatalogueController_listKeyDates: {
        parameters: {
            query?: {
                limit?: number;
                offset?: number;
                program?: string;
                when?: "upcoming" | "past";
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
                    "application/json": components["schemas"]["KeyDatePageDto"];
                };
            };
            /** @description Bad Request: A parameter or the body breaks a rule; `errors` names each field and rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable: PostgreSQL or Redis is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    MeController_account: {
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
                    "application/json": components["schemas"]["AccountDto"];
                };
            };
            /** @description Missing, invalid or revoked access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable: PostgreSQL or Redis is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    MeController_erase: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReauthenticationDto"];
            };
        };
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request: A parameter or the body breaks a rule; `errors` names each field and rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or revoked access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The current password is incorrect */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Payload Too Large: The body is larger than the configured limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type: The body is not in a media type this operation reads */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable: PostgreSQL or Redis is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    MyBadgesController_myBadges: {
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
                    "application/json": components["schemas"]["BadgeDto"][];
                };
            };
            /** @description Missing, invalid or revoked access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable: PostgreSQL or Redis is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    MyWalletController_reissueToDid: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                credentialId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReissueToDidDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReissuedToDidDto"];
                };
            };
            /** @description Bad Request: A parameter or the body breaks a rule; `errors` names each field and rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or revoked access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such credential of mine */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Revoked, already re-issued, or already naming that DID */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Payload Too Large: The body is larger than the configured limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description URI Too Long: A path parameter is longer than any identifier can be */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type: The body is not in a media type this operation reads */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable: PostgreSQL or Redis is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    MyWalletController_createExchange: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                credentialId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NewWalletExchangeDto"];
                };
            };
            /** @description Bad Request: A parameter or the body breaks a rule; `errors` names each field and rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or revoked access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such credential of mine */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The credential was revoked */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Payload Too Large: The body is larger than the configured limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description URI Too Long: A path parameter is longer than any identifier can be */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type: The body is not in a media type this operation reads */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable: PostgreSQL or Redis is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    CompletionsController_recordMine: {
        parameters: {
            query?: never;
            header?: {
                /** @description 8-128 characters: letters, digits, . _ : - */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordCompletionEventDto"];
            };
        };
        responses: {
            /** @description A repeat: already recorded, nothing changed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CompletionEventResultDto"];
                };
            };
            /** @description Recorded (something changed) */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CompletionEventResultDto"];
                };
            };
            /** @description Bad Request: A parameter or the body breaks a rule; `errors` names each field and rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or revoked access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The session is cancelled, not started, or has no recording available */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Payload Too Large: The body is larger than the configured limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type: The body is not in a media type this operation reads */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Idempotency-Key was used for a different event */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable: PostgreSQL or Redis is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    DiscordLinkController_current: {
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
                    "application/json": components["schemas"]["DiscordLinkDto"];
                };
            };
            /** @description Missing, invalid or revoked access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable: PostgreSQL or Redis is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    DiscordLinkController_unlink: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Missing, invalid or revoked access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable: PostgreSQL or Redis is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    DiscordLinkController_issueCode: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DiscordLinkCodeDto"];
                };
            };
            /** @description Bad Request: A parameter or the body breaks a rule; `errors` names each field and rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or revoked access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Payload Too Large: The body is larger than the configured limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type: The body is not in a media type this operation reads */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable: PostgreSQL or Redis is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    MeController_changeEmail: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangeEmailDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccountDto"];
                };
            };
            /** @description Bad Request: A parameter or the body breaks a rule; `errors` names each field and rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or revoked access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The current password is incorrect */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Another account uses this address */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Payload Too Large: The body is larger than the configured limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type: The body is not in a media type this operation reads */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable: PostgreSQL or Redis is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    AccountController_resendVerification: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AcceptedDto"];
                };
            };
            /** @description Bad Request: A parameter or the body breaks a rule; `errors` names each field and rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized: No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Payload Too Large: The body is larger than the configured limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type: The body is not in a media type this operation reads */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many mails asked for */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable: PostgreSQL or Redis is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    EnrolmentsController_mine: {
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
                    "application/json": components["schemas"]["EnrolmentDto"][];
                };
            };
            /** @description Missing, invalid or revoked access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable: PostgreSQL or Redis is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    MeController_export: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Profile, enrolments, completion events, transcript, badges with their credentials, notification preferences and deliveries, Discord link */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Missing, invalid or revoked access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable: PostgreSQL or Redis is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    MyWalletController_holderDid: {
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
                    "application/json": components["schemas"]["HolderDidDto"];
                };
            };
            /** @description Missing, invalid or revoked access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable: PostgreSQL or Redis is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    MyWalletController_setHolderDid: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SetHolderDidDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HolderDidDto"];
                };
            };
            /** @description Bad Request: A parameter or the body breaks a rule; `errors` names each field and rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or revoked access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Payload Too Large: The body is larger than the configured limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type: The body is not in a media type this operation reads */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable: PostgreSQL or Redis is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    MyWalletController_clearHolderDid: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Missing, invalid or revoked access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable: PostgreSQL or Redis is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    NotificationPreferencesController_get: {
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
                    "application/json": components["schemas"]["NotificationPreferencesViewDto"];
                };
            };
            /** @description Missing, invalid or revoked access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable: PostgreSQL or Redis is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    NotificationPreferencesController_replace: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NotificationPreferencesDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationPreferencesViewDto"];
                };
            };
            /** @description A field is missing or out of range */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or revoked access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Payload Too Large: The body is larger than the configured limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type: The body is not in a media type this operation reads */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable: PostgreSQL or Redis is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    AccountController_changePassword: {
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
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request: A parameter or the body breaks a rule; `errors` names each field and rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized: No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The current password is incorrect */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Payload Too Large: The body is larger than the configured limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type: The body is not in a media type this operation reads */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable: PostgreSQL or Redis is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    MeController_updateProfile: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MemberProfileDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccountDto"];
                };
            };
            /** @description Bad Request: A parameter or the body breaks a rule; `errors` names each field and rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or revoked access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Payload Too Large: The body is larger than the configured limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type: The body is not in a media type this operation reads */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable: PostgreSQL or Redis is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ProgressController_mine: {
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
                    "application/json": components["schemas"]["SeriesProgressDto"][];
                };
            };
            /** @description Missing, invalid or revoked access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable: PostgreSQL or Redis is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ProgressController_one: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Series UUID or slug */
                series: string;
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
                    "application/json": components["schemas"]["SeriesProgressDto"];
                };
            };
            /** @description Bad Request: A parameter or the body breaks a rule; `errors` names each field and rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or revoked access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such series */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description URI Too Long: A path parameter is longer than any identifier can be */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable: PostgreSQL or Redis is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ProgressController_transcript: {
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
                    "application/json": components["schemas"]["TranscriptDto"];
                };
            };
            /** @description Missing, invalid or revoked access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable: PostgreSQL or Redis is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ProgressController_transcriptExport: {
        parameters: {
            query?: {
                format?: "csv" | "json";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The transcript file (Content-Disposition: attachment) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request: A parameter or the body breaks a rule; `errors` names each field and rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or revoked access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable: PostgreSQL or Redis is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    MyWalletController_exchangeStatus: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                exchangeId: string;
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
                    "application/json": components["schemas"]["WalletExchangeDto"];
                };
            };
            /** @description Bad Request: A parameter or the body breaks a rule; `errors` names each field and rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or revoked access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such exchange of mine */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description URI Too Long: A path parameter is longer than any identifier can be */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable: PostgreSQL or Redis is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    MyXapiController_mine: {
        parameters: {
            query?: {
                limit?: number;
                offset?: number;
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
                    "application/json": components["schemas"]["XapiStatementDto"][];
                };
            };
            /** @description limit is out of range */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or revoked access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable: PostgreSQL or Redis is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    UnsubscribeController_page: {
        parameters: {
            query?: {
                /** @description Signed token from the unsubscribe link */
                token?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description HTML page with a confirm button */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request: A parameter or the body breaks a rule; `errors` names each field and rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable: PostgreSQL or Redis is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    UnsubscribeController_unsubscribe: {
        parameters: {
            query?: {
                /** @description Signed token from the unsubscribe link */
                token?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Unsubscribed (also when already unsubscribed) */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The token is missing or not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Payload Too Large: The body is larger than the configured limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type: The body is not in a media type this operation reads */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable: PostgreSQL or Redis is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    CatalogueController_listPrograms: {
        parameters: {
            query?: {
                kind?: "LEARNING_SERIES" | "INITIATIVE" | "NATIONAL_DAY" | "CELEBRATION" | "COHORT" | "MEMBERSHIP";
                librarySize?: "LARGE_URBAN" | "SMALL_MIDSIZED";
                /** @description Programs aimed at this library type */
                libraryType?: "PUBLIC" | "ACADEMIC" | "SCHOOL" | "SPECIAL" | "RURAL";
                limit?: number;
                offset?: number;
                /** @description Full-text search (English stemming, phrases in quotes, -exclusions) */
                q?: string;
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
                    "application/json": components["schemas"]["ProgramPageDto"];
                };
            };
            /** @description Bad Request: A parameter or the body breaks a rule; `errors` names each field and rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable: PostgreSQL or Redis is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    CatalogueController_program: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description UUID or slug */
                idOrSlug: string;
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
                    "application/json": components["schemas"]["ProgramDetailDto"];
                };
            };
            /** @description Bad Request: A parameter or the body breaks a rule; `errors` names each field and rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such program */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description URI Too Long: A path parameter is longer than any identifier can be */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable: PostgreSQL or Redis is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    CatalogueController_series: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description UUID or slug */
                idOrSlug: string;
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
                    "application/json": components["schemas"]["SeriesDetailDto"];
                };
            };
            /** @description Bad Request: A parameter or the body breaks a rule; `errors` names each field and rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such series */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description URI Too Long: A path parameter is longer than any identifier can be */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable: PostgreSQL or Redis is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    CatalogueController_listSessions: {
        parameters: {
            query?: {
                /** @description Only free (true) or only paid (false) sessions */
                free?: boolean;
                /** @description Sessions starting at or after this instant */
                from?: string;
                libraryType?: "PUBLIC" | "ACADEMIC" | "SCHOOL" | "SPECIAL" | "RURAL";
                limit?: number;
                offset?: number;
                /** @description Program slug */
                program?: string;
                q?: string;
                /** @description Sessions starting before this instant */
                to?: string;
                type?: "WEBINAR" | "WORKSHOP" | "EVENT";
                /** @description Relative to now: not yet started, or already started */
                when?: "upcoming" | "past";
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
                    "application/json": components["schemas"]["SessionPageDto"];
                };
            };
            /** @description Bad Request: A parameter or the body breaks a rule; `errors` names each field and rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable: PostgreSQL or Redis is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    CatalogueController_session: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description UUID or slug */
                idOrSlug: string;
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
                    "application/json": components["schemas"]["SessionDetailDto"];
                };
            };
            /** @description Bad Request: A parameter or the body breaks a rule; `errors` names each field and rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such session */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description URI Too Long: A path parameter is longer than any identifier can be */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable: PostgreSQL or Redis is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    EnrolmentsController_enrol: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Session UUID or slug */
                session: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Already enrolled or waitlisted */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EnrolmentDto"];
                };
            };
            /** @description Enrolled or waitlisted now */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EnrolmentDto"];
                };
            };
            /** @description Bad Request: A parameter or the body breaks a rule; `errors` names each field and rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or revoked access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such session */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The session is cancelled or over */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Payload Too Large: The body is larger than the configured limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description URI Too Long: A path parameter is longer than any identifier can be */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type: The body is not in a media type this operation reads */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable: PostgreSQL or Redis is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    EnrolmentsController_cancel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Session UUID or slug */
                session: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request: A parameter or the body breaks a rule; `errors` names each field and rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or revoked access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such session, or I never enrolled */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description URI Too Long: A path parameter is longer than any identifier can be */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable: PostgreSQL or Redis is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    BadgesPublicController_statusList: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The status list credential */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request: A parameter or the body breaks a rule; `errors` names each field and rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such list */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description URI Too Long: A path parameter is longer than any identifier can be */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable: PostgreSQL or Redis is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    BadgesPublicController_verify: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    credential?: unknown;
                } | string;
                "application/vc+jwt": {
                    credential?: unknown;
                } | string;
                "image/png": {
                    credential?: unknown;
                } | string;
                "image/svg+xml": {
                    credential?: unknown;
                } | string;
                "text/plain": {
                    credential?: unknown;
                } | string;
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VerdictDto"];
                };
            };
            /** @description Nothing to verify was sent */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Payload Too Large: The body is larger than the configured limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type: The body is not in a media type this operation reads */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable: PostgreSQL or Redis is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    HealthController_live: {
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
                    "application/json": unknown;
                };
            };
            /** @description Service Unavailable: PostgreSQL or Redis is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
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
                    "application/json": unknown;
                };
            };
            /** @description A dependency is down; the body says which */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    BadgesPublicController_issuerDidDocument: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description DID document */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request: A parameter or the body breaks a rule; `errors` names each field and rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such issuer */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description URI Too Long: A path parameter is longer than any identifier can be */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable: PostgreSQL or Redis is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
}
