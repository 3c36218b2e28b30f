// Generated from openapi/openapi.json by openapi-typescript (npm run openapi:generate); do not edit.
export interface paths {
    "/healthz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Liveness
         * @description Answers as long as the process serves HTTP.
         */
        get: operations["getLiveness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/readyz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Readiness
         * @description Ready when the database answers within 700 ms and a release is current; 503 with `Retry-After` otherwise. With `REDIS_URL` set, `redis` says whether Redis answers and the state of its circuit breaker: a degraded Redis leaves the instance ready when rate limiting fails open (requests are served uncounted), and makes it answer 503 when it fails closed (`RATE_LIMIT_FAIL_CLOSED`), since it would refuse every counted request. The answer also carries the counters of this instance's response cache.
         */
        get: operations["getReadiness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/guide": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The whole guide
         * @description Introduction, the nine topics in order, conclusion and FAQs, exactly as published in the release. The `Content-Release` header names the release; pin one with `?release=<id>` to get a response that never changes.
         */
        get: operations["getGuide"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/topics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List topics
         * @description The guide's topics in order, optionally filtered by competency or by the son's life stage.
         */
        get: operations["listTopics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/topics/{slug}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One topic
         * @description One of the guide's nine topics by slug, with its sections, from the release named by `Content-Release`.
         */
        get: operations["getTopic"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/faqs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List FAQs
         * @description The guide's frequently asked questions in order, optionally only those related to a topic.
         */
        get: operations["listFaqs"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/faqs/{slug}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One FAQ
         * @description One frequently asked question by slug, with its answer and related topics.
         */
        get: operations["getFaq"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/resources": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List crisis resources
         * @description The crisis resources of the caller's region (the key policy's `region`; US when it names none), each with how to reach it, its hours and languages, and the official page its values were checked against. A prompt names the ones that fit its `safeguardingNote` in its `resources` field, by slug; resolve them here, from the same release. A region with no resources gets none and a `fallback`, never another country’s number. Pin a release with `?release=<id>`.
         */
        get: operations["listResources"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/resources/{slug}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One crisis resource
         * @description One crisis resource by slug, if it serves the caller's region.
         */
        get: operations["getResource"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/prompts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List conversation prompts
         * @description Questions and openers for a mother or a son, grounded in the guide's topics. Filters combine: `age` keeps prompts whose age range includes it; `direction` also keeps prompts that work either way. Sensitive and deep (depth 3) prompts are left out unless `includeSensitive=true`, and activity-only prompts unless `setting=activity`. `excludeSensitive` is deprecated: a request using it gets `Deprecation` and `Sunset` headers.
         */
        get: operations["listPrompts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/prompts/daily": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Prompt of the day
         * @description The same answer for the same date, time zone, seed, filters and release, on every device. For one seed, a prompt does not come back before every other matching prompt has had its day (`cycleDays`). Sensitive and deep (depth 3) prompts are never the prompt of the day unless `includeSensitive=true`; activity-only and situational prompts only with `setting=activity` or their `situation`.
         */
        get: operations["getDailyPrompt"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/prompts/{slug}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One prompt, with its follow-ups
         * @description A former slug (the prompt was renamed or merged into another) answers 308 with `Location` pointing at its successor, which lists the former id in `formerIds`.
         */
        get: operations["getPrompt"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/conversation-plans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Plan a conversation
         * @description For the son's age, a topic or goal, a setting and the minutes available: an ordered plan of prompts (warm-up, deeper, closing), each with follow-ups and a tip quoted from the guide. The closing step prefers prompts the son can ask too. Sensitive and deep (depth 3) prompts are chosen only with `includeSensitive: true`. Nothing sent is stored.
         */
        post: operations["planConversation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/activities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List activities
         * @description Things to do together, each with the guide topics it nurtures and why. Filters combine; `age` keeps activities whose age range includes it, `maxMinutes` those whose shortest version fits.
         */
        get: operations["listActivities"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/activities/{slug}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One activity, with its suggested prompts
         * @description A former slug (the activity was renamed or merged into another) answers 308 with `Location` pointing at its successor.
         */
        get: operations["getActivity"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/recommendations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Recommend activities for a profile
         * @description Ranked activities for the son's age and the family's situation, each with a score, a structured `why` (one entry per factor, with its weight: the weights add up to the score) and prompts to use during it. Age, budget, minutes, setting, rain/snow and recent activities are hard constraints, never broken; the rest raise or lower the score. The list is kept varied across categories. The same profile and release always give the same answer. When nothing fits, `data` is empty and `reason` says why. Nothing sent is stored.
         */
        post: operations["recommendActivities"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Full-text search
         * @description Searches every document of the release with PostgreSQL full-text search (English stemming, web-search syntax). Titles weigh more than summaries, summaries more than body text.
         */
        get: operations["searchContent"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/releases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List releases
         * @description Every release, newest first. Exactly one is current.
         */
        get: operations["listReleases"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/releases/{from}/diff/{to}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * What changed between two releases
         * @description Documents added, changed (another version) and removed between any two releases, in document id order. Each release is read through the key's content policy, so a document that leaves the key's view counts as removed and nothing outside the policy is named. Both releases are immutable, so the answer is too. A renamed document shows as its old id removed and its new id added; the new one lists the old id in `formerIds`.
         */
        get: operations["diffReleases"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/releases/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One release
         * @description A release with its full mapping of documents to versions.
         */
        get: operations["getRelease"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/changes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Delta sync: what changed since a release
         * @description What a device holding release `since` must apply to hold the current release: documents added, changed (another version) and removed, deletions included, in document id order, as CloudEvents. `since=0` is the initial sync: every document of the current release is `added`. Both releases are read through the key's content policy, so a document that leaves the key's view is `removed` and nothing outside the policy is named. `type` filters both releases, so the removals of that type are kept. Follow `page.nextCursor` to the last page, whose `nextSince` is the `since` of the next sync; every page compares the same two releases, even if one is published meanwhile. `since` must be a published release not newer than the current one (409 `SINCE_AHEAD` when an instance has not seen the latest publish yet: retry).
         */
        get: operations["listChanges"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Release events, as they happen (server-sent events)
         * @description A `text/event-stream` of `release.published` and `release.rolled_back` events. Each has an `id`, an `event` (its type) and `data`: the Standard Webhooks payload (`type`, `timestamp`, `data` with `releaseId`, `previousReleaseId`, `source`, the `counts` of documents added, changed and removed as this key's content policy sees them, and `changesUrl`). Send `Last-Event-ID` to resume after the last event you saw: nothing in between is missed. A comment line (`: heartbeat`) comes every 15 s. A key may hold 5 streams at once (429 beyond); a revoked key's streams end.
         */
        get: operations["streamEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/documents/{id}/versions/{version}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One published version of a document
         * @description Any version that was ever published, exactly as it was, forever: store `documentId@version` and fetch it here.
         */
        get: operations["getDocumentVersion"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List API keys
         * @description Every key, newest first, without secrets.
         */
        get: operations["listKeys"];
        put?: never;
        /**
         * Create an API key
         * @description The response holds the key itself, once: only a hash is stored. Scopes: `content:read`, `content:preview`, `content:write`, `content:publish`, `keys:admin`, `webhooks:admin`, `metrics:read`. A content policy limits everything the key reads; it cannot go with `content:write` or `content:publish` (400 naming both): the editorial routes show whole documents.
         */
        post: operations["createKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/keys/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One API key
         * @description A key's name, scopes, policy, rate limit and dates. The secret is shown only when the key is made, never here.
         */
        get: operations["getKey"];
        put?: never;
        post?: never;
        /**
         * Revoke an API key
         * @description The key stops working at once, on every instance. The record stays.
         */
        delete: operations["revokeKey"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/documents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List documents with their drafts
         * @description Every document of the catalogue, published or not, with the state of its pending draft. Filter by `type` or by `state` (`published`, `unpublished`, or a draft state) to build an editor's worklist.
         */
        get: operations["listEditorialDocuments"];
        put?: never;
        /**
         * Create a document as a draft
         * @description The content is validated by its type's declaration; every bad field is named. The document is published by a release once its draft is approved.
         */
        post: operations["createDocument"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/documents/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One document: published version, draft and ETag
         * @description The document's published body (if any), its pending draft (if any) and the `ETag` to send as `If-Match` with the next edit.
         */
        get: operations["getEditorialDocument"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/documents/{id}/draft": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Replace the draft
         * @description Needs `If-Match` with the document's ETag: 428 without it, 412 when the document changed since. Editing an approved draft sends it back to draft.
         */
        put: operations["replaceDraft"];
        post?: never;
        /**
         * Discard the draft
         * @description The published version, if any, stays. Needs `If-Match` with the document's ETag: 428 without it, 412 when the draft changed since you read it.
         */
        delete: operations["discardDraft"];
        options?: never;
        head?: never;
        /**
         * Edit the draft with a JSON Merge Patch (RFC 7396)
         * @description The patch applies to the draft, or to the published version when there is none. Needs `If-Match`, as PUT does.
         */
        patch: operations["patchDraft"];
        trace?: never;
    };
    "/v1/admin/documents/{id}/archive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Remove a document from the next release
         * @description Makes an archive draft, reviewed and published like an edit. The document's versions stay readable forever.
         */
        post: operations["archiveDocument"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/documents/{id}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Submit the draft for review (draft -> in-review)
         * @description Moves a draft in state `draft` to `in-review`, with an optional note for the reviewer. A draft in any other state is 409 `INVALID_TRANSITION`.
         */
        post: operations["submitDraft"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/documents/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Approve the draft (in-review -> approved)
         * @description Marks a draft in review as approved: the next release (`POST /v1/admin/releases`) publishes it. Editing an approved draft sends it back to `draft`.
         */
        post: operations["approveDraft"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/documents/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send the draft back with a note (in-review -> draft)
         * @description Returns a draft in review to its author as `draft`. The note saying what to change is required and kept in the document's history.
         */
        post: operations["rejectDraft"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/releases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Publish approved drafts as a new release, now or at a set time
         * @description Without `publishAt`, in one transaction: every approved draft, or the listed ones (which must be approved), become new versions (archive drafts leave the release), and the result is the new current release on every instance (201). The release must keep the content rules; nothing to publish gives 409.
         *
         *     With `publishAt` (in the future, with `Z` or an offset), it is scheduled instead (202, `Location` names the schedule): the listed documents must exist and have a draft now, and be approved when it fires; without a list, every approved draft then. It fires exactly once, on one instance; see `GET /v1/admin/schedules/{id}`.
         *
         *     Name who reviewed the content with `reviewedBy` and `reviewedAt` (and optionally `reviewNote`): the release records them once and serves them on `GET /v1/releases`; they never change afterwards.
         */
        post: operations["publishRelease"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The audit log: who changed what, and when
         * @description Every change to drafts, releases, schedules and API keys, newest first, as it was recorded in the transaction of the change. The log is append-only: the database refuses to change or delete a row. Filters combine; `action` is exact, or a prefix when it ends in `.`; `since` is inclusive, `until` exclusive. Needs the scope `keys:admin` or `content:publish`.
         */
        get: operations["listAuditLog"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/schedules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List scheduled releases, newest first
         * @description Every schedule, pending or not: fired, failed and cancelled ones stay as history. Filter by `state`.
         */
        get: operations["listSchedules"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/schedules/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One scheduled release, with its ETag
         * @description Its state, the release it published once fired, or why it failed.
         */
        get: operations["getSchedule"];
        put?: never;
        post?: never;
        /**
         * Cancel a scheduled release
         * @description It will not fire; the schedule stays, in state cancelled, as history. Only a scheduled or failed schedule can be cancelled (409 otherwise). With `If-Match`, only if it is still the one you read.
         */
        delete: operations["cancelSchedule"];
        options?: never;
        head?: never;
        /**
         * Change a scheduled release's time, note or drafts
         * @description Only a scheduled or failed schedule can change (409 otherwise); a failed one is scheduled again, and fires at the next poll if its time has passed. `documents: null` means every approved draft when it fires. Needs `If-Match` with the schedule's ETag: 428 without it, 412 when it changed since.
         */
        patch: operations["rescheduleRelease"];
        trace?: never;
    };
    "/v1/admin/documents/{id}/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A document's history: published versions and draft revisions
         * @description Every published version (with the first release that published it, and who published it and why) and every draft revision (action, state, author, note), newest first. Drafts laid over a release for preview are not history.
         */
        get: operations["listDocumentHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/documents/{id}/diff": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * What changed between two bodies of a document
         * @description `from` and `to` are each a version number or `draft`; `from` defaults to the published version (or `{}` when there is none) and `to` to the draft. A version that was never published is 404 `DOCUMENT_VERSION_NOT_FOUND`; `draft` without a draft (or with an archive draft, which has no body) is 404 `DRAFT_NOT_FOUND`.
         */
        get: operations["getDocumentDiff"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/documents/{id}/restore": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Make an earlier version the draft
         * @description The version's body becomes the draft (state draft), reviewed and published like any edit; an archived document comes back this way. Needs `If-Match` with the document's ETag: 428 without it, 412 when it changed since. A version that lacks a field its type now requires is refused (400, `errors` names each field) and nothing is written: replace the draft with that version's content and the fields set instead.
         */
        post: operations["restoreDocumentVersion"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/releases/{id}/restore": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Roll back to an earlier release
         * @description Publishes a new release (source `rollback`, based on the current one) that maps every document to the version release `id` published, in one transaction; every instance serves it at once. Pending drafts are left as they are. The same mapping as the current release is 409 `NOTHING_TO_PUBLISH`.
         */
        post: operations["rollbackRelease"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List webhook subscriptions
         * @description In id order, without their secrets.
         */
        get: operations["listWebhooks"];
        put?: never;
        /**
         * Subscribe a URL to events
         * @description Deliveries follow Standard Webhooks: `webhook-id`, `webhook-timestamp` and `webhook-signature` (HMAC-SHA256 of `id.timestamp.body` with the secret). They are retried with jittered backoff (about 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 14 h, 20 h and 24 h), honour `Retry-After`, time out after 15 s, and go out in event order. A 410 answer disables the subscription. The URL must be https and resolve to public addresses (checked now and at every delivery) unless this deployment allows private networks. Needs `webhooks:admin` or `keys:admin`.
         */
        post: operations["createWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/webhooks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One webhook subscription, with its ETag
         * @description The subscription's URL, events, policy and state. Send its `ETag` as `If-Match` to change it. The secret is never shown again.
         */
        get: operations["getWebhook"];
        put?: never;
        post?: never;
        /**
         * Delete a webhook subscription and its delivery log
         * @description Stops all deliveries to the URL at once, pending retries included, and removes its delivery log.
         */
        delete: operations["deleteWebhook"];
        options?: never;
        head?: never;
        /**
         * Change a webhook subscription
         * @description Its URL, events, description, policy key, or whether it is enabled. Needs `If-Match` with its ETag: 428 without it, 412 when it changed since.
         */
        patch: operations["updateWebhook"];
        trace?: never;
    };
    "/v1/admin/webhooks/{id}/rotate-secret": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Rotate a webhook's signing secret
         * @description A new secret, shown once. For the grace period (24 h by default) deliveries carry two signatures, one per secret, so the receiver can switch without missing one.
         */
        post: operations["rotateWebhookSecret"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/webhooks/{id}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A webhook's deliveries, newest first, with every attempt
         * @description Status, duration, response code and next retry of every attempt. Filter by `state`.
         */
        get: operations["listWebhookDeliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/webhooks/{id}/deliveries/{deliveryId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One delivery, with every attempt
         * @description A delivery's message and state, and each attempt: when, how long, the receiver's status code, and the next retry.
         */
        get: operations["getWebhookDelivery"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/webhooks/{id}/deliveries/{deliveryId}/replay": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a delivery's message again, now
         * @description The same `webhook-id` and body, as a new delivery outside the event order, attempted before this answers (and retried on the usual schedule if it fails). 409 while the subscription is disabled.
         */
        post: operations["replayWebhookDelivery"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/webhooks/{id}/test": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a test ping
         * @description A signed `webhook.test` delivery, attempted before this answers; its attempt shows what the receiver said. 409 while the subscription is disabled.
         */
        post: operations["testWebhook"];
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
        /**
         * @description Limits enforced on everything a key reads, at any depth of REST or GraphQL.
         * @example {
         *       "maxDepth": 2,
         *       "excludeSensitive": true,
         *       "excludeWarnings": [
         *         "romance",
         *         "grief-and-loss"
         *       ],
         *       "excludeSituational": true
         *     }
         */
        ContentPolicyInput: {
            /**
             * Format: int32
             * @description Deepest prompt depth served (1-3).
             */
            maxDepth?: number;
            /** @description Never serve prompts flagged sensitive. */
            excludeSensitive?: boolean;
            /**
             * Format: int32
             * @description Only content suited to sons this old or older.
             */
            ageMin?: number;
            /**
             * Format: int32
             * @description Only content suited to sons this young or younger.
             */
            ageMax?: number;
            /** @description Only these guide topics, and FAQs, prompts and activities on at least one of them. */
            topics?: string[];
            /** @description Never serve prompts carrying any of these content warnings (grief-and-loss, separation-and-divorce, health-and-body, mental-health, money-worries, safety, bullying, identity, conflict, romance, sexual-health, substances). */
            excludeWarnings?: ("grief-and-loss" | "separation-and-divorce" | "health-and-body" | "mental-health" | "money-worries" | "safety" | "bullying" | "identity" | "conflict" | "romance" | "sexual-health" | "substances")[];
            /** @description Never serve prompts or activities that assume a life situation (parents living apart, a new sibling, a bereavement...). */
            excludeSituational?: boolean;
            /** @description Country of the families served (ISO 3166-1 alpha-2). Crisis resources are served only for this region; one with none gets a fallback ("Call your local emergency number."). Without it, US. */
            region?: string;
        };
        /**
         * @example {
         *       "age": 11,
         *       "interests": [
         *         "cooking",
         *         "nature"
         *       ],
         *       "minutes": 90,
         *       "budget": "low",
         *       "weather": "clear",
         *       "energy": "moderate",
         *       "topics": [
         *         "communication"
         *       ],
         *       "limit": 3
         *     }
         */
        RecommendationProfileInput: {
            /**
             * Format: int32
             * @description The son's age in years, 3-99.
             */
            age: number;
            /** @description What he enjoys. */
            interests?: ("sports" | "fitness" | "art" | "crafts" | "cooking" | "baking" | "nature" | "animals" | "gardening" | "adventure" | "travel" | "games" | "puzzles" | "music" | "reading" | "writing" | "science" | "technology" | "building" | "movies" | "history" | "photography" | "helping-others" | "cars")[];
            /**
             * Format: int32
             * @description Time available; activities that need more are left out.
             */
            minutes?: number;
            /**
             * @description Most you want to spend; dearer activities are left out.
             * @enum {string}
             */
            budget?: "free" | "low" | "medium" | "high";
            /**
             * @description Where you can be: indoor or outdoor activities are left out accordingly.
             * @enum {string}
             */
            setting?: "indoor" | "outdoor";
            /**
             * @description rain leaves out outdoor activities; snow keeps only winter ones outside.
             * @enum {string}
             */
            weather?: "clear" | "hot" | "cold" | "rain" | "snow";
            /**
             * @description Energy you have today.
             * @enum {string}
             */
            energy?: "calm" | "moderate" | "active";
            /** @description Guide topics to nurture. */
            topics?: string[];
            /** @enum {string} */
            season?: "spring" | "summer" | "autumn" | "winter";
            /** @description Life situations the family is in (parents-living-apart, son-becoming-a-father...). Activities and prompts that assume a situation are recommended only when one of theirs is named here (a hard constraint), and rank higher when it is. */
            situations?: ("new-school" | "moving-house" | "new-sibling" | "has-siblings" | "father-involved" | "parents-living-apart" | "blended-family" | "bereavement" | "son-leaving-home" | "son-has-a-partner" | "son-becoming-a-father" | "living-far-apart" | "adoption" | "foster-or-kinship-care" | "military-deployment" | "incarcerated-parent" | "parent-illness" | "disability")[];
            /** @description Activities done recently (slugs or ids), left out. */
            recentActivities?: string[];
            /** @description `true` may also suggest prompts on sensitive subjects and deep (depth 3) prompts; left out by default, with any activity naming them. A key whose policy excludes them never gets them. */
            includeSensitive?: boolean;
            /**
             * Format: int32
             * @default 5
             */
            limit: number;
            /** @description Breaks ties differently; the same seed gives the same answer. */
            seed?: string;
        };
        /** @description RFC 9457 problem details (`application/problem+json`). */
        Problem: {
            /** @description URI reference naming the problem type. */
            type: string;
            title: string;
            /** Format: int64 */
            status: number;
            detail: string;
            /** @description Stable machine-readable code from the error catalogue. */
            code: string;
            /** @description Path of the request that failed; left out when the path is long or malformed. */
            instance?: string;
            /** @description Also sent as the `x-request-id` header; quote it when reporting a problem. */
            requestId: string;
            /** @description Every bad field, for validation errors. */
            errors?: {
                /** @description Where the bad value was: querystring, params, body or headers. */
                location: string;
                /** @description Path of the bad field. */
                field: string;
                message: string;
            }[];
        };
        /** @description A conversation prompt: a question or opener a mother or a son can use. */
        Prompt: {
            /**
             * @description Document id; with `version`, names this exact text forever.
             * @example prompt:a-dream-you-have-not-told-many-people
             */
            id: string;
            /**
             * Format: int64
             * @description Version of the document served by this release.
             * @example 1
             */
            version: number;
            /**
             * @description Use it in `/v1/prompts/{slug}`.
             * @example a-dream-you-have-not-told-many-people
             */
            slug: string;
            /** @example What's something you dream of doing someday that you haven't told many people? */
            text: string;
            /** @description Slugs of prompts that make a natural next question. */
            followUps: string[];
            /** @description Guide topics the prompt draws on, the main one first. */
            topics: string[];
            /**
             * Format: int32
             * @description Youngest age the prompt suits.
             */
            ageMin: number;
            /**
             * Format: int32
             * @description Oldest age the prompt suits; 99 means no upper limit.
             */
            ageMax: number;
            /**
             * Format: int32
             * @description 1 light, 2 personal, 3 deep.
             */
            depth: number;
            settings: ("car-ride" | "meal" | "walk" | "bedtime" | "activity" | "message")[];
            /**
             * @description Who asks: the mother, the son, or either (the guide insists on a two-way street).
             * @enum {string}
             */
            direction: "mother-to-son" | "son-to-mother" | "either";
            /** @description CASEL competencies the conversation exercises. */
            competencies: ("self-awareness" | "self-management" | "social-awareness" | "relationship-skills" | "responsible-decision-making")[];
            /** @description True when the subject may upset (grief, divorce, conflict...). Every depth 3 prompt is sensitive, and so is every prompt with a content warning, except the mild ones: `romance` up to depth 2, `separation-and-divorce` up to depth 1. */
            sensitive: boolean;
            /**
             * @description What the prompt touches, from a fixed vocabulary, so a caller can leave it out.
             * @default []
             */
            contentWarnings: ("grief-and-loss" | "separation-and-divorce" | "health-and-body" | "mental-health" | "money-worries" | "safety" | "bullying" | "identity" | "conflict" | "romance" | "sexual-health" | "substances")[];
            /**
             * @description Life situations the prompt assumes; such a prompt is served only to callers who ask for one of them.
             * @default []
             */
            situations: ("new-school" | "moving-house" | "new-sibling" | "has-siblings" | "father-involved" | "parents-living-apart" | "blended-family" | "bereavement" | "son-leaving-home" | "son-has-a-partner" | "son-becoming-a-father" | "living-far-apart" | "adoption" | "foster-or-kinship-care" | "military-deployment" | "incarcerated-parent" | "parent-illness" | "disability")[];
            /**
             * @description Themes the prompt is about (siblings, grief, peer pressure...), for finding it; they never limit where it is served.
             * @default []
             */
            themes: ("siblings" | "fathers-and-absent-parents" | "adoption-and-care" | "military-families" | "disability-and-learning" | "grief" | "puberty-and-body" | "blended-families" | "parent-illness" | "school-transitions" | "substances" | "scary-news-and-drills" | "culture-and-heritage" | "peer-pressure")[];
            /**
             * @description What the conversation is for; absent on versions published before November 2026.
             * @enum {string}
             */
            purpose?: "getting-to-know" | "feelings" | "appreciation" | "repair" | "dreams-and-future" | "memories-and-legacy" | "everyday";
            /** @description How the listener can respond, in a sentence or two. Every prompt has one, at any depth (versions published before December 2026 may not). */
            responseTip?: string;
            /** @description For the adult, on every prompt that invites a disclosure: how to listen, and where to turn if what he shares is serious. */
            safeguardingNote?: string;
            /** @description For the mother, on every son-to-mother prompt of depth 3 or sensitive: how to answer honestly, at his age, without handing him adult worries. */
            motherNote?: string;
            /** @description True when the adult reads the prompt aloud for a young son: a son-to-mother prompt for ages 6-7 whose words are above his reading level (grade 3). Absent on versions published before December 2026. */
            readAloud?: boolean;
            /**
             * @description Crisis resources for the adult, by slug, the best fit first; served resolved (`/v1/resources/{slug}`), only those of the caller’s region. Every prompt with a safeguardingNote names at least one for the US.
             * @default []
             */
            resources: string[];
            /**
             * @description Ids this prompt had before it was renamed, or of prompts merged into it; they still resolve to it.
             * @default []
             */
            formerIds: string[];
            /** @description US school grade bands the age range covers. */
            gradeBands: ("pre-k" | "k-2" | "3-5" | "6-8" | "9-12" | "adult")[];
            /**
             * @description Flesch-Kincaid US grade level of the text, computed on import.
             * @example 3.6
             */
            readingGrade: number;
        };
        /** @description Something a mother and son can do together, and why it strengthens the bond. */
        Activity: {
            /**
             * @description Document id; with `version`, names this exact text forever.
             * @example activity:family-recipe-night
             */
            id: string;
            /**
             * Format: int64
             * @description Version of the document served by this release.
             * @example 1
             */
            version: number;
            /** @example family-recipe-night */
            slug: string;
            /** @example Family recipe night */
            title: string;
            /** @enum {string} */
            category: "sports" | "art" | "cooking" | "nature" | "adventure" | "hobbies" | "games" | "music" | "service" | "routines";
            description: string;
            steps: string[];
            materials: string[];
            /**
             * Format: int32
             * @description Youngest age the activity suits.
             */
            ageMin: number;
            /**
             * Format: int32
             * @description Oldest age the activity suits; 99 means no upper limit.
             */
            ageMax: number;
            /**
             * Format: int32
             * @description Minutes the shortest session takes. Minutes always mean one session: the time spent together in one go, from start to finish. A once activity has one session; a multi-day activity has one session a day (the minutes are one day, sleep never counted); a repeated activity gives its sessions or weeks. Minutes are never a total over several sessions or days.
             */
            minutesMin: number;
            /**
             * Format: int32
             * @description Minutes the longest session takes (one session, as for minutesMin).
             */
            minutesMax: number;
            /**
             * @description What it costs, in US dollars for the whole activity: free: Costs nothing. Assumes only what most homes have: paper and pencils, kitchen basics, a phone, a public park or library. low: Under $20. May need a few supplies (a ball, craft materials, ingredients for one meal). medium: $20 to $75. May need tickets, a class, a rental or gear most families do not own. high: Over $75. Travel, lessons over several weeks, or equipment to buy.
             * @enum {string}
             */
            cost: "free" | "low" | "medium" | "high";
            /**
             * @description indoor, outdoor, or either.
             * @enum {string}
             */
            setting: "indoor" | "outdoor" | "either";
            /** @enum {string} */
            energy: "calm" | "moderate" | "active";
            seasons: ("spring" | "summer" | "autumn" | "winter")[];
            interests: ("sports" | "fitness" | "art" | "crafts" | "cooking" | "baking" | "nature" | "animals" | "gardening" | "adventure" | "travel" | "games" | "puzzles" | "music" | "reading" | "writing" | "science" | "technology" | "building" | "movies" | "history" | "photography" | "helping-others" | "cars")[];
            /** @description Guide topics the activity nurtures, each with one sentence why. */
            topics: {
                topic: string;
                /** @description Why this activity nurtures the topic. */
                why: string;
            }[];
            /** @description Slugs of prompts to use during the activity. */
            prompts: string[];
            competencies: ("self-awareness" | "self-management" | "social-awareness" | "relationship-skills" | "responsible-decision-making")[];
            /** @description How many people take part; absent on versions published before November 2026. */
            participants?: {
                /**
                 * Format: int32
                 * @description Fewest people it needs, mother and son included.
                 */
                min: number;
                /**
                 * Format: int32
                 * @description Most people it suits.
                 */
                max: number;
                /** @description Whether siblings, friends or other family can join in. */
                othersCanJoin: boolean;
            };
            /** @description True when mother and son can do it apart; absent on versions published before November 2026. */
            remote?: boolean;
            /**
             * @description Ways the activity is accessible; every current activity claims at least one.
             * @default []
             */
            accessibility: ("low-sensory" | "no-eye-contact-needed" | "wheelchair-friendly" | "no-reading-needed" | "seated" | "no-fine-motor")[];
            /**
             * @description Life situations the activity assumes (two homes, living apart, his own children...); such an activity is recommended only to callers who name one of them. Empty for activities that fit every family. Empty on versions published before December 2026.
             * @default []
             */
            situations: ("new-school" | "moving-house" | "new-sibling" | "has-siblings" | "father-involved" | "parents-living-apart" | "blended-family" | "bereavement" | "son-leaving-home" | "son-has-a-partner" | "son-becoming-a-father" | "living-far-apart" | "adoption" | "foster-or-kinship-care" | "military-deployment" | "incarcerated-parent" | "parent-illness" | "disability")[];
            /**
             * @description Themes the activity is about (siblings, grief, culture and heritage...), for finding it; they never limit where it is recommended.
             * @default []
             */
            themes: ("siblings" | "fathers-and-absent-parents" | "adoption-and-care" | "military-families" | "disability-and-learning" | "grief" | "puberty-and-body" | "blended-families" | "parent-illness" | "school-transitions" | "substances" | "scary-news-and-drills" | "culture-and-heritage" | "peer-pressure")[];
            /** @description Once, over several days, or a series; absent on versions published before November 2026. */
            recurrence?: {
                /**
                 * @description once; multi-day (one outing over several days); repeated (a series of sessions).
                 * @enum {string}
                 */
                kind: "once" | "multi-day" | "repeated";
                /**
                 * Format: int32
                 * @description Days a multi-day activity lasts.
                 */
                days?: number;
                /**
                 * Format: int32
                 * @description Sessions in a repeated activity.
                 */
                sessions?: number;
                /**
                 * Format: int32
                 * @description Weeks a repeated activity runs.
                 */
                weeks?: number;
                /** @description True when a session longer than 4 hours is still one stretch of time on one day (a day out, one day of a trip), not a total spread over several sittings. Every activity whose minutesMax is over 240 says so. */
                sameDay?: boolean;
            };
            /** @description For a counselor or group leader; absent on versions published before November 2026. */
            facilitatorNote?: string;
            /**
             * @description Ids this activity had before it was renamed, or of activities merged into it; they still resolve to it.
             * @default []
             */
            formerIds: string[];
            /** @description US school grade bands the age range covers. */
            gradeBands: ("pre-k" | "k-2" | "3-5" | "6-8" | "9-12" | "adult")[];
        };
        /** @description One of the nine topics of the guide, in the client's words. */
        Topic: {
            /**
             * @description Document id; with `version`, names this exact text forever.
             * @example topic:boundaries
             */
            id: string;
            /**
             * Format: int64
             * @description Version of the document served by this release.
             * @example 1
             */
            version: number;
            /** @example boundaries */
            slug: string;
            /**
             * Format: int32
             * @description Position of the topic in the guide, from 1.
             * @example 4
             */
            number: number;
            /** @example The Delicate Balance of Boundaries */
            title: string;
            /** @description The topic's opening sentence, quoted from the guide. */
            summary: string;
            /** @description The guide's text, paragraph by paragraph. */
            paragraphs: string[];
            /** @description Sentences quoted from the guide that carry the topic. */
            keyPoints: string[];
            competencies: ("self-awareness" | "self-management" | "social-awareness" | "relationship-skills" | "responsible-decision-making")[];
            /** @description Stages of the son's life the topic's prompts and activities reach (content:check keeps the two in step). */
            lifeStages: ("early-childhood" | "school-age" | "tweens" | "teens" | "young-adults" | "adult-sons")[];
        };
        /** @description A question from the guide's FAQ with its answer. */
        Faq: {
            /**
             * @description Document id; with `version`, names this exact text forever.
             * @example faq:encouraging-open-communication
             */
            id: string;
            /**
             * Format: int64
             * @description Version of the document served by this release.
             * @example 1
             */
            version: number;
            /** @example encouraging-open-communication */
            slug: string;
            /**
             * Format: int32
             * @description Place of the question in the FAQ, from 1.
             */
            position: number;
            /** @example How can mothers encourage open communication with their sons? */
            question: string;
            answer: string;
            /** @description Slugs of the topics the answer relates to. */
            topics: string[];
        };
        /** @description A crisis resource: who to contact when what a son shares is serious, with how to reach it and where that was checked. */
        Resource: {
            /**
             * @description Document id; with `version`, names this exact text forever.
             * @example resource:988-lifeline
             */
            id: string;
            /**
             * Format: int64
             * @description Version of the document served by this release.
             * @example 1
             */
            version: number;
            /**
             * @description Use it in `/v1/resources/{slug}` and in a prompt’s `resources`.
             * @example 988-lifeline
             */
            slug: string;
            /** @example 988 Suicide & Crisis Lifeline */
            name: string;
            /** @description What the resource is for, in one plain sentence. */
            purpose: string;
            /** @description How to reach it, the usual way first. */
            channels: {
                /**
                 * @description How to reach the resource: call a number, text a number, chat online, or use a web page.
                 * @enum {string}
                 */
                kind: "call" | "text" | "chat" | "web";
                /**
                 * @description The number to call or text, or the address to open.
                 * @example 988
                 */
                value: string;
                /**
                 * @description The word to send, for a text channel that asks for one.
                 * @example AYUDA
                 */
                message?: string;
                /** @description When this channel is the one to use (for example, the Spanish line). */
                note?: string;
                /** @description Languages of this channel, when not all of the resource’s. */
                languages?: string[];
            }[];
            /**
             * @description When it answers, as its official page says; absent when the page checked does not say.
             * @example 24 hours a day, 7 days a week
             */
            hours?: string;
            /** @description Languages it answers in. */
            languages: string[];
            /**
             * @description The country the resource serves (ISO 3166-1 alpha-2).
             * @example US
             */
            region: string;
            /**
             * Format: uri
             * @description The official page the channels were checked against.
             */
            source: string;
            /**
             * Format: date
             * @description The day the channels were checked against `source`.
             * @example 2026-12-07
             */
            checkedAt: string;
        };
        PromptDetail: {
            /**
             * @description Document id; with `version`, names this exact text forever.
             * @example prompt:a-dream-you-have-not-told-many-people
             */
            id: string;
            /**
             * Format: int64
             * @description Version of the document served by this release.
             * @example 1
             */
            version: number;
            /**
             * @description Use it in `/v1/prompts/{slug}`.
             * @example a-dream-you-have-not-told-many-people
             */
            slug: string;
            /** @example What's something you dream of doing someday that you haven't told many people? */
            text: string;
            /** @description Slugs of prompts that make a natural next question. */
            followUps: string[];
            /** @description Guide topics the prompt draws on, the main one first. */
            topics: string[];
            /**
             * Format: int32
             * @description Youngest age the prompt suits.
             */
            ageMin: number;
            /**
             * Format: int32
             * @description Oldest age the prompt suits; 99 means no upper limit.
             */
            ageMax: number;
            /**
             * Format: int32
             * @description 1 light, 2 personal, 3 deep.
             */
            depth: number;
            settings: ("car-ride" | "meal" | "walk" | "bedtime" | "activity" | "message")[];
            /**
             * @description Who asks: the mother, the son, or either (the guide insists on a two-way street).
             * @enum {string}
             */
            direction: "mother-to-son" | "son-to-mother" | "either";
            /** @description CASEL competencies the conversation exercises. */
            competencies: ("self-awareness" | "self-management" | "social-awareness" | "relationship-skills" | "responsible-decision-making")[];
            /** @description True when the subject may upset (grief, divorce, conflict...). Every depth 3 prompt is sensitive, and so is every prompt with a content warning, except the mild ones: `romance` up to depth 2, `separation-and-divorce` up to depth 1. */
            sensitive: boolean;
            /**
             * @description What the prompt touches, from a fixed vocabulary, so a caller can leave it out.
             * @default []
             */
            contentWarnings: ("grief-and-loss" | "separation-and-divorce" | "health-and-body" | "mental-health" | "money-worries" | "safety" | "bullying" | "identity" | "conflict" | "romance" | "sexual-health" | "substances")[];
            /**
             * @description Life situations the prompt assumes; such a prompt is served only to callers who ask for one of them.
             * @default []
             */
            situations: ("new-school" | "moving-house" | "new-sibling" | "has-siblings" | "father-involved" | "parents-living-apart" | "blended-family" | "bereavement" | "son-leaving-home" | "son-has-a-partner" | "son-becoming-a-father" | "living-far-apart" | "adoption" | "foster-or-kinship-care" | "military-deployment" | "incarcerated-parent" | "parent-illness" | "disability")[];
            /**
             * @description Themes the prompt is about (siblings, grief, peer pressure...), for finding it; they never limit where it is served.
             * @default []
             */
            themes: ("siblings" | "fathers-and-absent-parents" | "adoption-and-care" | "military-families" | "disability-and-learning" | "grief" | "puberty-and-body" | "blended-families" | "parent-illness" | "school-transitions" | "substances" | "scary-news-and-drills" | "culture-and-heritage" | "peer-pressure")[];
            /**
             * @description What the conversation is for; absent on versions published before November 2026.
             * @enum {string}
             */
            purpose?: "getting-to-know" | "feelings" | "appreciation" | "repair" | "dreams-and-future" | "memories-and-legacy" | "everyday";
            /** @description How the listener can respond, in a sentence or two. Every prompt has one, at any depth (versions published before December 2026 may not). */
            responseTip?: string;
            /** @description For the adult, on every prompt that invites a disclosure: how to listen, and where to turn if what he shares is serious. */
            safeguardingNote?: string;
            /** @description For the mother, on every son-to-mother prompt of depth 3 or sensitive: how to answer honestly, at his age, without handing him adult worries. */
            motherNote?: string;
            /** @description True when the adult reads the prompt aloud for a young son: a son-to-mother prompt for ages 6-7 whose words are above his reading level (grade 3). Absent on versions published before December 2026. */
            readAloud?: boolean;
            /**
             * @description Crisis resources for the adult, by slug, the best fit first; served resolved (`/v1/resources/{slug}`), only those of the caller’s region. Every prompt with a safeguardingNote names at least one for the US.
             * @default []
             */
            resources: string[];
            /**
             * @description Ids this prompt had before it was renamed, or of prompts merged into it; they still resolve to it.
             * @default []
             */
            formerIds: string[];
            /** @description US school grade bands the age range covers. */
            gradeBands: ("pre-k" | "k-2" | "3-5" | "6-8" | "9-12" | "adult")[];
            /**
             * @description Flesch-Kincaid US grade level of the text, computed on import.
             * @example 3.6
             */
            readingGrade: number;
            /** @description The follow-ups, expanded, in order. */
            followUpPrompts: components["schemas"]["Prompt"][];
        };
        /** @description The prompt of the day: the same for the same inputs on every device. */
        DailyPrompt: {
            /** @example 2026-11-25 */
            date: string;
            /** @example UTC */
            timeZone: string;
            seed: string;
            /**
             * Format: int64
             * @description Days before a prompt can come back for this seed and these filters (the number of matching prompts).
             */
            cycleDays: number;
            prompt: components["schemas"]["PromptDetail"];
        };
        ActivityDetail: {
            /**
             * @description Document id; with `version`, names this exact text forever.
             * @example activity:family-recipe-night
             */
            id: string;
            /**
             * Format: int64
             * @description Version of the document served by this release.
             * @example 1
             */
            version: number;
            /** @example family-recipe-night */
            slug: string;
            /** @example Family recipe night */
            title: string;
            /** @enum {string} */
            category: "sports" | "art" | "cooking" | "nature" | "adventure" | "hobbies" | "games" | "music" | "service" | "routines";
            description: string;
            steps: string[];
            materials: string[];
            /**
             * Format: int32
             * @description Youngest age the activity suits.
             */
            ageMin: number;
            /**
             * Format: int32
             * @description Oldest age the activity suits; 99 means no upper limit.
             */
            ageMax: number;
            /**
             * Format: int32
             * @description Minutes the shortest session takes. Minutes always mean one session: the time spent together in one go, from start to finish. A once activity has one session; a multi-day activity has one session a day (the minutes are one day, sleep never counted); a repeated activity gives its sessions or weeks. Minutes are never a total over several sessions or days.
             */
            minutesMin: number;
            /**
             * Format: int32
             * @description Minutes the longest session takes (one session, as for minutesMin).
             */
            minutesMax: number;
            /**
             * @description What it costs, in US dollars for the whole activity: free: Costs nothing. Assumes only what most homes have: paper and pencils, kitchen basics, a phone, a public park or library. low: Under $20. May need a few supplies (a ball, craft materials, ingredients for one meal). medium: $20 to $75. May need tickets, a class, a rental or gear most families do not own. high: Over $75. Travel, lessons over several weeks, or equipment to buy.
             * @enum {string}
             */
            cost: "free" | "low" | "medium" | "high";
            /**
             * @description indoor, outdoor, or either.
             * @enum {string}
             */
            setting: "indoor" | "outdoor" | "either";
            /** @enum {string} */
            energy: "calm" | "moderate" | "active";
            seasons: ("spring" | "summer" | "autumn" | "winter")[];
            interests: ("sports" | "fitness" | "art" | "crafts" | "cooking" | "baking" | "nature" | "animals" | "gardening" | "adventure" | "travel" | "games" | "puzzles" | "music" | "reading" | "writing" | "science" | "technology" | "building" | "movies" | "history" | "photography" | "helping-others" | "cars")[];
            /** @description Guide topics the activity nurtures, each with one sentence why. */
            topics: {
                topic: string;
                /** @description Why this activity nurtures the topic. */
                why: string;
            }[];
            /** @description Slugs of prompts to use during the activity. */
            prompts: string[];
            competencies: ("self-awareness" | "self-management" | "social-awareness" | "relationship-skills" | "responsible-decision-making")[];
            /** @description How many people take part; absent on versions published before November 2026. */
            participants?: {
                /**
                 * Format: int32
                 * @description Fewest people it needs, mother and son included.
                 */
                min: number;
                /**
                 * Format: int32
                 * @description Most people it suits.
                 */
                max: number;
                /** @description Whether siblings, friends or other family can join in. */
                othersCanJoin: boolean;
            };
            /** @description True when mother and son can do it apart; absent on versions published before November 2026. */
            remote?: boolean;
            /**
             * @description Ways the activity is accessible; every current activity claims at least one.
             * @default []
             */
            accessibility: ("low-sensory" | "no-eye-contact-needed" | "wheelchair-friendly" | "no-reading-needed" | "seated" | "no-fine-motor")[];
            /**
             * @description Life situations the activity assumes (two homes, living apart, his own children...); such an activity is recommended only to callers who name one of them. Empty for activities that fit every family. Empty on versions published before December 2026.
             * @default []
             */
            situations: ("new-school" | "moving-house" | "new-sibling" | "has-siblings" | "father-involved" | "parents-living-apart" | "blended-family" | "bereavement" | "son-leaving-home" | "son-has-a-partner" | "son-becoming-a-father" | "living-far-apart" | "adoption" | "foster-or-kinship-care" | "military-deployment" | "incarcerated-parent" | "parent-illness" | "disability")[];
            /**
             * @description Themes the activity is about (siblings, grief, culture and heritage...), for finding it; they never limit where it is recommended.
             * @default []
             */
            themes: ("siblings" | "fathers-and-absent-parents" | "adoption-and-care" | "military-families" | "disability-and-learning" | "grief" | "puberty-and-body" | "blended-families" | "parent-illness" | "school-transitions" | "substances" | "scary-news-and-drills" | "culture-and-heritage" | "peer-pressure")[];
            /** @description Once, over several days, or a series; absent on versions published before November 2026. */
            recurrence?: {
                /**
                 * @description once; multi-day (one outing over several days); repeated (a series of sessions).
                 * @enum {string}
                 */
                kind: "once" | "multi-day" | "repeated";
                /**
                 * Format: int32
                 * @description Days a multi-day activity lasts.
                 */
                days?: number;
                /**
                 * Format: int32
                 * @description Sessions in a repeated activity.
                 */
                sessions?: number;
                /**
                 * Format: int32
                 * @description Weeks a repeated activity runs.
                 */
                weeks?: number;
                /** @description True when a session longer than 4 hours is still one stretch of time on one day (a day out, one day of a trip), not a total spread over several sittings. Every activity whose minutesMax is over 240 says so. */
                sameDay?: boolean;
            };
            /** @description For a counselor or group leader; absent on versions published before November 2026. */
            facilitatorNote?: string;
            /**
             * @description Ids this activity had before it was renamed, or of activities merged into it; they still resolve to it.
             * @default []
             */
            formerIds: string[];
            /** @description US school grade bands the age range covers. */
            gradeBands: ("pre-k" | "k-2" | "3-5" | "6-8" | "9-12" | "adult")[];
            /** @description The prompts to use during it, expanded. */
            suggestedPrompts: components["schemas"]["Prompt"][];
        };
        /** @description What happened to one document between `since` and `until`. */
        DocumentChange: {
            /** @example prompt:something-brave-you-did-today */
            documentId: string;
            /** @enum {string} */
            type: "section" | "topic" | "faq" | "prompt" | "activity" | "resource";
            slug: string;
            /**
             * @description `changed`: the document is in both releases with another version. `removed` also covers a document that left the key's view.
             * @enum {string}
             */
            change: "added" | "changed" | "removed";
            /** @description Version in the `until` release; null when the document was removed. */
            version: number | null;
            /** @description Version in the `since` release; null when the document was added. */
            previousVersion: number | null;
            /** @description Where to fetch `version`, exactly as published, forever (`GET /v1/documents/{id}/versions/{version}`); null when removed. */
            href: string | null;
        };
        /** @description One change, as a CloudEvents 1.0 event in structured JSON form. */
        ChangeEvent: {
            /**
             * @description CloudEvents version.
             * @constant
             */
            specversion: "1.0";
            /** @description `<until>:<documentId>`: the same change always has the same id, so an entry applied twice can be recognised. */
            id: string;
            /** @description The release the change leads to: `/v1/releases/<until>`. */
            source: string;
            /** @enum {string} */
            type: "document.added" | "document.changed" | "document.removed";
            /** @description The document id. */
            subject: string;
            /** @description When the `until` release was published (ISO 8601). */
            time: string;
            /** @constant */
            datacontenttype: "application/json";
            data: components["schemas"]["DocumentChange"];
        };
        /**
         * @description One page of what changed between two releases, as the key's content policy sees each of them.
         * @example {
         *       "data": [
         *         {
         *           "specversion": "1.0",
         *           "id": "3:activity:sledding-afternoon",
         *           "source": "/v1/releases/3",
         *           "type": "document.removed",
         *           "subject": "activity:sledding-afternoon",
         *           "time": "2026-12-07T00:57:52.403Z",
         *           "datacontenttype": "application/json",
         *           "data": {
         *             "documentId": "activity:sledding-afternoon",
         *             "type": "activity",
         *             "slug": "sledding-afternoon",
         *             "change": "removed",
         *             "version": null,
         *             "previousVersion": 1,
         *             "href": null
         *           }
         *         },
         *         {
         *           "specversion": "1.0",
         *           "id": "3:prompt:something-brave-you-did-today",
         *           "source": "/v1/releases/3",
         *           "type": "document.changed",
         *           "subject": "prompt:something-brave-you-did-today",
         *           "time": "2026-12-07T00:57:52.403Z",
         *           "datacontenttype": "application/json",
         *           "data": {
         *             "documentId": "prompt:something-brave-you-did-today",
         *             "type": "prompt",
         *             "slug": "something-brave-you-did-today",
         *             "change": "changed",
         *             "version": 2,
         *             "previousVersion": 1,
         *             "href": "/v1/documents/prompt:something-brave-you-did-today/versions/2"
         *           }
         *         }
         *       ],
         *       "page": {
         *         "limit": 100,
         *         "nextCursor": null
         *       },
         *       "since": 1,
         *       "until": 3,
         *       "nextSince": 3
         *     }
         */
        ChangeFeed: {
            /** @description Changes in document id order. */
            data: components["schemas"]["ChangeEvent"][];
            page: {
                /**
                 * Format: int64
                 * @description Page size used for this page.
                 */
                limit: number;
                /** @description Cursor for the next page, or null on the last page. */
                nextCursor: string | null;
            };
            /**
             * Format: int64
             * @description The release compared from (0: the initial sync, from nothing).
             */
            since: number;
            /**
             * Format: int64
             * @description The release compared to: the current release when the first page was read; every page of the sync keeps it.
             */
            until: number;
            /** @description On the last page, the release to pass as `since` next time (`until`); null on earlier pages. */
            nextSince: number | null;
        };
        DocumentVersion: {
            /** @example topic:boundaries */
            documentId: string;
            /** @enum {string} */
            type: "section" | "topic" | "faq" | "prompt" | "activity" | "resource";
            slug: string;
            /** Format: int64 */
            version: number;
            /** @description SHA-256 of the content; equal hashes mean equal content. */
            contentHash: string;
            /** @description When this version was written (ISO 8601). */
            createdAt: string;
            /**
             * Format: int64
             * @description The first release that published this version.
             */
            firstReleaseId: number;
            /** @description The document as this version stored it; its shape depends on `type`. Under a content policy, lists of related slugs (follow-ups, suggested prompts, topics) leave out what the policy hides. */
            content: {
                [key: string]: unknown;
            };
        };
        /** @description The whole guide, in reading order. */
        Guide: {
            /** @example Strengthening Bonds: Nurturing a Strong Mother Son Relationship */
            title: string;
            introduction: {
                /**
                 * @description Document id; with `version`, names this exact text forever.
                 * @example guide:introduction
                 */
                id: string;
                /**
                 * Format: int64
                 * @description Version of the document served by this release.
                 * @example 1
                 */
                version: number;
                paragraphs: string[];
            };
            topicsHeading: string;
            topics: components["schemas"]["Topic"][];
            conclusion: {
                /**
                 * @description Document id; with `version`, names this exact text forever.
                 * @example guide:introduction
                 */
                id: string;
                /**
                 * Format: int64
                 * @description Version of the document served by this release.
                 * @example 1
                 */
                version: number;
                title: string;
                paragraphs: string[];
            };
            faqs: components["schemas"]["Faq"][];
        };
        /**
         * @description Limits enforced on everything a key reads, at any depth of REST or GraphQL.
         * @example {
         *       "maxDepth": 2,
         *       "excludeSensitive": true,
         *       "excludeWarnings": [
         *         "romance",
         *         "grief-and-loss"
         *       ],
         *       "excludeSituational": true
         *     }
         */
        ContentPolicy: {
            /**
             * Format: int32
             * @description Deepest prompt depth served (1-3).
             */
            maxDepth?: number;
            /** @description Never serve prompts flagged sensitive. */
            excludeSensitive?: boolean;
            /**
             * Format: int32
             * @description Only content suited to sons this old or older.
             */
            ageMin?: number;
            /**
             * Format: int32
             * @description Only content suited to sons this young or younger.
             */
            ageMax?: number;
            /** @description Only these guide topics, and FAQs, prompts and activities on at least one of them. */
            topics?: string[];
            /** @description Never serve prompts carrying any of these content warnings (grief-and-loss, separation-and-divorce, health-and-body, mental-health, money-worries, safety, bullying, identity, conflict, romance, sexual-health, substances). */
            excludeWarnings?: ("grief-and-loss" | "separation-and-divorce" | "health-and-body" | "mental-health" | "money-worries" | "safety" | "bullying" | "identity" | "conflict" | "romance" | "sexual-health" | "substances")[];
            /** @description Never serve prompts or activities that assume a life situation (parents living apart, a new sibling, a bereavement...). */
            excludeSituational?: boolean;
            /** @description Country of the families served (ISO 3166-1 alpha-2). Crisis resources are served only for this region; one with none gets a fallback ("Call your local emergency number."). Without it, US. */
            region?: string;
        };
        /** @description An API key, without its secret. */
        ApiKey: {
            /**
             * @description Public key id; also the first part of the key.
             * @example k7Qm2xPa
             */
            id: string;
            name: string;
            /**
             * @description How the key starts, to recognise it.
             * @example msb_k7Qm2xPa_
             */
            prefix: string;
            scopes: ("content:read" | "content:preview" | "content:write" | "content:publish" | "keys:admin" | "webhooks:admin" | "metrics:read")[];
            policy: components["schemas"]["ContentPolicy"] | null;
            rateLimit: number | null;
            expiresAt: string | null;
            revokedAt: string | null;
            /** @description Updated at most once a minute. */
            lastUsedAt: string | null;
            createdAt: string;
            /** @description Why this key is unsafe, or null: a key made before the rule that holds a content policy and `content:write` or `content:publish`. Revoke it and make two keys. */
            warning: string | null;
        };
        CreatedApiKey: {
            /**
             * @description Public key id; also the first part of the key.
             * @example k7Qm2xPa
             */
            id: string;
            name: string;
            /**
             * @description How the key starts, to recognise it.
             * @example msb_k7Qm2xPa_
             */
            prefix: string;
            scopes: ("content:read" | "content:preview" | "content:write" | "content:publish" | "keys:admin" | "webhooks:admin" | "metrics:read")[];
            policy: components["schemas"]["ContentPolicy"] | null;
            rateLimit: number | null;
            expiresAt: string | null;
            revokedAt: string | null;
            /** @description Updated at most once a minute. */
            lastUsedAt: string | null;
            createdAt: string;
            /** @description Why this key is unsafe, or null: a key made before the rule that holds a content policy and `content:write` or `content:publish`. Revoke it and make two keys. */
            warning: string | null;
            /** @description The key itself. Shown only now: store it safely. */
            key: string;
        };
        /**
         * @description A release to publish at a set time; it fires exactly once, on whichever instance claims it first.
         * @example {
         *       "id": 3,
         *       "publishAt": "2026-12-01T07:00:00.000Z",
         *       "documents": [
         *         "prompt:what-made-you-laugh-today"
         *       ],
         *       "note": "December prompts",
         *       "state": "scheduled",
         *       "revision": 1,
         *       "etag": "\"s1\"",
         *       "releaseId": null,
         *       "error": null,
         *       "attempts": 0,
         *       "reviewedBy": "Dana Cole, school counselor",
         *       "reviewedAt": "2026-11-24T16:30:00.000Z",
         *       "reviewNote": "Read every prompt in the release for ages 6-12.",
         *       "createdBy": "Ben (publisher)",
         *       "createdAt": "2026-11-25T10:12:00.000Z",
         *       "updatedAt": "2026-11-25T10:12:00.000Z"
         *     }
         */
        Schedule: {
            /** Format: int64 */
            id: number;
            /** @description When it publishes (UTC). */
            publishAt: string;
            /** @description The drafts it publishes (they must be approved when it fires); null: every approved draft then. */
            documents: string[] | null;
            /** @description What the release is for; it becomes the release's note. */
            note: string;
            /**
             * @description scheduled (waiting), published (fired once), failed (waits for an editor to reschedule it) or cancelled.
             * @enum {string}
             */
            state: "scheduled" | "published" | "failed" | "cancelled";
            /**
             * Format: int64
             * @description Bumped by every change, the firing included.
             */
            revision: number;
            /** @description The schedule's ETag (also the `ETag` header); send it as `If-Match` to change or cancel it. */
            etag: string;
            /** @description The release it published, once published. */
            releaseId: number | null;
            /** @description Why the last attempt failed (the publish's problem: code, detail and errors), while failed. */
            error: {
                code: string;
                detail: string;
                errors: {
                    /** @description Where the bad value was: querystring, params, body or headers. */
                    location: string;
                    /** @description Path of the bad field. */
                    field: string;
                    message: string;
                }[];
            } | null;
            /**
             * Format: int64
             * @description How many times it was fired.
             */
            attempts: number;
            /** @description Who reviewed the content it publishes: a person or a role, as the publisher gave it. Null: no review was recorded. */
            reviewedBy: string | null;
            /** @description When they reviewed it (ISO 8601, UTC); null with `reviewedBy`. */
            reviewedAt: string | null;
            /** @description What the review covered, or what it did not; null when none was given. */
            reviewNote: string | null;
            /** @description Name of the key that scheduled it; it publishes as "<name> (schedule <id>)". */
            createdBy: string;
            createdAt: string;
            updatedAt: string;
        };
        /** @description A document as editors see it: what is published, and the pending draft. */
        EditorialDocument: {
            /** @example prompt:what-made-you-laugh-today */
            id: string;
            /** @enum {string} */
            type: "section" | "topic" | "faq" | "prompt" | "activity" | "resource";
            slug: string;
            /**
             * @description A draft's state, or published/unpublished when there is none.
             * @enum {string}
             */
            state: "published" | "unpublished" | "draft" | "in-review" | "approved";
            published: {
                /** Format: int64 */
                version: number;
                content: {
                    [key: string]: unknown;
                };
            } | null;
            draft: {
                /**
                 * @description edit: a new body; archive: removal from the next release.
                 * @enum {string}
                 */
                kind: "edit" | "archive";
                /** @enum {string} */
                state: "draft" | "in-review" | "approved";
                /**
                 * Format: int64
                 * @description Bumped by every change.
                 */
                revision: number;
                /** @description The draft's ETag; send it as `If-Match` to change the draft. */
                etag: string;
                /** @description The published version the draft started from; null for a new document. */
                baseVersion: number | null;
                /** @description The draft body; null for an archive. */
                content: {
                    [key: string]: unknown;
                } | null;
                updatedAt: string;
                /** @description Name of the key that last changed it. */
                updatedBy: string;
            } | null;
            /** @description What `If-Match` must carry for the next write (also the `ETag` header). */
            etag: string;
        };
        /**
         * @description One recorded change.
         * @example {
         *       "id": 42,
         *       "at": "2025-03-01T09:30:00.000Z",
         *       "keyId": "k7Qm2xPa0000",
         *       "keyName": "Ana (editor)",
         *       "requestId": "3f1c2b9e-6d1a-4c55-9a57-1f0e8a2b7c11",
         *       "action": "draft.edit",
         *       "target": "topic:boundaries",
         *       "detail": {
         *         "revision": 3,
         *         "state": "draft",
         *         "note": "Clearer second paragraph"
         *       }
         *     }
         */
        AuditEntry: {
            /**
             * Format: int64
             * @description Rows are numbered in the order they were written.
             */
            id: number;
            /** @description When the change was made (ISO 8601, UTC): the start of its transaction. */
            at: string;
            /** @description The API key that made it; null for the command line tools and the content import. */
            keyId: string | null;
            /** @description The key's name, or the tool, such as "keys CLI (maria)" or "content import". */
            keyName: string;
            /** @description The `x-request-id` of the request that made it, if a request did. */
            requestId: string | null;
            /** @description What was done, such as `draft.edit`, `release.publish`, `key.create` or `key.revoke`. */
            action: string;
            /** @description What it was done to: a document id, `release:<id>`, `schedule:<id>` or `key:<id>`. */
            target: string;
            /** @description What else the action records (a note, a revision, a key's scopes); never a key's secret. */
            detail: {
                [key: string]: unknown;
            } | null;
        };
        /** @description A published version (`entry: version`) or a draft revision (`entry: revision`). */
        DocumentHistoryEntry: {
            /** @constant */
            entry: "version";
            /**
             * Format: int64
             * @description Version number.
             */
            version: number;
            /** @description When the version was written (ISO 8601). */
            createdAt: string;
            /**
             * Format: int64
             * @description The first release that published it.
             */
            releaseId: number;
            /**
             * @description What made that release.
             * @enum {string}
             */
            source: "import" | "publish" | "rollback" | "schedule";
            /** @description Who published it (a key's name, from the audit log); null when the audit log names no one (imports from before the editorial API). */
            author: string | null;
            /** @description The note of that release. */
            note: string;
        } | {
            /** @constant */
            entry: "revision";
            /**
             * Format: int64
             * @description The draft revision (the draft's ETag was `"d<revision>"`).
             */
            revision: number;
            /** @description create, edit, restore, archive, submit, approve, reject, discard or publish. */
            action: string;
            /** @description The draft's state after the change; null once it was discarded or published. */
            state: string | null;
            /** @description edit or archive. */
            kind: string | null;
            /** @description When (ISO 8601). */
            createdAt: string;
            /** @description Name of the key that made the change. */
            author: string;
            /** @description Why, as the editor wrote it. */
            note: string | null;
        };
        /**
         * @example {
         *       "from": 1,
         *       "to": "draft",
         *       "patch": [
         *         {
         *           "op": "replace",
         *           "path": "/text",
         *           "value": "What made you laugh out loud today?"
         *         }
         *       ],
         *       "changes": [
         *         {
         *           "field": "text",
         *           "change": "changed",
         *           "before": "What made you laugh the most today?",
         *           "after": "What made you laugh out loud today?"
         *         }
         *       ]
         *     }
         */
        DocumentDiff: {
            /** @description The version compared from, or `draft`; null when the document has no published version (the diff starts from `{}`). */
            from: (number | "draft") | null;
            /** @description The version compared to, or `draft`. */
            to: number | "draft";
            /** @description A JSON Patch (RFC 6902) that turns the `from` body into the `to` body. */
            patch: {
                op: string;
                path: string;
                value?: unknown;
                from?: string;
            }[];
            /** @description The changed top-level fields, for people. */
            changes: {
                /** @description A top-level field of the content. */
                field: string;
                /** @enum {string} */
                change: "added" | "removed" | "changed";
                /** @description Its value in `from`; absent when added. */
                before?: unknown;
                /** @description Its value in `to`; absent when removed. */
                after?: unknown;
            }[];
        };
        /**
         * @example {
         *       "releaseId": 3,
         *       "restoredFrom": 1,
         *       "added": [],
         *       "changed": [
         *         "prompt:what-made-you-laugh-today"
         *       ],
         *       "removed": []
         *     }
         */
        RolledBackRelease: {
            /**
             * Format: int64
             * @description The new release, now current.
             */
            releaseId: number;
            /**
             * Format: int64
             * @description The release whose mapping it copies.
             */
            restoredFrom: number;
            /** @description Documents it publishes that the previous current release did not. */
            added: string[];
            /** @description Documents it publishes at another version. */
            changed: string[];
            /** @description Documents it no longer publishes. */
            removed: string[];
        };
        /** @description An ordered conversation: warm-up, deeper, closing. */
        ConversationPlan: {
            /** Format: int64 */
            age: number;
            /**
             * @description Occasion the prompt suits.
             * @enum {string}
             */
            setting: "car-ride" | "meal" | "walk" | "bedtime" | "activity" | "message";
            /** Format: int64 */
            minutes: number;
            /** @description Guide topics the plan draws on. */
            topics: string[];
            steps: {
                /** @enum {string} */
                stage: "warm-up" | "deeper" | "closing";
                /**
                 * Format: int64
                 * @description Suggested time for this step.
                 */
                minutes: number;
                prompts: {
                    prompt: components["schemas"]["Prompt"];
                    /** @description Prompts to ask next if the conversation flows. */
                    followUps: components["schemas"]["Prompt"][];
                }[];
                tip: {
                    /** @description A sentence quoted from the guide. */
                    text: string;
                    topic: string;
                    /**
                     * @description `documentId@version` of the guide text quoted.
                     * @example topic:communication@1
                     */
                    source: string;
                } | null;
            }[];
            /** @description How the plan was adapted, e.g. when few prompts fit. */
            notes: string[];
        };
        Recommendations: {
            data: {
                /** Format: int64 */
                rank: number;
                /** @description Sum of the weights in `why`. */
                score: number;
                activity: components["schemas"]["Activity"];
                /** @description One entry per factor that raised or lowered the score. */
                why: {
                    /** @enum {string} */
                    factor: "age" | "interest" | "topic" | "energy" | "season" | "weather" | "time" | "budget" | "diversity" | "situation";
                    /** @description Points this factor added (or removed, if negative). */
                    weight: number;
                    reason: string;
                }[];
                /** @description One to three prompts to use during it. */
                prompts: components["schemas"]["Prompt"][];
            }[];
            /**
             * Format: int64
             * @description Activities that met every hard constraint.
             */
            considered: number;
            /** @description Why the list is empty, when it is. */
            reason: string | null;
        };
        /** @description An immutable snapshot mapping each document to one version. */
        Release: {
            /**
             * Format: int64
             * @example 2
             */
            id: number;
            /** @example Content import */
            note: string;
            /**
             * @description What created the release: an import of the content files, a publish through the editorial API, a rollback to an earlier release, or a schedule that fell due.
             * @enum {string}
             */
            source: "import" | "publish" | "rollback" | "schedule";
            /** @description The release that was current when this one was made. */
            basedOnReleaseId: number | null;
            /** Format: int64 */
            documentCount: number;
            /** @description ISO 8601 timestamp. */
            createdAt: string;
            /** @description Whether unpinned reads are served from this release now. */
            current: boolean;
            /** @description Who reviewed the content it publishes: a person or a role, as the publisher gave it. Null: no review was recorded. */
            reviewedBy: string | null;
            /** @description When they reviewed it (ISO 8601, UTC); null with `reviewedBy`. */
            reviewedAt: string | null;
            /** @description What the review covered, or what it did not; null when none was given. */
            reviewNote: string | null;
        };
        ReleaseDetail: {
            /**
             * Format: int64
             * @example 2
             */
            id: number;
            /** @example Content import */
            note: string;
            /**
             * @description What created the release: an import of the content files, a publish through the editorial API, a rollback to an earlier release, or a schedule that fell due.
             * @enum {string}
             */
            source: "import" | "publish" | "rollback" | "schedule";
            /** @description The release that was current when this one was made. */
            basedOnReleaseId: number | null;
            /** Format: int64 */
            documentCount: number;
            /** @description ISO 8601 timestamp. */
            createdAt: string;
            /** @description Whether unpinned reads are served from this release now. */
            current: boolean;
            /** @description Who reviewed the content it publishes: a person or a role, as the publisher gave it. Null: no review was recorded. */
            reviewedBy: string | null;
            /** @description When they reviewed it (ISO 8601, UTC); null with `reviewedBy`. */
            reviewedAt: string | null;
            /** @description What the review covered, or what it did not; null when none was given. */
            reviewNote: string | null;
            documents: {
                /** @example topic:boundaries */
                documentId: string;
                /** @enum {string} */
                type: "section" | "topic" | "faq" | "prompt" | "activity" | "resource";
                slug: string;
                /** Format: int64 */
                version: number;
            }[];
        };
        ReleaseDiffEntry: {
            documentId: string;
            /** @enum {string} */
            type: "section" | "topic" | "faq" | "prompt" | "activity" | "resource";
            slug: string;
            /** @description Version in the `from` release; null when the document was added. */
            fromVersion: number | null;
            /** @description Version in the `to` release; null when the document was removed. */
            toVersion: number | null;
        };
        /**
         * @description What changed between two releases, as the caller's content policy sees each of them.
         * @example {
         *       "from": 1,
         *       "to": 2,
         *       "added": [
         *         {
         *           "documentId": "prompt:what-was-the-best-part-of-your-day",
         *           "type": "prompt",
         *           "slug": "what-was-the-best-part-of-your-day",
         *           "fromVersion": null,
         *           "toVersion": 1
         *         }
         *       ],
         *       "changed": [
         *         {
         *           "documentId": "activity:family-recipe-night",
         *           "type": "activity",
         *           "slug": "family-recipe-night",
         *           "fromVersion": 1,
         *           "toVersion": 2
         *         }
         *       ],
         *       "removed": [
         *         {
         *           "documentId": "prompt:en-what-made-you-smile",
         *           "type": "prompt",
         *           "slug": "en-what-made-you-smile",
         *           "fromVersion": 1,
         *           "toVersion": null
         *         }
         *       ]
         *     }
         */
        ReleaseDiff: {
            /** Format: int64 */
            from: number;
            /** Format: int64 */
            to: number;
            /** @description In `to`, not in `from` (as the key sees them). */
            added: components["schemas"]["ReleaseDiffEntry"][];
            /** @description In both, with another version. */
            changed: components["schemas"]["ReleaseDiffEntry"][];
            /** @description In `from`, not in `to`; also a document that left the key's view. */
            removed: components["schemas"]["ReleaseDiffEntry"][];
        };
        /** @description The crisis resources of the caller's region. */
        ResourceList: {
            /**
             * @description The region the resources are served for: the key policy’s `region`, or US when it names none.
             * @example US
             */
            region: string;
            /** @description The crisis resources of the region, in the vocabulary’s order. */
            items: components["schemas"]["Resource"][];
            /**
             * @description Present only when the caller's region has no crisis resource: what to tell the adult instead.
             * @constant
             */
            fallback?: "Call your local emergency number.";
        };
        SearchHit: {
            /**
             * @description Kind of content that matched.
             * @enum {string}
             */
            type: "section" | "topic" | "faq" | "prompt" | "activity";
            /** @example topic:boundaries */
            id: string;
            /** @example boundaries */
            slug: string;
            /** Format: int64 */
            version: number;
            /** @description Title, or the question for an FAQ. */
            title: string;
            /**
             * @description Passage around the matches; matched words are wrapped in `<mark>` and `</mark>`.
             * @example The delicate dance of setting <mark>boundaries</mark> isn’t about restriction…
             */
            snippet: string;
            /** @description Relevance; higher is better. Hits are sorted by it. */
            rank: number;
        };
        /**
         * @description A webhook subscription. Its secret is shown only when created or rotated.
         * @example {
         *       "id": "wh_3k9x2m7q1p5v8c4d",
         *       "url": "https://portal.lincoln-middle.example.org/hooks/content",
         *       "description": "Lincoln Middle School portal: review each release",
         *       "eventTypes": [
         *         "release.published",
         *         "release.rolled_back"
         *       ],
         *       "policyKeyId": "k7Qm2xPa0000",
         *       "enabled": true,
         *       "disabledReason": null,
         *       "previousSecretExpiresAt": null,
         *       "revision": 1,
         *       "etag": "\"w1\"",
         *       "createdBy": "Maria (integrations)",
         *       "createdAt": "2026-12-01T09:00:00.000Z",
         *       "updatedAt": "2026-12-01T09:00:00.000Z"
         *     }
         */
        Webhook: {
            id: string;
            /** @description Where deliveries are POSTed: https, and a public address, unless this deployment allows private networks. */
            url: string;
            description: string | null;
            /** @description The events it receives. */
            eventTypes: ("release.published" | "release.rolled_back" | "schedule.failed" | "key.revoked")[];
            /** @description The API key whose content policy filters what payloads reveal (counts of changes it can see); null: no filter. */
            policyKeyId: string | null;
            /** @description False after the receiver answered 410 Gone, or when disabled by hand; pending deliveries wait. */
            enabled: boolean;
            disabledReason: string | null;
            /** @description After a rotation: until when the old secret signs too (a second signature). */
            previousSecretExpiresAt: string | null;
            /** Format: int64 */
            revision: number;
            /** @description Also the `ETag` header; send it as `If-Match` to change the subscription. */
            etag: string;
            createdBy: string;
            createdAt: string;
            updatedAt: string;
        };
        /**
         * @example {
         *       "id": "wh_3k9x2m7q1p5v8c4d",
         *       "url": "https://portal.lincoln-middle.example.org/hooks/content",
         *       "description": "Lincoln Middle School portal: review each release",
         *       "eventTypes": [
         *         "release.published",
         *         "release.rolled_back"
         *       ],
         *       "policyKeyId": "k7Qm2xPa0000",
         *       "enabled": true,
         *       "disabledReason": null,
         *       "previousSecretExpiresAt": null,
         *       "revision": 1,
         *       "etag": "\"w1\"",
         *       "createdBy": "Maria (integrations)",
         *       "createdAt": "2026-12-01T09:00:00.000Z",
         *       "updatedAt": "2026-12-01T09:00:00.000Z",
         *       "secret": "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw7TsXJ8vA2Ng="
         *     }
         */
        CreatedWebhook: {
            id: string;
            /** @description Where deliveries are POSTed: https, and a public address, unless this deployment allows private networks. */
            url: string;
            description: string | null;
            /** @description The events it receives. */
            eventTypes: ("release.published" | "release.rolled_back" | "schedule.failed" | "key.revoked")[];
            /** @description The API key whose content policy filters what payloads reveal (counts of changes it can see); null: no filter. */
            policyKeyId: string | null;
            /** @description False after the receiver answered 410 Gone, or when disabled by hand; pending deliveries wait. */
            enabled: boolean;
            disabledReason: string | null;
            /** @description After a rotation: until when the old secret signs too (a second signature). */
            previousSecretExpiresAt: string | null;
            /** Format: int64 */
            revision: number;
            /** @description Also the `ETag` header; send it as `If-Match` to change the subscription. */
            etag: string;
            createdBy: string;
            createdAt: string;
            updatedAt: string;
            /** @description The signing secret (`whsec_...`). Shown only now: store it where the receiver can read it. */
            secret: string;
        };
        /**
         * @description One message to one subscription, with every attempt.
         * @example {
         *       "id": 12,
         *       "webhookId": "wh_3k9x2m7q1p5v8c4d",
         *       "messageId": "msg_evt7",
         *       "eventId": 7,
         *       "eventType": "release.published",
         *       "state": "succeeded",
         *       "replay": false,
         *       "attempts": 2,
         *       "nextAttemptAt": null,
         *       "lastStatus": 204,
         *       "lastError": null,
         *       "createdAt": "2026-12-01T09:30:00.000Z",
         *       "updatedAt": "2026-12-01T09:30:05.900Z",
         *       "attemptLog": [
         *         {
         *           "attempt": 1,
         *           "startedAt": "2026-12-01T09:30:00.020Z",
         *           "durationMs": 41,
         *           "responseStatus": 503,
         *           "error": null,
         *           "outcome": "retrying",
         *           "nextAttemptAt": "2026-12-01T09:30:05.800Z"
         *         },
         *         {
         *           "attempt": 2,
         *           "startedAt": "2026-12-01T09:30:05.810Z",
         *           "durationMs": 35,
         *           "responseStatus": 204,
         *           "error": null,
         *           "outcome": "succeeded",
         *           "nextAttemptAt": null
         *         }
         *       ]
         *     }
         */
        WebhookDelivery: {
            /** Format: int64 */
            id: number;
            webhookId: string;
            /** @description The `webhook-id` header: the same on every attempt and replay of this message. */
            messageId: string;
            /** @description The event it carries; null for a test ping. */
            eventId: number | null;
            eventType: string;
            /**
             * @description pending (waiting for its first attempt, a retry, or an earlier delivery), delivering, succeeded or failed.
             * @enum {string}
             */
            state: "pending" | "delivering" | "succeeded" | "failed";
            /** @description A replay or a test ping: sent at once, outside the subscription's event order. */
            replay: boolean;
            /** Format: int64 */
            attempts: number;
            /** @description When it is tried next, while pending. */
            nextAttemptAt: string | null;
            lastStatus: number | null;
            lastError: string | null;
            createdAt: string;
            updatedAt: string;
            /** @description Every attempt, first to last. */
            attemptLog: {
                /** Format: int64 */
                attempt: number;
                startedAt: string;
                /** Format: int64 */
                durationMs: number;
                /** @description What the receiver answered; null when it did not (timeout, refused address, connection error). */
                responseStatus: number | null;
                error: string | null;
                /** @enum {string} */
                outcome: "succeeded" | "retrying" | "failed" | "disabled";
                /** @description When the next attempt was scheduled, if any. */
                nextAttemptAt: string | null;
            }[];
        };
        PublishedRelease: {
            /** Format: int64 */
            releaseId: number;
            published: string[];
            archived: string[];
        };
    };
    responses: {
        /** @description Missing, unknown, expired or revoked API key; see `WWW-Authenticate`. */
        Unauthorized: {
            headers: {
                "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                /** @description `no-store`: a problem is never cached. */
                "Cache-Control"?: "no-store";
                "X-Request-Id": components["headers"]["X-Request-Id"];
                "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "/problems/unauthorized",
                 *       "title": "A valid API key is required",
                 *       "status": 401,
                 *       "detail": "Send a valid API key as \"Authorization: Bearer <key>\".",
                 *       "code": "UNAUTHORIZED",
                 *       "instance": "/v1/guide",
                 *       "requestId": "6f1c2d4e-8a3b-4c5d-9e0f-112233445566"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The API key lacks the scope this needs. */
        Forbidden: {
            headers: {
                "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                RateLimit: components["headers"]["RateLimit"];
                "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                /** @description `no-store`: a problem is never cached. */
                "Cache-Control"?: "no-store";
                "X-Request-Id": components["headers"]["X-Request-Id"];
                "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "/problems/forbidden",
                 *       "title": "The API key lacks the scope this needs",
                 *       "status": 403,
                 *       "detail": "This needs the \"keys:admin\" scope. This API key does not have it; ask for a key with that scope.",
                 *       "code": "FORBIDDEN",
                 *       "instance": "/v1/admin/keys",
                 *       "requestId": "6f1c2d4e-8a3b-4c5d-9e0f-112233445566"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Rate limit reached (or, on `/v1/events`, too many streams open): retry after `Retry-After` seconds. The `RateLimit` headers say where you stand. */
        TooManyRequests: {
            headers: {
                "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                RateLimit: components["headers"]["RateLimit"];
                "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                "Retry-After": components["headers"]["Retry-After"];
                /** @description `no-store`: a problem is never cached. */
                "Cache-Control"?: "no-store";
                "X-Request-Id": components["headers"]["X-Request-Id"];
                "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "/problems/rate-limited",
                 *       "title": "Too many requests",
                 *       "status": 429,
                 *       "detail": "Rate limit of 1 requests per minute reached; retry in 1 minute.",
                 *       "code": "RATE_LIMITED",
                 *       "instance": "/v1/topics",
                 *       "requestId": "6f1c2d4e-8a3b-4c5d-9e0f-112233445566"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description A fault on our side; the body names nothing of it. Quote `requestId` if you report it. */
        InternalError: {
            headers: {
                /** @description `no-store`: a problem is never cached. */
                "Cache-Control"?: "no-store";
                "X-Request-Id": components["headers"]["X-Request-Id"];
                "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "/problems/internal-error",
                 *       "title": "Internal server error",
                 *       "status": 500,
                 *       "detail": "Something went wrong on our side; quote the request id if you report it.",
                 *       "code": "INTERNAL_ERROR",
                 *       "requestId": "6f1c2d4e-8a3b-4c5d-9e0f-112233445566"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description No release is published yet, or the database is unreachable: retry after `Retry-After` seconds. */
        ServiceUnavailable: {
            headers: {
                "Retry-After": components["headers"]["Retry-After"];
                /** @description `no-store`: a problem is never cached. */
                "Cache-Control"?: "no-store";
                "X-Request-Id": components["headers"]["X-Request-Id"];
                "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "/problems/service-unavailable",
                 *       "title": "The service is temporarily unavailable",
                 *       "status": 503,
                 *       "detail": "The database is unavailable or too slow right now; retry in 5 seconds.",
                 *       "code": "SERVICE_UNAVAILABLE",
                 *       "requestId": "6f1c2d4e-8a3b-4c5d-9e0f-112233445566"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
    };
    parameters: never;
    requestBodies: never;
    headers: {
        /**
         * @description The request's id: the caller's own `x-request-id` when it is 1 to 64 of `A-Z a-z 0-9 _ . : -` and could not be an API key or its secret (no run of 43 or more of `A-Z a-z 0-9 _ -` other than a lower-case slug), a new UUID otherwise. Also in every problem as `requestId`; quote it when reporting a problem.
         * @example 6f1c2d4e-8a3b-4c5d-9e0f-112233445566
         */
        "X-Request-Id": string;
        /**
         * @description The quota this key (or, without a key, this address) is counted against, in the IETF RateLimit header fields draft: `"key";q=<requests>;w=<window seconds>`.
         * @example "key";q=600;w=60
         */
        "RateLimit-Policy": string;
        /**
         * @description Where the caller stands in that quota: `"key";r=<remaining>;t=<seconds until the window resets>`.
         * @example "key";r=599;t=60
         */
        RateLimit: string;
        /**
         * @description Older draft, still sent: the requests allowed per window.
         * @example 600
         */
        "RateLimit-Limit": number;
        /**
         * @description Older draft, still sent: the requests left in this window.
         * @example 599
         */
        "RateLimit-Remaining": number;
        /**
         * @description Older draft, still sent: seconds until the window resets.
         * @example 60
         */
        "RateLimit-Reset": number;
        /**
         * @description Seconds to wait before trying again.
         * @example 42
         */
        "Retry-After": number;
        /**
         * @description The release that answered: its id, or `draft` for a preview of the pending drafts.
         * @example 1
         */
        "Content-Release": string;
        /**
         * @description The response's entity tag: send it as `If-None-Match` to get a 304 when nothing changed.
         * @example "d8e5Yv2mQ1lq9x3wPhN0sKcT4Ao="
         */
        ETag: string;
        /**
         * @description How long the response may be kept: `private, max-age=31536000, immutable` for a pinned release, `private, max-age=60, stale-while-revalidate=300` for the current one, `no-store` for previews, admin answers and problems.
         * @example private, max-age=60, stale-while-revalidate=300
         */
        "Cache-Control": string;
        /**
         * @description `authorization`: what a key sees depends on its content policy.
         * @example authorization
         */
        Vary: string;
        /**
         * @description Sent to browsers calling from an origin listed in `CORS_ORIGINS` (none by default).
         * @example https://app.example.org
         */
        "Access-Control-Allow-Origin": string;
        /**
         * @description The Bearer challenge (RFC 6750): `error="invalid_token"` when a key was sent but is not valid.
         * @example Bearer realm="strengthening-bonds", error="invalid_token"
         */
        "WWW-Authenticate": string;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getLiveness: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "ok"
                     *     }
                     */
                    "application/json": {
                        /** @enum {string} */
                        status: "ok";
                    };
                };
            };
            500: components["responses"]["InternalError"];
        };
    };
    getReadiness: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "ready";
                        /** @enum {string} */
                        driver: "pglite" | "postgres";
                        /** Format: int64 */
                        currentRelease: number;
                        /** @description The rate-limit store, present when `REDIS_URL` is set. */
                        redis?: {
                            /**
                             * @description `degraded`: Redis did not answer a PING within `REDIS_COMMAND_TIMEOUT_MS`, or the circuit breaker is not closed.
                             * @enum {string}
                             */
                            status: "ok" | "degraded";
                            /**
                             * @description The circuit breaker on Redis commands: `open` sends none (for `REDIS_BREAKER_OPEN_MS`), `half-open` lets one probe through.
                             * @enum {string}
                             */
                            breaker: "closed" | "open" | "half-open";
                            /**
                             * @description What counted requests get while Redis is degraded (`RATE_LIMIT_FAIL_CLOSED`): served uncounted, or refused with 503. When `refuse`, a degraded Redis makes this probe answer 503.
                             * @enum {string}
                             */
                            whenUnavailable: "serve-uncounted" | "refuse";
                        };
                        /** @description Counters of this instance's response cache since it started. */
                        cache: {
                            /**
                             * Format: int64
                             * @description Reads answered from stored bytes (304s included).
                             */
                            hits: number;
                            /**
                             * Format: int64
                             * @description Cacheable reads that ran their handler.
                             */
                            misses: number;
                            /**
                             * Format: int64
                             * @description Reads answered 304 Not Modified because If-None-Match matched a stored ETag.
                             */
                            notModified: number;
                            /**
                             * Format: int64
                             * @description Responses stored.
                             */
                            stores: number;
                            /**
                             * Format: int64
                             * @description Entries evicted to stay within the byte bound.
                             */
                            evictions: number;
                            /**
                             * Format: int64
                             * @description Entries held now.
                             */
                            entries: number;
                            /**
                             * Format: int64
                             * @description Bytes held now.
                             */
                            bytes: number;
                            /**
                             * Format: int64
                             * @description The byte bound (RESPONSE_CACHE_MB).
                             */
                            maxBytes: number;
                        };
                    };
                };
            };
            500: components["responses"]["InternalError"];
            /** @description No release published yet, or the database is unreachable. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    /** @description `no-store`: a problem is never cached. */
                    "Cache-Control"?: "no-store";
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getGuide: {
        parameters: {
            query?: {
                /** @description Release to read from: a release id to pin, `current` (the default), or `draft`: the current release with the pending drafts laid over it, for keys with the `content:preview` scope (`Content-Release: draft`, never cached). */
                release?: "current" | "draft" | number;
            };
            header?: {
                /** @description The `ETag` of a response you hold: a 304 with no body says it is still what this request would return. */
                "If-None-Match"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The guide, from the release named by `Content-Release`. */
            200: {
                headers: {
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Content-Release": components["headers"]["Content-Release"];
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    Vary: components["headers"]["Vary"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "title": "Strengthening Bonds: Nurturing a Strong Mother Son Relationship",
                     *       "introduction": {
                     *         "id": "guide:introduction",
                     *         "version": 1,
                     *         "paragraphs": [
                     *           "Nurturing a strong mother-son relationship lays the groundwork for a lifetime of love, trust, and understanding. This special bond is a cornerstone in both their lives, shaping the man he becomes and influencing her as a guiding force. Through shared experiences, communication, and mutual respect, this relationship blossoms into a sanctuary of support and companionship.",
                     *           "By fostering an environment where open dialogue thrives and emotional connections deepen, mothers and sons create a resilient bond that withstands the test of time. This guide illuminates the intricate dynamics that contribute to this unique relationship, offering practical insights and advice for mothers and sons aiming to strengthen their connection."
                     *         ]
                     *       },
                     *       "topicsHeading": "Tips For Nurturing a Strong Mother Son Relationship",
                     *       "topics": [
                     *         {
                     *           "id": "topic:emotional-needs",
                     *           "version": 1,
                     *           "slug": "emotional-needs",
                     *           "number": 1,
                     *           "title": "Building Lasting Bonds through Understanding Emotional Needs",
                     *           "summary": "Understanding the nuances of a mother-son relationship goes beyond the surface—it delves into fulfilling emotional needs.",
                     *           "paragraphs": [
                     *             "Understanding the nuances of a mother-son relationship goes beyond the surface—it delves into fulfilling emotional needs. A lasting bond thrives on a foundation of empathy and open communication. Mothers play a pivotal role in creating an environment where sons feel safe and unjudged when expressing their feelings. From the early stages of childhood, encouraging conversations about emotions fosters a profound emotional intelligence, a tool that becomes invaluable as sons navigate life’s complexities.",
                     *             "However, it’s essential to note that this exchange should not be one-sided. Mothers, in this dynamic, should feel comfortable sharing their emotions as well. This two-way street of emotional expression cultivates mutual understanding and empathy, strengthening the bond between them."
                     *           ],
                     *           "keyPoints": [
                     *             "Mothers play a pivotal role in creating an environment where sons feel safe and unjudged when expressing their feelings.",
                     *             "From the early stages of childhood, encouraging conversations about emotions fosters a profound emotional intelligence, a tool that becomes invaluable as sons navigate life’s complexities."
                     *           ],
                     *           "competencies": [
                     *             "self-awareness",
                     *             "social-awareness"
                     *           ],
                     *           "lifeStages": [
                     *             "early-childhood",
                     *             "school-age"
                     *           ]
                     *         },
                     *         {
                     *           "id": "topic:connection-beyond-shared-experiences",
                     *           "version": 1,
                     *           "slug": "connection-beyond-shared-experiences",
                     *           "number": 2,
                     *           "title": "Cultivating Connection: Beyond Shared Experiences",
                     *           "summary": "Moving beyond shared activities lies the crux of fostering a profound connection within the mother-son relationship.",
                     *           "paragraphs": [
                     *             "Moving beyond shared activities lies the crux of fostering a profound connection within the mother-son relationship. Engaging in sports, art, cooking, or nature outings creates indelible memories; however, it’s the deeper connection woven within these experiences that profoundly enriches the bond.",
                     *             "These shared moments not only carve memories but also serve as a canvas for understanding, empathy, and significant personal growth. The laughter stemming from a cooking mishap or the shared quiet admiration during a nature hike forms the fabric of an unspoken understanding, fostering an enduring and unbreakable bond."
                     *           ],
                     *           "keyPoints": [
                     *             "Engaging in sports, art, cooking, or nature outings creates indelible memories; however, it’s the deeper connection woven within these experiences that profoundly enriches the bond.",
                     *             "The laughter stemming from a cooking mishap or the shared quiet admiration during a nature hike forms the fabric of an unspoken understanding, fostering an enduring and unbreakable bond."
                     *           ],
                     *           "competencies": [
                     *             "relationship-skills",
                     *             "social-awareness"
                     *           ],
                     *           "lifeStages": [
                     *             "early-childhood",
                     *             "school-age"
                     *           ]
                     *         }
                     *       ],
                     *       "conclusion": {
                     *         "id": "guide:conclusion",
                     *         "version": 1,
                     *         "title": "Conclusion",
                     *         "paragraphs": [
                     *           "Nurturing a strong mother-son relationship is an ongoing journey filled with shared moments, understanding, and patience. By fostering open communication, spending quality time, and nurturing a supportive environment, this bond deepens and thrives. Through mutual respect and empathy, mothers and sons forge an unbreakable connection that shapes their lives positively. Remember, it’s the little gestures, heartfelt conversations, and genuine efforts that solidify this unique relationship. Investing in this bond not only strengthens the present but also lays the foundation for a future of enduring love and companionship."
                     *         ]
                     *       },
                     *       "faqs": [
                     *         {
                     *           "id": "faq:encouraging-open-communication",
                     *           "version": 1,
                     *           "slug": "encouraging-open-communication",
                     *           "position": 1,
                     *           "question": "How can mothers encourage open communication with their sons?",
                     *           "answer": "Encourage one-on-one time, listen actively without judgment, and create a safe space for discussions. Being approachable and non-reactive fosters trust and openness.",
                     *           "topics": [
                     *             "communication",
                     *             "emotional-needs"
                     *           ]
                     *         },
                     *         {
                     *           "id": "faq:activities-that-strengthen-the-bond",
                     *           "version": 1,
                     *           "slug": "activities-that-strengthen-the-bond",
                     *           "position": 2,
                     *           "question": "What activities can strengthen the mother-son relationship?",
                     *           "answer": "Engaging in shared hobbies, going on adventures, cooking together, or even simple conversations during daily routines can significantly strengthen the bond between a mother and her son.",
                     *           "topics": [
                     *             "connection-beyond-shared-experiences"
                     *           ]
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Guide"];
                };
            };
            /** @description Not modified: the `If-None-Match` ETag still matches; keep what you hold. */
            304: {
                headers: {
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Content-Release": components["headers"]["Content-Release"];
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    Vary: components["headers"]["Vary"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid parameters: `errors` lists every bad field. */
            400: {
                headers: {
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    /** @description `no-store`: a problem is never cached. */
                    "Cache-Control"?: "no-store";
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /** @description Nothing with this id in the release, or no such release. */
            404: {
                headers: {
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    /** @description `no-store`: a problem is never cached. */
                    "Cache-Control"?: "no-store";
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listTopics: {
        parameters: {
            query?: {
                /** @description Release to read from: a release id to pin, `current` (the default), or `draft`: the current release with the pending drafts laid over it, for keys with the `content:preview` scope (`Content-Release: draft`, never cached). */
                release?: "current" | "draft" | number;
                /** @description Page size, 1 to 100. */
                limit?: number;
                /** @description Opaque cursor from `page.nextCursor` of the previous page; keeps reading the same release. */
                cursor?: string;
                /** @description CASEL social-emotional competency. */
                competency?: "self-awareness" | "self-management" | "social-awareness" | "relationship-skills" | "responsible-decision-making";
                /** @description Stage of the son's life: early-childhood (3-5), school-age (6-9), tweens (10-12), teens (13-17), young-adults (18-25), adult-sons (26+). */
                lifeStage?: "early-childhood" | "school-age" | "tweens" | "teens" | "young-adults" | "adult-sons";
            };
            header?: {
                /** @description The `ETag` of a response you hold: a 304 with no body says it is still what this request would return. */
                "If-None-Match"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of topics, in guide order. */
            200: {
                headers: {
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Content-Release": components["headers"]["Content-Release"];
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    Vary: components["headers"]["Vary"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "id": "topic:emotional-needs",
                     *           "version": 1,
                     *           "slug": "emotional-needs",
                     *           "number": 1,
                     *           "title": "Building Lasting Bonds through Understanding Emotional Needs",
                     *           "summary": "Understanding the nuances of a mother-son relationship goes beyond the surface—it delves into fulfilling emotional needs.",
                     *           "paragraphs": [
                     *             "Understanding the nuances of a mother-son relationship goes beyond the surface—it delves into fulfilling emotional needs. A lasting bond thrives on a foundation of empathy and open communication. Mothers play a pivotal role in creating an environment where sons feel safe and unjudged when expressing their feelings. From the early stages of childhood, encouraging conversations about emotions fosters a profound emotional intelligence, a tool that becomes invaluable as sons navigate life’s complexities.",
                     *             "However, it’s essential to note that this exchange should not be one-sided. Mothers, in this dynamic, should feel comfortable sharing their emotions as well. This two-way street of emotional expression cultivates mutual understanding and empathy, strengthening the bond between them."
                     *           ],
                     *           "keyPoints": [
                     *             "Mothers play a pivotal role in creating an environment where sons feel safe and unjudged when expressing their feelings.",
                     *             "From the early stages of childhood, encouraging conversations about emotions fosters a profound emotional intelligence, a tool that becomes invaluable as sons navigate life’s complexities."
                     *           ],
                     *           "competencies": [
                     *             "self-awareness",
                     *             "social-awareness"
                     *           ],
                     *           "lifeStages": [
                     *             "early-childhood",
                     *             "school-age"
                     *           ]
                     *         },
                     *         {
                     *           "id": "topic:connection-beyond-shared-experiences",
                     *           "version": 1,
                     *           "slug": "connection-beyond-shared-experiences",
                     *           "number": 2,
                     *           "title": "Cultivating Connection: Beyond Shared Experiences",
                     *           "summary": "Moving beyond shared activities lies the crux of fostering a profound connection within the mother-son relationship.",
                     *           "paragraphs": [
                     *             "Moving beyond shared activities lies the crux of fostering a profound connection within the mother-son relationship. Engaging in sports, art, cooking, or nature outings creates indelible memories; however, it’s the deeper connection woven within these experiences that profoundly enriches the bond.",
                     *             "These shared moments not only carve memories but also serve as a canvas for understanding, empathy, and significant personal growth. The laughter stemming from a cooking mishap or the shared quiet admiration during a nature hike forms the fabric of an unspoken understanding, fostering an enduring and unbreakable bond."
                     *           ],
                     *           "keyPoints": [
                     *             "Engaging in sports, art, cooking, or nature outings creates indelible memories; however, it’s the deeper connection woven within these experiences that profoundly enriches the bond.",
                     *             "The laughter stemming from a cooking mishap or the shared quiet admiration during a nature hike forms the fabric of an unspoken understanding, fostering an enduring and unbreakable bond."
                     *           ],
                     *           "competencies": [
                     *             "relationship-skills",
                     *             "social-awareness"
                     *           ],
                     *           "lifeStages": [
                     *             "early-childhood",
                     *             "school-age"
                     *           ]
                     *         }
                     *       ],
                     *       "page": {
                     *         "limit": 2,
                     *         "nextCursor": "eyJyIjoxLCJvIjoyLCJmIjoiVDFQTm9Zd3JxZ3dEIn0"
                     *       }
                     *     }
                     */
                    "application/json": {
                        data: components["schemas"]["Topic"][];
                        page: {
                            /**
                             * Format: int64
                             * @description Page size used for this page.
                             */
                            limit: number;
                            /** @description Cursor for the next page, or null on the last page. */
                            nextCursor: string | null;
                        };
                    };
                };
            };
            /** @description Not modified: the `If-None-Match` ETag still matches; keep what you hold. */
            304: {
                headers: {
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Content-Release": components["headers"]["Content-Release"];
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    Vary: components["headers"]["Vary"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid parameters: `errors` lists every bad field. */
            400: {
                headers: {
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    /** @description `no-store`: a problem is never cached. */
                    "Cache-Control"?: "no-store";
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /** @description Nothing with this id in the release, or no such release. */
            404: {
                headers: {
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    /** @description `no-store`: a problem is never cached. */
                    "Cache-Control"?: "no-store";
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getTopic: {
        parameters: {
            query?: {
                /** @description Release to read from: a release id to pin, `current` (the default), or `draft`: the current release with the pending drafts laid over it, for keys with the `content:preview` scope (`Content-Release: draft`, never cached). */
                release?: "current" | "draft" | number;
            };
            header?: {
                /** @description The `ETag` of a response you hold: a 304 with no body says it is still what this request would return. */
                "If-None-Match"?: string;
            };
            path: {
                /** @example boundaries */
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The topic. */
            200: {
                headers: {
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Content-Release": components["headers"]["Content-Release"];
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    Vary: components["headers"]["Vary"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "topic:boundaries",
                     *       "version": 1,
                     *       "slug": "boundaries",
                     *       "number": 4,
                     *       "title": "The Delicate Balance of Boundaries",
                     *       "summary": "Establishing boundaries extends beyond physical space; it’s a delicate interplay that respects emotional and mental domains.",
                     *       "paragraphs": [
                     *         "Establishing boundaries extends beyond physical space; it’s a delicate interplay that respects emotional and mental domains. It involves discerning when guidance is necessary and when autonomy should take precedence. This equilibrium permits sons to explore their individuality while understanding that they can always lean on their mothers for unwavering support and guidance.",
                     *         "The delicate dance of setting boundaries isn’t about restriction but rather about fostering independence within a safety net of care and understanding. It’s a continuous negotiation that respects the evolving needs and growth of both individuals, reinforcing the bond between a mother and her son."
                     *       ],
                     *       "keyPoints": [
                     *         "It involves discerning when guidance is necessary and when autonomy should take precedence.",
                     *         "The delicate dance of setting boundaries isn’t about restriction but rather about fostering independence within a safety net of care and understanding."
                     *       ],
                     *       "competencies": [
                     *         "self-management",
                     *         "responsible-decision-making"
                     *       ],
                     *       "lifeStages": [
                     *         "early-childhood",
                     *         "school-age"
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Topic"];
                };
            };
            /** @description Not modified: the `If-None-Match` ETag still matches; keep what you hold. */
            304: {
                headers: {
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Content-Release": components["headers"]["Content-Release"];
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    Vary: components["headers"]["Vary"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid parameters: `errors` lists every bad field. */
            400: {
                headers: {
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    /** @description `no-store`: a problem is never cached. */
                    "Cache-Control"?: "no-store";
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /** @description Nothing with this id in the release, or no such release. */
            404: {
                headers: {
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    /** @description `no-store`: a problem is never cached. */
                    "Cache-Control"?: "no-store";
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/topic-not-found",
                     *       "title": "No such topic in this release",
                     *       "status": 404,
                     *       "detail": "Release 1 has no topic \"bedtime-stories\".",
                     *       "code": "TOPIC_NOT_FOUND",
                     *       "instance": "/v1/topics/bedtime-stories",
                     *       "requestId": "6f1c2d4e-8a3b-4c5d-9e0f-112233445566"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listFaqs: {
        parameters: {
            query?: {
                /** @description Release to read from: a release id to pin, `current` (the default), or `draft`: the current release with the pending drafts laid over it, for keys with the `content:preview` scope (`Content-Release: draft`, never cached). */
                release?: "current" | "draft" | number;
                /** @description Page size, 1 to 100. */
                limit?: number;
                /** @description Opaque cursor from `page.nextCursor` of the previous page; keeps reading the same release. */
                cursor?: string;
                /** @description Only FAQs related to this topic slug. */
                topic?: string;
            };
            header?: {
                /** @description The `ETag` of a response you hold: a 304 with no body says it is still what this request would return. */
                "If-None-Match"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of FAQs, in guide order. */
            200: {
                headers: {
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Content-Release": components["headers"]["Content-Release"];
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    Vary: components["headers"]["Vary"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "id": "faq:encouraging-open-communication",
                     *           "version": 1,
                     *           "slug": "encouraging-open-communication",
                     *           "position": 1,
                     *           "question": "How can mothers encourage open communication with their sons?",
                     *           "answer": "Encourage one-on-one time, listen actively without judgment, and create a safe space for discussions. Being approachable and non-reactive fosters trust and openness.",
                     *           "topics": [
                     *             "communication",
                     *             "emotional-needs"
                     *           ]
                     *         },
                     *         {
                     *           "id": "faq:activities-that-strengthen-the-bond",
                     *           "version": 1,
                     *           "slug": "activities-that-strengthen-the-bond",
                     *           "position": 2,
                     *           "question": "What activities can strengthen the mother-son relationship?",
                     *           "answer": "Engaging in shared hobbies, going on adventures, cooking together, or even simple conversations during daily routines can significantly strengthen the bond between a mother and her son.",
                     *           "topics": [
                     *             "connection-beyond-shared-experiences"
                     *           ]
                     *         }
                     *       ],
                     *       "page": {
                     *         "limit": 2,
                     *         "nextCursor": "eyJyIjoxLCJvIjoyLCJmIjoiVDFQTm9Zd3JxZ3dEIn0"
                     *       }
                     *     }
                     */
                    "application/json": {
                        data: components["schemas"]["Faq"][];
                        page: {
                            /**
                             * Format: int64
                             * @description Page size used for this page.
                             */
                            limit: number;
                            /** @description Cursor for the next page, or null on the last page. */
                            nextCursor: string | null;
                        };
                    };
                };
            };
            /** @description Not modified: the `If-None-Match` ETag still matches; keep what you hold. */
            304: {
                headers: {
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Content-Release": components["headers"]["Content-Release"];
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    Vary: components["headers"]["Vary"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid parameters: `errors` lists every bad field. */
            400: {
                headers: {
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    /** @description `no-store`: a problem is never cached. */
                    "Cache-Control"?: "no-store";
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /** @description Nothing with this id in the release, or no such release. */
            404: {
                headers: {
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    /** @description `no-store`: a problem is never cached. */
                    "Cache-Control"?: "no-store";
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getFaq: {
        parameters: {
            query?: {
                /** @description Release to read from: a release id to pin, `current` (the default), or `draft`: the current release with the pending drafts laid over it, for keys with the `content:preview` scope (`Content-Release: draft`, never cached). */
                release?: "current" | "draft" | number;
            };
            header?: {
                /** @description The `ETag` of a response you hold: a 304 with no body says it is still what this request would return. */
                "If-None-Match"?: string;
            };
            path: {
                /** @example encouraging-open-communication */
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The FAQ. */
            200: {
                headers: {
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Content-Release": components["headers"]["Content-Release"];
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    Vary: components["headers"]["Vary"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "faq:encouraging-open-communication",
                     *       "version": 1,
                     *       "slug": "encouraging-open-communication",
                     *       "position": 1,
                     *       "question": "How can mothers encourage open communication with their sons?",
                     *       "answer": "Encourage one-on-one time, listen actively without judgment, and create a safe space for discussions. Being approachable and non-reactive fosters trust and openness.",
                     *       "topics": [
                     *         "communication",
                     *         "emotional-needs"
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Faq"];
                };
            };
            /** @description Not modified: the `If-None-Match` ETag still matches; keep what you hold. */
            304: {
                headers: {
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Content-Release": components["headers"]["Content-Release"];
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    Vary: components["headers"]["Vary"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid parameters: `errors` lists every bad field. */
            400: {
                headers: {
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    /** @description `no-store`: a problem is never cached. */
                    "Cache-Control"?: "no-store";
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /** @description Nothing with this id in the release, or no such release. */
            404: {
                headers: {
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    /** @description `no-store`: a problem is never cached. */
                    "Cache-Control"?: "no-store";
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/faq-not-found",
                     *       "title": "No such FAQ in this release",
                     *       "status": 404,
                     *       "detail": "Release 1 has no FAQ \"no-such-question\".",
                     *       "code": "FAQ_NOT_FOUND",
                     *       "instance": "/v1/faqs/no-such-question",
                     *       "requestId": "6f1c2d4e-8a3b-4c5d-9e0f-112233445566"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listResources: {
        parameters: {
            query?: {
                /** @description Release to read from: a release id to pin, `current` (the default), or `draft`: the current release with the pending drafts laid over it, for keys with the `content:preview` scope (`Content-Release: draft`, never cached). */
                release?: "current" | "draft" | number;
            };
            header?: {
                /** @description The `ETag` of a response you hold: a 304 with no body says it is still what this request would return. */
                "If-None-Match"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The crisis resources of the region, from the release named by `Content-Release`. */
            200: {
                headers: {
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Content-Release": components["headers"]["Content-Release"];
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    Vary: components["headers"]["Vary"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "region": "US",
                     *       "items": [
                     *         {
                     *           "id": "resource:988-lifeline",
                     *           "version": 1,
                     *           "slug": "988-lifeline",
                     *           "name": "988 Suicide & Crisis Lifeline",
                     *           "purpose": "Free, private support from a trained counselor for anyone thinking about suicide or in emotional distress.",
                     *           "channels": [
                     *             {
                     *               "kind": "call",
                     *               "value": "988"
                     *             },
                     *             {
                     *               "kind": "call",
                     *               "value": "988",
                     *               "note": "Press 2 for Spanish.",
                     *               "languages": [
                     *                 "es"
                     *               ]
                     *             }
                     *           ],
                     *           "languages": [
                     *             "en",
                     *             "es"
                     *           ],
                     *           "region": "US",
                     *           "source": "https://988lifeline.org/get-help/what-to-expect",
                     *           "checkedAt": "2026-12-07"
                     *         },
                     *         {
                     *           "id": "resource:childhelp",
                     *           "version": 1,
                     *           "slug": "childhelp",
                     *           "name": "Childhelp National Child Abuse Hotline",
                     *           "purpose": "Crisis counselors for anyone worried about or hurt by child abuse or neglect. It is not a reporting line: its counselors tell you how to report to your state's child protective services.",
                     *           "channels": [
                     *             {
                     *               "kind": "call",
                     *               "value": "1-800-422-4453",
                     *               "note": "1-800-4-A-CHILD"
                     *             },
                     *             {
                     *               "kind": "text",
                     *               "value": "1-800-422-4453"
                     *             }
                     *           ],
                     *           "hours": "24/7 by call or text.",
                     *           "languages": [
                     *             "en"
                     *           ],
                     *           "region": "US",
                     *           "source": "https://www.readkong.com/page/hotline-impact-report-8419570",
                     *           "checkedAt": "2026-12-07"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ResourceList"];
                };
            };
            /** @description Not modified: the `If-None-Match` ETag still matches; keep what you hold. */
            304: {
                headers: {
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Content-Release": components["headers"]["Content-Release"];
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    Vary: components["headers"]["Vary"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid parameters: `errors` lists every bad field. */
            400: {
                headers: {
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    /** @description `no-store`: a problem is never cached. */
                    "Cache-Control"?: "no-store";
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /** @description Nothing with this id in the release, or no such release. */
            404: {
                headers: {
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    /** @description `no-store`: a problem is never cached. */
                    "Cache-Control"?: "no-store";
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getResource: {
        parameters: {
            query?: {
                /** @description Release to read from: a release id to pin, `current` (the default), or `draft`: the current release with the pending drafts laid over it, for keys with the `content:preview` scope (`Content-Release: draft`, never cached). */
                release?: "current" | "draft" | number;
            };
            header?: {
                /** @description The `ETag` of a response you hold: a 304 with no body says it is still what this request would return. */
                "If-None-Match"?: string;
            };
            path: {
                /** @example 988-lifeline */
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The crisis resource. */
            200: {
                headers: {
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Content-Release": components["headers"]["Content-Release"];
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    Vary: components["headers"]["Vary"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "resource:988-lifeline",
                     *       "version": 1,
                     *       "slug": "988-lifeline",
                     *       "name": "988 Suicide & Crisis Lifeline",
                     *       "purpose": "Free, private support from a trained counselor for anyone thinking about suicide or in emotional distress.",
                     *       "channels": [
                     *         {
                     *           "kind": "call",
                     *           "value": "988"
                     *         },
                     *         {
                     *           "kind": "call",
                     *           "value": "988",
                     *           "note": "Press 2 for Spanish.",
                     *           "languages": [
                     *             "es"
                     *           ]
                     *         }
                     *       ],
                     *       "languages": [
                     *         "en",
                     *         "es"
                     *       ],
                     *       "region": "US",
                     *       "source": "https://988lifeline.org/get-help/what-to-expect",
                     *       "checkedAt": "2026-12-07"
                     *     }
                     */
                    "application/json": components["schemas"]["Resource"];
                };
            };
            /** @description Not modified: the `If-None-Match` ETag still matches; keep what you hold. */
            304: {
                headers: {
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Content-Release": components["headers"]["Content-Release"];
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    Vary: components["headers"]["Vary"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid parameters: `errors` lists every bad field. */
            400: {
                headers: {
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    /** @description `no-store`: a problem is never cached. */
                    "Cache-Control"?: "no-store";
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /** @description Nothing with this id in the release, or no such release. */
            404: {
                headers: {
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    /** @description `no-store`: a problem is never cached. */
                    "Cache-Control"?: "no-store";
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/resource-not-found",
                     *       "title": "No such crisis resource in this release for this region",
                     *       "status": 404,
                     *       "detail": "Release 1 has no crisis resource \"no-such-line\" for region US.",
                     *       "code": "RESOURCE_NOT_FOUND",
                     *       "instance": "/v1/resources/no-such-line",
                     *       "requestId": "6f1c2d4e-8a3b-4c5d-9e0f-112233445566"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listPrompts: {
        parameters: {
            query?: {
                /** @description Release to read from: a release id to pin, `current` (the default), or `draft`: the current release with the pending drafts laid over it, for keys with the `content:preview` scope (`Content-Release: draft`, never cached). */
                release?: "current" | "draft" | number;
                /** @description Page size, 1 to 100. */
                limit?: number;
                /** @description Opaque cursor from `page.nextCursor` of the previous page; keeps reading the same release. */
                cursor?: string;
                /** @description Only prompts drawing on this topic. */
                topic?: string;
                /** @description The son's age in years, 3-99. */
                age?: number;
                /** @description 1 light, 2 personal, 3 deep. */
                depth?: number;
                /** @description Occasion the prompt suits. */
                setting?: "car-ride" | "meal" | "walk" | "bedtime" | "activity" | "message";
                /** @description Prompts for this direction, plus those that work either way. */
                direction?: "mother-to-son" | "son-to-mother" | "either";
                /** @description CASEL social-emotional competency. */
                competency?: "self-awareness" | "self-management" | "social-awareness" | "relationship-skills" | "responsible-decision-making";
                /** @description `true` also serves prompts on sensitive subjects and deep (depth 3) prompts; left out by default. A key whose policy excludes them never gets them. */
                includeSensitive?: "true" | "false";
                /**
                 * @deprecated
                 * @description Deprecated: use `includeSensitive` (`excludeSensitive=false` is `includeSensitive=true`). Sunset 2027-06-30.
                 */
                excludeSensitive?: "true" | "false";
                /** @description Leave out prompts carrying any of these content warnings. Comma-separated. */
                excludeWarnings?: string;
                /** @description Only prompts written for this life situation. */
                situation?: "new-school" | "moving-house" | "new-sibling" | "has-siblings" | "father-involved" | "parents-living-apart" | "blended-family" | "bereavement" | "son-leaving-home" | "son-has-a-partner" | "son-becoming-a-father" | "living-far-apart" | "adoption" | "foster-or-kinship-care" | "military-deployment" | "incarcerated-parent" | "parent-illness" | "disability";
                /** @description Only prompts about this theme. */
                theme?: "siblings" | "fathers-and-absent-parents" | "adoption-and-care" | "military-families" | "disability-and-learning" | "grief" | "puberty-and-body" | "blended-families" | "parent-illness" | "school-transitions" | "substances" | "scary-news-and-drills" | "culture-and-heritage" | "peer-pressure";
                /** @description What the conversation is for. */
                purpose?: "getting-to-know" | "feelings" | "appreciation" | "repair" | "dreams-and-future" | "memories-and-legacy" | "everyday";
                /** @description US school grade band: pre-k (ages 3-4), k-2 (5-7), 3-5 (8-10), 6-8 (11-13), 9-12 (14-17), adult (18+). */
                gradeBand?: "pre-k" | "k-2" | "3-5" | "6-8" | "9-12" | "adult";
                /** @description Only prompts whose text reads at this US school grade or below. */
                maxReadingGrade?: number;
            };
            header?: {
                /** @description The `ETag` of a response you hold: a 304 with no body says it is still what this request would return. */
                "If-None-Match"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of prompts. */
            200: {
                headers: {
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Content-Release": components["headers"]["Content-Release"];
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    Vary: components["headers"]["Vary"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "id": "prompt:when-did-one-of-us-need-the-other-today",
                     *           "version": 1,
                     *           "slug": "when-did-one-of-us-need-the-other-today",
                     *           "text": "Was there a moment today when one of us really needed the other's help? What was that like?",
                     *           "followUps": [],
                     *           "topics": [
                     *             "independence-and-interdependence",
                     *             "connection-beyond-shared-experiences"
                     *           ],
                     *           "ageMin": 7,
                     *           "ageMax": 99,
                     *           "depth": 2,
                     *           "settings": [
                     *             "car-ride",
                     *             "bedtime"
                     *           ],
                     *           "direction": "either",
                     *           "competencies": [
                     *             "relationship-skills",
                     *             "social-awareness"
                     *           ],
                     *           "sensitive": false,
                     *           "contentWarnings": [],
                     *           "situations": [],
                     *           "themes": [],
                     *           "purpose": "appreciation",
                     *           "responseTip": "Name the help you got and say thank you. Needing each other is the point, not a weakness.",
                     *           "readAloud": false,
                     *           "resources": [],
                     *           "formerIds": [
                     *             "prompt:aa-when-did-you-need-me"
                     *           ],
                     *           "gradeBands": [
                     *             "k-2",
                     *             "3-5"
                     *           ],
                     *           "readingGrade": 3
                     *         },
                     *         {
                     *           "id": "prompt:what-helps-you-settle-down-after-losing",
                     *           "version": 1,
                     *           "slug": "what-helps-you-settle-down-after-losing",
                     *           "text": "When a game doesn't go your way, what helps you settle down afterward?",
                     *           "followUps": [],
                     *           "topics": [
                     *             "emotional-intelligence"
                     *           ],
                     *           "ageMin": 6,
                     *           "ageMax": 17,
                     *           "depth": 2,
                     *           "settings": [
                     *             "car-ride",
                     *             "bedtime"
                     *           ],
                     *           "direction": "mother-to-son",
                     *           "competencies": [
                     *             "self-management",
                     *             "self-awareness"
                     *           ],
                     *           "sensitive": false,
                     *           "contentWarnings": [],
                     *           "situations": [],
                     *           "themes": [],
                     *           "purpose": "feelings",
                     *           "responseTip": "Ask once the sting has passed, not right after the game. Don't argue with the feeling; ask what he'd like to try next time.",
                     *           "readAloud": false,
                     *           "resources": [],
                     *           "formerIds": [
                     *             "prompt:aa-how-do-you-handle-losing",
                     *             "prompt:ab-how-does-losing-feel"
                     *           ],
                     *           "gradeBands": [
                     *             "k-2",
                     *             "3-5"
                     *           ],
                     *           "readingGrade": 4.9
                     *         }
                     *       ],
                     *       "page": {
                     *         "limit": 2,
                     *         "nextCursor": "eyJyIjoxLCJvIjoyLCJmIjoiUE1GeXNfQUd5dGMtIn0"
                     *       }
                     *     }
                     */
                    "application/json": {
                        data: components["schemas"]["Prompt"][];
                        page: {
                            /**
                             * Format: int64
                             * @description Page size used for this page.
                             */
                            limit: number;
                            /** @description Cursor for the next page, or null on the last page. */
                            nextCursor: string | null;
                        };
                    };
                };
            };
            /** @description Not modified: the `If-None-Match` ETag still matches; keep what you hold. */
            304: {
                headers: {
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Content-Release": components["headers"]["Content-Release"];
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    Vary: components["headers"]["Vary"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid parameters: `errors` lists every bad field. */
            400: {
                headers: {
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    /** @description `no-store`: a problem is never cached. */
                    "Cache-Control"?: "no-store";
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-failed",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "detail": "Invalid querystring: age Too big: expected number to be <=99; depth Too big: expected number to be <=3",
                     *       "code": "VALIDATION_FAILED",
                     *       "instance": "/v1/prompts",
                     *       "requestId": "6f1c2d4e-8a3b-4c5d-9e0f-112233445566",
                     *       "errors": [
                     *         {
                     *           "location": "querystring",
                     *           "field": "age",
                     *           "message": "Too big: expected number to be <=99"
                     *         },
                     *         {
                     *           "location": "querystring",
                     *           "field": "depth",
                     *           "message": "Too big: expected number to be <=3"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /** @description Nothing with this id in the release, or no such release. */
            404: {
                headers: {
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    /** @description `no-store`: a problem is never cached. */
                    "Cache-Control"?: "no-store";
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getDailyPrompt: {
        parameters: {
            query?: {
                /** @description Release to read from: a release id to pin, `current` (the default), or `draft`: the current release with the pending drafts laid over it, for keys with the `content:preview` scope (`Content-Release: draft`, never cached). */
                release?: "current" | "draft" | number;
                /** @description Day to answer for; defaults to today in `tz`. */
                date?: string;
                /** @description IANA time zone that decides what "today" is; default UTC. */
                tz?: string;
                /** @description Any string, e.g. a family id: each seed walks its own order. Omit for the same prompt as everyone. */
                seed?: string;
                /** @description Only prompts drawing on this topic. */
                topic?: string;
                /** @description The son's age in years, 3-99. */
                age?: number;
                /** @description 1 light, 2 personal, 3 deep. */
                depth?: number;
                /** @description Occasion the prompt suits. */
                setting?: "car-ride" | "meal" | "walk" | "bedtime" | "activity" | "message";
                /** @description Prompts for this direction, plus those that work either way. */
                direction?: "mother-to-son" | "son-to-mother" | "either";
                /** @description CASEL social-emotional competency. */
                competency?: "self-awareness" | "self-management" | "social-awareness" | "relationship-skills" | "responsible-decision-making";
                /** @description `true` also serves prompts on sensitive subjects and deep (depth 3) prompts; left out by default. A key whose policy excludes them never gets them. */
                includeSensitive?: "true" | "false";
                /**
                 * @deprecated
                 * @description Deprecated: use `includeSensitive` (`excludeSensitive=false` is `includeSensitive=true`). Sunset 2027-06-30.
                 */
                excludeSensitive?: "true" | "false";
                /** @description Leave out prompts carrying any of these content warnings. Comma-separated. */
                excludeWarnings?: string;
                /** @description Only prompts written for this life situation. */
                situation?: "new-school" | "moving-house" | "new-sibling" | "has-siblings" | "father-involved" | "parents-living-apart" | "blended-family" | "bereavement" | "son-leaving-home" | "son-has-a-partner" | "son-becoming-a-father" | "living-far-apart" | "adoption" | "foster-or-kinship-care" | "military-deployment" | "incarcerated-parent" | "parent-illness" | "disability";
                /** @description Only prompts about this theme. */
                theme?: "siblings" | "fathers-and-absent-parents" | "adoption-and-care" | "military-families" | "disability-and-learning" | "grief" | "puberty-and-body" | "blended-families" | "parent-illness" | "school-transitions" | "substances" | "scary-news-and-drills" | "culture-and-heritage" | "peer-pressure";
                /** @description What the conversation is for. */
                purpose?: "getting-to-know" | "feelings" | "appreciation" | "repair" | "dreams-and-future" | "memories-and-legacy" | "everyday";
                /** @description US school grade band: pre-k (ages 3-4), k-2 (5-7), 3-5 (8-10), 6-8 (11-13), 9-12 (14-17), adult (18+). */
                gradeBand?: "pre-k" | "k-2" | "3-5" | "6-8" | "9-12" | "adult";
                /** @description Only prompts whose text reads at this US school grade or below. */
                maxReadingGrade?: number;
            };
            header?: {
                /** @description The `ETag` of a response you hold: a 304 with no body says it is still what this request would return. */
                "If-None-Match"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The prompt of the day. */
            200: {
                headers: {
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Content-Release": components["headers"]["Content-Release"];
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    Vary: components["headers"]["Vary"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "date": "2026-12-07",
                     *       "timeZone": "Europe/London",
                     *       "seed": "",
                     *       "cycleDays": 170,
                     *       "prompt": {
                     *         "id": "prompt:what-got-easier-at-school-with-practice",
                     *         "version": 1,
                     *         "slug": "what-got-easier-at-school-with-practice",
                     *         "text": "What's something at school that felt hard at the start of the year but feels easier now?",
                     *         "followUps": [],
                     *         "topics": [
                     *           "mutual-growth",
                     *           "emotional-intelligence"
                     *         ],
                     *         "ageMin": 6,
                     *         "ageMax": 12,
                     *         "depth": 2,
                     *         "settings": [
                     *           "car-ride",
                     *           "meal"
                     *         ],
                     *         "direction": "mother-to-son",
                     *         "competencies": [
                     *           "self-awareness",
                     *           "self-management"
                     *         ],
                     *         "sensitive": false,
                     *         "contentWarnings": [],
                     *         "situations": [],
                     *         "themes": [],
                     *         "purpose": "getting-to-know",
                     *         "responseTip": "Ask what he did to get better, then name the effort you heard, like \"You kept practicing even when it was boring.\"",
                     *         "readAloud": false,
                     *         "resources": [],
                     *         "formerIds": [],
                     *         "gradeBands": [
                     *           "k-2",
                     *           "3-5"
                     *         ],
                     *         "readingGrade": 4.9,
                     *         "followUpPrompts": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["DailyPrompt"];
                };
            };
            /** @description Not modified: the `If-None-Match` ETag still matches; keep what you hold. */
            304: {
                headers: {
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Content-Release": components["headers"]["Content-Release"];
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    Vary: components["headers"]["Vary"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid parameters: `errors` lists every bad field. */
            400: {
                headers: {
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    /** @description `no-store`: a problem is never cached. */
                    "Cache-Control"?: "no-store";
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /** @description Nothing with this id in the release, or no such release. */
            404: {
                headers: {
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    /** @description `no-store`: a problem is never cached. */
                    "Cache-Control"?: "no-store";
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getPrompt: {
        parameters: {
            query?: {
                /** @description Release to read from: a release id to pin, `current` (the default), or `draft`: the current release with the pending drafts laid over it, for keys with the `content:preview` scope (`Content-Release: draft`, never cached). */
                release?: "current" | "draft" | number;
            };
            header?: {
                /** @description The `ETag` of a response you hold: a 304 with no body says it is still what this request would return. */
                "If-None-Match"?: string;
            };
            path: {
                /** @example when-did-one-of-us-need-the-other-today */
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The prompt and its follow-ups. */
            200: {
                headers: {
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Content-Release": components["headers"]["Content-Release"];
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    Vary: components["headers"]["Vary"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "prompt:when-did-one-of-us-need-the-other-today",
                     *       "version": 1,
                     *       "slug": "when-did-one-of-us-need-the-other-today",
                     *       "text": "Was there a moment today when one of us really needed the other's help? What was that like?",
                     *       "followUps": [],
                     *       "topics": [
                     *         "independence-and-interdependence",
                     *         "connection-beyond-shared-experiences"
                     *       ],
                     *       "ageMin": 7,
                     *       "ageMax": 99,
                     *       "depth": 2,
                     *       "settings": [
                     *         "car-ride",
                     *         "bedtime"
                     *       ],
                     *       "direction": "either",
                     *       "competencies": [
                     *         "relationship-skills",
                     *         "social-awareness"
                     *       ],
                     *       "sensitive": false,
                     *       "contentWarnings": [],
                     *       "situations": [],
                     *       "themes": [],
                     *       "purpose": "appreciation",
                     *       "responseTip": "Name the help you got and say thank you. Needing each other is the point, not a weakness.",
                     *       "readAloud": false,
                     *       "resources": [],
                     *       "formerIds": [
                     *         "prompt:aa-when-did-you-need-me"
                     *       ],
                     *       "gradeBands": [
                     *         "k-2",
                     *         "3-5"
                     *       ],
                     *       "readingGrade": 3,
                     *       "followUpPrompts": []
                     *     }
                     */
                    "application/json": components["schemas"]["PromptDetail"];
                };
            };
            /** @description Not modified: the `If-None-Match` ETag still matches; keep what you hold. */
            304: {
                headers: {
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Content-Release": components["headers"]["Content-Release"];
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    Vary: components["headers"]["Vary"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The slug is a former one (the document was renamed or merged): `Location` gives its successor, with the same query string. */
            308: {
                headers: {
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    /** @description Release that resolved the former slug. */
                    "Content-Release"?: string;
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    Vary: components["headers"]["Vary"];
                    /** @description The successor's URL. */
                    Location?: string;
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Id of the successor. */
                        id: string;
                        /** @description Slug of the successor. */
                        slug: string;
                        /** @description Same as the `Location` header. */
                        location: string;
                    };
                };
            };
            /** @description Invalid parameters: `errors` lists every bad field. */
            400: {
                headers: {
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    /** @description `no-store`: a problem is never cached. */
                    "Cache-Control"?: "no-store";
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /** @description Nothing with this id in the release, or no such release. */
            404: {
                headers: {
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    /** @description `no-store`: a problem is never cached. */
                    "Cache-Control"?: "no-store";
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/prompt-not-found",
                     *       "title": "No such prompt in this release",
                     *       "status": 404,
                     *       "detail": "Release 1 has no prompt \"what-is-your-favourite-dinosaur\".",
                     *       "code": "PROMPT_NOT_FOUND",
                     *       "instance": "/v1/prompts/what-is-your-favourite-dinosaur",
                     *       "requestId": "6f1c2d4e-8a3b-4c5d-9e0f-112233445566"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    planConversation: {
        parameters: {
            query?: {
                /** @description Release to read from: a release id to pin, `current` (the default), or `draft`: the current release with the pending drafts laid over it, for keys with the `content:preview` scope (`Content-Release: draft`, never cached). */
                release?: "current" | "draft" | number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: int32
                     * @description The son's age in years, 3-99.
                     */
                    age: number;
                    /** @description A guide topic slug; give a topic or a goal. */
                    topic?: string;
                    /**
                     * @description What the conversation is for; each goal draws on guide topics: open-up (communication, emotional-needs); understand-feelings (emotional-intelligence, emotional-needs); reconnect (connection-beyond-shared-experiences, communication); handle-change (navigating-change); respect-space (boundaries, independence-and-interdependence); grow-together (mutual-growth); build-independence (independence-and-interdependence); share-family-stories (legacy)
                     * @enum {string}
                     */
                    goal?: "open-up" | "understand-feelings" | "reconnect" | "handle-change" | "respect-space" | "grow-together" | "build-independence" | "share-family-stories";
                    /**
                     * @description Occasion the prompt suits.
                     * @enum {string}
                     */
                    setting: "car-ride" | "meal" | "walk" | "bedtime" | "activity" | "message";
                    /**
                     * Format: int32
                     * @description Minutes available for the conversation, 5-180.
                     */
                    minutes: number;
                    /**
                     * Format: int32
                     * @description Deepest level to reach; default 2, and 3 only with `includeSensitive` from age 10.
                     */
                    maxDepth?: number;
                    /** @description `true` may also choose prompts on sensitive subjects and deep (depth 3) prompts; left out by default. A key whose policy excludes them never gets them. */
                    includeSensitive?: boolean;
                    /**
                     * @deprecated
                     * @description Deprecated: use `includeSensitive` (`excludeSensitive: false` is `includeSensitive: true`). Sunset 2027-06-30.
                     */
                    excludeSensitive?: boolean;
                    /** @description Leave out prompts carrying any of these content warnings. */
                    excludeWarnings?: ("grief-and-loss" | "separation-and-divorce" | "health-and-body" | "mental-health" | "money-worries" | "safety" | "bullying" | "identity" | "conflict" | "romance" | "sexual-health" | "substances")[];
                    /**
                     * @description A life situation the family is in: prompts written for it may be chosen (situational prompts are left out otherwise).
                     * @enum {string}
                     */
                    situation?: "new-school" | "moving-house" | "new-sibling" | "has-siblings" | "father-involved" | "parents-living-apart" | "blended-family" | "bereavement" | "son-leaving-home" | "son-has-a-partner" | "son-becoming-a-father" | "living-far-apart" | "adoption" | "foster-or-kinship-care" | "military-deployment" | "incarcerated-parent" | "parent-illness" | "disability";
                    /** @description Vary the plan: the same seed gives the same plan. */
                    seed?: string;
                };
            };
        };
        responses: {
            /** @description The plan. */
            200: {
                headers: {
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Content-Release": components["headers"]["Content-Release"];
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    Vary: components["headers"]["Vary"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "age": 14,
                     *       "setting": "car-ride",
                     *       "minutes": 20,
                     *       "topics": [
                     *         "communication",
                     *         "emotional-needs"
                     *       ],
                     *       "steps": [
                     *         {
                     *           "stage": "warm-up",
                     *           "minutes": 5,
                     *           "prompts": [
                     *             {
                     *               "prompt": {
                     *                 "id": "prompt:who-deserves-a-song-about-them",
                     *                 "version": 1,
                     *                 "slug": "who-deserves-a-song-about-them",
                     *                 "text": "Who do you think deserves a song about them, and what would you most want them to know?",
                     *                 "followUps": [],
                     *                 "topics": [
                     *                   "emotional-needs",
                     *                   "connection-beyond-shared-experiences"
                     *                 ],
                     *                 "ageMin": 6,
                     *                 "ageMax": 99,
                     *                 "depth": 1,
                     *                 "settings": [
                     *                   "meal",
                     *                   "bedtime"
                     *                 ],
                     *                 "direction": "either",
                     *                 "competencies": [
                     *                   "social-awareness",
                     *                   "relationship-skills"
                     *                 ],
                     *                 "sensitive": false,
                     *                 "contentWarnings": [],
                     *                 "situations": [],
                     *                 "themes": [],
                     *                 "purpose": "appreciation",
                     *                 "responseTip": "Ask what that person did to earn a song. Then think about telling them for real, in a note, a message or a song of your own.",
                     *                 "readAloud": false,
                     *                 "resources": [],
                     *                 "formerIds": [
                     *                   "prompt:ab-who-deserves-a-song"
                     *                 ],
                     *                 "gradeBands": [
                     *                   "k-2",
                     *                   "3-5"
                     *                 ],
                     *                 "readingGrade": 4.5
                     *               },
                     *               "followUps": []
                     *             }
                     *           ],
                     *           "tip": {
                     *             "text": "Encouraging open discussions about dreams, fears, and aspirations creates a bridge that spans across generations.",
                     *             "topic": "communication",
                     *             "source": "topic:communication@1"
                     *           }
                     *         },
                     *         {
                     *           "stage": "deeper",
                     *           "minutes": 10,
                     *           "prompts": [
                     *             {
                     *               "prompt": {
                     *                 "id": "prompt:how-much-do-you-want-me-to-know-about-who-you-like",
                     *                 "version": 1,
                     *                 "slug": "how-much-do-you-want-me-to-know-about-who-you-like",
                     *                 "text": "How much do you want me to know about who you like or who you're seeing, and how should I ask about it?",
                     *                 "followUps": [],
                     *                 "topics": [
                     *                   "boundaries",
                     *                   "communication"
                     *                 ],
                     *                 "ageMin": 13,
                     *                 "ageMax": 25,
                     *                 "depth": 2,
                     *                 "settings": [
                     *                   "car-ride",
                     *                   "walk"
                     *                 ],
                     *                 "direction": "mother-to-son",
                     *                 "competencies": [
                     *                   "relationship-skills",
                     *                   "self-awareness"
                     *                 ],
                     *                 "sensitive": false,
                     *                 "contentWarnings": [
                     *                   "romance"
                     *                 ],
                     *                 "situations": [],
                     *                 "themes": [],
                     *                 "purpose": "getting-to-know",
                     *                 "responseTip": "Take his answer at face value and stick to it. Asking less while keeping the door open often means he ends up telling you more.",
                     *                 "safeguardingNote": "Respect the limits he sets. If a partner scares or controls him or pushes him for photos, believe him, don't punish, and talk with the school counselor if he's in school, or the National Domestic Violence Hotline. Never save or forward sexual images of a minor: report them to the CyberTipline; Take It Down helps remove them. If he's LGBTQ+ and struggling, The Trevor Project (under 25) can help. Call your emergency number if he is in danger now.",
                     *                 "readAloud": false,
                     *                 "resources": [
                     *                   "domestic-violence-hotline",
                     *                   "cybertipline"
                     *                 ],
                     *                 "formerIds": [],
                     *                 "gradeBands": [
                     *                   "6-8",
                     *                   "9-12"
                     *                 ],
                     *                 "readingGrade": 7.2
                     *               },
                     *               "followUps": []
                     *             },
                     *             {
                     *               "prompt": {
                     *                 "id": "prompt:mom-what-are-you-proud-of-me-for",
                     *                 "version": 1,
                     *                 "slug": "mom-what-are-you-proud-of-me-for",
                     *                 "text": "Mom, what are you proud of me for that I might not know?",
                     *                 "followUps": [],
                     *                 "topics": [
                     *                   "emotional-needs"
                     *                 ],
                     *                 "ageMin": 6,
                     *                 "ageMax": 99,
                     *                 "depth": 2,
                     *                 "settings": [
                     *                   "bedtime",
                     *                   "car-ride"
                     *                 ],
                     *                 "direction": "son-to-mother",
                     *                 "competencies": [
                     *                   "relationship-skills",
                     *                   "self-awareness"
                     *                 ],
                     *                 "sensitive": false,
                     *                 "contentWarnings": [],
                     *                 "situations": [],
                     *                 "themes": [],
                     *                 "purpose": "appreciation",
                     *                 "responseTip": "Name something specific about who he is or how hard he tried, not only what he achieved.",
                     *                 "readAloud": false,
                     *                 "resources": [],
                     *                 "formerIds": [
                     *                   "prompt:ab-what-are-you-proud-of-me-for"
                     *                 ],
                     *                 "gradeBands": [
                     *                   "k-2",
                     *                   "3-5"
                     *                 ],
                     *                 "readingGrade": 2.2
                     *               },
                     *               "followUps": []
                     *             }
                     *           ],
                     *           "tip": {
                     *             "text": "From the early stages of childhood, encouraging conversations about emotions fosters a profound emotional intelligence, a tool that becomes invaluable as sons navigate life’s complexities.",
                     *             "topic": "emotional-needs",
                     *             "source": "topic:emotional-needs@1"
                     *           }
                     *         }
                     *       ],
                     *       "notes": []
                     *     }
                     */
                    "application/json": components["schemas"]["ConversationPlan"];
                };
            };
            /** @description Invalid parameters: `errors` lists every bad field. */
            400: {
                headers: {
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    /** @description `no-store`: a problem is never cached. */
                    "Cache-Control"?: "no-store";
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /** @description Nothing with this id in the release, or no such release. */
            404: {
                headers: {
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    /** @description `no-store`: a problem is never cached. */
                    "Cache-Control"?: "no-store";
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Error */
            413: {
                headers: {
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    /** @description `no-store`: a problem is never cached. */
                    "Cache-Control"?: "no-store";
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported content type. */
            415: {
                headers: {
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    /** @description `no-store`: a problem is never cached. */
                    "Cache-Control"?: "no-store";
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listActivities: {
        parameters: {
            query?: {
                /** @description Release to read from: a release id to pin, `current` (the default), or `draft`: the current release with the pending drafts laid over it, for keys with the `content:preview` scope (`Content-Release: draft`, never cached). */
                release?: "current" | "draft" | number;
                /** @description Page size, 1 to 100. */
                limit?: number;
                /** @description Opaque cursor from `page.nextCursor` of the previous page; keeps reading the same release. */
                cursor?: string;
                category?: "sports" | "art" | "cooking" | "nature" | "adventure" | "hobbies" | "games" | "music" | "service" | "routines";
                /** @description The son's age in years, 3-99. */
                age?: number;
                /** @description Only activities that can be done in this many minutes. */
                maxMinutes?: number;
                /** @description What it costs, in US dollars for the whole activity: free: Costs nothing. Assumes only what most homes have: paper and pencils, kitchen basics, a phone, a public park or library. low: Under $20. May need a few supplies (a ball, craft materials, ingredients for one meal). medium: $20 to $75. May need tickets, a class, a rental or gear most families do not own. high: Over $75. Travel, lessons over several weeks, or equipment to buy. */
                cost?: "free" | "low" | "medium" | "high";
                /** @description indoor or outdoor also keep activities that work in either. */
                setting?: "indoor" | "outdoor" | "either";
                energy?: "calm" | "moderate" | "active";
                /** @description Only activities nurturing this topic. */
                topic?: string;
                season?: "spring" | "summer" | "autumn" | "winter";
                /** @description `true`: only activities that can be done apart; `false`: only those done together in person. */
                remote?: "true" | "false";
                /** @description A way the activity is accessible. */
                accessibility?: "low-sensory" | "no-eye-contact-needed" | "wheelchair-friendly" | "no-reading-needed" | "seated" | "no-fine-motor";
                /** @description Only activities that suit this many people, mother and son included. */
                participants?: number;
                /** @description US school grade band: pre-k (ages 3-4), k-2 (5-7), 3-5 (8-10), 6-8 (11-13), 9-12 (14-17), adult (18+). */
                gradeBand?: "pre-k" | "k-2" | "3-5" | "6-8" | "9-12" | "adult";
                /** @description Only activities written for this life situation. */
                situation?: "new-school" | "moving-house" | "new-sibling" | "has-siblings" | "father-involved" | "parents-living-apart" | "blended-family" | "bereavement" | "son-leaving-home" | "son-has-a-partner" | "son-becoming-a-father" | "living-far-apart" | "adoption" | "foster-or-kinship-care" | "military-deployment" | "incarcerated-parent" | "parent-illness" | "disability";
                /** @description Only activities about this theme. */
                theme?: "siblings" | "fathers-and-absent-parents" | "adoption-and-care" | "military-families" | "disability-and-learning" | "grief" | "puberty-and-body" | "blended-families" | "parent-illness" | "school-transitions" | "substances" | "scary-news-and-drills" | "culture-and-heritage" | "peer-pressure";
            };
            header?: {
                /** @description The `ETag` of a response you hold: a 304 with no body says it is still what this request would return. */
                "If-None-Match"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of activities. */
            200: {
                headers: {
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Content-Release": components["headers"]["Content-Release"];
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    Vary: components["headers"]["Vary"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "id": "activity:sledding-afternoon",
                     *           "version": 1,
                     *           "slug": "sledding-afternoon",
                     *           "title": "Sledding afternoon",
                     *           "category": "adventure",
                     *           "description": "Find a good hill after a snowfall and spend the afternoon sledding, racing, building jumps and trudging back up together. Younger boys ride in front of their mother; older ones race her to the bottom. The cold air, the speed and the laughter at the inevitable wipeouts make it pure shared joy.",
                     *           "steps": [
                     *             "Check the hill for trees, roads and fences, and pick a run with a safe, flat end.",
                     *             "Dress in warm, waterproof layers, with helmets for younger children (bike helmets work)."
                     *           ],
                     *           "materials": [
                     *             "A sled, a plastic saucer or a sturdy plastic sheet",
                     *             "Warm waterproof layers"
                     *           ],
                     *           "ageMin": 4,
                     *           "ageMax": 99,
                     *           "minutesMin": 60,
                     *           "minutesMax": 180,
                     *           "cost": "low",
                     *           "setting": "outdoor",
                     *           "energy": "active",
                     *           "seasons": [
                     *             "winter"
                     *           ],
                     *           "interests": [
                     *             "adventure",
                     *             "sports"
                     *           ],
                     *           "topics": [
                     *             {
                     *               "topic": "connection-beyond-shared-experiences",
                     *               "why": "Laughing together at a spectacular wipeout adds to a store of shared memories you'll both come back to."
                     *             },
                     *             {
                     *               "topic": "emotional-intelligence",
                     *               "why": "Deciding whether a steep run feels exciting or too scary helps him tell feelings apart and trust his own judgment."
                     *             }
                     *           ],
                     *           "prompts": [
                     *             "what-felt-scary-and-fun-at-the-same-time",
                     *             "what-made-you-laugh-today"
                     *           ],
                     *           "competencies": [
                     *             "self-awareness",
                     *             "responsible-decision-making"
                     *           ],
                     *           "participants": {
                     *             "min": 2,
                     *             "max": 8,
                     *             "othersCanJoin": true
                     *           },
                     *           "remote": false,
                     *           "accessibility": [
                     *             "no-reading-needed",
                     *             "no-eye-contact-needed"
                     *           ],
                     *           "situations": [],
                     *           "themes": [],
                     *           "recurrence": {
                     *             "kind": "once"
                     *           },
                     *           "facilitatorNote": "Walk the hill first and mark a safe run-out away from roads and trees. Bring a few spare sleds, gloves and helmets so no family sits out for lack of gear, and keep little ones off the busiest runs.",
                     *           "formerIds": [],
                     *           "gradeBands": [
                     *             "pre-k",
                     *             "k-2"
                     *           ]
                     *         },
                     *         {
                     *           "id": "activity:weekend-road-trip",
                     *           "version": 1,
                     *           "slug": "weekend-road-trip",
                     *           "title": "Weekend road trip",
                     *           "category": "adventure",
                     *           "description": "Take a weekend trip, just the two of you, to a town, a coastline or a national park you've both been curious about, by car, bus or train. Share the planning, the playlist and the map, and the driving too if he's old enough and you have a car. Long hours side by side leave room for wandering conversations, and the trip becomes a story you'll retell for years.",
                     *           "steps": [
                     *             "Pick a destination a few hours away and agree on a budget together.",
                     *             "Split the planning: one chooses where to stay, the other the stops along the way."
                     *           ],
                     *           "materials": [
                     *             "A car, or bus or train tickets",
                     *             "A place to stay: a motel, a campsite or a relative's spare room"
                     *           ],
                     *           "ageMin": 8,
                     *           "ageMax": 99,
                     *           "minutesMin": 240,
                     *           "minutesMax": 600,
                     *           "cost": "high",
                     *           "setting": "either",
                     *           "energy": "moderate",
                     *           "seasons": [
                     *             "spring",
                     *             "summer"
                     *           ],
                     *           "interests": [
                     *             "travel",
                     *             "adventure"
                     *           ],
                     *           "topics": [
                     *             {
                     *               "topic": "connection-beyond-shared-experiences",
                     *               "why": "A trip shared from the planning to the last evening becomes a story you both retell for years, a memory that carries the bond forward."
                     *             },
                     *             {
                     *               "topic": "communication",
                     *               "why": "Long hours side by side on the road invite the conversations about dreams and plans that rarely fit into an ordinary week."
                     *             }
                     *           ],
                     *           "prompts": [
                     *             "what-song-should-be-this-trips-soundtrack",
                     *             "what-did-you-learn-about-me-today"
                     *           ],
                     *           "competencies": [
                     *             "relationship-skills",
                     *             "responsible-decision-making"
                     *           ],
                     *           "participants": {
                     *             "min": 2,
                     *             "max": 2,
                     *             "othersCanJoin": false
                     *           },
                     *           "remote": false,
                     *           "accessibility": [
                     *             "no-eye-contact-needed"
                     *           ],
                     *           "situations": [],
                     *           "themes": [],
                     *           "recurrence": {
                     *             "kind": "multi-day",
                     *             "days": 2,
                     *             "sameDay": true
                     *           },
                     *           "facilitatorNote": "Costs vary a lot: share ideas that bring them down, such as camping, staying with relatives or a destination reachable by bus or train. If he lives in two homes, help the family settle the dates with the other household well ahead.",
                     *           "formerIds": [],
                     *           "gradeBands": [
                     *             "3-5",
                     *             "6-8"
                     *           ]
                     *         }
                     *       ],
                     *       "page": {
                     *         "limit": 2,
                     *         "nextCursor": "eyJyIjoxLCJvIjoyLCJmIjoiVDFQTm9Zd3JxZ3dEIn0"
                     *       }
                     *     }
                     */
                    "application/json": {
                        data: components["schemas"]["Activity"][];
                        page: {
                            /**
                             * Format: int64
                             * @description Page size used for this page.
                             */
                            limit: number;
                            /** @description Cursor for the next page, or null on the last page. */
                            nextCursor: string | null;
                        };
                    };
                };
            };
            /** @description Not modified: the `If-None-Match` ETag still matches; keep what you hold. */
            304: {
                headers: {
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Content-Release": components["headers"]["Content-Release"];
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    Vary: components["headers"]["Vary"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid parameters: `errors` lists every bad field. */
            400: {
                headers: {
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    /** @description `no-store`: a problem is never cached. */
                    "Cache-Control"?: "no-store";
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /** @description Nothing with this id in the release, or no such release. */
            404: {
                headers: {
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    /** @description `no-store`: a problem is never cached. */
                    "Cache-Control"?: "no-store";
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getActivity: {
        parameters: {
            query?: {
                /** @description Release to read from: a release id to pin, `current` (the default), or `draft`: the current release with the pending drafts laid over it, for keys with the `content:preview` scope (`Content-Release: draft`, never cached). */
                release?: "current" | "draft" | number;
            };
            header?: {
                /** @description The `ETag` of a response you hold: a 304 with no body says it is still what this request would return. */
                "If-None-Match"?: string;
            };
            path: {
                /** @example sledding-afternoon */
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The activity. */
            200: {
                headers: {
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Content-Release": components["headers"]["Content-Release"];
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    Vary: components["headers"]["Vary"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "activity:sledding-afternoon",
                     *       "version": 1,
                     *       "slug": "sledding-afternoon",
                     *       "title": "Sledding afternoon",
                     *       "category": "adventure",
                     *       "description": "Find a good hill after a snowfall and spend the afternoon sledding, racing, building jumps and trudging back up together. Younger boys ride in front of their mother; older ones race her to the bottom. The cold air, the speed and the laughter at the inevitable wipeouts make it pure shared joy.",
                     *       "steps": [
                     *         "Check the hill for trees, roads and fences, and pick a run with a safe, flat end.",
                     *         "Dress in warm, waterproof layers, with helmets for younger children (bike helmets work)."
                     *       ],
                     *       "materials": [
                     *         "A sled, a plastic saucer or a sturdy plastic sheet",
                     *         "Warm waterproof layers"
                     *       ],
                     *       "ageMin": 4,
                     *       "ageMax": 99,
                     *       "minutesMin": 60,
                     *       "minutesMax": 180,
                     *       "cost": "low",
                     *       "setting": "outdoor",
                     *       "energy": "active",
                     *       "seasons": [
                     *         "winter"
                     *       ],
                     *       "interests": [
                     *         "adventure",
                     *         "sports"
                     *       ],
                     *       "topics": [
                     *         {
                     *           "topic": "connection-beyond-shared-experiences",
                     *           "why": "Laughing together at a spectacular wipeout adds to a store of shared memories you'll both come back to."
                     *         },
                     *         {
                     *           "topic": "emotional-intelligence",
                     *           "why": "Deciding whether a steep run feels exciting or too scary helps him tell feelings apart and trust his own judgment."
                     *         }
                     *       ],
                     *       "prompts": [
                     *         "what-felt-scary-and-fun-at-the-same-time",
                     *         "what-made-you-laugh-today"
                     *       ],
                     *       "competencies": [
                     *         "self-awareness",
                     *         "responsible-decision-making"
                     *       ],
                     *       "participants": {
                     *         "min": 2,
                     *         "max": 8,
                     *         "othersCanJoin": true
                     *       },
                     *       "remote": false,
                     *       "accessibility": [
                     *         "no-reading-needed",
                     *         "no-eye-contact-needed"
                     *       ],
                     *       "situations": [],
                     *       "themes": [],
                     *       "recurrence": {
                     *         "kind": "once"
                     *       },
                     *       "facilitatorNote": "Walk the hill first and mark a safe run-out away from roads and trees. Bring a few spare sleds, gloves and helmets so no family sits out for lack of gear, and keep little ones off the busiest runs.",
                     *       "formerIds": [],
                     *       "gradeBands": [
                     *         "pre-k",
                     *         "k-2"
                     *       ],
                     *       "suggestedPrompts": [
                     *         {
                     *           "id": "prompt:what-felt-scary-and-fun-at-the-same-time",
                     *           "version": 1,
                     *           "slug": "what-felt-scary-and-fun-at-the-same-time",
                     *           "text": "What felt a little scary and fun at the same time today?",
                     *           "followUps": [],
                     *           "topics": [
                     *             "emotional-intelligence",
                     *             "connection-beyond-shared-experiences"
                     *           ],
                     *           "ageMin": 4,
                     *           "ageMax": 99,
                     *           "depth": 1,
                     *           "settings": [
                     *             "activity"
                     *           ],
                     *           "direction": "either",
                     *           "competencies": [
                     *             "self-awareness"
                     *           ],
                     *           "sensitive": false,
                     *           "contentWarnings": [],
                     *           "situations": [],
                     *           "themes": [],
                     *           "purpose": "feelings",
                     *           "responseTip": "Take the scary half seriously. If it was scary-fun, ask what made it feel okay to keep going; if it was scary-scary, just listen: stopping is a good choice too. If you share your own, pick a moment from the same day.",
                     *           "readAloud": false,
                     *           "resources": [],
                     *           "formerIds": [
                     *             "prompt:which-run-was-the-scariest",
                     *             "prompt:aa-scary-or-fun"
                     *           ],
                     *           "gradeBands": [
                     *             "pre-k",
                     *             "k-2"
                     *           ],
                     *           "readingGrade": 3.8
                     *         },
                     *         {
                     *           "id": "prompt:what-made-you-laugh-today",
                     *           "version": 1,
                     *           "slug": "what-made-you-laugh-today",
                     *           "text": "What made you laugh the most today?",
                     *           "followUps": [],
                     *           "topics": [
                     *             "connection-beyond-shared-experiences"
                     *           ],
                     *           "ageMin": 3,
                     *           "ageMax": 99,
                     *           "depth": 1,
                     *           "settings": [
                     *             "meal",
                     *             "bedtime"
                     *           ],
                     *           "direction": "either",
                     *           "competencies": [
                     *             "self-awareness",
                     *             "relationship-skills"
                     *           ],
                     *           "sensitive": false,
                     *           "contentWarnings": [],
                     *           "situations": [],
                     *           "themes": [],
                     *           "purpose": "everyday",
                     *           "responseTip": "Laugh along as it's retold. Then share something that made you laugh today too, even a small thing, like a dog in a silly sweater.",
                     *           "readAloud": false,
                     *           "resources": [],
                     *           "formerIds": [
                     *             "prompt:aa-what-made-you-laugh",
                     *             "prompt:ab-something-that-made-you-laugh"
                     *           ],
                     *           "gradeBands": [
                     *             "pre-k",
                     *             "k-2"
                     *           ],
                     *           "readingGrade": 0.6
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ActivityDetail"];
                };
            };
            /** @description Not modified: the `If-None-Match` ETag still matches; keep what you hold. */
            304: {
                headers: {
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Content-Release": components["headers"]["Content-Release"];
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    Vary: components["headers"]["Vary"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The slug is a former one (the document was renamed or merged): `Location` gives its successor, with the same query string. */
            308: {
                headers: {
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    /** @description Release that resolved the former slug. */
                    "Content-Release"?: string;
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    Vary: components["headers"]["Vary"];
                    /** @description The successor's URL. */
                    Location?: string;
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Id of the successor. */
                        id: string;
                        /** @description Slug of the successor. */
                        slug: string;
                        /** @description Same as the `Location` header. */
                        location: string;
                    };
                };
            };
            /** @description Invalid parameters: `errors` lists every bad field. */
            400: {
                headers: {
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    /** @description `no-store`: a problem is never cached. */
                    "Cache-Control"?: "no-store";
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /** @description Nothing with this id in the release, or no such release. */
            404: {
                headers: {
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    /** @description `no-store`: a problem is never cached. */
                    "Cache-Control"?: "no-store";
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    recommendActivities: {
        parameters: {
            query?: {
                /** @description Release to read from: a release id to pin, `current` (the default), or `draft`: the current release with the pending drafts laid over it, for keys with the `content:preview` scope (`Content-Release: draft`, never cached). */
                release?: "current" | "draft" | number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecommendationProfileInput"];
            };
        };
        responses: {
            /** @description Ranked recommendations. */
            200: {
                headers: {
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Content-Release": components["headers"]["Content-Release"];
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    Vary: components["headers"]["Vary"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "rank": 1,
                     *           "score": 3,
                     *           "activity": {
                     *             "id": "activity:dishes-for-two",
                     *             "version": 1,
                     *             "slug": "dishes-for-two",
                     *             "title": "Dishes for two",
                     *             "category": "routines",
                     *             "description": "Make the dishes after dinner a job the two of you always do together, one washing and one drying, with music on or just talk. It is ten or twenty minutes of side-by-side time every day, and sharing real household work quietly tells him he is a trusted part of how the home runs.",
                     *             "steps": [
                     *               "Agree on which evenings are yours, or make it every evening, and try it for a month.",
                     *               "Take turns choosing who washes and who dries, or who loads and who unloads."
                     *             ],
                     *             "materials": [
                     *               "Dish soap",
                     *               "Dish towels"
                     *             ],
                     *             "ageMin": 6,
                     *             "ageMax": 25,
                     *             "minutesMin": 15,
                     *             "minutesMax": 30,
                     *             "cost": "free",
                     *             "setting": "indoor",
                     *             "energy": "moderate",
                     *             "seasons": [
                     *               "spring",
                     *               "summer"
                     *             ],
                     *             "interests": [
                     *               "cooking"
                     *             ],
                     *             "topics": [
                     *               {
                     *                 "topic": "independence-and-interdependence",
                     *                 "why": "Doing real household work as a partner builds his self-reliance and shows that a home runs on everyone pitching in."
                     *               },
                     *               {
                     *                 "topic": "communication",
                     *                 "why": "Working shoulder to shoulder at the sink makes conversation feel casual, so both everyday news and bigger things come up naturally."
                     *               }
                     *             ],
                     *             "prompts": [
                     *               "what-made-you-laugh-today",
                     *               "best-and-hardest-part-of-your-day"
                     *             ],
                     *             "competencies": [
                     *               "responsible-decision-making",
                     *               "relationship-skills"
                     *             ],
                     *             "participants": {
                     *               "min": 2,
                     *               "max": 4,
                     *               "othersCanJoin": true
                     *             },
                     *             "remote": false,
                     *             "accessibility": [
                     *               "no-eye-contact-needed",
                     *               "no-reading-needed"
                     *             ],
                     *             "situations": [],
                     *             "themes": [],
                     *             "recurrence": {
                     *               "kind": "repeated",
                     *               "weeks": 4
                     *             },
                     *             "facilitatorNote": "Suggest jobs by age: young boys dry plastic cups and put away spoons; teens wash knives and pans. Watch that talk about fairness doesn't turn into keeping score. It works in any kitchen, however small or shared.",
                     *             "formerIds": [],
                     *             "gradeBands": [
                     *               "k-2",
                     *               "3-5"
                     *             ]
                     *           },
                     *           "why": [
                     *             {
                     *               "factor": "age",
                     *               "weight": 1,
                     *               "reason": "Made for ages 6-25; he is 9."
                     *             },
                     *             {
                     *               "factor": "interest",
                     *               "weight": 1.5,
                     *               "reason": "Matches his interest in cooking."
                     *             }
                     *           ],
                     *           "prompts": [
                     *             {
                     *               "id": "prompt:what-made-you-laugh-today",
                     *               "version": 1,
                     *               "slug": "what-made-you-laugh-today",
                     *               "text": "What made you laugh the most today?",
                     *               "followUps": [],
                     *               "topics": [
                     *                 "connection-beyond-shared-experiences"
                     *               ],
                     *               "ageMin": 3,
                     *               "ageMax": 99,
                     *               "depth": 1,
                     *               "settings": [
                     *                 "meal",
                     *                 "bedtime"
                     *               ],
                     *               "direction": "either",
                     *               "competencies": [
                     *                 "self-awareness",
                     *                 "relationship-skills"
                     *               ],
                     *               "sensitive": false,
                     *               "contentWarnings": [],
                     *               "situations": [],
                     *               "themes": [],
                     *               "purpose": "everyday",
                     *               "responseTip": "Laugh along as it's retold. Then share something that made you laugh today too, even a small thing, like a dog in a silly sweater.",
                     *               "readAloud": false,
                     *               "resources": [],
                     *               "formerIds": [
                     *                 "prompt:aa-what-made-you-laugh",
                     *                 "prompt:ab-something-that-made-you-laugh"
                     *               ],
                     *               "gradeBands": [
                     *                 "pre-k",
                     *                 "k-2"
                     *               ],
                     *               "readingGrade": 0.6
                     *             },
                     *             {
                     *               "id": "prompt:best-and-hardest-part-of-your-day",
                     *               "version": 1,
                     *               "slug": "best-and-hardest-part-of-your-day",
                     *               "text": "What was the best part or the hardest part of your day?",
                     *               "followUps": [],
                     *               "topics": [
                     *                 "emotional-needs",
                     *                 "communication"
                     *               ],
                     *               "ageMin": 4,
                     *               "ageMax": 99,
                     *               "depth": 1,
                     *               "settings": [
                     *                 "car-ride",
                     *                 "meal"
                     *               ],
                     *               "direction": "either",
                     *               "competencies": [
                     *                 "self-awareness",
                     *                 "relationship-skills"
                     *               ],
                     *               "sensitive": false,
                     *               "contentWarnings": [],
                     *               "situations": [],
                     *               "themes": [],
                     *               "purpose": "everyday",
                     *               "responseTip": "Hear the whole answer before you react; if it's a hard part, don't rush to fix it: a simple \"that sounds tough\" is often enough.",
                     *               "readAloud": false,
                     *               "resources": [],
                     *               "formerIds": [
                     *                 "prompt:ab-high-and-low",
                     *                 "prompt:ab-ask-my-high-and-low"
                     *               ],
                     *               "gradeBands": [
                     *                 "pre-k",
                     *                 "k-2"
                     *               ],
                     *               "readingGrade": 1.9
                     *             }
                     *           ]
                     *         },
                     *         {
                     *           "rank": 2,
                     *           "score": 2.5,
                     *           "activity": {
                     *             "id": "activity:family-recipe-night",
                     *             "version": 1,
                     *             "slug": "family-recipe-night",
                     *             "title": "Family recipe night",
                     *             "category": "cooking",
                     *             "description": "Cook a dish that carries a story, from a grandmother's soup to a neighbor's famous chili or the meal everyone always asks for, and write it down together. The son reads and measures while his mother tells where the dish comes from and who first made it for her. If your family has no handed-down recipes, start one tonight: the dish you make together can be the one he passes on. Do it once a month and you'll have a small family cookbook within a year.",
                     *             "steps": [
                     *               "Choose a dish with a story: one a relative or friend used to make, one from where your family comes from, or one you want to become your own family recipe.",
                     *               "If the recipe lives in someone's head, call them together and write it down as they talk, pinches and handfuls included."
                     *             ],
                     *             "materials": [
                     *               "A recipe, or a phone to call the person who knows it",
                     *               "Ingredients for the dish"
                     *             ],
                     *             "ageMin": 6,
                     *             "ageMax": 99,
                     *             "minutesMin": 60,
                     *             "minutesMax": 120,
                     *             "cost": "low",
                     *             "setting": "indoor",
                     *             "energy": "moderate",
                     *             "seasons": [
                     *               "spring",
                     *               "summer"
                     *             ],
                     *             "interests": [
                     *               "cooking",
                     *               "history"
                     *             ],
                     *             "topics": [
                     *               {
                     *                 "topic": "legacy",
                     *                 "why": "Writing down a dish and the story behind it gives him a piece of family history he can cook for the people he loves one day."
                     *               },
                     *               {
                     *                 "topic": "communication",
                     *                 "why": "Stories come easily over a simmering pot, so he hears where his mother and her food come from without it feeling like a history lesson."
                     *               }
                     *             ],
                     *             "prompts": [
                     *               "mom-who-made-this-dish-when-you-were-young",
                     *               "how-would-you-make-this-recipe-your-own"
                     *             ],
                     *             "competencies": [
                     *               "relationship-skills",
                     *               "social-awareness"
                     *             ],
                     *             "participants": {
                     *               "min": 2,
                     *               "max": 6,
                     *               "othersCanJoin": true
                     *             },
                     *             "remote": false,
                     *             "accessibility": [
                     *               "no-eye-contact-needed"
                     *             ],
                     *             "situations": [],
                     *             "themes": [],
                     *             "recurrence": {
                     *               "kind": "repeated",
                     *               "sessions": 12,
                     *               "weeks": 52
                     *             },
                     *             "facilitatorNote": "Some families have no handed-down recipes, or painful ties to the people who made them: offer 'a dish you want to pass on' as an equal start, and have one simple recipe ready. Recipes of someone who has died can bring up grief; let the family go at its own pace.",
                     *             "formerIds": [],
                     *             "gradeBands": [
                     *               "k-2",
                     *               "3-5"
                     *             ]
                     *           },
                     *           "why": [
                     *             {
                     *               "factor": "age",
                     *               "weight": 1,
                     *               "reason": "Made for ages 6+; he is 9."
                     *             },
                     *             {
                     *               "factor": "interest",
                     *               "weight": 1.5,
                     *               "reason": "Matches his interest in cooking."
                     *             }
                     *           ],
                     *           "prompts": [
                     *             {
                     *               "id": "prompt:mom-who-made-this-dish-when-you-were-young",
                     *               "version": 1,
                     *               "slug": "mom-who-made-this-dish-when-you-were-young",
                     *               "text": "Mom, who made this dish when you were a kid?",
                     *               "followUps": [],
                     *               "topics": [
                     *                 "legacy"
                     *               ],
                     *               "ageMin": 6,
                     *               "ageMax": 99,
                     *               "depth": 1,
                     *               "settings": [
                     *                 "activity"
                     *               ],
                     *               "direction": "son-to-mother",
                     *               "competencies": [
                     *                 "social-awareness",
                     *                 "relationship-skills"
                     *               ],
                     *               "sensitive": false,
                     *               "contentWarnings": [],
                     *               "situations": [],
                     *               "themes": [],
                     *               "purpose": "memories-and-legacy",
                     *               "responseTip": "If the recipe is new to you, tell him where you found it and who you'd like to share it with.",
                     *               "readAloud": false,
                     *               "resources": [],
                     *               "formerIds": [
                     *                 "prompt:aa-who-made-this-for-you"
                     *               ],
                     *               "gradeBands": [
                     *                 "k-2",
                     *                 "3-5"
                     *               ],
                     *               "readingGrade": 0.1
                     *             },
                     *             {
                     *               "id": "prompt:how-would-you-make-this-recipe-your-own",
                     *               "version": 1,
                     *               "slug": "how-would-you-make-this-recipe-your-own",
                     *               "text": "While we cook this, what's one thing you'd change to make the recipe your own?",
                     *               "followUps": [
                     *                 "favorite-thing-our-family-does-every-year"
                     *               ],
                     *               "topics": [
                     *                 "legacy",
                     *                 "connection-beyond-shared-experiences"
                     *               ],
                     *               "ageMin": 5,
                     *               "ageMax": 99,
                     *               "depth": 1,
                     *               "settings": [
                     *                 "activity"
                     *               ],
                     *               "direction": "mother-to-son",
                     *               "competencies": [
                     *                 "relationship-skills",
                     *                 "self-awareness"
                     *               ],
                     *               "sensitive": false,
                     *               "contentWarnings": [],
                     *               "situations": [],
                     *               "themes": [],
                     *               "purpose": "memories-and-legacy",
                     *               "responseTip": "Tell him where the recipe came from, then try his change, even if it sounds strange.",
                     *               "readAloud": false,
                     *               "resources": [],
                     *               "formerIds": [
                     *                 "prompt:lg-story-behind-the-recipe"
                     *               ],
                     *               "gradeBands": [
                     *                 "k-2",
                     *                 "3-5"
                     *               ],
                     *               "readingGrade": 3.6
                     *             }
                     *           ]
                     *         }
                     *       ],
                     *       "considered": 59,
                     *       "reason": null
                     *     }
                     */
                    "application/json": components["schemas"]["Recommendations"];
                };
            };
            /** @description Invalid parameters: `errors` lists every bad field. */
            400: {
                headers: {
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    /** @description `no-store`: a problem is never cached. */
                    "Cache-Control"?: "no-store";
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /** @description Nothing with this id in the release, or no such release. */
            404: {
                headers: {
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    /** @description `no-store`: a problem is never cached. */
                    "Cache-Control"?: "no-store";
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Error */
            413: {
                headers: {
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    /** @description `no-store`: a problem is never cached. */
                    "Cache-Control"?: "no-store";
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported content type. */
            415: {
                headers: {
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    /** @description `no-store`: a problem is never cached. */
                    "Cache-Control"?: "no-store";
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    searchContent: {
        parameters: {
            query: {
                /** @description Search terms, in web-search syntax: `"exact phrase"`, `or`, `-excluded`. */
                q: string;
                /** @description Only these kinds of content, comma-separated: section, topic, faq, prompt, activity. */
                type?: string;
                /** @description Release to read from: a release id to pin, `current` (the default), or `draft`: the current release with the pending drafts laid over it, for keys with the `content:preview` scope (`Content-Release: draft`, never cached). */
                release?: "current" | "draft" | number;
                /** @description Page size, 1 to 100. */
                limit?: number;
                /** @description Opaque cursor from `page.nextCursor` of the previous page; keeps reading the same release. */
                cursor?: string;
            };
            header?: {
                /** @description The `ETag` of a response you hold: a 304 with no body says it is still what this request would return. */
                "If-None-Match"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of hits, most relevant first. */
            200: {
                headers: {
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Content-Release": components["headers"]["Content-Release"];
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    Vary: components["headers"]["Vary"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "type": "topic",
                     *           "id": "topic:boundaries",
                     *           "slug": "boundaries",
                     *           "version": 1,
                     *           "title": "The Delicate Balance of Boundaries",
                     *           "snippet": "Establishing <mark>boundaries</mark> extends beyond physical space; it’s a delicate interplay that respects emotional and mental domains. It involves discerning when guidance is necessary and when autonomy should take precedence. This equilibrium permits sons … they can always lean on their mothers for unwavering support and guidance.\n\nThe delicate dance of setting <mark>boundaries</mark> isn’t about restriction but rather about fostering independence within a safety net of care and understanding",
                     *           "rank": 0.6898284
                     *         },
                     *         {
                     *           "type": "activity",
                     *           "id": "activity:paint-a-mural-in-his-room",
                     *           "slug": "paint-a-mural-in-his-room",
                     *           "version": 1,
                     *           "title": "Paint a mural in his room",
                     *           "snippet": "Agree on the ground rules first: which wall or board, the budget, and what happens",
                     *           "rank": 0.24317084
                     *         }
                     *       ],
                     *       "page": {
                     *         "limit": 2,
                     *         "nextCursor": null
                     *       }
                     *     }
                     */
                    "application/json": {
                        data: components["schemas"]["SearchHit"][];
                        page: {
                            /**
                             * Format: int64
                             * @description Page size used for this page.
                             */
                            limit: number;
                            /** @description Cursor for the next page, or null on the last page. */
                            nextCursor: string | null;
                        };
                    };
                };
            };
            /** @description Not modified: the `If-None-Match` ETag still matches; keep what you hold. */
            304: {
                headers: {
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Content-Release": components["headers"]["Content-Release"];
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    Vary: components["headers"]["Vary"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid parameters: `errors` lists every bad field. */
            400: {
                headers: {
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    /** @description `no-store`: a problem is never cached. */
                    "Cache-Control"?: "no-store";
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /** @description Nothing with this id in the release, or no such release. */
            404: {
                headers: {
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    /** @description `no-store`: a problem is never cached. */
                    "Cache-Control"?: "no-store";
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listReleases: {
        parameters: {
            query?: {
                /** @description Page size, 1 to 100. */
                limit?: number;
                /** @description Opaque cursor from `page.nextCursor` of the previous page; keeps reading the same release. */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of releases. */
            200: {
                headers: {
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "id": 2,
                     *           "note": "December prompts",
                     *           "source": "publish",
                     *           "basedOnReleaseId": 1,
                     *           "documentCount": 787,
                     *           "createdAt": "2026-12-01T09:00:00.000Z",
                     *           "current": true,
                     *           "reviewedBy": "School counselor (example reviewer)",
                     *           "reviewedAt": "2026-12-01T09:00:00.000Z",
                     *           "reviewNote": "Read the changed prompts for ages 6-12."
                     *         },
                     *         {
                     *           "id": 1,
                     *           "note": "Bundled content, imported on first start",
                     *           "source": "import",
                     *           "basedOnReleaseId": null,
                     *           "documentCount": 786,
                     *           "createdAt": "2026-12-01T09:00:00.000Z",
                     *           "current": false,
                     *           "reviewedBy": "Content team (not clinically reviewed)",
                     *           "reviewedAt": "2026-12-01T09:00:00.000Z",
                     *           "reviewNote": "Written and checked by the content team that wrote it, against the house style and the automated content checks. It has not had a clinical review: no counselor, psychologist or doctor has signed it off. Have a qualified person on your side read it before you hand it to families."
                     *         }
                     *       ],
                     *       "page": {
                     *         "limit": 2,
                     *         "nextCursor": null
                     *       }
                     *     }
                     */
                    "application/json": {
                        data: components["schemas"]["Release"][];
                        page: {
                            /**
                             * Format: int64
                             * @description Page size used for this page.
                             */
                            limit: number;
                            /** @description Cursor for the next page, or null on the last page. */
                            nextCursor: string | null;
                        };
                    };
                };
            };
            /** @description Invalid parameters: `errors` lists every bad field. */
            400: {
                headers: {
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    /** @description `no-store`: a problem is never cached. */
                    "Cache-Control"?: "no-store";
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    diffReleases: {
        parameters: {
            query?: {
                /** @description Only documents of this type. */
                type?: "section" | "topic" | "faq" | "prompt" | "activity" | "resource";
            };
            header?: never;
            path: {
                /** @example 1 */
                from: number;
                /** @example 2 */
                to: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The difference. */
            200: {
                headers: {
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    /** @description `private, max-age=31536000, immutable`: both releases never change. */
                    "Cache-Control"?: string;
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "from": 1,
                     *       "to": 2,
                     *       "added": [
                     *         {
                     *           "documentId": "prompt:a-small-win-this-week",
                     *           "type": "prompt",
                     *           "slug": "a-small-win-this-week",
                     *           "fromVersion": null,
                     *           "toVersion": 1
                     *         }
                     *       ],
                     *       "changed": [],
                     *       "removed": []
                     *     }
                     */
                    "application/json": components["schemas"]["ReleaseDiff"];
                };
            };
            /** @description Invalid parameters: `errors` lists every bad field. */
            400: {
                headers: {
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    /** @description `no-store`: a problem is never cached. */
                    "Cache-Control"?: "no-store";
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /** @description Nothing with this id in the release, or no such release. */
            404: {
                headers: {
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    /** @description `no-store`: a problem is never cached. */
                    "Cache-Control"?: "no-store";
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getRelease: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 1 */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The release and its mapping. */
            200: {
                headers: {
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": 1,
                     *       "note": "Bundled content, imported on first start",
                     *       "source": "import",
                     *       "basedOnReleaseId": null,
                     *       "documentCount": 786,
                     *       "createdAt": "2026-12-01T09:00:00.000Z",
                     *       "current": true,
                     *       "reviewedBy": "Content team (not clinically reviewed)",
                     *       "reviewedAt": "2026-12-01T09:00:00.000Z",
                     *       "reviewNote": "Written and checked by the content team that wrote it, against the house style and the automated content checks. It has not had a clinical review: no counselor, psychologist or doctor has signed it off. Have a qualified person on your side read it before you hand it to families.",
                     *       "documents": [
                     *         {
                     *           "documentId": "activity:a-chapter-book-at-bedtime",
                     *           "type": "activity",
                     *           "slug": "a-chapter-book-at-bedtime",
                     *           "version": 1
                     *         },
                     *         {
                     *           "documentId": "activity:a-giving-circle-of-two",
                     *           "type": "activity",
                     *           "slug": "a-giving-circle-of-two",
                     *           "version": 1
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ReleaseDetail"];
                };
            };
            /** @description Invalid parameters: `errors` lists every bad field. */
            400: {
                headers: {
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    /** @description `no-store`: a problem is never cached. */
                    "Cache-Control"?: "no-store";
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /** @description Nothing with this id in the release, or no such release. */
            404: {
                headers: {
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    /** @description `no-store`: a problem is never cached. */
                    "Cache-Control"?: "no-store";
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/release-not-found",
                     *       "title": "No such release",
                     *       "status": 404,
                     *       "detail": "Release 999 does not exist.",
                     *       "code": "RELEASE_NOT_FOUND",
                     *       "instance": "/v1/releases/999",
                     *       "requestId": "6f1c2d4e-8a3b-4c5d-9e0f-112233445566"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listChanges: {
        parameters: {
            query: {
                /** @description The release the device holds: the `nextSince` of its last sync, or 0 for the initial sync (everything is `added`). */
                since: number;
                /** @description Only documents of this type; their removals are kept. */
                type?: "section" | "topic" | "faq" | "prompt" | "activity" | "resource";
                /** @description Page size, 1 to 500 (default 100). */
                limit?: number;
                /** @description Opaque cursor from `page.nextCursor` of the previous page, sent with the same `since` and `type`; keeps comparing the same two releases. */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of changes. */
            200: {
                headers: {
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    /** @description The `until` release. */
                    "Content-Release"?: string;
                    /** @description `private, no-cache`: the first page follows the current release; revalidate with `If-None-Match`. */
                    "Cache-Control"?: string;
                    /** @description `authorization`: what a key sees depends on its content policy. */
                    Vary?: string;
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "specversion": "1.0",
                     *           "id": "2:prompt:a-small-win-this-week",
                     *           "source": "/v1/releases/2",
                     *           "type": "document.added",
                     *           "subject": "prompt:a-small-win-this-week",
                     *           "time": "2026-12-01T09:00:00.000Z",
                     *           "datacontenttype": "application/json",
                     *           "data": {
                     *             "documentId": "prompt:a-small-win-this-week",
                     *             "type": "prompt",
                     *             "slug": "a-small-win-this-week",
                     *             "change": "added",
                     *             "version": 1,
                     *             "previousVersion": null,
                     *             "href": "/v1/documents/prompt:a-small-win-this-week/versions/1"
                     *           }
                     *         }
                     *       ],
                     *       "page": {
                     *         "limit": 100,
                     *         "nextCursor": null
                     *       },
                     *       "since": 1,
                     *       "until": 2,
                     *       "nextSince": 2
                     *     }
                     */
                    "application/json": components["schemas"]["ChangeFeed"];
                };
            };
            /** @description Invalid parameters: `errors` lists every bad field. */
            400: {
                headers: {
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    /** @description `no-store`: a problem is never cached. */
                    "Cache-Control"?: "no-store";
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /** @description `RELEASE_NOT_FOUND`: `since` is not a published release. */
            404: {
                headers: {
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    /** @description `no-store`: a problem is never cached. */
                    "Cache-Control"?: "no-store";
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/release-not-found",
                     *       "title": "No such release",
                     *       "status": 404,
                     *       "detail": "Release 9 does not exist.",
                     *       "code": "RELEASE_NOT_FOUND",
                     *       "instance": "/v1/changes",
                     *       "requestId": "6f1c2d4e-8a3b-4c5d-9e0f-112233445566"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `SINCE_AHEAD`: `since` is newer than the current release; retry shortly. */
            409: {
                headers: {
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    /** @description `no-store`: a problem is never cached. */
                    "Cache-Control"?: "no-store";
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    streamEvents: {
        parameters: {
            query?: never;
            header?: {
                /** @description The id of the last event received: the stream resumes after it. */
                "last-event-id"?: number;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The stream; it stays open. */
            200: {
                headers: {
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    /** @description `no-store`. */
                    "Cache-Control"?: string;
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "text/event-stream": string;
                };
            };
            /** @description Invalid parameters: `errors` lists every bad field. */
            400: {
                headers: {
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    /** @description `no-store`: a problem is never cached. */
                    "Cache-Control"?: "no-store";
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getDocumentVersion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example topic:boundaries */
                id: string;
                /** @example 1 */
                version: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The version, exactly as published. */
            200: {
                headers: {
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "documentId": "topic:boundaries",
                     *       "type": "topic",
                     *       "slug": "boundaries",
                     *       "version": 1,
                     *       "contentHash": "260e9e220056d6eb482f927712154db96014c94304e94d8580d9ddff619a837b",
                     *       "createdAt": "2026-12-01T09:00:00.000Z",
                     *       "firstReleaseId": 1,
                     *       "content": {
                     *         "slug": "boundaries",
                     *         "title": "The Delicate Balance of Boundaries",
                     *         "number": 4,
                     *         "summary": "Establishing boundaries extends beyond physical space; it’s a delicate interplay that respects emotional and mental domains.",
                     *         "keyPoints": [
                     *           "It involves discerning when guidance is necessary and when autonomy should take precedence.",
                     *           "The delicate dance of setting boundaries isn’t about restriction but rather about fostering independence within a safety net of care and understanding."
                     *         ],
                     *         "lifeStages": [
                     *           "early-childhood",
                     *           "school-age"
                     *         ],
                     *         "paragraphs": [
                     *           "Establishing boundaries extends beyond physical space; it’s a delicate interplay that respects emotional and mental domains. It involves discerning when guidance is necessary and when autonomy should take precedence. This equilibrium permits sons to explore their individuality while understanding that they can always lean on their mothers for unwavering support and guidance.",
                     *           "The delicate dance of setting boundaries isn’t about restriction but rather about fostering independence within a safety net of care and understanding. It’s a continuous negotiation that respects the evolving needs and growth of both individuals, reinforcing the bond between a mother and her son."
                     *         ],
                     *         "competencies": [
                     *           "self-management",
                     *           "responsible-decision-making"
                     *         ]
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["DocumentVersion"];
                };
            };
            /** @description Invalid parameters: `errors` lists every bad field. */
            400: {
                headers: {
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    /** @description `no-store`: a problem is never cached. */
                    "Cache-Control"?: "no-store";
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /** @description Nothing with this id in the release, or no such release. */
            404: {
                headers: {
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    /** @description `no-store`: a problem is never cached. */
                    "Cache-Control"?: "no-store";
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listKeys: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The keys. */
            200: {
                headers: {
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "id": "k7Qm2xPa0002",
                     *           "name": "Lincoln Middle School portal",
                     *           "prefix": "msb_k7Qm2xPa0002_",
                     *           "scopes": [
                     *             "content:read"
                     *           ],
                     *           "policy": {
                     *             "maxDepth": 2,
                     *             "excludeSensitive": true
                     *           },
                     *           "rateLimit": 1,
                     *           "expiresAt": null,
                     *           "revokedAt": null,
                     *           "lastUsedAt": null,
                     *           "createdAt": "2026-12-01T09:00:00.000Z",
                     *           "warning": null
                     *         },
                     *         {
                     *           "id": "k7Qm2xPa0001",
                     *           "name": "Editor console",
                     *           "prefix": "msb_k7Qm2xPa0001_",
                     *           "scopes": [
                     *             "content:read",
                     *             "content:preview"
                     *           ],
                     *           "policy": null,
                     *           "rateLimit": null,
                     *           "expiresAt": null,
                     *           "revokedAt": null,
                     *           "lastUsedAt": null,
                     *           "createdAt": "2026-12-01T09:00:00.000Z",
                     *           "warning": null
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": {
                        data: components["schemas"]["ApiKey"][];
                    };
                };
            };
            /** @description Invalid parameters: `errors` lists every bad field. */
            400: {
                headers: {
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    /** @description `no-store`: a problem is never cached. */
                    "Cache-Control"?: "no-store";
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    createKey: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    scopes: ("content:read" | "content:preview" | "content:write" | "content:publish" | "keys:admin" | "webhooks:admin" | "metrics:read")[];
                    policy?: components["schemas"]["ContentPolicyInput"];
                    /**
                     * @description A named content policy, stored expanded (see `policy` in the answer): `school-portal` is `{"maxDepth":2,"excludeSensitive":true,"excludeSituational":true}`. Give a preset or a policy, not both.
                     * @enum {string}
                     */
                    preset?: "school-portal";
                    /**
                     * Format: int32
                     * @description Requests per minute; default from RATE_LIMIT_PER_MINUTE.
                     */
                    rateLimit?: number;
                    /**
                     * Format: date-time
                     * @description ISO 8601 time after which the key stops working; in the future, before the year 10000.
                     */
                    expiresAt?: string;
                };
            };
        };
        responses: {
            /** @description The new key; store `key` now. */
            201: {
                headers: {
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "k7Qm2xPa0002",
                     *       "name": "Lincoln Middle School portal",
                     *       "prefix": "msb_k7Qm2xPa0002_",
                     *       "scopes": [
                     *         "content:read"
                     *       ],
                     *       "policy": {
                     *         "maxDepth": 2,
                     *         "excludeSensitive": true
                     *       },
                     *       "rateLimit": 1,
                     *       "expiresAt": null,
                     *       "revokedAt": null,
                     *       "lastUsedAt": null,
                     *       "createdAt": "2026-12-01T09:00:00.000Z",
                     *       "warning": null,
                     *       "key": "msb_k7Qm2xPa0002_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
                     *     }
                     */
                    "application/json": components["schemas"]["CreatedApiKey"];
                };
            };
            /** @description Invalid parameters: `errors` lists every bad field. */
            400: {
                headers: {
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    /** @description `no-store`: a problem is never cached. */
                    "Cache-Control"?: "no-store";
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getKey: {
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
            /** @description The key, without its secret. */
            200: {
                headers: {
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "k7Qm2xPa0002",
                     *       "name": "Lincoln Middle School portal",
                     *       "prefix": "msb_k7Qm2xPa0002_",
                     *       "scopes": [
                     *         "content:read"
                     *       ],
                     *       "policy": {
                     *         "maxDepth": 2,
                     *         "excludeSensitive": true
                     *       },
                     *       "rateLimit": 1,
                     *       "expiresAt": null,
                     *       "revokedAt": null,
                     *       "lastUsedAt": null,
                     *       "createdAt": "2026-12-01T09:00:00.000Z",
                     *       "warning": null
                     *     }
                     */
                    "application/json": components["schemas"]["ApiKey"];
                };
            };
            /** @description Invalid parameters: `errors` lists every bad field. */
            400: {
                headers: {
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    /** @description `no-store`: a problem is never cached. */
                    "Cache-Control"?: "no-store";
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /** @description Nothing with this id in the release, or no such release. */
            404: {
                headers: {
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    /** @description `no-store`: a problem is never cached. */
                    "Cache-Control"?: "no-store";
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    revokeKey: {
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
            /** @description The revoked key. */
            200: {
                headers: {
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "k7Qm2xPa0002",
                     *       "name": "Lincoln Middle School portal",
                     *       "prefix": "msb_k7Qm2xPa0002_",
                     *       "scopes": [
                     *         "content:read"
                     *       ],
                     *       "policy": {
                     *         "maxDepth": 2,
                     *         "excludeSensitive": true
                     *       },
                     *       "rateLimit": 1,
                     *       "expiresAt": null,
                     *       "revokedAt": "2026-12-01T09:00:00.000Z",
                     *       "lastUsedAt": null,
                     *       "createdAt": "2026-12-01T09:00:00.000Z",
                     *       "warning": null
                     *     }
                     */
                    "application/json": components["schemas"]["ApiKey"];
                };
            };
            /** @description Invalid parameters: `errors` lists every bad field. */
            400: {
                headers: {
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    /** @description `no-store`: a problem is never cached. */
                    "Cache-Control"?: "no-store";
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /** @description Nothing with this id in the release, or no such release. */
            404: {
                headers: {
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    /** @description `no-store`: a problem is never cached. */
                    "Cache-Control"?: "no-store";
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listEditorialDocuments: {
        parameters: {
            query?: {
                type?: "section" | "prompt" | "activity" | "topic" | "faq";
                state?: "published" | "unpublished" | "draft" | "in-review" | "approved";
                hasDraft?: "true" | "false";
                /** @description Page size, 1 to 100. */
                limit?: number;
                /** @description Opaque cursor from `page.nextCursor` of the previous page; keeps reading the same release. */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page, by document id. */
            200: {
                headers: {
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "id": "prompt:a-small-win-this-week",
                     *           "type": "prompt",
                     *           "slug": "a-small-win-this-week",
                     *           "state": "approved",
                     *           "published": null,
                     *           "draft": {
                     *             "kind": "edit",
                     *             "state": "approved",
                     *             "revision": 5,
                     *             "etag": "\"d5\"",
                     *             "baseVersion": null,
                     *             "content": {
                     *               "slug": "a-small-win-this-week",
                     *               "text": "What was one small win for you this week?",
                     *               "depth": 1,
                     *               "ageMax": 12,
                     *               "ageMin": 4,
                     *               "themes": [],
                     *               "topics": [
                     *                 "connection-beyond-shared-experiences"
                     *               ],
                     *               "purpose": "everyday",
                     *               "settings": [
                     *                 "meal",
                     *                 "bedtime"
                     *               ],
                     *               "direction": "either",
                     *               "followUps": [
                     *                 "when-did-one-of-us-need-the-other-today"
                     *               ],
                     *               "formerIds": [],
                     *               "readAloud": false,
                     *               "resources": [],
                     *               "sensitive": false,
                     *               "situations": [],
                     *               "responseTip": "Laugh along first, then share something that made you laugh today too.",
                     *               "competencies": [
                     *                 "relationship-skills"
                     *               ],
                     *               "contentWarnings": []
                     *             },
                     *             "updatedAt": "2026-12-01T09:00:00.000Z",
                     *             "updatedBy": "Editor console"
                     *           },
                     *           "etag": "\"d5\""
                     *         }
                     *       ],
                     *       "page": {
                     *         "limit": 2,
                     *         "nextCursor": null
                     *       }
                     *     }
                     */
                    "application/json": {
                        data: components["schemas"]["EditorialDocument"][];
                        page: {
                            /** Format: int64 */
                            limit: number;
                            nextCursor: string | null;
                        };
                    };
                };
            };
            /** @description Invalid parameters: `errors` lists every bad field. */
            400: {
                headers: {
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    /** @description `no-store`: a problem is never cached. */
                    "Cache-Control"?: "no-store";
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    createDocument: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    type: "prompt" | "activity" | "topic" | "faq";
                    content: {
                        [key: string]: unknown;
                    };
                    note?: string;
                };
            };
        };
        responses: {
            /** @description The new document and its draft. */
            201: {
                headers: {
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    /** @description The document's current ETag, for `If-Match`. */
                    ETag?: string;
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "prompt:a-small-win-this-week",
                     *       "type": "prompt",
                     *       "slug": "a-small-win-this-week",
                     *       "state": "draft",
                     *       "published": null,
                     *       "draft": {
                     *         "kind": "edit",
                     *         "state": "draft",
                     *         "revision": 1,
                     *         "etag": "\"d1\"",
                     *         "baseVersion": null,
                     *         "content": {
                     *           "slug": "a-small-win-this-week",
                     *           "text": "What was a small win for you this week?",
                     *           "depth": 1,
                     *           "ageMax": 12,
                     *           "ageMin": 4,
                     *           "themes": [],
                     *           "topics": [
                     *             "connection-beyond-shared-experiences"
                     *           ],
                     *           "purpose": "everyday",
                     *           "settings": [
                     *             "meal",
                     *             "bedtime"
                     *           ],
                     *           "direction": "either",
                     *           "followUps": [],
                     *           "formerIds": [],
                     *           "readAloud": false,
                     *           "resources": [],
                     *           "sensitive": false,
                     *           "situations": [],
                     *           "responseTip": "Laugh along first, then share something that made you laugh today too.",
                     *           "competencies": [
                     *             "relationship-skills"
                     *           ],
                     *           "contentWarnings": []
                     *         },
                     *         "updatedAt": "2026-12-01T09:00:00.000Z",
                     *         "updatedBy": "Editor console"
                     *       },
                     *       "etag": "\"d1\""
                     *     }
                     */
                    "application/json": components["schemas"]["EditorialDocument"];
                };
            };
            /** @description Invalid parameters: `errors` lists every bad field. */
            400: {
                headers: {
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    /** @description `no-store`: a problem is never cached. */
                    "Cache-Control"?: "no-store";
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /** @description The request conflicts with the current state (an existing document, a draft in another state, nothing to publish). */
            409: {
                headers: {
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    /** @description `no-store`: a problem is never cached. */
                    "Cache-Control"?: "no-store";
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/document-exists",
                     *       "title": "A document with this id already exists",
                     *       "status": 409,
                     *       "detail": "\"prompt:a-small-win-this-week\" already exists; edit its draft instead.",
                     *       "code": "DOCUMENT_EXISTS",
                     *       "instance": "/v1/admin/documents",
                     *       "requestId": "6f1c2d4e-8a3b-4c5d-9e0f-112233445566"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getEditorialDocument: {
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
            /** @description The document. */
            200: {
                headers: {
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    /** @description The document's current ETag, for `If-Match`. */
                    ETag?: string;
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "prompt:a-small-win-this-week",
                     *       "type": "prompt",
                     *       "slug": "a-small-win-this-week",
                     *       "state": "approved",
                     *       "published": null,
                     *       "draft": {
                     *         "kind": "edit",
                     *         "state": "approved",
                     *         "revision": 5,
                     *         "etag": "\"d5\"",
                     *         "baseVersion": null,
                     *         "content": {
                     *           "slug": "a-small-win-this-week",
                     *           "text": "What was one small win for you this week?",
                     *           "depth": 1,
                     *           "ageMax": 12,
                     *           "ageMin": 4,
                     *           "themes": [],
                     *           "topics": [
                     *             "connection-beyond-shared-experiences"
                     *           ],
                     *           "purpose": "everyday",
                     *           "settings": [
                     *             "meal",
                     *             "bedtime"
                     *           ],
                     *           "direction": "either",
                     *           "followUps": [
                     *             "when-did-one-of-us-need-the-other-today"
                     *           ],
                     *           "formerIds": [],
                     *           "readAloud": false,
                     *           "resources": [],
                     *           "sensitive": false,
                     *           "situations": [],
                     *           "responseTip": "Laugh along first, then share something that made you laugh today too.",
                     *           "competencies": [
                     *             "relationship-skills"
                     *           ],
                     *           "contentWarnings": []
                     *         },
                     *         "updatedAt": "2026-12-01T09:00:00.000Z",
                     *         "updatedBy": "Editor console"
                     *       },
                     *       "etag": "\"d5\""
                     *     }
                     */
                    "application/json": components["schemas"]["EditorialDocument"];
                };
            };
            /** @description Invalid parameters: `errors` lists every bad field. */
            400: {
                headers: {
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    /** @description `no-store`: a problem is never cached. */
                    "Cache-Control"?: "no-store";
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /** @description Nothing with this id in the release, or no such release. */
            404: {
                headers: {
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    /** @description `no-store`: a problem is never cached. */
                    "Cache-Control"?: "no-store";
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    replaceDraft: {
        parameters: {
            query?: never;
            header?: {
                /** @description The document's ETag, from its GET or the last write. */
                "if-match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    content: {
                        [key: string]: unknown;
                    };
                    note?: string;
                };
            };
        };
        responses: {
            /** @description The document with its new draft. */
            200: {
                headers: {
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    /** @description The document's current ETag, for `If-Match`. */
                    ETag?: string;
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "prompt:a-small-win-this-week",
                     *       "type": "prompt",
                     *       "slug": "a-small-win-this-week",
                     *       "state": "draft",
                     *       "published": null,
                     *       "draft": {
                     *         "kind": "edit",
                     *         "state": "draft",
                     *         "revision": 3,
                     *         "etag": "\"d3\"",
                     *         "baseVersion": null,
                     *         "content": {
                     *           "slug": "a-small-win-this-week",
                     *           "text": "What was one small win for you this week?",
                     *           "depth": 1,
                     *           "ageMax": 12,
                     *           "ageMin": 4,
                     *           "themes": [],
                     *           "topics": [
                     *             "connection-beyond-shared-experiences"
                     *           ],
                     *           "purpose": "everyday",
                     *           "settings": [
                     *             "meal",
                     *             "bedtime"
                     *           ],
                     *           "direction": "either",
                     *           "followUps": [
                     *             "when-did-one-of-us-need-the-other-today"
                     *           ],
                     *           "formerIds": [],
                     *           "readAloud": false,
                     *           "resources": [],
                     *           "sensitive": false,
                     *           "situations": [],
                     *           "responseTip": "Laugh along first, then share something that made you laugh today too.",
                     *           "competencies": [
                     *             "relationship-skills"
                     *           ],
                     *           "contentWarnings": []
                     *         },
                     *         "updatedAt": "2026-12-01T09:00:00.000Z",
                     *         "updatedBy": "Editor console"
                     *       },
                     *       "etag": "\"d3\""
                     *     }
                     */
                    "application/json": components["schemas"]["EditorialDocument"];
                };
            };
            /** @description Invalid parameters: `errors` lists every bad field. */
            400: {
                headers: {
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    /** @description `no-store`: a problem is never cached. */
                    "Cache-Control"?: "no-store";
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /** @description Nothing with this id in the release, or no such release. */
            404: {
                headers: {
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    /** @description `no-store`: a problem is never cached. */
                    "Cache-Control"?: "no-store";
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The document changed since you read it (`If-Match` is stale): read it again. */
            412: {
                headers: {
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    /** @description `no-store`: a problem is never cached. */
                    "Cache-Control"?: "no-store";
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description This write needs an `If-Match` header with the document's ETag. */
            428: {
                headers: {
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    /** @description `no-store`: a problem is never cached. */
                    "Cache-Control"?: "no-store";
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    discardDraft: {
        parameters: {
            query?: never;
            header?: {
                /** @description The document's ETag, from its GET or the last write. */
                "if-match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The document without a draft. */
            200: {
                headers: {
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    /** @description The document's current ETag, for `If-Match`. */
                    ETag?: string;
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "prompt:what-could-make-today-a-good-day",
                     *       "type": "prompt",
                     *       "slug": "what-could-make-today-a-good-day",
                     *       "state": "published",
                     *       "published": {
                     *         "version": 1,
                     *         "content": {
                     *           "slug": "what-could-make-today-a-good-day",
                     *           "text": "What's one thing that could make today a good day for you?",
                     *           "depth": 1,
                     *           "ageMax": 12,
                     *           "ageMin": 4,
                     *           "themes": [],
                     *           "topics": [
                     *             "emotional-intelligence",
                     *             "emotional-needs"
                     *           ],
                     *           "purpose": "feelings",
                     *           "settings": [
                     *             "meal",
                     *             "car-ride"
                     *           ],
                     *           "direction": "mother-to-son",
                     *           "followUps": [],
                     *           "formerIds": [
                     *             "prompt:aa-how-do-you-want-today-to-feel"
                     *           ],
                     *           "readAloud": false,
                     *           "resources": [],
                     *           "sensitive": false,
                     *           "situations": [],
                     *           "responseTip": "If it's something you can make happen, try to. If not, help him find a small piece of it he can have today.",
                     *           "competencies": [
                     *             "self-awareness",
                     *             "self-management"
                     *           ],
                     *           "contentWarnings": []
                     *         }
                     *       },
                     *       "draft": null,
                     *       "etag": "\"v1\""
                     *     }
                     */
                    "application/json": components["schemas"]["EditorialDocument"];
                };
            };
            /** @description Invalid parameters: `errors` lists every bad field. */
            400: {
                headers: {
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    /** @description `no-store`: a problem is never cached. */
                    "Cache-Control"?: "no-store";
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /** @description Nothing with this id in the release, or no such release. */
            404: {
                headers: {
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    /** @description `no-store`: a problem is never cached. */
                    "Cache-Control"?: "no-store";
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The document changed since you read it (`If-Match` is stale): read it again. */
            412: {
                headers: {
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    /** @description `no-store`: a problem is never cached. */
                    "Cache-Control"?: "no-store";
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/precondition-failed",
                     *       "title": "The resource changed since you read it",
                     *       "status": 412,
                     *       "detail": "\"prompt:what-could-make-today-a-good-day\" changed since you read it (now \"d5\"); read it again and reapply your change.",
                     *       "code": "PRECONDITION_FAILED",
                     *       "instance": "/v1/admin/documents/prompt%3Awhat-could-make-today-a-good-day/draft",
                     *       "requestId": "6f1c2d4e-8a3b-4c5d-9e0f-112233445566"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description This write needs an `If-Match` header with the document's ETag. */
            428: {
                headers: {
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    /** @description `no-store`: a problem is never cached. */
                    "Cache-Control"?: "no-store";
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/precondition-required",
                     *       "title": "This write needs an If-Match header",
                     *       "status": 428,
                     *       "detail": "Send If-Match: \"d5\" (the ETag of GET /v1/admin/documents/prompt:what-could-make-today-a-good-day).",
                     *       "code": "PRECONDITION_REQUIRED",
                     *       "instance": "/v1/admin/documents/prompt%3Awhat-could-make-today-a-good-day/draft",
                     *       "requestId": "6f1c2d4e-8a3b-4c5d-9e0f-112233445566"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    patchDraft: {
        parameters: {
            query?: {
                /** @description Why; recorded with the revision. */
                note?: string;
            };
            header?: {
                /** @description The document's ETag, from its GET or the last write. */
                "if-match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    [key: string]: unknown;
                };
            };
        };
        responses: {
            /** @description The document with its new draft. */
            200: {
                headers: {
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    /** @description The document's current ETag, for `If-Match`. */
                    ETag?: string;
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "prompt:a-small-win-this-week",
                     *       "type": "prompt",
                     *       "slug": "a-small-win-this-week",
                     *       "state": "draft",
                     *       "published": null,
                     *       "draft": {
                     *         "kind": "edit",
                     *         "state": "draft",
                     *         "revision": 2,
                     *         "etag": "\"d2\"",
                     *         "baseVersion": null,
                     *         "content": {
                     *           "slug": "a-small-win-this-week",
                     *           "text": "What was one small win for you this week?",
                     *           "depth": 1,
                     *           "ageMax": 12,
                     *           "ageMin": 4,
                     *           "themes": [],
                     *           "topics": [
                     *             "connection-beyond-shared-experiences"
                     *           ],
                     *           "purpose": "everyday",
                     *           "settings": [
                     *             "meal",
                     *             "bedtime"
                     *           ],
                     *           "direction": "either",
                     *           "followUps": [],
                     *           "formerIds": [],
                     *           "readAloud": false,
                     *           "resources": [],
                     *           "sensitive": false,
                     *           "situations": [],
                     *           "responseTip": "Laugh along first, then share something that made you laugh today too.",
                     *           "competencies": [
                     *             "relationship-skills"
                     *           ],
                     *           "contentWarnings": []
                     *         },
                     *         "updatedAt": "2026-12-01T09:00:00.000Z",
                     *         "updatedBy": "Editor console"
                     *       },
                     *       "etag": "\"d2\""
                     *     }
                     */
                    "application/json": components["schemas"]["EditorialDocument"];
                };
            };
            /** @description Invalid parameters: `errors` lists every bad field. */
            400: {
                headers: {
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    /** @description `no-store`: a problem is never cached. */
                    "Cache-Control"?: "no-store";
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /** @description Nothing with this id in the release, or no such release. */
            404: {
                headers: {
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    /** @description `no-store`: a problem is never cached. */
                    "Cache-Control"?: "no-store";
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The document changed since you read it (`If-Match` is stale): read it again. */
            412: {
                headers: {
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    /** @description `no-store`: a problem is never cached. */
                    "Cache-Control"?: "no-store";
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/precondition-failed",
                     *       "title": "The resource changed since you read it",
                     *       "status": 412,
                     *       "detail": "\"prompt:a-small-win-this-week\" changed since you read it (now \"d2\"); read it again and reapply your change.",
                     *       "code": "PRECONDITION_FAILED",
                     *       "instance": "/v1/admin/documents/prompt%3Aa-small-win-this-week/draft",
                     *       "requestId": "6f1c2d4e-8a3b-4c5d-9e0f-112233445566"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported content type. */
            415: {
                headers: {
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    /** @description `no-store`: a problem is never cached. */
                    "Cache-Control"?: "no-store";
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description This write needs an `If-Match` header with the document's ETag. */
            428: {
                headers: {
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    /** @description `no-store`: a problem is never cached. */
                    "Cache-Control"?: "no-store";
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/precondition-required",
                     *       "title": "This write needs an If-Match header",
                     *       "status": 428,
                     *       "detail": "Send If-Match: \"d1\" (the ETag of GET /v1/admin/documents/prompt:a-small-win-this-week).",
                     *       "code": "PRECONDITION_REQUIRED",
                     *       "instance": "/v1/admin/documents/prompt%3Aa-small-win-this-week/draft",
                     *       "requestId": "6f1c2d4e-8a3b-4c5d-9e0f-112233445566"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    archiveDocument: {
        parameters: {
            query?: never;
            header?: {
                /** @description The document's ETag, from its GET or the last write. */
                "if-match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    note?: string;
                } | null;
            };
        };
        responses: {
            /** @description The document with its archive draft. */
            200: {
                headers: {
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    /** @description The document's current ETag, for `If-Match`. */
                    ETag?: string;
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "prompt:what-could-make-today-a-good-day",
                     *       "type": "prompt",
                     *       "slug": "what-could-make-today-a-good-day",
                     *       "state": "draft",
                     *       "published": {
                     *         "version": 1,
                     *         "content": {
                     *           "slug": "what-could-make-today-a-good-day",
                     *           "text": "What's one thing that could make today a good day for you?",
                     *           "depth": 1,
                     *           "ageMax": 12,
                     *           "ageMin": 4,
                     *           "themes": [],
                     *           "topics": [
                     *             "emotional-intelligence",
                     *             "emotional-needs"
                     *           ],
                     *           "purpose": "feelings",
                     *           "settings": [
                     *             "meal",
                     *             "car-ride"
                     *           ],
                     *           "direction": "mother-to-son",
                     *           "followUps": [],
                     *           "formerIds": [
                     *             "prompt:aa-how-do-you-want-today-to-feel"
                     *           ],
                     *           "readAloud": false,
                     *           "resources": [],
                     *           "sensitive": false,
                     *           "situations": [],
                     *           "responseTip": "If it's something you can make happen, try to. If not, help him find a small piece of it he can have today.",
                     *           "competencies": [
                     *             "self-awareness",
                     *             "self-management"
                     *           ],
                     *           "contentWarnings": []
                     *         }
                     *       },
                     *       "draft": {
                     *         "kind": "archive",
                     *         "state": "draft",
                     *         "revision": 7,
                     *         "etag": "\"d7\"",
                     *         "baseVersion": 1,
                     *         "content": null,
                     *         "updatedAt": "2026-12-01T09:00:00.000Z",
                     *         "updatedBy": "Editor console"
                     *       },
                     *       "etag": "\"d7\""
                     *     }
                     */
                    "application/json": components["schemas"]["EditorialDocument"];
                };
            };
            /** @description Invalid parameters: `errors` lists every bad field. */
            400: {
                headers: {
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    /** @description `no-store`: a problem is never cached. */
                    "Cache-Control"?: "no-store";
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /** @description Nothing with this id in the release, or no such release. */
            404: {
                headers: {
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    /** @description `no-store`: a problem is never cached. */
                    "Cache-Control"?: "no-store";
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state (an existing document, a draft in another state, nothing to publish). */
            409: {
                headers: {
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    /** @description `no-store`: a problem is never cached. */
                    "Cache-Control"?: "no-store";
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The document changed since you read it (`If-Match` is stale): read it again. */
            412: {
                headers: {
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    /** @description `no-store`: a problem is never cached. */
                    "Cache-Control"?: "no-store";
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description This write needs an `If-Match` header with the document's ETag. */
            428: {
                headers: {
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    /** @description `no-store`: a problem is never cached. */
                    "Cache-Control"?: "no-store";
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    submitDraft: {
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
                "application/json": {
                    note?: string;
                } | null;
            };
        };
        responses: {
            /** @description The document with its draft in the new state. */
            200: {
                headers: {
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    /** @description The document's current ETag, for `If-Match`. */
                    ETag?: string;
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "prompt:a-small-win-this-week",
                     *       "type": "prompt",
                     *       "slug": "a-small-win-this-week",
                     *       "state": "in-review",
                     *       "published": null,
                     *       "draft": {
                     *         "kind": "edit",
                     *         "state": "in-review",
                     *         "revision": 4,
                     *         "etag": "\"d4\"",
                     *         "baseVersion": null,
                     *         "content": {
                     *           "slug": "a-small-win-this-week",
                     *           "text": "What was one small win for you this week?",
                     *           "depth": 1,
                     *           "ageMax": 12,
                     *           "ageMin": 4,
                     *           "themes": [],
                     *           "topics": [
                     *             "connection-beyond-shared-experiences"
                     *           ],
                     *           "purpose": "everyday",
                     *           "settings": [
                     *             "meal",
                     *             "bedtime"
                     *           ],
                     *           "direction": "either",
                     *           "followUps": [
                     *             "when-did-one-of-us-need-the-other-today"
                     *           ],
                     *           "formerIds": [],
                     *           "readAloud": false,
                     *           "resources": [],
                     *           "sensitive": false,
                     *           "situations": [],
                     *           "responseTip": "Laugh along first, then share something that made you laugh today too.",
                     *           "competencies": [
                     *             "relationship-skills"
                     *           ],
                     *           "contentWarnings": []
                     *         },
                     *         "updatedAt": "2026-12-01T09:00:00.000Z",
                     *         "updatedBy": "Editor console"
                     *       },
                     *       "etag": "\"d4\""
                     *     }
                     */
                    "application/json": components["schemas"]["EditorialDocument"];
                };
            };
            /** @description Invalid parameters: `errors` lists every bad field. */
            400: {
                headers: {
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    /** @description `no-store`: a problem is never cached. */
                    "Cache-Control"?: "no-store";
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /** @description Nothing with this id in the release, or no such release. */
            404: {
                headers: {
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    /** @description `no-store`: a problem is never cached. */
                    "Cache-Control"?: "no-store";
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state (an existing document, a draft in another state, nothing to publish). */
            409: {
                headers: {
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    /** @description `no-store`: a problem is never cached. */
                    "Cache-Control"?: "no-store";
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    approveDraft: {
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
                "application/json": {
                    note?: string;
                } | null;
            };
        };
        responses: {
            /** @description The document with its draft in the new state. */
            200: {
                headers: {
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    /** @description The document's current ETag, for `If-Match`. */
                    ETag?: string;
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "prompt:a-small-win-this-week",
                     *       "type": "prompt",
                     *       "slug": "a-small-win-this-week",
                     *       "state": "approved",
                     *       "published": null,
                     *       "draft": {
                     *         "kind": "edit",
                     *         "state": "approved",
                     *         "revision": 5,
                     *         "etag": "\"d5\"",
                     *         "baseVersion": null,
                     *         "content": {
                     *           "slug": "a-small-win-this-week",
                     *           "text": "What was one small win for you this week?",
                     *           "depth": 1,
                     *           "ageMax": 12,
                     *           "ageMin": 4,
                     *           "themes": [],
                     *           "topics": [
                     *             "connection-beyond-shared-experiences"
                     *           ],
                     *           "purpose": "everyday",
                     *           "settings": [
                     *             "meal",
                     *             "bedtime"
                     *           ],
                     *           "direction": "either",
                     *           "followUps": [
                     *             "when-did-one-of-us-need-the-other-today"
                     *           ],
                     *           "formerIds": [],
                     *           "readAloud": false,
                     *           "resources": [],
                     *           "sensitive": false,
                     *           "situations": [],
                     *           "responseTip": "Laugh along first, then share something that made you laugh today too.",
                     *           "competencies": [
                     *             "relationship-skills"
                     *           ],
                     *           "contentWarnings": []
                     *         },
                     *         "updatedAt": "2026-12-01T09:00:00.000Z",
                     *         "updatedBy": "Editor console"
                     *       },
                     *       "etag": "\"d5\""
                     *     }
                     */
                    "application/json": components["schemas"]["EditorialDocument"];
                };
            };
            /** @description Invalid parameters: `errors` lists every bad field. */
            400: {
                headers: {
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    /** @description `no-store`: a problem is never cached. */
                    "Cache-Control"?: "no-store";
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /** @description Nothing with this id in the release, or no such release. */
            404: {
                headers: {
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    /** @description `no-store`: a problem is never cached. */
                    "Cache-Control"?: "no-store";
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state (an existing document, a draft in another state, nothing to publish). */
            409: {
                headers: {
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    /** @description `no-store`: a problem is never cached. */
                    "Cache-Control"?: "no-store";
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/invalid-transition",
                     *       "title": "The draft is not in a state that allows this",
                     *       "status": 409,
                     *       "detail": "Only a draft in state \"draft\" can be submitted; \"prompt:a-small-win-this-week\" is in-review.",
                     *       "code": "INVALID_TRANSITION",
                     *       "instance": "/v1/admin/documents/prompt%3Aa-small-win-this-week/submit",
                     *       "requestId": "6f1c2d4e-8a3b-4c5d-9e0f-112233445566"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    rejectDraft: {
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
                "application/json": {
                    note: string;
                };
            };
        };
        responses: {
            /** @description The document with its draft in the new state. */
            200: {
                headers: {
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    /** @description The document's current ETag, for `If-Match`. */
                    ETag?: string;
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "prompt:what-could-make-today-a-good-day",
                     *       "type": "prompt",
                     *       "slug": "what-could-make-today-a-good-day",
                     *       "state": "draft",
                     *       "published": {
                     *         "version": 1,
                     *         "content": {
                     *           "slug": "what-could-make-today-a-good-day",
                     *           "text": "What's one thing that could make today a good day for you?",
                     *           "depth": 1,
                     *           "ageMax": 12,
                     *           "ageMin": 4,
                     *           "themes": [],
                     *           "topics": [
                     *             "emotional-intelligence",
                     *             "emotional-needs"
                     *           ],
                     *           "purpose": "feelings",
                     *           "settings": [
                     *             "meal",
                     *             "car-ride"
                     *           ],
                     *           "direction": "mother-to-son",
                     *           "followUps": [],
                     *           "formerIds": [
                     *             "prompt:aa-how-do-you-want-today-to-feel"
                     *           ],
                     *           "readAloud": false,
                     *           "resources": [],
                     *           "sensitive": false,
                     *           "situations": [],
                     *           "responseTip": "If it's something you can make happen, try to. If not, help him find a small piece of it he can have today.",
                     *           "competencies": [
                     *             "self-awareness",
                     *             "self-management"
                     *           ],
                     *           "contentWarnings": []
                     *         }
                     *       },
                     *       "draft": {
                     *         "kind": "edit",
                     *         "state": "draft",
                     *         "revision": 5,
                     *         "etag": "\"d5\"",
                     *         "baseVersion": 1,
                     *         "content": {
                     *           "slug": "what-could-make-today-a-good-day",
                     *           "text": "What's one thing that could make today a good day for you?",
                     *           "depth": 1,
                     *           "ageMax": 12,
                     *           "ageMin": 4,
                     *           "themes": [],
                     *           "topics": [
                     *             "emotional-intelligence",
                     *             "emotional-needs"
                     *           ],
                     *           "purpose": "feelings",
                     *           "settings": [
                     *             "meal",
                     *             "car-ride"
                     *           ],
                     *           "direction": "mother-to-son",
                     *           "followUps": [],
                     *           "formerIds": [
                     *             "prompt:aa-how-do-you-want-today-to-feel"
                     *           ],
                     *           "readAloud": false,
                     *           "resources": [],
                     *           "sensitive": false,
                     *           "situations": [],
                     *           "responseTip": "If it's something you can make happen, try to. If not, help him find a small piece of it he can have today.",
                     *           "competencies": [
                     *             "self-awareness",
                     *             "self-management"
                     *           ],
                     *           "contentWarnings": []
                     *         },
                     *         "updatedAt": "2026-12-01T09:00:00.000Z",
                     *         "updatedBy": "Editor console"
                     *       },
                     *       "etag": "\"d5\""
                     *     }
                     */
                    "application/json": components["schemas"]["EditorialDocument"];
                };
            };
            /** @description Invalid parameters: `errors` lists every bad field. */
            400: {
                headers: {
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    /** @description `no-store`: a problem is never cached. */
                    "Cache-Control"?: "no-store";
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /** @description Nothing with this id in the release, or no such release. */
            404: {
                headers: {
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    /** @description `no-store`: a problem is never cached. */
                    "Cache-Control"?: "no-store";
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state (an existing document, a draft in another state, nothing to publish). */
            409: {
                headers: {
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    /** @description `no-store`: a problem is never cached. */
                    "Cache-Control"?: "no-store";
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    publishRelease: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    documents?: string[];
                    note: string;
                    /**
                     * Format: date-time
                     * @description When to publish: an RFC 3339 date-time with `Z` or an offset, in the future.
                     */
                    publishAt?: string;
                    /** @description Who reviewed the content this release publishes: a person or a role, such as "Dr. Ana Ruiz, school psychologist". Needs `reviewedAt`. */
                    reviewedBy?: string;
                    /**
                     * Format: date-time
                     * @description When they reviewed it: an RFC 3339 date-time with `Z` or an offset, not in the future. Needs `reviewedBy`.
                     */
                    reviewedAt?: string;
                    /** @description What the review covered, or what it did not. Needs `reviewedBy`. */
                    reviewNote?: string;
                };
            };
        };
        responses: {
            /** @description Published now (no `publishAt`): the new release. */
            201: {
                headers: {
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "releaseId": 2,
                     *       "published": [
                     *         "prompt:a-small-win-this-week"
                     *       ],
                     *       "archived": []
                     *     }
                     */
                    "application/json": components["schemas"]["PublishedRelease"];
                };
            };
            /** @description Scheduled, not yet published: the schedule, its `Location` and its `ETag`. */
            202: {
                headers: {
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    /** @description The schedule: `/v1/admin/schedules/{id}`. */
                    Location?: string;
                    /** @description The schedule's ETag (`"s<revision>"`), for `If-Match`. */
                    ETag?: string;
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": 1,
                     *       "publishAt": "2026-12-01T09:00:00.000Z",
                     *       "documents": null,
                     *       "note": "December prompts, second batch",
                     *       "state": "scheduled",
                     *       "revision": 1,
                     *       "etag": "\"s1\"",
                     *       "releaseId": null,
                     *       "error": null,
                     *       "attempts": 0,
                     *       "reviewedBy": "School counselor (example reviewer)",
                     *       "reviewedAt": "2026-12-01T09:00:00.000Z",
                     *       "reviewNote": "Read the changed prompts for ages 6-12.",
                     *       "createdBy": "Editor console",
                     *       "createdAt": "2026-12-01T09:00:00.000Z",
                     *       "updatedAt": "2026-12-01T09:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Schedule"];
                };
            };
            /** @description Invalid parameters: `errors` lists every bad field. */
            400: {
                headers: {
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    /** @description `no-store`: a problem is never cached. */
                    "Cache-Control"?: "no-store";
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /** @description The request conflicts with the current state (an existing document, a draft in another state, nothing to publish). */
            409: {
                headers: {
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    /** @description `no-store`: a problem is never cached. */
                    "Cache-Control"?: "no-store";
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/nothing-to-publish",
                     *       "title": "There is nothing to publish",
                     *       "status": 409,
                     *       "detail": "No approved draft to publish.",
                     *       "code": "NOTHING_TO_PUBLISH",
                     *       "instance": "/v1/admin/releases",
                     *       "requestId": "6f1c2d4e-8a3b-4c5d-9e0f-112233445566"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported content type. */
            415: {
                headers: {
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    /** @description `no-store`: a problem is never cached. */
                    "Cache-Control"?: "no-store";
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The change would break the content rules (`CONTENT_RULES_FAILED`), or `publishAt` is not in the future (`SCHEDULE_IN_PAST`). */
            422: {
                headers: {
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    /** @description `no-store`: a problem is never cached. */
                    "Cache-Control"?: "no-store";
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/content-rules-failed",
                     *       "title": "The content would break the content rules",
                     *       "status": 422,
                     *       "detail": "Publishing these drafts would break the content rules: `errors` lists each.",
                     *       "code": "CONTENT_RULES_FAILED",
                     *       "instance": "/v1/admin/releases",
                     *       "requestId": "6f1c2d4e-8a3b-4c5d-9e0f-112233445566",
                     *       "errors": [
                     *         {
                     *           "location": "body",
                     *           "field": "prompt:a-small-win-this-week",
                     *           "message": "follow-up \"when-did-one-of-us-need-the-other-today\" (ages 7-99) does not cover ages 4-12 [follow-up-misses-ages]"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listAuditLog: {
        parameters: {
            query?: {
                /** @description An action, such as `key.create`, or a prefix ending in `.`, such as `draft.` (every draft change). */
                action?: string;
                /** @description What was changed: a document id, `release:<id>`, `schedule:<id>` or `key:<id>`. */
                target?: string;
                /** @description Only changes made with this API key (its id). */
                keyId?: string;
                /** @description Only changes at or after this RFC 3339 date-time. */
                since?: string;
                /** @description Only changes before this RFC 3339 date-time. */
                until?: string;
                /** @description Page size, 1 to 100. */
                limit?: number;
                /** @description Opaque cursor from `page.nextCursor` of the previous page; repeat the same filters. */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of rows, newest first. */
            200: {
                headers: {
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    /** @description `no-store`: the log changes with every write and is for admins only. */
                    "Cache-Control"?: string;
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "id": 32,
                     *           "at": "2026-12-01T09:00:00.000Z",
                     *           "keyId": "k7Qm2xPa0001",
                     *           "keyName": "Editor console",
                     *           "requestId": "6f1c2d4e-8a3b-4c5d-9e0f-112233445566",
                     *           "action": "draft.restore",
                     *           "target": "prompt:what-could-make-today-a-good-day",
                     *           "detail": {
                     *             "note": "Keep it after all",
                     *             "state": "draft",
                     *             "revision": 8
                     *           }
                     *         },
                     *         {
                     *           "id": 31,
                     *           "at": "2026-12-01T09:00:00.000Z",
                     *           "keyId": "k7Qm2xPa0001",
                     *           "keyName": "Editor console",
                     *           "requestId": "6f1c2d4e-8a3b-4c5d-9e0f-112233445566",
                     *           "action": "draft.archive",
                     *           "target": "prompt:what-could-make-today-a-good-day",
                     *           "detail": {
                     *             "note": "Retire it in the spring release",
                     *             "state": "draft",
                     *             "revision": 7
                     *           }
                     *         }
                     *       ],
                     *       "page": {
                     *         "limit": 2,
                     *         "nextCursor": "eyJiZWZvcmUiOjMxfQ"
                     *       }
                     *     }
                     */
                    "application/json": {
                        data: components["schemas"]["AuditEntry"][];
                        page: {
                            /**
                             * Format: int64
                             * @description Page size used for this page.
                             */
                            limit: number;
                            /** @description Cursor for the next page, or null on the last page. */
                            nextCursor: string | null;
                        };
                    };
                };
            };
            /** @description Invalid parameters: `errors` lists every bad field. */
            400: {
                headers: {
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    /** @description `no-store`: a problem is never cached. */
                    "Cache-Control"?: "no-store";
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listSchedules: {
        parameters: {
            query?: {
                /** @description Only schedules in this state. */
                state?: "scheduled" | "published" | "failed" | "cancelled";
                /** @description Page size, 1 to 100. */
                limit?: number;
                /** @description Opaque cursor from `page.nextCursor` of the previous page. */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of schedules, newest first. */
            200: {
                headers: {
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "id": 1,
                     *           "publishAt": "2026-12-01T09:00:00.000Z",
                     *           "documents": null,
                     *           "note": "December prompts, second batch",
                     *           "state": "scheduled",
                     *           "revision": 1,
                     *           "etag": "\"s1\"",
                     *           "releaseId": null,
                     *           "error": null,
                     *           "attempts": 0,
                     *           "reviewedBy": "School counselor (example reviewer)",
                     *           "reviewedAt": "2026-12-01T09:00:00.000Z",
                     *           "reviewNote": "Read the changed prompts for ages 6-12.",
                     *           "createdBy": "Editor console",
                     *           "createdAt": "2026-12-01T09:00:00.000Z",
                     *           "updatedAt": "2026-12-01T09:00:00.000Z"
                     *         }
                     *       ],
                     *       "page": {
                     *         "limit": 20,
                     *         "nextCursor": null
                     *       }
                     *     }
                     */
                    "application/json": {
                        data: components["schemas"]["Schedule"][];
                        page: {
                            /**
                             * Format: int64
                             * @description Page size used for this page.
                             */
                            limit: number;
                            /** @description Cursor for the next page, or null on the last page. */
                            nextCursor: string | null;
                        };
                    };
                };
            };
            /** @description Invalid parameters: `errors` lists every bad field. */
            400: {
                headers: {
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    /** @description `no-store`: a problem is never cached. */
                    "Cache-Control"?: "no-store";
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getSchedule: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Schedule id. */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The schedule. */
            200: {
                headers: {
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    /** @description The schedule's ETag (`"s<revision>"`), for `If-Match`. */
                    ETag?: string;
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": 1,
                     *       "publishAt": "2026-12-01T09:00:00.000Z",
                     *       "documents": null,
                     *       "note": "December prompts, second batch",
                     *       "state": "scheduled",
                     *       "revision": 1,
                     *       "etag": "\"s1\"",
                     *       "releaseId": null,
                     *       "error": null,
                     *       "attempts": 0,
                     *       "reviewedBy": "School counselor (example reviewer)",
                     *       "reviewedAt": "2026-12-01T09:00:00.000Z",
                     *       "reviewNote": "Read the changed prompts for ages 6-12.",
                     *       "createdBy": "Editor console",
                     *       "createdAt": "2026-12-01T09:00:00.000Z",
                     *       "updatedAt": "2026-12-01T09:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Schedule"];
                };
            };
            /** @description Invalid parameters: `errors` lists every bad field. */
            400: {
                headers: {
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    /** @description `no-store`: a problem is never cached. */
                    "Cache-Control"?: "no-store";
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /** @description No schedule with this id (`SCHEDULE_NOT_FOUND`). */
            404: {
                headers: {
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    /** @description `no-store`: a problem is never cached. */
                    "Cache-Control"?: "no-store";
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    cancelSchedule: {
        parameters: {
            query?: never;
            header?: {
                /** @description The schedule's ETag, from its GET. */
                "if-match"?: string;
            };
            path: {
                /** @description Schedule id. */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The cancelled schedule. */
            200: {
                headers: {
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    /** @description The schedule's ETag (`"s<revision>"`), for `If-Match`. */
                    ETag?: string;
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": 1,
                     *       "publishAt": "2026-12-01T09:00:00.000Z",
                     *       "documents": null,
                     *       "note": "An hour later",
                     *       "state": "cancelled",
                     *       "revision": 3,
                     *       "etag": "\"s3\"",
                     *       "releaseId": null,
                     *       "error": null,
                     *       "attempts": 0,
                     *       "reviewedBy": "School counselor (example reviewer)",
                     *       "reviewedAt": "2026-12-01T09:00:00.000Z",
                     *       "reviewNote": "Read the changed prompts for ages 6-12.",
                     *       "createdBy": "Editor console",
                     *       "createdAt": "2026-12-01T09:00:00.000Z",
                     *       "updatedAt": "2026-12-01T09:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Schedule"];
                };
            };
            /** @description Invalid parameters: `errors` lists every bad field. */
            400: {
                headers: {
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    /** @description `no-store`: a problem is never cached. */
                    "Cache-Control"?: "no-store";
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /** @description No schedule with this id (`SCHEDULE_NOT_FOUND`). */
            404: {
                headers: {
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    /** @description `no-store`: a problem is never cached. */
                    "Cache-Control"?: "no-store";
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The schedule already fired or was cancelled (`SCHEDULE_NOT_PENDING`). */
            409: {
                headers: {
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    /** @description `no-store`: a problem is never cached. */
                    "Cache-Control"?: "no-store";
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The schedule changed since you read it (`If-Match` is stale): read it again. */
            412: {
                headers: {
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    /** @description `no-store`: a problem is never cached. */
                    "Cache-Control"?: "no-store";
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported content type. */
            415: {
                headers: {
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    /** @description `no-store`: a problem is never cached. */
                    "Cache-Control"?: "no-store";
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    rescheduleRelease: {
        parameters: {
            query?: never;
            header?: {
                /** @description The schedule's ETag, from its GET. */
                "if-match"?: string;
            };
            path: {
                /** @description Schedule id. */
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: date-time
                     * @description When to publish: an RFC 3339 date-time with `Z` or an offset, in the future.
                     */
                    publishAt?: string;
                    note?: string;
                    /** @description The drafts to publish; null: every approved draft when it fires; absent: unchanged. */
                    documents?: string[] | null;
                };
            };
        };
        responses: {
            /** @description The changed schedule. */
            200: {
                headers: {
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    /** @description The schedule's ETag (`"s<revision>"`), for `If-Match`. */
                    ETag?: string;
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": 1,
                     *       "publishAt": "2026-12-01T09:00:00.000Z",
                     *       "documents": null,
                     *       "note": "An hour later",
                     *       "state": "scheduled",
                     *       "revision": 2,
                     *       "etag": "\"s2\"",
                     *       "releaseId": null,
                     *       "error": null,
                     *       "attempts": 0,
                     *       "reviewedBy": "School counselor (example reviewer)",
                     *       "reviewedAt": "2026-12-01T09:00:00.000Z",
                     *       "reviewNote": "Read the changed prompts for ages 6-12.",
                     *       "createdBy": "Editor console",
                     *       "createdAt": "2026-12-01T09:00:00.000Z",
                     *       "updatedAt": "2026-12-01T09:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Schedule"];
                };
            };
            /** @description Invalid parameters: `errors` lists every bad field. */
            400: {
                headers: {
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    /** @description `no-store`: a problem is never cached. */
                    "Cache-Control"?: "no-store";
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /** @description No schedule with this id (`SCHEDULE_NOT_FOUND`). */
            404: {
                headers: {
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    /** @description `no-store`: a problem is never cached. */
                    "Cache-Control"?: "no-store";
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The schedule already fired or was cancelled (`SCHEDULE_NOT_PENDING`). */
            409: {
                headers: {
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    /** @description `no-store`: a problem is never cached. */
                    "Cache-Control"?: "no-store";
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The schedule changed since you read it (`If-Match` is stale): read it again. */
            412: {
                headers: {
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    /** @description `no-store`: a problem is never cached. */
                    "Cache-Control"?: "no-store";
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported content type. */
            415: {
                headers: {
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    /** @description `no-store`: a problem is never cached. */
                    "Cache-Control"?: "no-store";
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `publishAt` is not in the future (`SCHEDULE_IN_PAST`). */
            422: {
                headers: {
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    /** @description `no-store`: a problem is never cached. */
                    "Cache-Control"?: "no-store";
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description This change needs an `If-Match` header with the schedule's ETag. */
            428: {
                headers: {
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    /** @description `no-store`: a problem is never cached. */
                    "Cache-Control"?: "no-store";
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listDocumentHistory: {
        parameters: {
            query?: {
                /** @description Page size, 1 to 100. */
                limit?: number;
                /** @description Opaque cursor from `page.nextCursor` of the previous page. */
                cursor?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page, newest first. */
            200: {
                headers: {
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "entry": "version",
                     *           "version": 1,
                     *           "createdAt": "2026-12-01T09:00:00.000Z",
                     *           "releaseId": 2,
                     *           "source": "publish",
                     *           "author": "Editor console",
                     *           "note": "December prompts"
                     *         },
                     *         {
                     *           "entry": "revision",
                     *           "revision": 9,
                     *           "action": "publish",
                     *           "state": null,
                     *           "kind": "edit",
                     *           "createdAt": "2026-12-01T09:00:00.000Z",
                     *           "author": "Editor console",
                     *           "note": "December prompts"
                     *         }
                     *       ],
                     *       "page": {
                     *         "limit": 2,
                     *         "nextCursor": "eyJ0IjoiMTc5NjExNTYwMDAwMDAwMCIsImsiOjAsIm4iOjE1ODF9"
                     *       }
                     *     }
                     */
                    "application/json": {
                        data: components["schemas"]["DocumentHistoryEntry"][];
                        page: {
                            /**
                             * Format: int64
                             * @description Page size used for this page.
                             */
                            limit: number;
                            /** @description Cursor for the next page, or null on the last page. */
                            nextCursor: string | null;
                        };
                    };
                };
            };
            /** @description Invalid parameters: `errors` lists every bad field. */
            400: {
                headers: {
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    /** @description `no-store`: a problem is never cached. */
                    "Cache-Control"?: "no-store";
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /** @description Nothing with this id in the release, or no such release. */
            404: {
                headers: {
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    /** @description `no-store`: a problem is never cached. */
                    "Cache-Control"?: "no-store";
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getDocumentDiff: {
        parameters: {
            query?: {
                /** @description A version number or `draft`; the published version by default. */
                from?: "draft" | number;
                /** @description A version number or `draft` (the default). */
                to?: "draft" | number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The difference. */
            200: {
                headers: {
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "from": 1,
                     *       "to": "draft",
                     *       "patch": [
                     *         {
                     *           "op": "replace",
                     *           "path": "/text",
                     *           "value": "What was one small win you had this week?"
                     *         }
                     *       ],
                     *       "changes": [
                     *         {
                     *           "field": "text",
                     *           "change": "changed",
                     *           "before": "What was one small win for you this week?",
                     *           "after": "What was one small win you had this week?"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["DocumentDiff"];
                };
            };
            /** @description Invalid parameters: `errors` lists every bad field. */
            400: {
                headers: {
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    /** @description `no-store`: a problem is never cached. */
                    "Cache-Control"?: "no-store";
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /** @description Nothing with this id in the release, or no such release. */
            404: {
                headers: {
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    /** @description `no-store`: a problem is never cached. */
                    "Cache-Control"?: "no-store";
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    restoreDocumentVersion: {
        parameters: {
            query?: never;
            header?: {
                /** @description The document's ETag, from its GET or the last write. */
                "if-match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: int32
                     * @description The version to restore.
                     */
                    version: number;
                    note?: string;
                };
            };
        };
        responses: {
            /** @description The document with the restored draft. */
            200: {
                headers: {
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    /** @description The document's current ETag, for `If-Match`. */
                    ETag?: string;
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "prompt:what-could-make-today-a-good-day",
                     *       "type": "prompt",
                     *       "slug": "what-could-make-today-a-good-day",
                     *       "state": "draft",
                     *       "published": {
                     *         "version": 1,
                     *         "content": {
                     *           "slug": "what-could-make-today-a-good-day",
                     *           "text": "What's one thing that could make today a good day for you?",
                     *           "depth": 1,
                     *           "ageMax": 12,
                     *           "ageMin": 4,
                     *           "themes": [],
                     *           "topics": [
                     *             "emotional-intelligence",
                     *             "emotional-needs"
                     *           ],
                     *           "purpose": "feelings",
                     *           "settings": [
                     *             "meal",
                     *             "car-ride"
                     *           ],
                     *           "direction": "mother-to-son",
                     *           "followUps": [],
                     *           "formerIds": [
                     *             "prompt:aa-how-do-you-want-today-to-feel"
                     *           ],
                     *           "readAloud": false,
                     *           "resources": [],
                     *           "sensitive": false,
                     *           "situations": [],
                     *           "responseTip": "If it's something you can make happen, try to. If not, help him find a small piece of it he can have today.",
                     *           "competencies": [
                     *             "self-awareness",
                     *             "self-management"
                     *           ],
                     *           "contentWarnings": []
                     *         }
                     *       },
                     *       "draft": {
                     *         "kind": "edit",
                     *         "state": "draft",
                     *         "revision": 8,
                     *         "etag": "\"d8\"",
                     *         "baseVersion": 1,
                     *         "content": {
                     *           "slug": "what-could-make-today-a-good-day",
                     *           "text": "What's one thing that could make today a good day for you?",
                     *           "depth": 1,
                     *           "ageMax": 12,
                     *           "ageMin": 4,
                     *           "themes": [],
                     *           "topics": [
                     *             "emotional-intelligence",
                     *             "emotional-needs"
                     *           ],
                     *           "purpose": "feelings",
                     *           "settings": [
                     *             "meal",
                     *             "car-ride"
                     *           ],
                     *           "direction": "mother-to-son",
                     *           "followUps": [],
                     *           "formerIds": [
                     *             "prompt:aa-how-do-you-want-today-to-feel"
                     *           ],
                     *           "readAloud": false,
                     *           "resources": [],
                     *           "sensitive": false,
                     *           "situations": [],
                     *           "responseTip": "If it's something you can make happen, try to. If not, help him find a small piece of it he can have today.",
                     *           "competencies": [
                     *             "self-awareness",
                     *             "self-management"
                     *           ],
                     *           "contentWarnings": []
                     *         },
                     *         "updatedAt": "2026-12-01T09:00:00.000Z",
                     *         "updatedBy": "Editor console"
                     *       },
                     *       "etag": "\"d8\""
                     *     }
                     */
                    "application/json": components["schemas"]["EditorialDocument"];
                };
            };
            /** @description Invalid parameters: `errors` lists every bad field. */
            400: {
                headers: {
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    /** @description `no-store`: a problem is never cached. */
                    "Cache-Control"?: "no-store";
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /** @description Nothing with this id in the release, or no such release. */
            404: {
                headers: {
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    /** @description `no-store`: a problem is never cached. */
                    "Cache-Control"?: "no-store";
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The document changed since you read it (`If-Match` is stale): read it again. */
            412: {
                headers: {
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    /** @description `no-store`: a problem is never cached. */
                    "Cache-Control"?: "no-store";
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description This write needs an `If-Match` header with the document's ETag. */
            428: {
                headers: {
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    /** @description `no-store`: a problem is never cached. */
                    "Cache-Control"?: "no-store";
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    rollbackRelease: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The release to restore. */
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    note: string;
                };
            };
        };
        responses: {
            /** @description The new release. */
            201: {
                headers: {
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "releaseId": 3,
                     *       "restoredFrom": 1,
                     *       "added": [],
                     *       "changed": [],
                     *       "removed": [
                     *         "prompt:a-small-win-this-week"
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["RolledBackRelease"];
                };
            };
            /** @description Invalid parameters: `errors` lists every bad field. */
            400: {
                headers: {
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    /** @description `no-store`: a problem is never cached. */
                    "Cache-Control"?: "no-store";
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /** @description Nothing with this id in the release, or no such release. */
            404: {
                headers: {
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    /** @description `no-store`: a problem is never cached. */
                    "Cache-Control"?: "no-store";
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state (an existing document, a draft in another state, nothing to publish). */
            409: {
                headers: {
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    /** @description `no-store`: a problem is never cached. */
                    "Cache-Control"?: "no-store";
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listWebhooks: {
        parameters: {
            query?: {
                /** @description Page size, 1 to 100. */
                limit?: number;
                /** @description Opaque cursor from `page.nextCursor` of the previous page. */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of subscriptions. */
            200: {
                headers: {
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    /** @description `no-store`. */
                    "Cache-Control"?: string;
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "id": "wh_3k9x2m7q1p5v8c4d",
                     *           "url": "https://portal.lincoln-middle.example.org/hooks/content",
                     *           "description": "Lincoln Middle School portal: review each release",
                     *           "eventTypes": [
                     *             "release.published",
                     *             "release.rolled_back"
                     *           ],
                     *           "policyKeyId": "k7Qm2xPa0002",
                     *           "enabled": true,
                     *           "disabledReason": null,
                     *           "previousSecretExpiresAt": null,
                     *           "revision": 1,
                     *           "etag": "\"w1\"",
                     *           "createdBy": "Editor console",
                     *           "createdAt": "2026-12-01T09:00:00.000Z",
                     *           "updatedAt": "2026-12-01T09:00:00.000Z"
                     *         }
                     *       ],
                     *       "page": {
                     *         "limit": 20,
                     *         "nextCursor": null
                     *       }
                     *     }
                     */
                    "application/json": {
                        data: components["schemas"]["Webhook"][];
                        page: {
                            /**
                             * Format: int64
                             * @description Page size used for this page.
                             */
                            limit: number;
                            /** @description Cursor for the next page, or null on the last page. */
                            nextCursor: string | null;
                        };
                    };
                };
            };
            /** @description Invalid parameters: `errors` lists every bad field. */
            400: {
                headers: {
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    /** @description `no-store`: a problem is never cached. */
                    "Cache-Control"?: "no-store";
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    createWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description https URL of the receiver. */
                    url: string;
                    /** @description Events to receive. */
                    eventTypes: ("release.published" | "release.rolled_back" | "schedule.failed" | "key.revoked")[];
                    description?: string;
                    /** @description An API key id: payloads reveal only what its content policy allows. */
                    policyKeyId?: string;
                    /** @description Your own `whsec_` secret (24 to 64 bytes in base64); one is made for you otherwise. */
                    secret?: string;
                };
            };
        };
        responses: {
            /** @description Created: the subscription, with its secret shown this once. */
            201: {
                headers: {
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    /** @description `no-store`. */
                    "Cache-Control"?: string;
                    /** @description The subscription's ETag (`"w<revision>"`), for `If-Match`. */
                    ETag?: string;
                    /** @description `/v1/admin/webhooks/{id}`. */
                    Location?: string;
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "wh_3k9x2m7q1p5v8c4d",
                     *       "url": "https://portal.lincoln-middle.example.org/hooks/content",
                     *       "description": "Lincoln Middle School portal: review each release",
                     *       "eventTypes": [
                     *         "release.published",
                     *         "release.rolled_back"
                     *       ],
                     *       "policyKeyId": "k7Qm2xPa0002",
                     *       "enabled": true,
                     *       "disabledReason": null,
                     *       "previousSecretExpiresAt": null,
                     *       "revision": 1,
                     *       "etag": "\"w1\"",
                     *       "createdBy": "Editor console",
                     *       "createdAt": "2026-12-01T09:00:00.000Z",
                     *       "updatedAt": "2026-12-01T09:00:00.000Z",
                     *       "secret": "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw7TsXJ8vA2Ng="
                     *     }
                     */
                    "application/json": components["schemas"]["CreatedWebhook"];
                };
            };
            /** @description Invalid parameters: `errors` lists every bad field. */
            400: {
                headers: {
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    /** @description `no-store`: a problem is never cached. */
                    "Cache-Control"?: "no-store";
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /** @description Unsupported content type. */
            415: {
                headers: {
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    /** @description `no-store`: a problem is never cached. */
                    "Cache-Control"?: "no-store";
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Webhook id.
                 * @example wh_3k9x2m7q1p5v8c4d
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The subscription. */
            200: {
                headers: {
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    /** @description `no-store`. */
                    "Cache-Control"?: string;
                    /** @description The subscription's ETag (`"w<revision>"`), for `If-Match`. */
                    ETag?: string;
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "wh_3k9x2m7q1p5v8c4d",
                     *       "url": "https://portal.lincoln-middle.example.org/hooks/content",
                     *       "description": "Lincoln Middle School portal: review each release",
                     *       "eventTypes": [
                     *         "release.published",
                     *         "release.rolled_back"
                     *       ],
                     *       "policyKeyId": "k7Qm2xPa0002",
                     *       "enabled": true,
                     *       "disabledReason": null,
                     *       "previousSecretExpiresAt": null,
                     *       "revision": 1,
                     *       "etag": "\"w1\"",
                     *       "createdBy": "Editor console",
                     *       "createdAt": "2026-12-01T09:00:00.000Z",
                     *       "updatedAt": "2026-12-01T09:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Webhook"];
                };
            };
            /** @description Invalid parameters: `errors` lists every bad field. */
            400: {
                headers: {
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    /** @description `no-store`: a problem is never cached. */
                    "Cache-Control"?: "no-store";
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /** @description Nothing with this id in the release, or no such release. */
            404: {
                headers: {
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    /** @description `no-store`: a problem is never cached. */
                    "Cache-Control"?: "no-store";
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    deleteWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Webhook id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted, as it was; nothing more is sent to it. */
            200: {
                headers: {
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    /** @description `no-store`. */
                    "Cache-Control"?: string;
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "wh_3k9x2m7q1p5v8c4d",
                     *       "url": "https://portal.lincoln-middle.example.org/hooks/content",
                     *       "description": "Lincoln Middle School portal: review each release and rollback",
                     *       "eventTypes": [
                     *         "release.published",
                     *         "release.rolled_back"
                     *       ],
                     *       "policyKeyId": "k7Qm2xPa0002",
                     *       "enabled": true,
                     *       "disabledReason": null,
                     *       "previousSecretExpiresAt": "2026-12-01T09:00:00.000Z",
                     *       "revision": 3,
                     *       "etag": "\"w3\"",
                     *       "createdBy": "Editor console",
                     *       "createdAt": "2026-12-01T09:00:00.000Z",
                     *       "updatedAt": "2026-12-01T09:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Webhook"];
                };
            };
            /** @description Invalid parameters: `errors` lists every bad field. */
            400: {
                headers: {
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    /** @description `no-store`: a problem is never cached. */
                    "Cache-Control"?: "no-store";
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /** @description Nothing with this id in the release, or no such release. */
            404: {
                headers: {
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    /** @description `no-store`: a problem is never cached. */
                    "Cache-Control"?: "no-store";
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    updateWebhook: {
        parameters: {
            query?: never;
            header?: {
                /** @description The subscription's ETag, from its GET. */
                "if-match"?: string;
            };
            path: {
                /** @description Webhook id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    url?: string;
                    eventTypes?: ("release.published" | "release.rolled_back" | "schedule.failed" | "key.revoked")[];
                    description?: string | null;
                    /** @description null removes the filter. */
                    policyKeyId?: string | null;
                    /** @description true resumes a subscription disabled by a 410 or by hand; its pending deliveries go out in order. */
                    enabled?: boolean;
                };
            };
        };
        responses: {
            /** @description The changed subscription. */
            200: {
                headers: {
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    /** @description `no-store`. */
                    "Cache-Control"?: string;
                    /** @description The subscription's ETag (`"w<revision>"`), for `If-Match`. */
                    ETag?: string;
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "wh_3k9x2m7q1p5v8c4d",
                     *       "url": "https://portal.lincoln-middle.example.org/hooks/content",
                     *       "description": "Lincoln Middle School portal: review each release and rollback",
                     *       "eventTypes": [
                     *         "release.published",
                     *         "release.rolled_back"
                     *       ],
                     *       "policyKeyId": "k7Qm2xPa0002",
                     *       "enabled": true,
                     *       "disabledReason": null,
                     *       "previousSecretExpiresAt": null,
                     *       "revision": 2,
                     *       "etag": "\"w2\"",
                     *       "createdBy": "Editor console",
                     *       "createdAt": "2026-12-01T09:00:00.000Z",
                     *       "updatedAt": "2026-12-01T09:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Webhook"];
                };
            };
            /** @description Invalid parameters: `errors` lists every bad field. */
            400: {
                headers: {
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    /** @description `no-store`: a problem is never cached. */
                    "Cache-Control"?: "no-store";
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /** @description Nothing with this id in the release, or no such release. */
            404: {
                headers: {
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    /** @description `no-store`: a problem is never cached. */
                    "Cache-Control"?: "no-store";
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The document changed since you read it (`If-Match` is stale): read it again. */
            412: {
                headers: {
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    /** @description `no-store`: a problem is never cached. */
                    "Cache-Control"?: "no-store";
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/precondition-failed",
                     *       "title": "The resource changed since you read it",
                     *       "status": 412,
                     *       "detail": "Webhook wh_3k9x2m7q1p5v8c4d changed since you read it (now \"w2\"); read it again and reapply your change.",
                     *       "code": "PRECONDITION_FAILED",
                     *       "instance": "/v1/admin/webhooks/wh_3k9x2m7q1p5v8c4d",
                     *       "requestId": "6f1c2d4e-8a3b-4c5d-9e0f-112233445566"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported content type. */
            415: {
                headers: {
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    /** @description `no-store`: a problem is never cached. */
                    "Cache-Control"?: "no-store";
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description This write needs an `If-Match` header with the document's ETag. */
            428: {
                headers: {
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    /** @description `no-store`: a problem is never cached. */
                    "Cache-Control"?: "no-store";
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    rotateWebhookSecret: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Webhook id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Your own `whsec_` secret; one is made for you otherwise. */
                    secret?: string;
                };
            };
        };
        responses: {
            /** @description The subscription with its new secret, shown this once. */
            200: {
                headers: {
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    /** @description `no-store`. */
                    "Cache-Control"?: string;
                    /** @description The subscription's ETag (`"w<revision>"`), for `If-Match`. */
                    ETag?: string;
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "wh_3k9x2m7q1p5v8c4d",
                     *       "url": "https://portal.lincoln-middle.example.org/hooks/content",
                     *       "description": "Lincoln Middle School portal: review each release and rollback",
                     *       "eventTypes": [
                     *         "release.published",
                     *         "release.rolled_back"
                     *       ],
                     *       "policyKeyId": "k7Qm2xPa0002",
                     *       "enabled": true,
                     *       "disabledReason": null,
                     *       "previousSecretExpiresAt": "2026-12-01T09:00:00.000Z",
                     *       "revision": 3,
                     *       "etag": "\"w3\"",
                     *       "createdBy": "Editor console",
                     *       "createdAt": "2026-12-01T09:00:00.000Z",
                     *       "updatedAt": "2026-12-01T09:00:00.000Z",
                     *       "secret": "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw7TsXJ8vA2Ng="
                     *     }
                     */
                    "application/json": components["schemas"]["CreatedWebhook"];
                };
            };
            /** @description Invalid parameters: `errors` lists every bad field. */
            400: {
                headers: {
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    /** @description `no-store`: a problem is never cached. */
                    "Cache-Control"?: "no-store";
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /** @description Nothing with this id in the release, or no such release. */
            404: {
                headers: {
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    /** @description `no-store`: a problem is never cached. */
                    "Cache-Control"?: "no-store";
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported content type. */
            415: {
                headers: {
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    /** @description `no-store`: a problem is never cached. */
                    "Cache-Control"?: "no-store";
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listWebhookDeliveries: {
        parameters: {
            query?: {
                /** @description Only deliveries in this state. */
                state?: "pending" | "delivering" | "succeeded" | "failed";
                /** @description Page size, 1 to 100. */
                limit?: number;
                /** @description Opaque cursor from `page.nextCursor` of the previous page. */
                cursor?: string;
            };
            header?: never;
            path: {
                /** @description Webhook id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of deliveries. */
            200: {
                headers: {
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    /** @description `no-store`. */
                    "Cache-Control"?: string;
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "id": 2,
                     *           "webhookId": "wh_3k9x2m7q1p5v8c4d",
                     *           "messageId": "msg_evt3",
                     *           "eventId": 3,
                     *           "eventType": "release.rolled_back",
                     *           "state": "succeeded",
                     *           "replay": false,
                     *           "attempts": 1,
                     *           "nextAttemptAt": null,
                     *           "lastStatus": 204,
                     *           "lastError": null,
                     *           "createdAt": "2026-12-01T09:00:00.000Z",
                     *           "updatedAt": "2026-12-01T09:00:00.000Z",
                     *           "attemptLog": [
                     *             {
                     *               "attempt": 1,
                     *               "startedAt": "2026-12-01T09:00:00.000Z",
                     *               "durationMs": 35,
                     *               "responseStatus": 204,
                     *               "error": null,
                     *               "outcome": "succeeded",
                     *               "nextAttemptAt": null
                     *             }
                     *           ]
                     *         },
                     *         {
                     *           "id": 1,
                     *           "webhookId": "wh_3k9x2m7q1p5v8c4d",
                     *           "messageId": "msg_evt2",
                     *           "eventId": 2,
                     *           "eventType": "release.published",
                     *           "state": "succeeded",
                     *           "replay": false,
                     *           "attempts": 1,
                     *           "nextAttemptAt": null,
                     *           "lastStatus": 204,
                     *           "lastError": null,
                     *           "createdAt": "2026-12-01T09:00:00.000Z",
                     *           "updatedAt": "2026-12-01T09:00:00.000Z",
                     *           "attemptLog": [
                     *             {
                     *               "attempt": 1,
                     *               "startedAt": "2026-12-01T09:00:00.000Z",
                     *               "durationMs": 35,
                     *               "responseStatus": 204,
                     *               "error": null,
                     *               "outcome": "succeeded",
                     *               "nextAttemptAt": null
                     *             }
                     *           ]
                     *         }
                     *       ],
                     *       "page": {
                     *         "limit": 2,
                     *         "nextCursor": null
                     *       }
                     *     }
                     */
                    "application/json": {
                        data: components["schemas"]["WebhookDelivery"][];
                        page: {
                            /**
                             * Format: int64
                             * @description Page size used for this page.
                             */
                            limit: number;
                            /** @description Cursor for the next page, or null on the last page. */
                            nextCursor: string | null;
                        };
                    };
                };
            };
            /** @description Invalid parameters: `errors` lists every bad field. */
            400: {
                headers: {
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    /** @description `no-store`: a problem is never cached. */
                    "Cache-Control"?: "no-store";
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /** @description Nothing with this id in the release, or no such release. */
            404: {
                headers: {
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    /** @description `no-store`: a problem is never cached. */
                    "Cache-Control"?: "no-store";
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getWebhookDelivery: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Webhook id.
                 * @example wh_3k9x2m7q1p5v8c4d
                 */
                id: string;
                /**
                 * @description Delivery id.
                 * @example 2
                 */
                deliveryId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The delivery. */
            200: {
                headers: {
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    /** @description `no-store`. */
                    "Cache-Control"?: string;
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": 2,
                     *       "webhookId": "wh_3k9x2m7q1p5v8c4d",
                     *       "messageId": "msg_evt3",
                     *       "eventId": 3,
                     *       "eventType": "release.rolled_back",
                     *       "state": "succeeded",
                     *       "replay": false,
                     *       "attempts": 1,
                     *       "nextAttemptAt": null,
                     *       "lastStatus": 204,
                     *       "lastError": null,
                     *       "createdAt": "2026-12-01T09:00:00.000Z",
                     *       "updatedAt": "2026-12-01T09:00:00.000Z",
                     *       "attemptLog": [
                     *         {
                     *           "attempt": 1,
                     *           "startedAt": "2026-12-01T09:00:00.000Z",
                     *           "durationMs": 35,
                     *           "responseStatus": 204,
                     *           "error": null,
                     *           "outcome": "succeeded",
                     *           "nextAttemptAt": null
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["WebhookDelivery"];
                };
            };
            /** @description Invalid parameters: `errors` lists every bad field. */
            400: {
                headers: {
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    /** @description `no-store`: a problem is never cached. */
                    "Cache-Control"?: "no-store";
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /** @description Nothing with this id in the release, or no such release. */
            404: {
                headers: {
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    /** @description `no-store`: a problem is never cached. */
                    "Cache-Control"?: "no-store";
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    replayWebhookDelivery: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Webhook id. */
                id: string;
                /** @description Delivery id. */
                deliveryId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The new delivery, after its first attempt. */
            200: {
                headers: {
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    /** @description `no-store`. */
                    "Cache-Control"?: string;
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": 3,
                     *       "webhookId": "wh_3k9x2m7q1p5v8c4d",
                     *       "messageId": "msg_evt3",
                     *       "eventId": 3,
                     *       "eventType": "release.rolled_back",
                     *       "state": "succeeded",
                     *       "replay": true,
                     *       "attempts": 1,
                     *       "nextAttemptAt": null,
                     *       "lastStatus": 204,
                     *       "lastError": null,
                     *       "createdAt": "2026-12-01T09:00:00.000Z",
                     *       "updatedAt": "2026-12-01T09:00:00.000Z",
                     *       "attemptLog": [
                     *         {
                     *           "attempt": 1,
                     *           "startedAt": "2026-12-01T09:00:00.000Z",
                     *           "durationMs": 35,
                     *           "responseStatus": 204,
                     *           "error": null,
                     *           "outcome": "succeeded",
                     *           "nextAttemptAt": null
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["WebhookDelivery"];
                };
            };
            /** @description Invalid parameters: `errors` lists every bad field. */
            400: {
                headers: {
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    /** @description `no-store`: a problem is never cached. */
                    "Cache-Control"?: "no-store";
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /** @description Nothing with this id in the release, or no such release. */
            404: {
                headers: {
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    /** @description `no-store`: a problem is never cached. */
                    "Cache-Control"?: "no-store";
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state (an existing document, a draft in another state, nothing to publish). */
            409: {
                headers: {
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    /** @description `no-store`: a problem is never cached. */
                    "Cache-Control"?: "no-store";
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    testWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Webhook id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The test delivery, after its first attempt. */
            200: {
                headers: {
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    /** @description `no-store`. */
                    "Cache-Control"?: string;
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": 4,
                     *       "webhookId": "wh_3k9x2m7q1p5v8c4d",
                     *       "messageId": "msg_test00000000000000000000000000000000",
                     *       "eventId": null,
                     *       "eventType": "webhook.test",
                     *       "state": "succeeded",
                     *       "replay": true,
                     *       "attempts": 1,
                     *       "nextAttemptAt": null,
                     *       "lastStatus": 204,
                     *       "lastError": null,
                     *       "createdAt": "2026-12-01T09:00:00.000Z",
                     *       "updatedAt": "2026-12-01T09:00:00.000Z",
                     *       "attemptLog": [
                     *         {
                     *           "attempt": 1,
                     *           "startedAt": "2026-12-01T09:00:00.000Z",
                     *           "durationMs": 35,
                     *           "responseStatus": 204,
                     *           "error": null,
                     *           "outcome": "succeeded",
                     *           "nextAttemptAt": null
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["WebhookDelivery"];
                };
            };
            /** @description Invalid parameters: `errors` lists every bad field. */
            400: {
                headers: {
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    /** @description `no-store`: a problem is never cached. */
                    "Cache-Control"?: "no-store";
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /** @description Nothing with this id in the release, or no such release. */
            404: {
                headers: {
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    /** @description `no-store`: a problem is never cached. */
                    "Cache-Control"?: "no-store";
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state (an existing document, a draft in another state, nothing to publish). */
            409: {
                headers: {
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    /** @description `no-store`: a problem is never cached. */
                    "Cache-Control"?: "no-store";
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
}
