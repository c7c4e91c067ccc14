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
    "/api/v1/admin/achievements/{idOrSlug}/competencies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Set the competencies an achievement aligns to (OB 3.0 alignment of credentials issued from then on); audited */
        put: operations["AdminPathwaysController_align"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/badge-awards": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Search issued credentials by learner, achievement and status (division staff: their issuers’ only) */
        get: operations["AdminBadgesController_search"];
        put?: never;
        /** Award a badge by hand, with evidence (URL or narrative); audited. The worker signs the credential: the answer is the PENDING request to poll. Repeating the same award (same admin, learner, achievement and evidence) returns the same request. */
        post: operations["AdminBadgesController_award"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/badge-issuances": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Credentials the worker has still to sign (PENDING) or could not (FAILED), newest first, at most 100 */
        get: operations["AdminBadgesController_issuances"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/badge-issuances/{issuanceId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A manual award or re-issue: PENDING until the worker has signed it, then ISSUED with the credential */
        get: operations["AdminBadgesController_issuance"];
        put?: never;
        post?: never;
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
    "/api/v1/admin/cohort-applications/{application}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Select or decline a team; the applicant is told once per decision. Repeating a decision changes nothing. */
        post: operations["AdminCohortsController_decide"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/cohorts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Open a cohort of a cohort program (audited) */
        post: operations["AdminCohortsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/cohorts/{cohort}/applications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A cohort's applications, oldest first */
        get: operations["AdminCohortsController_applications"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/cohorts/{cohort}/badge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Create or update the cohort's badge (audited)
         * @description Members of the cohort's selected teams who complete every scheduled session of it earn this badge, issued once by the worker (never in this request); members who already completed it get it when the badge is first linked. The slug cannot change once set.
         */
        put: operations["AdminCohortsController_putBadge"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/cohorts/{cohort}/progress": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every selected team's progress through the cohort's sessions, member by member */
        get: operations["AdminCohortsController_adminProgress"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/cohorts/{cohort}/sessions/{session}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Restrict a session to the cohort's selected teams (idempotent, audited) */
        put: operations["AdminCohortsController_attach"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/competencies/{slug}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Create or replace a competency statement (retire it to stop offering it); audited */
        put: operations["AdminPathwaysController_putCompetency"];
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
        /** Re-issue a credential (fresh signature, dates and text), signed by the worker; the old one stays in force until then and is revoked as superseded. Asking again while it is pending returns the same request. */
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
    "/api/v1/admin/pathways/{slug}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Create or replace a pathway and its certificate achievement (the same request again changes nothing); audited */
        put: operations["AdminPathwaysController_putPathway"];
        post?: never;
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
    "/api/v1/admin/registry-submissions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Submissions to review (default PENDING), oldest first */
        get: operations["AdminRegistryController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/registry-submissions/{submission}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Publish, request changes or reject (with a note); the submitter is told once per decision. Repeating a decision changes nothing. */
        post: operations["AdminRegistryController_decide"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/resources": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a resource to a program or session (audited) */
        post: operations["AdminResourcesController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/resources/{resource}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a resource and its file (audited) */
        delete: operations["AdminResourcesController_remove"];
        options?: never;
        head?: never;
        /** Edit a resource (audited) */
        patch: operations["AdminResourcesController_update"];
        trace?: never;
    };
    "/api/v1/admin/resources/{resource}/file": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Upload (or replace) the resource file
         * @description The raw file as the body (Content-Type: application/octet-stream), up to RESOURCE_UPLOAD_MAX_BYTES. Allowed: PDF, DOCX, PPTX, XLSX, PNG, JPEG, MP3, MP4 — recognised by their bytes; the file name's extension must agree. The same bytes again change nothing.
         */
        put: operations["AdminResourcesController_upload"];
        post?: never;
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
        /** A session with its admin-only settings (Zoom id) */
        get: operations["AdminSessionsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Update or reschedule a session, or set its completion rules and Zoom id (audited) */
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
         * Import a webinar platform’s attendance export as downloaded
         * @description Send the file as the body (Content-Type: text/csv). Recognised without editing: the Zoom webinar attendee report and meeting participants report, the Microsoft Teams attendance report (UTF-16, tab-separated), the Webex attendance report, the GoToWebinar attendee report, and a plain CSV whose header names an email column and join and leave times or minutes. The report says which format and section were read. Hosts, panelists, organizers and presenters are never counted; absentees are skipped and counted; rejoins are summed per e-mail. Addresses without an account are kept as pending attendance and credited when someone verifies that address. Every row is validated and reported with its line. Try `dryRun=true` first; `atomic=true` applies nothing unless every row is valid. Valid rows are applied in one transaction; importing the same file again changes nothing.
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
    "/api/v1/ask/topic": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Answer a topic picked from the suggestions of an unsure answer
         * @description Answers the knowledge entry of one of `suggestions` (its `entryId`), worded for the question the member had asked when given. The answer is logged like a question, so it has an id to rate.
         */
        post: operations["AskController_answerTopic"];
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
        /**
         * Sign out: revokes this session’s refresh and access tokens
         * @description A session started by single sign-on at a provider that offers RP-initiated logout answers 200 with the provider’s end-session URL (ID token hint, post-logout redirect to /sign-in): open it to sign out there too. Any other session answers 204.
         */
        post: operations["AuthController_logout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/oidc": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Whether single sign-on is on, and the provider name the sign-in button shows */
        get: operations["OidcController_status"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/oidc/callback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Browser navigation: the provider’s answer (its redirect URI)
         * @description Checks the state against this browser’s sign-in, exchanges the code (PKCE), checks the ID token and its nonce, requires `email_verified: true`, then signs in the linked account, links the account with that address (verifying it if it was not) or creates one. Success is a 303 to `/sign-in/sso#token=<one-time code>`, which the web app redeems with POST /auth/oidc/session within 2 minutes. Every failure is a 303 to the web app’s sign-in page, `/sign-in?sso_error=<reason>` (plus `provider_error=<OAuth error code>` when the provider gave one), reason one of state-missing, state-used, state-expired, state-mismatch, provider-error, provider-unavailable, exchange-failed, nonce-mismatch, id-token-invalid, email-missing, email-not-verified, account-disabled. None says whether an account exists for an address.
         */
        get: operations["OidcController_callback"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/oidc/session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Redeem the one-time code of a finished single sign-on for an access and a refresh token
         * @description Only in the browser that started the sign-in (its HttpOnly cookie is required), once, within 2 minutes of the callback.
         */
        post: operations["OidcController_redeem"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/oidc/start": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Browser navigation: start signing in at the member identity provider
         * @description Redirects (303) to the provider’s authorization endpoint with state, nonce and a PKCE S256 challenge, and sets an HttpOnly SameSite=Lax cookie holding a random handle of this sign-in (valid 10 minutes, single use). Every failure is a 303 to the web app’s sign-in page, `/sign-in?sso_error=<reason>` (plus `provider_error=<OAuth error code>` when the provider gave one), reason one of state-missing, state-used, state-expired, state-mismatch, provider-error, provider-unavailable, exchange-failed, nonce-mismatch, id-token-invalid, email-missing, email-not-verified, account-disabled. None says whether an account exists for an address.
         */
        get: operations["OidcController_start"];
        put?: never;
        post?: never;
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
        /**
         * Create a learner account and mail the link that confirms its address
         * @description The answer is the same whether or not the address already has an account: its owner is mailed instead (at most once a day). A new account can sign in at once; badges and imported attendance wait for the confirmed address.
         */
        post: operations["AuthController_register"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calendar/feeds/{token}/stacks.ics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A learner’s private feed: every session they are enrolled in, with reminders as alarms
         * @description The token in the path is the credential (made with POST /me/calendar-feed); it is never logged. Cancelled sessions stay in the feed with STATUS:CANCELLED. At most CALENDAR_FEED_MAX_EVENTS sessions (the latest).
         */
        get: operations["CalendarController_privateFeed"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cohorts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Cohort programs taking (or that took) applications */
        get: operations["CohortsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cohorts/{cohort}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A cohort: its questions, capacity and seats taken */
        get: operations["CohortsController_one"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cohorts/{cohort}/applications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Apply with my library's team (one application per account; applying again returns the first, 200) */
        post: operations["CohortsController_apply"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cohorts/{cohort}/progress": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My team's progress through the cohort's sessions (selected teams only) */
        get: operations["CohortsController_progress"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/competencies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The competency framework: every statement with its stable URL */
        get: operations["PathwaysPublicController_listCompetencies"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/competencies/{slug}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One competency statement (the targetUrl of credential alignments) */
        get: operations["PathwaysPublicController_getCompetency"];
        put?: never;
        post?: never;
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
    "/api/v1/integrations/zoom/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Zoom event subscription: endpoint URL validation and participant joined/left (signed by Zoom)
         * @description Signed with the app’s secret token (ZOOM_WEBHOOK_SECRET_TOKEN): x-zm-signature = v0=HMAC-SHA256(secret, "v0:{timestamp}:{raw body}"), timestamps older than 5 minutes refused. webinar/meeting.participant_joined and _left add up minutes per participant e-mail for the session whose Zoom id matches; past the session’s attendance threshold the learner completes it, once, whatever the delivery order.
         */
        post: operations["ZoomWebhookController_receive"];
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
    "/api/v1/me/badge-issuances/{issuanceId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My re-issue: PENDING until the worker has signed the new credential, then ISSUED with its id */
        get: operations["MyWalletController_myIssuance"];
        put?: never;
        post?: never;
        delete?: never;
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
        /** Re-issue my credential naming my wallet DID as credentialSubject.id, signed by the worker; the old one stays in force until then and is superseded. Asking again for the same DID while it is pending returns the same request. */
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
    "/api/v1/me/calendar-feed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Whether I have a private calendar feed, and since when */
        get: operations["CalendarFeedSettingsController_status"];
        put?: never;
        /** Make my private calendar feed URL, replacing any earlier one (which stops working at once) */
        post: operations["CalendarFeedSettingsController_rotate"];
        /** Revoke my private calendar feed URL (idempotent) */
        delete: operations["CalendarFeedSettingsController_revoke"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/cohort-applications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My cohort applications and their decisions */
        get: operations["CohortsController_mine"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/cohort-applications/{application}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One of my cohort applications */
        get: operations["CohortsController_mineOne"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/competency-recommendations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Sessions and pathways that build my weakest competencies (from my latest self-ratings) */
        get: operations["MyPathwaysController_recommendations"];
        put?: never;
        post?: never;
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
    "/api/v1/me/pathways": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My pathway maps: done, next, still open and by when, and each certificate once issued */
        get: operations["MyPathwaysController_mine"];
        put?: never;
        post?: never;
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
    "/api/v1/me/registry-submissions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My submissions and what staff decided */
        get: operations["MyRegistryController_mine"];
        put?: never;
        /** Submit a program my library hosts (a retry of the same submission returns the first) */
        post: operations["MyRegistryController_submit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/registry-submissions/{submission}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One of my submissions */
        get: operations["MyRegistryController_one"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Edit my submission; after "changes requested" the edit goes back to review */
        patch: operations["MyRegistryController_update"];
        trace?: never;
    };
    "/api/v1/me/self-assessment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My self-assessment (private): per competency my latest and first rating and every rating since */
        get: operations["MyPathwaysController_selfAssessment"];
        put?: never;
        /** Rate myself 1-5 on one competency; earlier ratings are kept, so growth shows */
        post: operations["MyPathwaysController_rate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/sessions/{session}/recording-heartbeats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Report recording playback from the player (every 15 seconds while playing)
         * @description Reports the segment played since the previous heartbeat. The server credits at most the time that passed between two heartbeats (at most 60 s each; the first only starts the clock), counts re-watched seconds once and, once the watched share of recordingMinutes reaches the threshold, completes the session.
         */
        post: operations["RecordingHeartbeatsController_heartbeat"];
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
    "/api/v1/pathways": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every pathway: the series, sessions and badges it stacks, in requirement groups, and the certificate it issues */
        get: operations["PathwaysPublicController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/pathways/{slug}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One pathway’s public description */
        get: operations["PathwaysPublicController_get"];
        put?: never;
        post?: never;
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
    "/api/v1/programs/{idOrSlug}/calendar.ics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Public feed of a program’s sessions
         * @description At most CALENDAR_FEED_MAX_EVENTS sessions (the latest).
         */
        get: operations["CalendarController_program"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/registry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Search the published programs libraries host
         * @description Filter by program, date range, state and language; `q` matches words in the title, library, city or description.
         */
        get: operations["RegistryController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/registry/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The published programs matching the filters as CSV or JSON (at most 5000; X-Truncated: true when there were more) */
        get: operations["RegistryController_export"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/resources": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List and search resources (worksheets, conversation guides, booklists, recordings)
         * @description Full-text search with `q`; filter by program, session, kind and library type.
         */
        get: operations["ResourcesController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/resources/{resource}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One resource */
        get: operations["ResourcesController_one"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/resources/{resource}/file": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download a resource's uploaded file (served as an attachment with the type its bytes proved) */
        get: operations["ResourcesController_file"];
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
    "/api/v1/series/{idOrSlug}/calendar.ics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Public feed of a series’ sessions
         * @description At most CALENDAR_FEED_MAX_EVENTS sessions (the latest).
         */
        get: operations["CalendarController_series"];
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
    "/api/v1/sessions/{idOrSlug}/calendar.ics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One session as an .ics file (add to calendar)
         * @description UID, SEQUENCE and STATUS match the feeds, so importing it and subscribing later do not duplicate the event.
         */
        get: operations["CalendarController_session"];
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
         * @description JSON with a Data Integrity proof (eddsa-rdfc-2022); send `Accept: application/vc+jwt` for the compact JWS. The worker signs it after every revocation and well before its validUntil (twice max-age); the API serves the signed copy. Verifiers may cache it for the Cache-Control max-age and revalidate with its ETag: a revocation shows within that time.
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
            /**
             * @description Slugs of the badge issuers an ISSUER_ADMIN is staff of (replaces the list; [] clears it). Only meaningful with the ISSUER_ADMIN role.
             * @example [
             *       "alsc"
             *     ]
             */
            issuers?: string[];
            /** @example Asked by phone, ticket 1234 */
            reason?: string;
            /**
             * @example ADMIN
             * @enum {string}
             */
            role?: "LEARNER" | "ADMIN" | "ISSUER_ADMIN";
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
            role: "LEARNER" | "ADMIN" | "ISSUER_ADMIN";
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
            rule: "SERIES_COMPLETED" | "PROGRAM_COMPLETED" | "MANUAL" | "PATHWAY_COMPLETED" | "COHORT_COMPLETED";
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
            learner: components["schemas"]["BadgeLearnerDto"];
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
        AdminBadgeIssuanceDto: {
            achievement: components["schemas"]["IssuanceAchievementDto"];
            /** Format: uuid */
            awardId: string;
            /** Format: date-time */
            completedAt: string | null;
            /** @description The issued credential, once ISSUED */
            credential: components["schemas"]["AdminBadgeDto"] | null;
            /**
             * Format: uuid
             * @description The signed credential, once ISSUED
             */
            credentialId: string | null;
            /** @description Why it could not be issued (status FAILED) */
            failure: string | null;
            /**
             * Format: uuid
             * @description The issuance request (poll it until status is ISSUED)
             */
            id: string;
            learner: components["schemas"]["BadgeLearnerDto"];
            /** @description Where to poll this request (also the Location header of the 202) */
            poll: string;
            /**
             * Format: uuid
             * @description The credential it re-issues (in force until the new one is signed)
             */
            replaces: string | null;
            /** Format: date-time */
            requestedAt: string;
            /**
             * @description PENDING until the worker has signed the credential
             * @enum {string}
             */
            status: "PENDING" | "ISSUED" | "FAILED";
            /** @description The holder DID the new credential names, when one was asked for */
            subjectDid: string | null;
        };
        AdminBadgeIssuanceListDto: {
            items: components["schemas"]["AdminBadgeIssuanceDto"][];
        };
        AdminBadgePageDto: {
            items: components["schemas"]["AdminBadgeDto"][];
            page: components["schemas"]["PageInfoDto"];
        };
        AdminCohortProgressDto: {
            /** @example 10 */
            capacity: number;
            cohort: string;
            cohortTitle: string;
            /** @example 3 */
            selectedCount: number;
            /** @description The cohort's sessions, earliest first */
            sessions: components["schemas"]["CohortSessionDto"][];
            /** @description Every selected team, by library name */
            teams: components["schemas"]["TeamProgressDto"][];
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
        AdminSessionDto: {
            /** @example 100 */
            capacity: number | null;
            /** @description The cohort whose selected teams alone may enrol; null: open to everyone */
            cohort: string | null;
            /** @description How this session is completed */
            completion: components["schemas"]["CompletionRulesDto"];
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
            /** @example 81234567890 */
            zoomMeetingId: string | null;
        };
        AnswerDto: {
            /**
             * @description A short, direct answer; when unsure it starts with "I don't know" and names close topics.
             * @example Libraries Transforming Communities (LTC) is led by the American Library Association (ALA), in partnership with the Harwood Institute for Public Innovation. It is funded by the Bill & Melinda Gates Foundation — funded the original Libraries Transforming Communities initiative through a grant.
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
            /** @description With a confident answer, up to two other topics the question came close to, in case the answer is not what was meant (POST /api/v1/ask/topic answers one); empty otherwise. */
            related: components["schemas"]["SuggestedTopicDto"][];
            /** @description Titled links the answer comes from: our catalogue pages, and the association pages the source documents name. */
            sources: components["schemas"]["SourceLinkDto"][];
            /** @description Close topics offered when the answer is unsure (at most three); empty when it is confident. */
            suggestions: components["schemas"]["SuggestedTopicDto"][];
        };
        AskDto: {
            /** @example When is the next National Day of Racial Healing? */
            question: string;
        };
        AskTopicDto: {
            /**
             * @description The entryId of one of the suggestions an unsure answer offered
             * @example program:ltc-models-for-change
             */
            entryId: string;
            /**
             * @description The question the member had asked, so the answer is worded for it (and logged with it)
             * @example When is the next National Day of Racial Healing?
             */
            question?: string;
        };
        AttendanceImportReportDto: {
            /**
             * @description Records of people who registered but did not attend: skipped
             * @example 3
             */
            absentRecords: number;
            /** @description Whether rows were written */
            applied: boolean;
            atomic: boolean;
            dryRun: boolean;
            /**
             * @example utf-8
             * @enum {string}
             */
            encoding: "utf-8" | "utf-16le" | "utf-16be";
            errors: components["schemas"]["ImportRowErrorDto"][];
            /**
             * @description Export layout recognised
             * @example zoom-webinar
             * @enum {string}
             */
            format: "zoom-webinar" | "zoom-meeting" | "teams" | "webex" | "gotowebinar" | "stacks-csv";
            /** @example Zoom webinar attendee report */
            formatName: string;
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
            /** @description The pending attendees (the first 1000) */
            pending: components["schemas"]["PendingAttendeeDto"][];
            /**
             * @description Attendees whose e-mail no account uses yet: kept as pending and credited when someone verifies that address
             * @example 4
             */
            pendingCount: number;
            /**
             * @description Pending attendance new or raised by this import
             * @example 4
             */
            pendingRecorded: number;
            /**
             * @description Attendance records new or changed by this import
             * @example 100
             */
            recorded: number;
            /**
             * @description Section the attendees were read from; null for a single-table file
             * @example Attendee Details
             */
            section: string | null;
            /**
             * @description Records of hosts, panelists, organizers and presenters: never counted
             * @example 2
             */
            staffRecords: number;
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
        BadgeIssuanceDto: {
            /** Format: uuid */
            awardId: string;
            /** Format: date-time */
            completedAt: string | null;
            /**
             * Format: uuid
             * @description The signed credential, once ISSUED
             */
            credentialId: string | null;
            /** @description Why it could not be issued (status FAILED) */
            failure: string | null;
            /**
             * Format: uuid
             * @description The issuance request (poll it until status is ISSUED)
             */
            id: string;
            /** @description Where to poll this request (also the Location header of the 202) */
            poll: string;
            /**
             * Format: uuid
             * @description The credential it re-issues (in force until the new one is signed)
             */
            replaces: string | null;
            /** Format: date-time */
            requestedAt: string;
            /**
             * @description PENDING until the worker has signed the credential
             * @enum {string}
             */
            status: "PENDING" | "ISSUED" | "FAILED";
            /** @description The holder DID the new credential names, when one was asked for */
            subjectDid: string | null;
        };
        BadgeLearnerDto: {
            displayName: string;
            email: string;
            /** Format: uuid */
            id: string;
        };
        CalendarFeedCreatedDto: {
            /** Format: date-time */
            createdAt: string;
            /**
             * @description The private feed URL. Shown once: only a hash of its token is kept. Anyone with it can read my sessions.
             * @example https://stacks.example.org/api/v1/calendar/feeds/Qm9ndXNUb2tlbkZvckFUZXN0MDEyMzQ1Njc4OTAxMjM/stacks.ics
             */
            url: string;
            /**
             * @description The same URL with the webcal: scheme, which opens the subscribe dialog of most calendar apps
             * @example webcal://stacks.example.org/api/v1/calendar/feeds/Qm9ndXNUb2tlbkZvckFUZXN0MDEyMzQ1Njc4OTAxMjM/stacks.ics
             */
            webcalUrl: string;
        };
        CalendarFeedStatusDto: {
            /**
             * Format: date-time
             * @description When the current feed URL was made; null without one
             */
            createdAt: string | null;
            /** @description Whether I have a private calendar feed (its URL is shown only when it is made) */
            subscribed: boolean;
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
            /**
             * @description The password policy: 12 to 256 characters and not easy to guess (common and breached passwords, words from the address or name are refused)
             * @example another horse battery staple
             */
            newPassword: string;
        };
        ClaimedPartyDto: {
            id: string | null;
            name: string | null;
        };
        CohortApplicationDto: {
            answers: string[];
            city: string;
            cohort: string;
            cohortTitle: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            decidedAt: string | null;
            decisionReason: string | null;
            /** Format: uuid */
            id: string;
            libraryName: string;
            members: components["schemas"]["TeamMemberViewDto"][];
            state: string;
            /** @enum {string} */
            status: "SUBMITTED" | "SELECTED" | "DECLINED";
        };
        CohortBadgeDto: {
            criteriaNarrative: string;
            description: string;
            /** @description Slug of the issuer that signs it */
            issuer: string;
            name: string;
            slug: string;
        };
        CohortDecisionDto: {
            /** @enum {string} */
            decision: "select" | "decline";
            /** @description What the team should know (told to the applicant) */
            reason?: string;
        };
        CohortDto: {
            /** Format: date-time */
            applicationsCloseAt: string | null;
            /** @description The badge members of selected teams earn by completing the cohort's sessions */
            badge: components["schemas"]["CohortBadgeDto"] | null;
            /** @example 10 */
            capacity: number;
            description: string;
            /** Format: uuid */
            id: string;
            /** @description Whether applications are taken now */
            open: boolean;
            /** @example ltc-public-innovators-cohort */
            program: string;
            questions: string[];
            /** @example 3 */
            selectedCount: number;
            slug: string;
            title: string;
        };
        CohortProgressDto: {
            cohort: string;
            cohortTitle: string;
            libraryName: string;
            members: components["schemas"]["MemberProgressDto"][];
            sessions: components["schemas"]["CohortSessionDto"][];
        };
        CohortSessionDto: {
            slug: string;
            /** Format: date-time */
            startsAt: string | null;
            title: string;
        };
        CompetencyAchievementDto: {
            name: string;
            slug: string;
        };
        CompetencyDto: {
            /** @description Achievements aligned to it */
            achievements: components["schemas"]["CompetencyAchievementDto"][];
            category: string | null;
            /** @example Stacks competency framework */
            framework: string;
            /**
             * @description The stable public URL (alignment targetUrl)
             * @example https://stacks.example.org/api/v1/competencies/dialogue-facilitation
             */
            id: string;
            name: string;
            retired: boolean;
            slug: string;
            statement: string;
            /**
             * @description OB 3.0 AlignmentTargetType used in credentials
             * @example ext:StacksCompetency
             */
            type: string;
        };
        CompetencyGrowthDto: {
            /** @description latest − first */
            change: number;
            competency: string;
            first: number | null;
            /** @description Every rating, oldest first */
            history: components["schemas"]["SelfRatingDto"][];
            /** @description Null until I rate it */
            latest: number | null;
            name: string;
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
            source: "LIVE_ATTENDANCE" | "RECORDING_VIEWED" | "ADMIN_MARK" | "ATTENDANCE_IMPORT" | "ZOOM_WEBHOOK";
            /** @description Series this event completed, with what they unlock */
            unlocked: components["schemas"]["UnlockSummaryDto"][];
            /**
             * @description Highest share viewed so far
             * @example 92
             */
            viewedPercent: number | null;
        };
        CompletionRulesDto: {
            /**
             * @description Minutes of live attendance that count (null: the share, else the configured default)
             * @example 45
             */
            attendanceMinMinutes: number | null;
            /**
             * @description Share of the scheduled length that counts when no minutes are set
             * @example 75
             */
            attendanceMinPercent: number | null;
            /**
             * @description WATCHED_TIME_ONLY: the recording counts from time watched in the player; SELF_REPORT_ALLOWED: a stated viewedPercent counts too
             * @enum {string}
             */
            recordingCompletion: "WATCHED_TIME_ONLY" | "SELF_REPORT_ALLOWED";
        };
        CreateCohortApplicationDto: {
            /** @description Answers to the cohort's questions, in order (each up to 4000 characters) */
            answers: string[];
            /** @example Tucson */
            city: string;
            /** @example Juniper Street Branch Library */
            libraryName: string;
            /** @description The team, 1 to 12 people, the applicant among them */
            members: components["schemas"]["TeamMemberDto"][];
            /**
             * @example AZ
             * @enum {string}
             */
            state: "AL" | "AK" | "AZ" | "AR" | "CA" | "CO" | "CT" | "DE" | "DC" | "FL" | "GA" | "HI" | "ID" | "IL" | "IN" | "IA" | "KS" | "KY" | "LA" | "ME" | "MD" | "MA" | "MI" | "MN" | "MS" | "MO" | "MT" | "NE" | "NV" | "NH" | "NJ" | "NM" | "NY" | "NC" | "ND" | "OH" | "OK" | "OR" | "PA" | "RI" | "SC" | "SD" | "TN" | "TX" | "UT" | "VT" | "VA" | "WA" | "WV" | "WI" | "WY" | "AS" | "GU" | "MP" | "PR" | "VI";
        };
        CreateCohortDto: {
            /**
             * Format: date-time
             * @description No applications after this instant
             */
            applicationsCloseAt?: string;
            /**
             * @description How many teams staff select
             * @example 10
             */
            capacity: number;
            description?: string;
            /**
             * @description The cohort program (slug)
             * @example ltc-public-innovators-cohort
             */
            program: string;
            /**
             * @description Up to 20 questions every application answers
             * @example [
             *       "Which community challenge will your team take on?"
             *     ]
             */
            questions: string[];
            /** @example ltc-public-innovators-cohort-intake */
            slug: string;
            /** @example LTC Public Innovators Cohort */
            title: string;
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
        CreateRegistrySubmissionDto: {
            /** @example Children and families */
            audience: string;
            /** @example Tucson */
            city: string;
            /** @example programs@library.example */
            contactEmail: string;
            /**
             * @description The day of the program (YYYY-MM-DD)
             * @example 2027-04-30
             */
            date: string;
            /** @example Bilingual stories, songs and a book giveaway. */
            description: string;
            /**
             * @description 1 to 10 languages, each up to 40 characters
             * @example [
             *       "English",
             *       "Spanish"
             *     ]
             */
            languages: string[];
            /** @example Juniper Street Branch Library */
            libraryName: string;
            /**
             * @description Slug of the program hosted (e.g. dia for El día de los niños / El día de los libros)
             * @example dia
             */
            program: string;
            /**
             * @example AZ
             * @enum {string}
             */
            state: "AL" | "AK" | "AZ" | "AR" | "CA" | "CO" | "CT" | "DE" | "DC" | "FL" | "GA" | "HI" | "ID" | "IL" | "IN" | "IA" | "KS" | "KY" | "LA" | "ME" | "MD" | "MA" | "MI" | "MN" | "MS" | "MO" | "MT" | "NE" | "NV" | "NH" | "NJ" | "NM" | "NY" | "NC" | "ND" | "OH" | "OK" | "OR" | "PA" | "RI" | "SC" | "SD" | "TN" | "TX" | "UT" | "VT" | "VA" | "WA" | "WV" | "WI" | "WY" | "AS" | "GU" | "MP" | "PR" | "VI";
            /** @example Día family story time */
            title: string;
        };
        CreateResourceDto: {
            /** @example Children and families */
            audience?: string;
            description?: string;
            /** @enum {string} */
            kind: "WORKSHEET" | "CONVERSATION_GUIDE" | "BOOKLIST" | "RECORDING" | "OTHER";
            libraryTypes?: ("PUBLIC" | "ACADEMIC" | "SCHOOL" | "SPECIAL" | "RURAL")[];
            /**
             * @description Program slug; a session resource gets its session's program when left out
             * @example dia
             */
            program?: string;
            /**
             * @description Session slug, for material of one session
             * @example dialogue-facilitation-part-1
             */
            session?: string;
            /** @example dia-booklists */
            slug: string;
            /** @example Día booklists */
            title: string;
            /** @description Where the material lives (https); leave out for an uploaded file */
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
            /**
             * @description Minutes of live attendance that count; null: the share below, else the configured default
             * @example 45
             */
            attendanceMinMinutes?: number | null;
            /**
             * @description Share of the scheduled length (startsAt-endsAt) that counts when no minutes are set
             * @example 75
             */
            attendanceMinPercent?: number | null;
            /** @example 100 */
            capacity?: number;
            /**
             * @description Cohort slug: only that cohort's selected teams may enrol (the cohort must be of the same program)
             * @example ltc-public-innovators-cohort-intake
             */
            cohort?: string;
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
            /**
             * @description WATCHED_TIME_ONLY (default): the recording counts from time watched in the player; SELF_REPORT_ALLOWED: a stated viewedPercent counts too
             * @enum {string}
             */
            recordingCompletion?: "WATCHED_TIME_ONLY" | "SELF_REPORT_ALLOWED";
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
            /**
             * @description Zoom webinar or meeting id (digits, spaces allowed) whose participant webhooks credit this session; null clears it
             * @example 81234567890
             */
            zoomMeetingId?: string | null;
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
        IssuanceAchievementDto: {
            /** Format: uuid */
            id: string;
            name: string;
            slug: string;
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
            role: "LEARNER" | "ADMIN" | "ISSUER_ADMIN";
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
        MemberProgressDto: {
            /** @description Slugs of the cohort sessions this member completed */
            completedSessions: string[];
            email: string;
            /** @description Whether an account with this e-mail exists (progress is counted for accounts only) */
            hasAccount: boolean;
            name: string;
        };
        MyPathwayCredentialDto: {
            /** Format: uuid */
            credentialId: string;
            /** Format: date-time */
            issuedAt: string;
            revocationReason: string | null;
            /** @enum {string} */
            status: "valid" | "expired" | "revoked";
        };
        MyPathwayDto: {
            certificate: components["schemas"]["PathwayCertificateDto"];
            /** @description Slugs of the competencies its badges and certificate align to */
            competencies: string[];
            /** Format: date-time */
            completedAt: string | null;
            /** @description The certificate I hold (null until it is issued) */
            credential: components["schemas"]["MyPathwayCredentialDto"] | null;
            /** Format: date-time */
            deadline: string | null;
            description: string;
            /** @description What to do now */
            next: components["schemas"]["NextItemDto"][];
            requirements: components["schemas"]["PathwayNodeDto"];
            /** @enum {string} */
            revocationPolicy: "REVOKE" | "KEEP";
            slug: string;
            /** @enum {string} */
            status: "completed" | "in-progress" | "not-started" | "closed";
            title: string;
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
        NextItemDto: {
            /** @enum {string} */
            kind: "series" | "session" | "achievement";
            slug: string;
            title: string;
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
        PathwayCertificateDto: {
            /** @enum {string} */
            achievementType: "Certificate" | "MicroCredential";
            /** @description The Open Badges 3.0 Achievement JSON */
            achievementUrl: string;
            criteriaNarrative: string;
            description: string;
            name: string;
            slug: string;
        };
        PathwayCertificateInputDto: {
            /**
             * @description OB 3.0 achievementType of the certificate
             * @enum {string}
             */
            achievementType: "Certificate" | "MicroCredential";
            criteriaNarrative: string;
            description: string;
            /**
             * @description Slug of the badge issuer that signs it
             * @example ala-ppo
             */
            issuer: string;
            /** @example Community engagement facilitation */
            name: string;
            /**
             * @description Slug of the certificate achievement (created or updated with the pathway)
             * @example community-engagement-facilitation
             */
            slug: string;
        };
        PathwayDto: {
            certificate: components["schemas"]["PathwayCertificateDto"];
            /** @description Slugs of the competencies its badges and certificate align to */
            competencies: string[];
            /** Format: date-time */
            deadline: string | null;
            description: string;
            requirements: components["schemas"]["PathwayNodeDto"];
            /** @enum {string} */
            revocationPolicy: "REVOKE" | "KEEP";
            slug: string;
            title: string;
        };
        PathwayNodeDto: {
            /**
             * Format: date-time
             * @description Sessions: the recording can be watched until then
             */
            availableUntil: string | null;
            /**
             * Format: date-time
             * @description My map only: when I met it
             */
            doneAt: string | null;
            /** @description Groups: their items (empty for an item) */
            items: components["schemas"]["PathwayNodeDto"][];
            /** @enum {string} */
            kind: "group" | "series" | "session" | "achievement";
            /** @description My map, groups: how many items I met */
            met: number | null;
            /** @description Groups: the items count only in the listed order */
            ordered: boolean | null;
            /** @description Groups: how many items must be met */
            required: number | null;
            /**
             * @description Groups only
             * @enum {string|null}
             */
            rule: "ALL_OF" | "K_OF" | "ONE_OF" | null;
            /** @description Items: the slug */
            slug: string | null;
            /**
             * Format: date-time
             * @description Sessions: when it starts (live)
             */
            startsAt: string | null;
            /**
             * @description My map only
             * @enum {string|null}
             */
            state: "done" | "next" | "open" | "optional" | "out-of-order" | null;
            /** @description The item’s title, or the group’s */
            title: string | null;
        };
        PendingAttendeeDto: {
            /** @example new.person@library.example */
            email: string;
            /**
             * @description Line of the first record of this address
             * @example 7
             */
            line: number;
            /** @example 55 */
            minutesAttended: number;
            /** @example New Person */
            name: string | null;
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
        PutAchievementCompetenciesDto: {
            /**
             * @description Slugs of the competencies the achievement aligns to (replaces the list)
             * @example [
             *       "dialogue-facilitation"
             *     ]
             */
            competencies: string[];
        };
        PutCohortBadgeDto: {
            /** @example Completed every session of the cohort as a member of a selected library team. */
            criteriaNarrative: string;
            description: string;
            /**
             * @description Slug of the badge issuer that signs it
             * @example ala-ppo
             */
            issuer: string;
            /** @example Public Innovators Cohort team member */
            name: string;
            /**
             * @description Slug of the badge achievement (created with the first PUT; it cannot change later)
             * @example public-innovators-2027-team
             */
            slug: string;
        };
        PutCompetencyDto: {
            /** @example Community engagement */
            category?: string | null;
            /** @example Dialogue facilitation */
            name: string;
            /** @description Retire it (kept for its URL and history, no longer offered for self-assessment) */
            retired?: boolean;
            /** @example Plans and facilitates a community conversation using a named dialogue or deliberation model. */
            statement: string;
        };
        PutPathwayDto: {
            certificate: components["schemas"]["PathwayCertificateInputDto"];
            /**
             * Format: date-time
             * @description Completions after it do not count
             */
            deadline?: string | null;
            description: string;
            /**
             * @description A requirement group: `{ kind: "group", rule: "ALL_OF" | "K_OF" | "ONE_OF", k? (K_OF), ordered? (ALL_OF), title?, items: [...] }`; each item is another group or `{ kind: "series" | "session" | "achievement", slug }`. At most 4 levels, 20 items a group, 60 items in all.
             * @example {
             *       "kind": "group",
             *       "rule": "ONE_OF",
             *       "title": "The series for your library type",
             *       "items": [
             *         {
             *           "kind": "achievement",
             *           "slug": "ltc-mfc-large-urban-dialogue-facilitation"
             *         },
             *         {
             *           "kind": "achievement",
             *           "slug": "ltc-mfc-academic-dialogue-facilitation"
             *         }
             *       ]
             *     }
             */
            requirements: {
                [key: string]: unknown;
            };
            /**
             * @description What happens to an issued certificate when a badge it stacks is revoked
             * @default REVOKE
             * @enum {string}
             */
            revocationPolicy: "REVOKE" | "KEEP";
            /** @example Community engagement facilitation */
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
        RecommendationDto: {
            /** @description The weak competencies it builds, weakest first */
            builds: string[];
            /** @enum {string} */
            kind: "session" | "pathway";
            slug: string;
            title: string;
        };
        RecommendationsDto: {
            recommendations: components["schemas"]["RecommendationDto"][];
            weakest: components["schemas"]["WeakCompetencyDto"][];
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
        RecordingHeartbeatDto: {
            /**
             * @description Player position at the previous heartbeat, or where playing (re)started, in seconds
             * @example 120
             */
            fromSecond: number;
            /**
             * @description Player position now, in seconds; equal to fromSecond while paused
             * @example 135
             */
            toSecond: number;
        };
        RecordingHeartbeatResultDto: {
            /**
             * @description The part of the reported segment credited, [start, end) seconds
             * @example [
             *       120,
             *       135
             *     ]
             */
            credited: number[] | null;
            /**
             * @description Why less than reported was credited
             * @enum {string|null}
             */
            limitedBy: "wall-clock" | "recording-length" | "segment-limit" | null;
            /** @example dialogue-facilitation-part-1 */
            session: string;
            /** @description Whether the session counts as completed for me */
            sessionCompleted: boolean;
            /**
             * @description Share of recordingMinutes watched, rounded down
             * @example 36
             */
            watchedPercent: number;
            /**
             * @description Seconds of the recording watched so far, each second once
             * @example 1320
             */
            watchedSeconds: number;
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
            /**
             * @description The password policy: 12 to 256 characters and not easy to guess (common and breached passwords, words from the address or name are refused)
             * @example correct horse battery staple
             */
            password: string;
            profile?: components["schemas"]["MemberProfileDto"];
        };
        RegistryDecisionDto: {
            /** @enum {string} */
            decision: "publish" | "request-changes" | "reject";
            /** @description Required to reject or request changes: what the library should know */
            note?: string;
        };
        RegistryEntryDto: {
            audience: string;
            city: string;
            contactEmail: string;
            /** @example 2027-04-30 */
            date: string;
            description: string;
            id: string;
            languages: string[];
            libraryName: string;
            /** @example dia */
            program: string;
            /** @example Día: El día de los niños / El día de los libros */
            programTitle: string;
            publishedAt: string | null;
            state: string;
            title: string;
        };
        RegistryPageDto: {
            items: components["schemas"]["RegistryEntryDto"][];
            page: components["schemas"]["PageInfoDto"];
        };
        RegistrySubmissionDto: {
            audience: string;
            city: string;
            contactEmail: string;
            createdAt: string;
            /** @example 2027-04-30 */
            date: string;
            description: string;
            id: string;
            languages: string[];
            libraryName: string;
            /** @example dia */
            program: string;
            /** @example Día: El día de los niños / El día de los libros */
            programTitle: string;
            publishedAt: string | null;
            reviewedAt: string | null;
            /** @description Staff's reason or the changes asked for */
            reviewNote: string | null;
            state: string;
            /** @enum {string} */
            status: "PENDING" | "CHANGES_REQUESTED" | "PUBLISHED" | "REJECTED";
            title: string;
            updatedAt: string;
        };
        RegistrySubmissionPageDto: {
            items: components["schemas"]["RegistrySubmissionDto"][];
            page: components["schemas"]["PageInfoDto"];
        };
        ReissueDto: {
            /** @example Achievement description corrected */
            reason?: string;
        };
        ReissueToDidDto: {
            /** @description The DID to be named by; default: the one saved in my settings */
            did?: string;
        };
        ResetPasswordDto: {
            /**
             * @description The password policy: 12 to 256 characters and not easy to guess (common and breached passwords, words from the address or name are refused)
             * @example correct horse battery staple
             */
            password: string;
            /**
             * @description The token from the link in the mail
             * @example q3J9…
             */
            token: string;
        };
        ResourceDto: {
            audience: string;
            description: string;
            file: components["schemas"]["ResourceFileDto"] | null;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "WORKSHEET" | "CONVERSATION_GUIDE" | "BOOKLIST" | "RECORDING" | "OTHER";
            libraryTypes: ("PUBLIC" | "ACADEMIC" | "SCHOOL" | "SPECIAL" | "RURAL")[];
            /** @example dia */
            program: string | null;
            session: string | null;
            slug: string;
            title: string;
            url: string | null;
        };
        ResourceFileDto: {
            /** @example /api/v1/resources/dia-booklists/file */
            downloadPath: string;
            /**
             * @description What the bytes proved the file to be
             * @example application/pdf
             */
            mediaType: string;
            /** @example dia-booklist.pdf */
            name: string;
            sha256: string;
            /** @example 48213 */
            size: number;
        };
        ResourcePageDto: {
            items: components["schemas"]["ResourceDto"][];
            page: components["schemas"]["PageInfoDto"];
        };
        RevokeDto: {
            /**
             * @description Shown publicly on the credential page and in verification results
             * @example Awarded to the wrong learner
             */
            reason: string;
        };
        SelfAssessmentDto: {
            competencies: components["schemas"]["CompetencyGrowthDto"][];
            /** @description Self-assessments are private: only I see them */
            private: boolean;
        };
        SelfAssessmentInputDto: {
            /** @example dialogue-facilitation */
            competency: string;
            /** @description A private note */
            note?: string | null;
            /** @description How I rate myself, 1 (beginning) to 5 (confident) */
            rating: number;
        };
        SelfRatingDto: {
            /** Format: date-time */
            assessedAt: string;
            note: string | null;
            rating: number;
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
            /** @description How this session is completed */
            completion: components["schemas"]["CompletionRulesDto"];
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
            /** @description How this session is completed */
            completion: components["schemas"]["CompletionRulesDto"];
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
        SignedOutDto: {
            /**
             * @description The provider’s end-session URL: open it to sign out there too, after which the provider sends the browser back to /sign-in
             * @example https://login.association.example/session/end?id_token_hint=…&post_logout_redirect_uri=…
             */
            endSessionUrl: string;
        };
        SourceLinkDto: {
            /** @example Libraries Transforming Communities */
            title: string;
            /** @example https://www.ala.org/tools/librariestransform/libraries-transforming-communities */
            url: string;
        };
        SsoSessionDto: {
            /**
             * @description The one-time code the callback put after `#token=` on the web app’s /sign-in/sso page (valid 2 minutes, in the browser that started the sign-in)
             * @example q3J9…
             */
            token: string;
        };
        SsoStatusDto: {
            /**
             * @description Whether "Sign in with …" is offered (single sign-on configured on this server)
             * @example true
             */
            enabled: boolean;
            /**
             * @description Shown on the button as "Sign in with <providerName>"; null when off
             * @example your member account
             */
            providerName: string | null;
            /**
             * @description Where the button navigates the browser; null when off
             * @example /api/v1/auth/oidc/start
             */
            startUrl: string | null;
        };
        SuggestedTopicDto: {
            /**
             * @description Post it to POST /api/v1/ask/topic to get the answer of this topic
             * @example program:ltc-models-for-change
             */
            entryId: string;
            /**
             * @description The topic, as a member reads it
             * @example Libraries Transforming Communities: Models for Change
             */
            topic: string;
        };
        TeamMemberDto: {
            /** @example ana@library.example */
            email: string;
            /** @example Ana Ruiz */
            name: string;
            /** @example Branch manager */
            role?: string | null;
        };
        TeamMemberViewDto: {
            email: string;
            name: string;
            role: string | null;
        };
        TeamProgressDto: {
            /**
             * Format: uuid
             * @description The team's application
             */
            application: string;
            city: string;
            libraryName: string;
            members: components["schemas"]["MemberProgressDto"][];
            state: string;
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
            source: "LIVE_ATTENDANCE" | "RECORDING_VIEWED" | "ADMIN_MARK" | "ATTENDANCE_IMPORT" | "ZOOM_WEBHOOK";
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
        UpdateRegistrySubmissionDto: {
            /** @example Children and families */
            audience?: string;
            /** @example Tucson */
            city?: string;
            /** @example programs@library.example */
            contactEmail?: string;
            /**
             * @description The day of the program (YYYY-MM-DD)
             * @example 2027-04-30
             */
            date?: string;
            /** @example Bilingual stories, songs and a book giveaway. */
            description?: string;
            /**
             * @description 1 to 10 languages, each up to 40 characters
             * @example [
             *       "English",
             *       "Spanish"
             *     ]
             */
            languages?: string[];
            /** @example Juniper Street Branch Library */
            libraryName?: string;
            /**
             * @description Slug of the program hosted (e.g. dia for El día de los niños / El día de los libros)
             * @example dia
             */
            program?: string;
            /**
             * @example AZ
             * @enum {string}
             */
            state?: "AL" | "AK" | "AZ" | "AR" | "CA" | "CO" | "CT" | "DE" | "DC" | "FL" | "GA" | "HI" | "ID" | "IL" | "IN" | "IA" | "KS" | "KY" | "LA" | "ME" | "MD" | "MA" | "MI" | "MN" | "MS" | "MO" | "MT" | "NE" | "NV" | "NH" | "NJ" | "NM" | "NY" | "NC" | "ND" | "OH" | "OK" | "OR" | "PA" | "RI" | "SC" | "SD" | "TN" | "TX" | "UT" | "VT" | "VA" | "WA" | "WV" | "WI" | "WY" | "AS" | "GU" | "MP" | "PR" | "VI";
            /** @example Día family story time */
            title?: string;
        };
        UpdateResourceDto: {
            /** @example Children and families */
            audience?: string;
            description?: string;
            /** @enum {string} */
            kind?: "WORKSHEET" | "CONVERSATION_GUIDE" | "BOOKLIST" | "RECORDING" | "OTHER";
            libraryTypes?: ("PUBLIC" | "ACADEMIC" | "SCHOOL" | "SPECIAL" | "RURAL")[];
            /** @example Día booklists */
            title?: string;
            /** @description Where the material lives (https); leave out for an uploaded file */
            url?: string;
        };
        UpdateSessionDto: {
            /**
             * @description Minutes of live attendance that count; null: the share below, else the configured default
             * @example 45
             */
            attendanceMinMinutes?: number | null;
            /**
             * @description Share of the scheduled length (startsAt-endsAt) that counts when no minutes are set
             * @example 75
             */
            attendanceMinPercent?: number | null;
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
            /**
             * @description WATCHED_TIME_ONLY (default): the recording counts from time watched in the player; SELF_REPORT_ALLOWED: a stated viewedPercent counts too
             * @enum {string}
             */
            recordingCompletion?: "WATCHED_TIME_ONLY" | "SELF_REPORT_ALLOWED";
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
            /**
             * @description Zoom webinar or meeting id (digits, spaces allowed) whose participant webhooks credit this session; null clears it
             * @example 81234567890
             */
            zoomMeetingId?: string | null;
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
             * @description True when the badges earned meanwhile were handed to the worker, which signs them within seconds
             * @example true
             */
            badgesReleaseQueued: boolean;
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
        WeakCompetencyDto: {
            competency: string;
            name: string;
            rating: number;
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
        ZoomEventBodyDto: {
            /** @example webinar.participant_joined */
            event: string;
            /** @example 1765742400000 */
            event_ts: number;
            /** @description Zoom’s payload: plainToken, or object.id / object.uuid / object.participant {user_id, email, join_time | leave_time} */
            payload: Record<string, never>;
        };
        ZoomEventResultDto: {
            /** @description endpoint.url_validation: HMAC-SHA256 (hex) of plainToken with the secret token */
            encryptedToken?: string;
            /** @example meeting.participant_left */
            event?: string;
            /** @description The participant’s minutes in the session so far (overlapping stays once) */
            minutes?: number;
            /**
             * @description What the event did
             * @enum {string}
             */
            outcome?: "unknown-meeting" | "session-cancelled" | "stored" | "no-email" | "no-account" | "below-threshold" | "credited" | "already-completed" | "held" | "ignored";
            /** @description endpoint.url_validation: the plainToken sent */
            plainToken?: string;
        };
    };
    responses: {
        /** @description Bad Request: A parameter or the body breaks a rule; `errors` names each field and rule */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Payload Too Large: The body is larger than the configured limit */
        ContentTooLarge: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Forbidden: Signed in, but not an administrator */
        NotAnAdministrator: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Not Found: Nothing has that identifier */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Service Unavailable: PostgreSQL or Redis is unavailable; retry later */
        ServiceUnavailable: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Unauthorized: No valid access token */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Unsupported Media Type: The body is not in a media type this operation reads */
        UnsupportedMediaType: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description URI Too Long: A path parameter is longer than any identifier can be */
        UriTooLong: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
    };
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
            503: components["responses"]["ServiceUnavailable"];
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
            503: components["responses"]["ServiceUnavailable"];
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
            400: components["responses"]["BadRequest"];
            /** @description No such achievement */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            414: components["responses"]["UriTooLong"];
            503: components["responses"]["ServiceUnavailable"];
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
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            414: components["responses"]["UriTooLong"];
            503: components["responses"]["ServiceUnavailable"];
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
            400: components["responses"]["BadRequest"];
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
            413: components["responses"]["ContentTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    AdminPathwaysController_align: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                idOrSlug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PutAchievementCompetenciesDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CompetencyDto"][];
                };
            };
            400: components["responses"]["BadRequest"];
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
            413: components["responses"]["ContentTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            503: components["responses"]["ServiceUnavailable"];
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
            /** @description A query parameter breaks a rule */
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
            /** @description Requires the ADMIN role, or ISSUER_ADMIN staff of the badge’s issuer */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            503: components["responses"]["ServiceUnavailable"];
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
            202: {
                headers: {
                    /** @description GET it until status is ISSUED: /api/v1/admin/badge-issuances/{id} */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminBadgeIssuanceDto"];
                };
            };
            400: components["responses"]["BadRequest"];
            /** @description Missing, invalid or revoked access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the ADMIN role, or ISSUER_ADMIN staff of the badge’s issuer */
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
            /** @description The learner already holds this achievement, or has not verified their e-mail address */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            413: components["responses"]["ContentTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    AdminBadgesController_issuances: {
        parameters: {
            query?: {
                /** @description Default: PENDING and FAILED (what still needs the worker or an admin) */
                status?: "PENDING" | "ISSUED" | "FAILED";
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
                    "application/json": components["schemas"]["AdminBadgeIssuanceListDto"];
                };
            };
            400: components["responses"]["BadRequest"];
            /** @description Missing, invalid or revoked access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the ADMIN role, or ISSUER_ADMIN staff of the badge’s issuer */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    AdminBadgesController_issuance: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                issuanceId: string;
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
                    "application/json": components["schemas"]["AdminBadgeIssuanceDto"];
                };
            };
            /** @description issuanceId is not a UUID */
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
            /** @description Requires the ADMIN role, or ISSUER_ADMIN staff of the badge’s issuer */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such issuance request */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            414: components["responses"]["UriTooLong"];
            503: components["responses"]["ServiceUnavailable"];
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
            400: components["responses"]["BadRequest"];
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
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    AdminCohortsController_decide: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Application UUID */
                application: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CohortDecisionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CohortApplicationDto"];
                };
            };
            /** @description The decision is malformed */
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
            /** @description No such application */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Every seat is taken (capacity) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            413: components["responses"]["ContentTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    AdminCohortsController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateCohortDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CohortDto"];
                };
            };
            /** @description A field breaks a rule, or the program does not exist */
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
            413: components["responses"]["ContentTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    AdminCohortsController_applications: {
        parameters: {
            query?: {
                status?: "SUBMITTED" | "SELECTED" | "DECLINED";
            };
            header?: never;
            path: {
                /** @description Cohort UUID or slug */
                cohort: string;
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
                    "application/json": components["schemas"]["CohortApplicationDto"][];
                };
            };
            /** @description The status filter is malformed */
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
            /** @description No such cohort */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            414: components["responses"]["UriTooLong"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    AdminCohortsController_putBadge: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Cohort UUID or slug */
                cohort: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PutCohortBadgeDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CohortDto"];
                };
            };
            /** @description A field breaks a rule, or the issuer does not exist */
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
            /** @description No such cohort */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The slug belongs to another achievement, or the cohort's badge has another slug */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            413: components["responses"]["ContentTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    AdminCohortsController_adminProgress: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Cohort UUID or slug */
                cohort: string;
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
                    "application/json": components["schemas"]["AdminCohortProgressDto"];
                };
            };
            400: components["responses"]["BadRequest"];
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
            /** @description No such cohort */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            414: components["responses"]["UriTooLong"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    AdminCohortsController_attach: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Cohort UUID or slug */
                cohort: string;
                /** @description Session UUID or slug */
                session: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The session is the cohort's */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        cohort: string;
                        session: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
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
            /** @description No such cohort or session */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            413: components["responses"]["ContentTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    AdminPathwaysController_putCompetency: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PutCompetencyDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CompetencyDto"];
                };
            };
            400: components["responses"]["BadRequest"];
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
            404: components["responses"]["NotFound"];
            413: components["responses"]["ContentTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            503: components["responses"]["ServiceUnavailable"];
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
            400: components["responses"]["BadRequest"];
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
            413: components["responses"]["ContentTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            503: components["responses"]["ServiceUnavailable"];
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
            202: {
                headers: {
                    /** @description GET it until status is ISSUED: /api/v1/admin/badge-issuances/{id} */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminBadgeIssuanceDto"];
                };
            };
            400: components["responses"]["BadRequest"];
            /** @description Missing, invalid or revoked access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the ADMIN role, or ISSUER_ADMIN staff of the badge’s issuer */
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
            413: components["responses"]["ContentTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            503: components["responses"]["ServiceUnavailable"];
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
            400: components["responses"]["BadRequest"];
            /** @description Missing, invalid or revoked access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the ADMIN role, or ISSUER_ADMIN staff of the badge’s issuer */
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
            413: components["responses"]["ContentTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            503: components["responses"]["ServiceUnavailable"];
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
            503: components["responses"]["ServiceUnavailable"];
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
            400: components["responses"]["BadRequest"];
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
            413: components["responses"]["ContentTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            503: components["responses"]["ServiceUnavailable"];
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
            400: components["responses"]["BadRequest"];
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
            413: components["responses"]["ContentTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            503: components["responses"]["ServiceUnavailable"];
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
            400: components["responses"]["BadRequest"];
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
            413: components["responses"]["ContentTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            503: components["responses"]["ServiceUnavailable"];
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
            400: components["responses"]["BadRequest"];
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
            503: components["responses"]["ServiceUnavailable"];
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
            400: components["responses"]["BadRequest"];
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
            413: components["responses"]["ContentTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            503: components["responses"]["ServiceUnavailable"];
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
            400: components["responses"]["BadRequest"];
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
            413: components["responses"]["ContentTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            503: components["responses"]["ServiceUnavailable"];
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
            400: components["responses"]["BadRequest"];
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
            414: components["responses"]["UriTooLong"];
            503: components["responses"]["ServiceUnavailable"];
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
            400: components["responses"]["BadRequest"];
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
            414: components["responses"]["UriTooLong"];
            503: components["responses"]["ServiceUnavailable"];
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
            400: components["responses"]["BadRequest"];
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
            503: components["responses"]["ServiceUnavailable"];
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
            400: components["responses"]["BadRequest"];
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
            413: components["responses"]["ContentTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    AdminPathwaysController_putPathway: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PutPathwayDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PathwayDto"];
                };
            };
            400: components["responses"]["BadRequest"];
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
            404: components["responses"]["NotFound"];
            /** @description The certificate slug belongs to another achievement, or the pathway already issues another certificate */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            413: components["responses"]["ContentTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            503: components["responses"]["ServiceUnavailable"];
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
            400: components["responses"]["BadRequest"];
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
            413: components["responses"]["ContentTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            503: components["responses"]["ServiceUnavailable"];
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
            400: components["responses"]["BadRequest"];
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
            503: components["responses"]["ServiceUnavailable"];
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
            400: components["responses"]["BadRequest"];
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
            413: components["responses"]["ContentTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    AdminRegistryController_list: {
        parameters: {
            query?: {
                /** @description On or after this date (YYYY-MM-DD) */
                from?: string;
                /** @description Programs offered in this language (case-insensitive) */
                language?: string;
                limit?: number;
                offset?: number;
                /** @description Only programs of this catalogue program (slug) */
                program?: string;
                /** @description Words in the title, library, city or description */
                q?: string;
                state?: "AL" | "AK" | "AZ" | "AR" | "CA" | "CO" | "CT" | "DE" | "DC" | "FL" | "GA" | "HI" | "ID" | "IL" | "IN" | "IA" | "KS" | "KY" | "LA" | "ME" | "MD" | "MA" | "MI" | "MN" | "MS" | "MO" | "MT" | "NE" | "NV" | "NH" | "NJ" | "NM" | "NY" | "NC" | "ND" | "OH" | "OK" | "OR" | "PA" | "RI" | "SC" | "SD" | "TN" | "TX" | "UT" | "VT" | "VA" | "WA" | "WV" | "WI" | "WY" | "AS" | "GU" | "MP" | "PR" | "VI";
                /** @description Default: PENDING */
                status?: "PENDING" | "CHANGES_REQUESTED" | "PUBLISHED" | "REJECTED";
                /** @description On or before this date (YYYY-MM-DD) */
                to?: string;
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
                    "application/json": components["schemas"]["RegistrySubmissionPageDto"];
                };
            };
            /** @description A filter is malformed */
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
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    AdminRegistryController_decide: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Submission UUID */
                submission: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegistryDecisionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegistrySubmissionDto"];
                };
            };
            /** @description The decision or note is malformed */
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
            /** @description No such submission */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The decision is not possible from the current state (e.g. a rejection is final), or a note is missing */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            413: components["responses"]["ContentTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    AdminResourcesController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateResourceDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResourceDto"];
                };
            };
            /** @description A field breaks a rule, or the program/session does not exist */
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
            413: components["responses"]["ContentTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    AdminResourcesController_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Resource UUID or slug */
                resource: string;
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
            400: components["responses"]["BadRequest"];
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
            /** @description No such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            414: components["responses"]["UriTooLong"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    AdminResourcesController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Resource UUID or slug */
                resource: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateResourceDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResourceDto"];
                };
            };
            /** @description A field breaks a rule */
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
            /** @description No such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            413: components["responses"]["ContentTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    AdminResourcesController_upload: {
        parameters: {
            query: {
                /** @description The file name; its extension must match what the bytes are */
                fileName: string;
            };
            header?: never;
            path: {
                /** @description Resource UUID or slug */
                resource: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/octet-stream": string;
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResourceDto"];
                };
            };
            /** @description Not an allowed file type (by its bytes), an extension that disagrees, an empty file or a missing fileName */
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
            /** @description No such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Larger than RESOURCE_UPLOAD_MAX_BYTES */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            503: components["responses"]["ServiceUnavailable"];
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
            400: components["responses"]["BadRequest"];
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
            413: components["responses"]["ContentTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            503: components["responses"]["ServiceUnavailable"];
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
            400: components["responses"]["BadRequest"];
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
            414: components["responses"]["UriTooLong"];
            503: components["responses"]["ServiceUnavailable"];
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
                    "application/json": components["schemas"]["AdminSessionDto"];
                };
            };
            400: components["responses"]["BadRequest"];
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
            /** @description The slug, the position in the series, or the Zoom id is taken */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            413: components["responses"]["ContentTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    AdminSessionsController_get: {
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
                    "application/json": components["schemas"]["AdminSessionDto"];
                };
            };
            400: components["responses"]["BadRequest"];
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
            414: components["responses"]["UriTooLong"];
            503: components["responses"]["ServiceUnavailable"];
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
                    "application/json": components["schemas"]["AdminSessionDto"];
                };
            };
            400: components["responses"]["BadRequest"];
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
            /** @description The position in the series, or the Zoom id, is taken */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            413: components["responses"]["ContentTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            503: components["responses"]["ServiceUnavailable"];
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
                "text/tab-separated-values": string;
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
            /** @description Empty body, or a query parameter is invalid */
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
            /** @description The session has been cancelled */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The file is larger than ATTENDANCE_IMPORT_MAX_BYTES or has more than ATTENDANCE_IMPORT_MAX_ROWS records */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            414: components["responses"]["UriTooLong"];
            /** @description The body is not sent as text/csv */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The file is in no known layout (the error names what was looked for), is not well-formed CSV, took too long to read, or atomic=true and some rows are invalid (nothing applied; errors listed) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            503: components["responses"]["ServiceUnavailable"];
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
                    "application/json": components["schemas"]["AdminSessionDto"];
                };
            };
            400: components["responses"]["BadRequest"];
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
            404: components["responses"]["NotFound"];
            413: components["responses"]["ContentTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            503: components["responses"]["ServiceUnavailable"];
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
            503: components["responses"]["ServiceUnavailable"];
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
            413: components["responses"]["ContentTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            503: components["responses"]["ServiceUnavailable"];
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
            503: components["responses"]["ServiceUnavailable"];
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
            413: components["responses"]["ContentTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            503: components["responses"]["ServiceUnavailable"];
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
            414: components["responses"]["UriTooLong"];
            503: components["responses"]["ServiceUnavailable"];
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
            414: components["responses"]["UriTooLong"];
            503: components["responses"]["ServiceUnavailable"];
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
            413: components["responses"]["ContentTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            503: components["responses"]["ServiceUnavailable"];
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
            414: components["responses"]["UriTooLong"];
            503: components["responses"]["ServiceUnavailable"];
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
            413: components["responses"]["ContentTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            503: components["responses"]["ServiceUnavailable"];
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
            413: components["responses"]["ContentTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            503: components["responses"]["ServiceUnavailable"];
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
            503: components["responses"]["ServiceUnavailable"];
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
            413: components["responses"]["ContentTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            /** @description Too many questions from this address in the last minute */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            503: components["responses"]["ServiceUnavailable"];
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
            400: components["responses"]["BadRequest"];
            /** @description No such question */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            413: components["responses"]["ContentTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            /** @description Too many questions and ratings from this address in the last minute */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    AskController_answerTopic: {
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
                "application/json": components["schemas"]["AskTopicDto"];
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
            /** @description Missing or malformed entryId, empty or too long question, or unknown fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such topic (any more): the problem names entryId */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            413: components["responses"]["ContentTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            /** @description Too many questions from this address in the last minute */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            503: components["responses"]["ServiceUnavailable"];
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
            413: components["responses"]["ContentTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            /** @description Too many attempts from this address */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            503: components["responses"]["ServiceUnavailable"];
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
            400: components["responses"]["BadRequest"];
            /** @description Email or password is incorrect */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The account has been disabled (said only with the right password) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            413: components["responses"]["ContentTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            /** @description Too many attempts from this client, or too many failed sign-ins to this e-mail address (locked out for a doubling time; the same answer whether or not the address has an account). Retry-After says when to try again. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            503: components["responses"]["ServiceUnavailable"];
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
            /** @description Signed out here; open endSessionUrl to sign out at the provider too */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SignedOutDto"];
                };
            };
            /** @description Signed out */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            413: components["responses"]["ContentTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    OidcController_status: {
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
                    "application/json": components["schemas"]["SsoStatusDto"];
                };
            };
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    OidcController_callback: {
        parameters: {
            query?: {
                code?: string;
                /** @description The provider’s OAuth error, instead of a code */
                error?: string;
                state?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description To the web app: /sign-in/sso#token=… on success, /sign-in?sso_error=… otherwise */
            303: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            /** @description Single sign-on is not configured on this server */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many sign-ins from this address */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    OidcController_redeem: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SsoSessionDto"];
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
            /** @description The code is invalid, expired, already used or from another browser */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The account was disabled meanwhile */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Single sign-on is not configured on this server */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            413: components["responses"]["ContentTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            /** @description Too many sign-ins from this address */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    OidcController_start: {
        parameters: {
            query?: {
                /** @description A path of this app to open once signed in */
                next?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description To the provider (or, when it cannot be reached, to /sign-in?sso_error=provider-unavailable) */
            303: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `next` is not a path of this app */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Single sign-on is not configured on this server */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many sign-ins from this address */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            503: components["responses"]["ServiceUnavailable"];
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
            400: components["responses"]["BadRequest"];
            413: components["responses"]["ContentTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            /** @description Too many requests from this client or for this address */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            503: components["responses"]["ServiceUnavailable"];
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
            413: components["responses"]["ContentTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            /** @description Too many attempts from this address */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            503: components["responses"]["ServiceUnavailable"];
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
            400: components["responses"]["BadRequest"];
            /** @description Invalid, expired or reused refresh token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            413: components["responses"]["ContentTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            /** @description Too many attempts from this address */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            503: components["responses"]["ServiceUnavailable"];
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
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AcceptedDto"];
                };
            };
            /** @description A field breaks a rule, e.g. the password policy (length 12–256, not easy to guess) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            413: components["responses"]["ContentTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            /** @description Too many attempts from this address */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    CalendarController_privateFeed: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The secret from my feed URL */
                token: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description An RFC 5545 calendar (METHOD:PUBLISH) with a VTIMEZONE per zone used; ETag, Last-Modified and Cache-Control set */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/calendar; charset=utf-8": string;
                };
            };
            /** @description Not modified: the If-None-Match (or If-Modified-Since) copy is current */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            /** @description Unknown, revoked or replaced token */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            414: components["responses"]["UriTooLong"];
            /** @description Too many calendar requests from this address; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    CohortsController_list: {
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
                    "application/json": components["schemas"]["CohortDto"][];
                };
            };
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    CohortsController_one: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Cohort UUID or slug */
                cohort: string;
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
                    "application/json": components["schemas"]["CohortDto"];
                };
            };
            400: components["responses"]["BadRequest"];
            /** @description No such cohort */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            414: components["responses"]["UriTooLong"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    CohortsController_apply: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Cohort UUID or slug */
                cohort: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateCohortApplicationDto"];
            };
        };
        responses: {
            /** @description I had already applied: my application */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CohortApplicationDto"];
                };
            };
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CohortApplicationDto"];
                };
            };
            /** @description A field breaks a rule (e.g. not one answer per question, the applicant missing from the team) */
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
            /** @description No such cohort */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Applications are closed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            413: components["responses"]["ContentTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    CohortsController_progress: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Cohort UUID or slug */
                cohort: string;
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
                    "application/json": components["schemas"]["CohortProgressDto"];
                };
            };
            400: components["responses"]["BadRequest"];
            /** @description Missing, invalid or revoked access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description I am not on a team selected for this cohort */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such cohort */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            414: components["responses"]["UriTooLong"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    PathwaysPublicController_listCompetencies: {
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
                    "application/json": components["schemas"]["CompetencyDto"][];
                };
            };
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    PathwaysPublicController_getCompetency: {
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CompetencyDto"];
                };
            };
            400: components["responses"]["BadRequest"];
            /** @description No such competency */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            414: components["responses"]["UriTooLong"];
            503: components["responses"]["ServiceUnavailable"];
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
            400: components["responses"]["BadRequest"];
            /** @description No such credential */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            414: components["responses"]["UriTooLong"];
            503: components["responses"]["ServiceUnavailable"];
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
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            414: components["responses"]["UriTooLong"];
            503: components["responses"]["ServiceUnavailable"];
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
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            414: components["responses"]["UriTooLong"];
            503: components["responses"]["ServiceUnavailable"];
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
            400: components["responses"]["BadRequest"];
            /** @description No such credential */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            414: components["responses"]["UriTooLong"];
            503: components["responses"]["ServiceUnavailable"];
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
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            414: components["responses"]["UriTooLong"];
            503: components["responses"]["ServiceUnavailable"];
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
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            414: components["responses"]["UriTooLong"];
            503: components["responses"]["ServiceUnavailable"];
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
            /** @description Malformed link, or a DIDAuth presentation that fails a check, named with its field and rule: signature (Ed25519Signature2020 or eddsa-rdfc-2022), challenge, domain, age (fresh), DID method (did:key only), or a holder other than the DID the credential names (matchesCredentialSubject) */
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
            413: components["responses"]["ContentTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    ZoomWebhookController_receive: {
        parameters: {
            query?: never;
            header: {
                /** @description Unix seconds */
                "x-zm-request-timestamp": string;
                /** @description v0={hex HMAC-SHA256} */
                "x-zm-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ZoomEventBodyDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ZoomEventResultDto"];
                };
            };
            /** @description Signed, but not a Zoom event Stacks can read (the field is named) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, stale or wrong signature: nothing changed */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No Zoom secret token is configured: the integration is off */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body over 64 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            415: components["responses"]["UnsupportedMediaType"];
            /** @description Too many calls from this address in the last minute */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            503: components["responses"]["ServiceUnavailable"];
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
            400: components["responses"]["BadRequest"];
            503: components["responses"]["ServiceUnavailable"];
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
            503: components["responses"]["ServiceUnavailable"];
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
            400: components["responses"]["BadRequest"];
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
            413: components["responses"]["ContentTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    MyWalletController_myIssuance: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                issuanceId: string;
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
                    "application/json": components["schemas"]["BadgeIssuanceDto"];
                };
            };
            /** @description issuanceId is not a UUID */
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
            /** @description No such issuance request of mine */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            414: components["responses"]["UriTooLong"];
            503: components["responses"]["ServiceUnavailable"];
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
            503: components["responses"]["ServiceUnavailable"];
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
            202: {
                headers: {
                    /** @description GET it until status is ISSUED: /api/v1/me/badge-issuances/{id} */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BadgeIssuanceDto"];
                };
            };
            /** @description Malformed credentialId or DID */
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
            413: components["responses"]["ContentTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            /** @description No DID given and none saved */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            503: components["responses"]["ServiceUnavailable"];
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
            400: components["responses"]["BadRequest"];
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
            413: components["responses"]["ContentTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    CalendarFeedSettingsController_status: {
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
                    "application/json": components["schemas"]["CalendarFeedStatusDto"];
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
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    CalendarFeedSettingsController_rotate: {
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
                    "application/json": components["schemas"]["CalendarFeedCreatedDto"];
                };
            };
            400: components["responses"]["BadRequest"];
            /** @description Missing, invalid or revoked access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            413: components["responses"]["ContentTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    CalendarFeedSettingsController_revoke: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Revoked, or there was none */
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
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    CohortsController_mine: {
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
                    "application/json": components["schemas"]["CohortApplicationDto"][];
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
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    CohortsController_mineOne: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Application UUID */
                application: string;
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
                    "application/json": components["schemas"]["CohortApplicationDto"];
                };
            };
            400: components["responses"]["BadRequest"];
            /** @description Missing, invalid or revoked access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such application of mine */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            414: components["responses"]["UriTooLong"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    MyPathwaysController_recommendations: {
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
                    "application/json": components["schemas"]["RecommendationsDto"];
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
            503: components["responses"]["ServiceUnavailable"];
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
            400: components["responses"]["BadRequest"];
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
            413: components["responses"]["ContentTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            /** @description The Idempotency-Key was used for a different event */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            503: components["responses"]["ServiceUnavailable"];
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
            503: components["responses"]["ServiceUnavailable"];
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
            503: components["responses"]["ServiceUnavailable"];
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
            400: components["responses"]["BadRequest"];
            /** @description Missing, invalid or revoked access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            413: components["responses"]["ContentTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            503: components["responses"]["ServiceUnavailable"];
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
            400: components["responses"]["BadRequest"];
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
            413: components["responses"]["ContentTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            503: components["responses"]["ServiceUnavailable"];
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
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            413: components["responses"]["ContentTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            /** @description Too many mails asked for */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            503: components["responses"]["ServiceUnavailable"];
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
            503: components["responses"]["ServiceUnavailable"];
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
            503: components["responses"]["ServiceUnavailable"];
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
            503: components["responses"]["ServiceUnavailable"];
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
            400: components["responses"]["BadRequest"];
            /** @description Missing, invalid or revoked access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            413: components["responses"]["ContentTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            503: components["responses"]["ServiceUnavailable"];
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
            503: components["responses"]["ServiceUnavailable"];
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
            503: components["responses"]["ServiceUnavailable"];
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
            413: components["responses"]["ContentTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            503: components["responses"]["ServiceUnavailable"];
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
            /** @description The new password breaks the password policy (length 12–256, not easy to guess) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["Unauthorized"];
            /** @description The current password is incorrect */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            413: components["responses"]["ContentTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            /** @description Too many attempts from this address */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    MyPathwaysController_mine: {
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
                    "application/json": components["schemas"]["MyPathwayDto"][];
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
            503: components["responses"]["ServiceUnavailable"];
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
            400: components["responses"]["BadRequest"];
            /** @description Missing, invalid or revoked access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            413: components["responses"]["ContentTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            503: components["responses"]["ServiceUnavailable"];
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
            503: components["responses"]["ServiceUnavailable"];
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
            400: components["responses"]["BadRequest"];
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
            414: components["responses"]["UriTooLong"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    MyRegistryController_mine: {
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
                    "application/json": components["schemas"]["RegistrySubmissionDto"][];
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
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    MyRegistryController_submit: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateRegistrySubmissionDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegistrySubmissionDto"];
                };
            };
            /** @description A field breaks a rule (problem+json naming field and rule), or the program does not exist */
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
            413: components["responses"]["ContentTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    MyRegistryController_one: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Submission UUID */
                submission: string;
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
                    "application/json": components["schemas"]["RegistrySubmissionDto"];
                };
            };
            400: components["responses"]["BadRequest"];
            /** @description Missing, invalid or revoked access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such submission of mine */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            414: components["responses"]["UriTooLong"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    MyRegistryController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Submission UUID */
                submission: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateRegistrySubmissionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegistrySubmissionDto"];
                };
            };
            /** @description A field breaks a rule (problem+json naming field and rule) */
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
            /** @description No such submission of mine */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Already published or rejected */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            413: components["responses"]["ContentTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    MyPathwaysController_selfAssessment: {
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
                    "application/json": components["schemas"]["SelfAssessmentDto"];
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
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    MyPathwaysController_rate: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retried request with the same key adds nothing */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SelfAssessmentInputDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SelfAssessmentDto"];
                };
            };
            400: components["responses"]["BadRequest"];
            /** @description Missing, invalid or revoked access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            413: components["responses"]["ContentTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    RecordingHeartbeatsController_heartbeat: {
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
                "application/json": components["schemas"]["RecordingHeartbeatDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecordingHeartbeatResultDto"];
                };
            };
            400: components["responses"]["BadRequest"];
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
            /** @description The session is cancelled, its recording is not available now, or it has no recordingMinutes */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            413: components["responses"]["ContentTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            503: components["responses"]["ServiceUnavailable"];
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
            503: components["responses"]["ServiceUnavailable"];
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
            400: components["responses"]["BadRequest"];
            /** @description Missing, invalid or revoked access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            503: components["responses"]["ServiceUnavailable"];
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
            400: components["responses"]["BadRequest"];
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
            414: components["responses"]["UriTooLong"];
            503: components["responses"]["ServiceUnavailable"];
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
            503: components["responses"]["ServiceUnavailable"];
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
            400: components["responses"]["BadRequest"];
            503: components["responses"]["ServiceUnavailable"];
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
            413: components["responses"]["ContentTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    PathwaysPublicController_list: {
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
                    "application/json": components["schemas"]["PathwayDto"][];
                };
            };
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    PathwaysPublicController_get: {
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PathwayDto"];
                };
            };
            400: components["responses"]["BadRequest"];
            /** @description No such pathway */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            414: components["responses"]["UriTooLong"];
            503: components["responses"]["ServiceUnavailable"];
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
            400: components["responses"]["BadRequest"];
            503: components["responses"]["ServiceUnavailable"];
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
            400: components["responses"]["BadRequest"];
            /** @description No such program */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            414: components["responses"]["UriTooLong"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    CalendarController_program: {
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
            /** @description An RFC 5545 calendar (METHOD:PUBLISH) with a VTIMEZONE per zone used; ETag, Last-Modified and Cache-Control set */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/calendar; charset=utf-8": string;
                };
            };
            /** @description Not modified: the If-None-Match (or If-Modified-Since) copy is current */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            /** @description No such program */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            414: components["responses"]["UriTooLong"];
            /** @description Too many calendar requests from this address; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    RegistryController_list: {
        parameters: {
            query?: {
                /** @description On or after this date (YYYY-MM-DD) */
                from?: string;
                /** @description Programs offered in this language (case-insensitive) */
                language?: string;
                limit?: number;
                offset?: number;
                /** @description Only programs of this catalogue program (slug) */
                program?: string;
                /** @description Words in the title, library, city or description */
                q?: string;
                state?: "AL" | "AK" | "AZ" | "AR" | "CA" | "CO" | "CT" | "DE" | "DC" | "FL" | "GA" | "HI" | "ID" | "IL" | "IN" | "IA" | "KS" | "KY" | "LA" | "ME" | "MD" | "MA" | "MI" | "MN" | "MS" | "MO" | "MT" | "NE" | "NV" | "NH" | "NJ" | "NM" | "NY" | "NC" | "ND" | "OH" | "OK" | "OR" | "PA" | "RI" | "SC" | "SD" | "TN" | "TX" | "UT" | "VT" | "VA" | "WA" | "WV" | "WI" | "WY" | "AS" | "GU" | "MP" | "PR" | "VI";
                /** @description On or before this date (YYYY-MM-DD) */
                to?: string;
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
                    "application/json": components["schemas"]["RegistryPageDto"];
                };
            };
            /** @description A filter is malformed (problem+json naming it) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    RegistryController_export: {
        parameters: {
            query?: {
                format?: "csv" | "json";
                /** @description On or after this date (YYYY-MM-DD) */
                from?: string;
                /** @description Programs offered in this language (case-insensitive) */
                language?: string;
                limit?: number;
                offset?: number;
                /** @description Only programs of this catalogue program (slug) */
                program?: string;
                /** @description Words in the title, library, city or description */
                q?: string;
                state?: "AL" | "AK" | "AZ" | "AR" | "CA" | "CO" | "CT" | "DE" | "DC" | "FL" | "GA" | "HI" | "ID" | "IL" | "IN" | "IA" | "KS" | "KY" | "LA" | "ME" | "MD" | "MA" | "MI" | "MN" | "MS" | "MO" | "MT" | "NE" | "NV" | "NH" | "NJ" | "NM" | "NY" | "NC" | "ND" | "OH" | "OK" | "OR" | "PA" | "RI" | "SC" | "SD" | "TN" | "TX" | "UT" | "VT" | "VA" | "WA" | "WV" | "WI" | "WY" | "AS" | "GU" | "MP" | "PR" | "VI";
                /** @description On or before this date (YYYY-MM-DD) */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The export file (Content-Disposition: attachment) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A filter is malformed (problem+json naming it) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    ResourcesController_list: {
        parameters: {
            query?: {
                kind?: "WORKSHEET" | "CONVERSATION_GUIDE" | "BOOKLIST" | "RECORDING" | "OTHER";
                libraryType?: "PUBLIC" | "ACADEMIC" | "SCHOOL" | "SPECIAL" | "RURAL";
                limit?: number;
                offset?: number;
                /** @description Resources of this program (its sessions' included) */
                program?: string;
                /** @description Full-text search over title, description and audience */
                q?: string;
                /** @description Resources of this session */
                session?: string;
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
                    "application/json": components["schemas"]["ResourcePageDto"];
                };
            };
            /** @description A filter is malformed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    ResourcesController_one: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Resource UUID or slug */
                resource: string;
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
                    "application/json": components["schemas"]["ResourceDto"];
                };
            };
            400: components["responses"]["BadRequest"];
            /** @description No such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            414: components["responses"]["UriTooLong"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    ResourcesController_file: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Resource UUID or slug */
                resource: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            /** @description No such resource, or it is a link without a file */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            414: components["responses"]["UriTooLong"];
            503: components["responses"]["ServiceUnavailable"];
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
            400: components["responses"]["BadRequest"];
            /** @description No such series */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            414: components["responses"]["UriTooLong"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    CalendarController_series: {
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
            /** @description An RFC 5545 calendar (METHOD:PUBLISH) with a VTIMEZONE per zone used; ETag, Last-Modified and Cache-Control set */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/calendar; charset=utf-8": string;
                };
            };
            /** @description Not modified: the If-None-Match (or If-Modified-Since) copy is current */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            /** @description No such series */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            414: components["responses"]["UriTooLong"];
            /** @description Too many calendar requests from this address; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            503: components["responses"]["ServiceUnavailable"];
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
            400: components["responses"]["BadRequest"];
            503: components["responses"]["ServiceUnavailable"];
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
            400: components["responses"]["BadRequest"];
            /** @description No such session */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            414: components["responses"]["UriTooLong"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    CalendarController_session: {
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
            /** @description An RFC 5545 calendar (METHOD:PUBLISH) with a VTIMEZONE per zone used; ETag, Last-Modified and Cache-Control set */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/calendar; charset=utf-8": string;
                };
            };
            /** @description Not modified: the If-None-Match (or If-Modified-Since) copy is current */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            /** @description No such session, or it has no start time */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            414: components["responses"]["UriTooLong"];
            /** @description Too many calendar requests from this address; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            503: components["responses"]["ServiceUnavailable"];
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
            400: components["responses"]["BadRequest"];
            /** @description Missing, invalid or revoked access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The session is a cohort's and I am not on a selected team */
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
            /** @description The session is cancelled or over */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            413: components["responses"]["ContentTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            503: components["responses"]["ServiceUnavailable"];
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
            400: components["responses"]["BadRequest"];
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
            414: components["responses"]["UriTooLong"];
            503: components["responses"]["ServiceUnavailable"];
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
            /** @description The status list credential, with an ETag */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description If-None-Match names the list as it is now signed */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            /** @description No such list */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            414: components["responses"]["UriTooLong"];
            /** @description A new list is waiting for its first signature (by the worker); see Retry-After */
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
            413: components["responses"]["ContentTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            503: components["responses"]["ServiceUnavailable"];
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
            503: components["responses"]["ServiceUnavailable"];
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
            400: components["responses"]["BadRequest"];
            /** @description No such issuer */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            414: components["responses"]["UriTooLong"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
}
