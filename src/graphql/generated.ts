/* Generated from schema/*.graphql by `npm run graphql:generate`; do not edit. */
import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { TopicModel, FaqModel, PromptModel, ActivityModel, ResourceModel, ResourceListModel, NurturedTopicModel, GuideSectionModel, GuideModel, DailyPromptModel, PlannedPromptModel, ConversationPlanModel, RecommendationModel } from './models.js';
import type { ReleaseSummary } from '../releases/service.js';
import type { MercuriusContext } from 'mercurius';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** Arbitrary JSON, used for a document version's stored content. */
  JSON: { input: unknown; output: unknown; }
  /**
   * Which release a read is served from: a release id (an Int) to pin it, or the string "draft" for the
   * current release with the pending drafts laid over it (keys with the content:preview scope only; never
   * cached). A field's `release` in a draft read is the id of that preview, which cannot be pinned.
   */
  ReleaseSelector: { input: number | 'draft'; output: number | 'draft'; }
};

/** Entry points for reading content, and for editors, the documents with their drafts. */
export type Query = {
  __typename?: 'Query';
  /** The release unpinned reads are served from now. */
  currentRelease: Release;
  /** Activities, filtered and paged. */
  activities: ActivityConnection;
  /** One activity by slug, or by a former slug (it resolves to the successor, which lists it in `formerIds`); an error with code ACTIVITY_NOT_FOUND when the release has none. */
  activity: Activity;
  /** Ranked activities for a profile, each explained. */
  recommendations: Recommendations;
  /**
   * The audit log, newest first (scope keys:admin or content:publish): every change to drafts, releases,
   * schedules and API keys. Append-only: the database refuses to change or delete a row.
   */
  auditLog: AuditEntryPage;
  /**
   * Delta sync: the documents added, changed and removed between release `since` and the current release, deletions
   * included, as the caller's content policy sees each (a document that leaves the caller's view is removed).
   * Errors: RELEASE_NOT_FOUND (no such `since`), SINCE_AHEAD (`since` is newer than the current release: retry),
   * INVALID_CURSOR (a damaged cursor, or one issued for another `since` or `type`).
   */
  changes: ChangeFeed;
  /** A document's published versions and draft revisions, newest first (scope content:write or content:publish). */
  documentHistory: DocumentHistoryPage;
  /** What changed between two bodies of a document (scope content:write or content:publish). */
  documentDiff: DocumentDiff;
  /** One document with its draft (scope content:write or content:publish). */
  editorialDocument: EditorialDocument;
  /** Documents with their drafts (scope content:write or content:publish). */
  editorialDocuments: EditorialDocumentPage;
  /** The whole guide in reading order. */
  guide: Guide;
  /** The guide's topics in order. */
  topics: TopicConnection;
  /** One topic by slug; an error with code TOPIC_NOT_FOUND when the release has none. */
  topic: Topic;
  /** The guide's FAQs in order. */
  faqs: FaqConnection;
  /** One FAQ by slug. */
  faq: Faq;
  /** Conversation prompts, filtered and paged. */
  prompts: PromptConnection;
  /** One prompt by slug, or by a former slug (it resolves to the successor, which lists it in `formerIds`); an error with code PROMPT_NOT_FOUND when the release has none. */
  prompt: Prompt;
  /** The prompt of the day; the same for the same arguments on every device. */
  dailyPrompt: DailyPrompt;
  /** A conversation plan: warm-up, deeper and closing prompts with tips from the guide. */
  conversationPlan: ConversationPlan;
  /** Releases, newest first. */
  releases: ReleaseConnection;
  /** One release with its mapping; an error with code RELEASE_NOT_FOUND when there is none. */
  release: Release;
  /**
   * What changed between two releases, as the caller's content policy sees each of them: documents added,
   * changed (another version) and removed; a document that leaves the caller's view counts as removed.
   * An error with code RELEASE_NOT_FOUND when either release does not exist.
   */
  releaseDiff: ReleaseDiff;
  /** Any version that was ever published, exactly as it was. */
  documentVersion: DocumentVersion;
  /** The crisis resources of the caller's region (the key policy's `region`; US when it names none). */
  resources: ResourceList;
  /** One crisis resource by slug; an error with code RESOURCE_NOT_FOUND when the release has none for the caller's region. */
  resource: Resource;
  /** Scheduled releases, newest first, fired and cancelled ones included (scope content:write or content:publish). */
  schedules: SchedulePage;
  /** One scheduled release (scope content:write or content:publish). */
  schedule: Schedule;
  /** Full-text search across all content (web-search syntax). */
  search: SearchConnection;
  /** Webhook subscriptions, in id order (scope webhooks:admin or keys:admin). */
  webhooks: WebhookPage;
  /** One webhook subscription (scope webhooks:admin or keys:admin). */
  webhook: Webhook;
  /** A subscription's deliveries, newest first, with every attempt (scope webhooks:admin or keys:admin). */
  webhookDeliveries: WebhookDeliveryPage;
};


/** Entry points for reading content, and for editors, the documents with their drafts. */
export type QueryActivitiesArgs = {
  release?: InputMaybe<Scalars['ReleaseSelector']['input']>;
  filter?: InputMaybe<ActivityFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};


/** Entry points for reading content, and for editors, the documents with their drafts. */
export type QueryActivityArgs = {
  slug: Scalars['String']['input'];
  release?: InputMaybe<Scalars['ReleaseSelector']['input']>;
};


/** Entry points for reading content, and for editors, the documents with their drafts. */
export type QueryRecommendationsArgs = {
  release?: InputMaybe<Scalars['ReleaseSelector']['input']>;
  profile: RecommendationProfile;
};


/** Entry points for reading content, and for editors, the documents with their drafts. */
export type QueryAuditLogArgs = {
  action?: InputMaybe<Scalars['String']['input']>;
  target?: InputMaybe<Scalars['String']['input']>;
  keyId?: InputMaybe<Scalars['String']['input']>;
  since?: InputMaybe<Scalars['String']['input']>;
  until?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};


/** Entry points for reading content, and for editors, the documents with their drafts. */
export type QueryChangesArgs = {
  since: Scalars['Int']['input'];
  type?: InputMaybe<DocumentType>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};


/** Entry points for reading content, and for editors, the documents with their drafts. */
export type QueryDocumentHistoryArgs = {
  id: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};


/** Entry points for reading content, and for editors, the documents with their drafts. */
export type QueryDocumentDiffArgs = {
  id: Scalars['ID']['input'];
  from?: InputMaybe<Scalars['String']['input']>;
  to?: InputMaybe<Scalars['String']['input']>;
};


/** Entry points for reading content, and for editors, the documents with their drafts. */
export type QueryEditorialDocumentArgs = {
  id: Scalars['ID']['input'];
};


/** Entry points for reading content, and for editors, the documents with their drafts. */
export type QueryEditorialDocumentsArgs = {
  type?: InputMaybe<Scalars['String']['input']>;
  state?: InputMaybe<Scalars['String']['input']>;
  hasDraft?: InputMaybe<Scalars['Boolean']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};


/** Entry points for reading content, and for editors, the documents with their drafts. */
export type QueryGuideArgs = {
  release?: InputMaybe<Scalars['ReleaseSelector']['input']>;
};


/** Entry points for reading content, and for editors, the documents with their drafts. */
export type QueryTopicsArgs = {
  release?: InputMaybe<Scalars['ReleaseSelector']['input']>;
  filter?: InputMaybe<TopicFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};


/** Entry points for reading content, and for editors, the documents with their drafts. */
export type QueryTopicArgs = {
  slug: Scalars['String']['input'];
  release?: InputMaybe<Scalars['ReleaseSelector']['input']>;
};


/** Entry points for reading content, and for editors, the documents with their drafts. */
export type QueryFaqsArgs = {
  release?: InputMaybe<Scalars['ReleaseSelector']['input']>;
  topic?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};


/** Entry points for reading content, and for editors, the documents with their drafts. */
export type QueryFaqArgs = {
  slug: Scalars['String']['input'];
  release?: InputMaybe<Scalars['ReleaseSelector']['input']>;
};


/** Entry points for reading content, and for editors, the documents with their drafts. */
export type QueryPromptsArgs = {
  release?: InputMaybe<Scalars['ReleaseSelector']['input']>;
  filter?: InputMaybe<PromptFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};


/** Entry points for reading content, and for editors, the documents with their drafts. */
export type QueryPromptArgs = {
  slug: Scalars['String']['input'];
  release?: InputMaybe<Scalars['ReleaseSelector']['input']>;
};


/** Entry points for reading content, and for editors, the documents with their drafts. */
export type QueryDailyPromptArgs = {
  release?: InputMaybe<Scalars['ReleaseSelector']['input']>;
  date?: InputMaybe<Scalars['String']['input']>;
  timeZone?: InputMaybe<Scalars['String']['input']>;
  seed?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<PromptFilter>;
};


/** Entry points for reading content, and for editors, the documents with their drafts. */
export type QueryConversationPlanArgs = {
  release?: InputMaybe<Scalars['ReleaseSelector']['input']>;
  input: ConversationPlanInput;
};


/** Entry points for reading content, and for editors, the documents with their drafts. */
export type QueryReleasesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};


/** Entry points for reading content, and for editors, the documents with their drafts. */
export type QueryReleaseArgs = {
  id: Scalars['Int']['input'];
};


/** Entry points for reading content, and for editors, the documents with their drafts. */
export type QueryReleaseDiffArgs = {
  from: Scalars['Int']['input'];
  to: Scalars['Int']['input'];
  type?: InputMaybe<Scalars['String']['input']>;
};


/** Entry points for reading content, and for editors, the documents with their drafts. */
export type QueryDocumentVersionArgs = {
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};


/** Entry points for reading content, and for editors, the documents with their drafts. */
export type QueryResourcesArgs = {
  release?: InputMaybe<Scalars['ReleaseSelector']['input']>;
};


/** Entry points for reading content, and for editors, the documents with their drafts. */
export type QueryResourceArgs = {
  slug: Scalars['String']['input'];
  release?: InputMaybe<Scalars['ReleaseSelector']['input']>;
};


/** Entry points for reading content, and for editors, the documents with their drafts. */
export type QuerySchedulesArgs = {
  state?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};


/** Entry points for reading content, and for editors, the documents with their drafts. */
export type QueryScheduleArgs = {
  id: Scalars['Int']['input'];
};


/** Entry points for reading content, and for editors, the documents with their drafts. */
export type QuerySearchArgs = {
  q: Scalars['String']['input'];
  types?: InputMaybe<Array<Scalars['String']['input']>>;
  release?: InputMaybe<Scalars['ReleaseSelector']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};


/** Entry points for reading content, and for editors, the documents with their drafts. */
export type QueryWebhooksArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};


/** Entry points for reading content, and for editors, the documents with their drafts. */
export type QueryWebhookArgs = {
  id: Scalars['ID']['input'];
};


/** Entry points for reading content, and for editors, the documents with their drafts. */
export type QueryWebhookDeliveriesArgs = {
  id: Scalars['ID']['input'];
  state?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};

/** Paging state of a connection, following the Relay cursor connections convention. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Whether another page follows; ask for it with `after: endCursor`. */
  hasNextPage: Scalars['Boolean']['output'];
  /** Cursor of the last edge of this page, or null when the page is empty. */
  endCursor?: Maybe<Scalars['String']['output']>;
};

/** Something a mother and son can do together, and why it strengthens the bond. */
export type Activity = {
  __typename?: 'Activity';
  /** Document id, such as `activity:family-recipe-night`. */
  id: Scalars['ID']['output'];
  /** Version served by the release. */
  version: Scalars['Int']['output'];
  /** Release that served this activity. */
  release: Scalars['Int']['output'];
  /** URL-friendly name; use it with `activity(slug:)`. */
  slug: Scalars['String']['output'];
  /** Title. */
  title: Scalars['String']['output'];
  /** sports, art, cooking, nature, adventure, hobbies, games, music, service or routines. */
  category: Scalars['String']['output'];
  /** What it is and what makes it good for the two of them. */
  description: Scalars['String']['output'];
  /** How to do it. */
  steps: Array<Scalars['String']['output']>;
  /** What you need. */
  materials: Array<Scalars['String']['output']>;
  /** Youngest age of the son it suits. */
  ageMin: Scalars['Int']['output'];
  /** Oldest age of the son it suits; 99 means no upper limit. */
  ageMax: Scalars['Int']['output'];
  /** Shortest session, in minutes. Minutes always mean one session, the time together in one go: one day of a multi-day activity (sleep never counted), one sitting of a repeated one; never a total. */
  minutesMin: Scalars['Int']['output'];
  /** Longest session, in minutes (one session, as for minutesMin). */
  minutesMax: Scalars['Int']['output'];
  /** free ($0, only what most homes have), low (under $20), medium ($20-75) or high (over $75). */
  cost: Scalars['String']['output'];
  /** indoor, outdoor or either. */
  setting: Scalars['String']['output'];
  /** calm, moderate or active. */
  energy: Scalars['String']['output'];
  /** Seasons it suits. */
  seasons: Array<Scalars['String']['output']>;
  /** Interests it speaks to. */
  interests: Array<Scalars['String']['output']>;
  /** CASEL competencies it exercises. */
  competencies: Array<Scalars['String']['output']>;
  /** Guide topics it nurtures, each with one sentence why. */
  topics: Array<NurturedTopic>;
  /** Prompts to use during it. */
  suggestedPrompts: Array<Prompt>;
  /** How many people take part, mother and son included; null on versions published before November 2026. */
  participants?: Maybe<Participants>;
  /** True when mother and son can do it apart (video call, phone or post); null on versions published before November 2026. */
  remote?: Maybe<Scalars['Boolean']['output']>;
  /** Ways it is accessible: low-sensory, no-eye-contact-needed, wheelchair-friendly, no-reading-needed, seated, no-fine-motor. */
  accessibility: Array<Scalars['String']['output']>;
  /** Life situations it assumes (e.g. parents-living-apart, son-becoming-a-father); empty for activities that fit every family. Such an activity is recommended only to callers who name one of them. */
  situations: Array<Scalars['String']['output']>;
  /** Themes it is about (siblings, grief, culture-and-heritage...), for finding it; a theme never limits where it is recommended. */
  themes: Array<Scalars['String']['output']>;
  /** Once, over several days, or a series of sessions; null on versions published before November 2026. */
  recurrence?: Maybe<Recurrence>;
  /** For a counselor or group leader running it: what to prepare and what to watch for; null on versions published before November 2026. */
  facilitatorNote?: Maybe<Scalars['String']['output']>;
  /** Ids this activity had before a rename, or of activities merged into it; they still resolve to it. */
  formerIds: Array<Scalars['ID']['output']>;
  /** US school grade bands its age range covers: pre-k, k-2, 3-5, 6-8, 9-12, adult. */
  gradeBands: Array<Scalars['String']['output']>;
};

/** How many people an activity suits, mother and son included. */
export type Participants = {
  __typename?: 'Participants';
  /** Fewest people it needs. */
  min: Scalars['Int']['output'];
  /** Most people it suits. */
  max: Scalars['Int']['output'];
  /** Whether siblings, friends or other family can join in. */
  othersCanJoin: Scalars['Boolean']['output'];
};

/** Whether an activity happens once, over several days, or as a series; minutes are always one session (one day of a multi-day activity). */
export type Recurrence = {
  __typename?: 'Recurrence';
  /** once, multi-day or repeated. */
  kind: Scalars['String']['output'];
  /** Days a multi-day activity lasts. */
  days?: Maybe<Scalars['Int']['output']>;
  /** Sessions in a repeated activity. */
  sessions?: Maybe<Scalars['Int']['output']>;
  /** Weeks a repeated activity runs. */
  weeks?: Maybe<Scalars['Int']['output']>;
  /** True when a session over 4 hours is still one stretch of time on one day, not a total over several sittings; every activity with minutesMax over 240 says so. */
  sameDay?: Maybe<Scalars['Boolean']['output']>;
};

/** A topic an activity nurtures, and why. */
export type NurturedTopic = {
  __typename?: 'NurturedTopic';
  /** The topic. */
  topic: Topic;
  /** Why the activity nurtures it. */
  why: Scalars['String']['output'];
};

/** A page of activities. */
export type ActivityConnection = {
  __typename?: 'ActivityConnection';
  /** Release that served this page. */
  release: Scalars['Int']['output'];
  /** The activities with their cursors. */
  edges: Array<ActivityEdge>;
  /** The activities of this page. */
  nodes: Array<Activity>;
  /** Paging state. */
  pageInfo: PageInfo;
};

/** An activity and its cursor. */
export type ActivityEdge = {
  __typename?: 'ActivityEdge';
  /** Pass as `after` to continue after this activity. */
  cursor: Scalars['String']['output'];
  /** The activity. */
  node: Activity;
};

/** Filters for activities; all optional, combined with AND. */
export type ActivityFilter = {
  /** sports, art, cooking, nature, adventure, hobbies, games, music, service or routines. */
  category?: InputMaybe<Scalars['String']['input']>;
  /** The son's age: activities whose age range includes it. */
  age?: InputMaybe<Scalars['Int']['input']>;
  /** Only activities whose shortest version fits in this many minutes. */
  maxMinutes?: InputMaybe<Scalars['Int']['input']>;
  /** free, low, medium or high. */
  cost?: InputMaybe<Scalars['String']['input']>;
  /** indoor or outdoor (activities that work in either are kept too), or either. */
  setting?: InputMaybe<Scalars['String']['input']>;
  /** calm, moderate or active. */
  energy?: InputMaybe<Scalars['String']['input']>;
  /** Only activities nurturing this topic slug. */
  topic?: InputMaybe<Scalars['String']['input']>;
  /** spring, summer, autumn or winter. */
  season?: InputMaybe<Scalars['String']['input']>;
  /** true: only activities that can be done apart; false: only those done together in person. */
  remote?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only activities tagged low-sensory, no-eye-contact-needed, wheelchair-friendly, no-reading-needed, seated or no-fine-motor. */
  accessibility?: InputMaybe<Scalars['String']['input']>;
  /** Only activities that suit this many people, mother and son included (2-40). */
  participants?: InputMaybe<Scalars['Int']['input']>;
  /** US school grade band: pre-k, k-2, 3-5, 6-8, 9-12 or adult. */
  gradeBand?: InputMaybe<Scalars['String']['input']>;
  /** Only activities written for this life situation: new-school, moving-house, new-sibling, has-siblings, father-involved, parents-living-apart, blended-family, bereavement, son-leaving-home, son-has-a-partner, son-becoming-a-father, living-far-apart, adoption, foster-or-kinship-care, military-deployment, incarcerated-parent, parent-illness, disability. */
  situation?: InputMaybe<Scalars['String']['input']>;
  /** Only activities about this theme: siblings, fathers-and-absent-parents, adoption-and-care, military-families, disability-and-learning, grief, puberty-and-body, blended-families, parent-illness, school-transitions, substances, scary-news-and-drills, culture-and-heritage, peer-pressure. */
  theme?: InputMaybe<Scalars['String']['input']>;
};

/** Who the recommendations are for. Used for the request only: nothing is stored. */
export type RecommendationProfile = {
  /** The son's age, 3-99 (hard constraint). */
  age: Scalars['Int']['input'];
  /** What he enjoys, e.g. cooking, nature, music. */
  interests?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Minutes available (hard constraint). */
  minutes?: InputMaybe<Scalars['Int']['input']>;
  /** Most you want to spend: free, low, medium or high (hard constraint). */
  budget?: InputMaybe<Scalars['String']['input']>;
  /** indoor or outdoor (hard constraint). */
  setting?: InputMaybe<Scalars['String']['input']>;
  /** clear, hot, cold, rain or snow; rain leaves out outdoor activities. */
  weather?: InputMaybe<Scalars['String']['input']>;
  /** Energy you have today: calm, moderate or active. */
  energy?: InputMaybe<Scalars['String']['input']>;
  /** Guide topic slugs to nurture. */
  topics?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Season: spring, summer, autumn or winter. */
  season?: InputMaybe<Scalars['String']['input']>;
  /** Life situations the family is in (e.g. parents-living-apart, son-becoming-a-father). Activities and prompts that assume a situation are recommended only when one of theirs is named (hard constraint), and rank higher when it is. */
  situations?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Activities done recently (slugs or ids), left out. */
  recentActivities?: InputMaybe<Array<Scalars['String']['input']>>;
  /** How many to return, 1-20 (default 5). */
  limit?: InputMaybe<Scalars['Int']['input']>;
  /** true may also suggest prompts on sensitive subjects and deep (depth 3) prompts; they are left out by default, with any activity naming them. A key whose policy excludes them never gets them. */
  includeSensitive?: InputMaybe<Scalars['Boolean']['input']>;
  /** Breaks ties differently; the same seed gives the same answer. */
  seed?: InputMaybe<Scalars['String']['input']>;
};

/** Ranked recommendations, or the reason there are none. */
export type Recommendations = {
  __typename?: 'Recommendations';
  /** Release that served them. */
  release: Scalars['Int']['output'];
  /** Ranked activities. */
  items: Array<Recommendation>;
  /** Activities that met every hard constraint. */
  considered: Scalars['Int']['output'];
  /** Why the list is empty, when it is. */
  reason?: Maybe<Scalars['String']['output']>;
};

/** One recommended activity and why. */
export type Recommendation = {
  __typename?: 'Recommendation';
  /** Position, from 1. */
  rank: Scalars['Int']['output'];
  /** Sum of the weights in `why`. */
  score: Scalars['Float']['output'];
  /** The activity. */
  activity: Activity;
  /** One entry per factor that raised or lowered the score. */
  why: Array<RecommendationFactor>;
  /** One to three prompts to use during it. */
  prompts: Array<Prompt>;
};

/** A factor that raised or lowered a recommendation's score. */
export type RecommendationFactor = {
  __typename?: 'RecommendationFactor';
  /** age, interest, topic, energy, season, weather, time, budget, diversity or situation. */
  factor: Scalars['String']['output'];
  /** Points added, or removed when negative. */
  weight: Scalars['Float']['output'];
  /** A short human sentence. */
  reason: Scalars['String']['output'];
};

/** One recorded change: who made it (a key, or a named tool), what, to what, when, and in which request. */
export type AuditEntry = {
  __typename?: 'AuditEntry';
  /** Rows are numbered in the order they were written. */
  id: Scalars['Int']['output'];
  /** When the change was made (ISO 8601, UTC): the start of its transaction. */
  at: Scalars['String']['output'];
  /** The API key that made it; null for the command line tools and the content import. */
  keyId?: Maybe<Scalars['String']['output']>;
  /** The key's name, or the tool, such as "keys CLI (maria)" or "content import". */
  keyName: Scalars['String']['output'];
  /** The x-request-id of the request that made it, if a request did. */
  requestId?: Maybe<Scalars['String']['output']>;
  /** What was done, such as draft.edit, release.publish, key.create or key.revoke. */
  action: Scalars['String']['output'];
  /** What it was done to: a document id, release:<id>, schedule:<id> or key:<id>. */
  target: Scalars['String']['output'];
  /** What else the action records (a note, a revision, a key's scopes); never a key's secret. */
  detail?: Maybe<Scalars['JSON']['output']>;
};

/** A page of the audit log, newest first. */
export type AuditEntryPage = {
  __typename?: 'AuditEntryPage';
  /** The rows. */
  nodes: Array<AuditEntry>;
  /** Pass as `after` for the next page (with the same filters); null on the last. */
  nextAfter?: Maybe<Scalars['String']['output']>;
};

/** A kind of document. */
export type DocumentType =
  /** A section of the guide: its introduction or conclusion. */
  | 'SECTION'
  /** One of the guide's nine topics. */
  | 'TOPIC'
  /** A frequently asked question of the guide. */
  | 'FAQ'
  /** A conversation prompt. */
  | 'PROMPT'
  /** An activity to do together. */
  | 'ACTIVITY'
  /** A crisis resource: who to contact when what a son shares is serious. */
  | 'RESOURCE';

/**
 * One page of the change feed: what a device holding release `since` must apply to hold release `until`, as
 * the caller's content policy sees both releases, in document id order.
 */
export type ChangeFeed = {
  __typename?: 'ChangeFeed';
  /** The release compared from (0: the initial sync, from nothing). */
  since: Scalars['Int']['output'];
  /** The release compared to: the current release when the first page was read; every page of the sync keeps it. */
  until: Scalars['Int']['output'];
  /** On the last page, the release to pass as `since` next time (`until`); null on earlier pages. */
  nextSince?: Maybe<Scalars['Int']['output']>;
  /** The changes of this page, with their cursors. */
  edges: Array<ChangeEdge>;
  /** The changes of this page. */
  nodes: Array<ChangeEvent>;
  /** Paging state: pass `endCursor` as `after`, with the same `since` and `type`, while `hasNextPage`. */
  pageInfo: PageInfo;
};

/** A change and its cursor. */
export type ChangeEdge = {
  __typename?: 'ChangeEdge';
  /** Pass as `after` to continue after this change. */
  cursor: Scalars['String']['output'];
  /** The change. */
  node: ChangeEvent;
};

/** One change, shaped as a CloudEvents 1.0 event. */
export type ChangeEvent = {
  __typename?: 'ChangeEvent';
  /** CloudEvents version: 1.0. */
  specversion: Scalars['String']['output'];
  /** `<until>:<documentId>`: the same change always has the same id. */
  id: Scalars['ID']['output'];
  /** The release the change leads to: `/v1/releases/<until>`. */
  source: Scalars['String']['output'];
  /** document.added, document.changed or document.removed. */
  type: Scalars['String']['output'];
  /** The document id. */
  subject: Scalars['String']['output'];
  /** When the `until` release was published (ISO 8601). */
  time: Scalars['String']['output'];
  /** Media type of `data`: application/json. */
  datacontenttype: Scalars['String']['output'];
  /** What happened to the document. */
  data: DocumentChange;
};

/** What happened to one document between two releases. */
export type DocumentChange = {
  __typename?: 'DocumentChange';
  /** Document id. */
  documentId: Scalars['ID']['output'];
  /** section, topic, faq, prompt or activity. */
  type: Scalars['String']['output'];
  /** Document slug. */
  slug: Scalars['String']['output'];
  /** added, changed (another version) or removed (also when the document left the caller's view). */
  change: Scalars['String']['output'];
  /** Version in the `until` release; null when removed. */
  version?: Maybe<Scalars['Int']['output']>;
  /** Version in the `since` release; null when added. */
  previousVersion?: Maybe<Scalars['Int']['output']>;
  /** Where to fetch `version` over REST, exactly as published, forever; null when removed. GraphQL: `documentVersion`. */
  href?: Maybe<Scalars['String']['output']>;
};

/** An entry of a document's history: a published version or a draft revision. */
export type DocumentHistoryEntry = {
  /** When (ISO 8601). */
  createdAt: Scalars['String']['output'];
  /** Who made it: a key's name; null when no one was recorded. */
  author?: Maybe<Scalars['String']['output']>;
  /** Why, as the editor or publisher wrote it. */
  note?: Maybe<Scalars['String']['output']>;
};

/** A published version of a document, as its history lists it. */
export type VersionEntry = DocumentHistoryEntry & {
  __typename?: 'VersionEntry';
  /** Version number. */
  version: Scalars['Int']['output'];
  /** When the version was written (ISO 8601). */
  createdAt: Scalars['String']['output'];
  /** The first release that published it. */
  releaseId: Scalars['Int']['output'];
  /** What made that release: import, publish, rollback or schedule. */
  source: Scalars['String']['output'];
  /** Who published it (a key's name, from the audit log); null when the audit log names no one (imports from before the editorial API). */
  author?: Maybe<Scalars['String']['output']>;
  /** The note of that release. */
  note?: Maybe<Scalars['String']['output']>;
};

/** One change to a document's draft, as its history lists it. */
export type RevisionEntry = DocumentHistoryEntry & {
  __typename?: 'RevisionEntry';
  /** The draft revision (the draft's ETag was `"d<revision>"`). */
  revision: Scalars['Int']['output'];
  /** create, edit, restore, archive, submit, approve, reject, discard or publish. */
  action: Scalars['String']['output'];
  /** The draft's state after the change; null once it was discarded or published. */
  state?: Maybe<Scalars['String']['output']>;
  /** edit or archive. */
  kind?: Maybe<Scalars['String']['output']>;
  /** When (ISO 8601). */
  createdAt: Scalars['String']['output'];
  /** Name of the key that made the change. */
  author?: Maybe<Scalars['String']['output']>;
  /** Why, as the editor wrote it. */
  note?: Maybe<Scalars['String']['output']>;
};

/** A page of a document's history, newest first. */
export type DocumentHistoryPage = {
  __typename?: 'DocumentHistoryPage';
  /** The entries. */
  nodes: Array<DocumentHistoryEntry>;
  /** Pass as `after` for the next page; null on the last. */
  nextAfter?: Maybe<Scalars['String']['output']>;
};

/** A top-level field that differs between two bodies. */
export type FieldChange = {
  __typename?: 'FieldChange';
  /** The field. */
  field: Scalars['String']['output'];
  /** added, removed or changed. */
  change: Scalars['String']['output'];
  /** Its value in `from`; null when added. */
  before?: Maybe<Scalars['JSON']['output']>;
  /** Its value in `to`; null when removed. */
  after?: Maybe<Scalars['JSON']['output']>;
};

/** What changed between two bodies of a document. */
export type DocumentDiff = {
  __typename?: 'DocumentDiff';
  /** The version compared from, or `draft`; null when the document has no published version (the diff starts from `{}`). */
  from?: Maybe<Scalars['String']['output']>;
  /** The version compared to, or `draft`. */
  to: Scalars['String']['output'];
  /** A JSON Patch (RFC 6902) that turns the `from` body into the `to` body. */
  patch: Scalars['JSON']['output'];
  /** The changed top-level fields, for people. */
  changes: Array<FieldChange>;
};

/** A release that restores an earlier one's mapping. */
export type RolledBackRelease = {
  __typename?: 'RolledBackRelease';
  /** The new release, now current. */
  releaseId: Scalars['Int']['output'];
  /** The release whose mapping it copies. */
  restoredFrom: Scalars['Int']['output'];
  /** Documents it publishes that the previous current release did not. */
  added: Array<Scalars['ID']['output']>;
  /** Documents it publishes at another version. */
  changed: Array<Scalars['ID']['output']>;
  /** Documents it no longer publishes. */
  removed: Array<Scalars['ID']['output']>;
};

/** A document as editors see it: what is published, and the pending draft. */
export type EditorialDocument = {
  __typename?: 'EditorialDocument';
  /** Document id. */
  id: Scalars['ID']['output'];
  /** section, topic, faq, prompt or activity. */
  type: Scalars['String']['output'];
  /** Document slug. */
  slug: Scalars['String']['output'];
  /** The draft's state (draft, in-review, approved), or published/unpublished when there is none. */
  state: Scalars['String']['output'];
  /** The version the current release publishes, or null. */
  published?: Maybe<PublishedContent>;
  /** The pending draft, or null. */
  draft?: Maybe<Draft>;
  /** What `ifMatch` must carry for the next write. */
  etag: Scalars['String']['output'];
};

/** A published version's content. */
export type PublishedContent = {
  __typename?: 'PublishedContent';
  /** Version number. */
  version: Scalars['Int']['output'];
  /** The stored body. */
  content: Scalars['JSON']['output'];
};

/** The one pending change of a document. */
export type Draft = {
  __typename?: 'Draft';
  /** edit (a new body) or archive (removal from the next release). */
  kind: Scalars['String']['output'];
  /** draft, in-review or approved. */
  state: Scalars['String']['output'];
  /** Bumped by every change. */
  revision: Scalars['Int']['output'];
  /** The draft's ETag; pass it as `ifMatch` to change the draft. */
  etag: Scalars['String']['output'];
  /** The published version the draft started from; null for a new document. */
  baseVersion?: Maybe<Scalars['Int']['output']>;
  /** The draft body; null for an archive. */
  content?: Maybe<Scalars['JSON']['output']>;
  /** When it last changed (ISO 8601). */
  updatedAt: Scalars['String']['output'];
  /** Name of the key that last changed it. */
  updatedBy: Scalars['String']['output'];
};

/** A page of editorial documents, by document id. */
export type EditorialDocumentPage = {
  __typename?: 'EditorialDocumentPage';
  /** The documents. */
  nodes: Array<EditorialDocument>;
  /** Pass as `after` for the next page; null on the last. */
  nextAfter?: Maybe<Scalars['String']['output']>;
};

/** A release made by publishing approved drafts. */
export type PublishedRelease = {
  __typename?: 'PublishedRelease';
  /** The new release, now current. */
  releaseId: Scalars['Int']['output'];
  /** Documents published with a new version. */
  published: Array<Scalars['ID']['output']>;
  /** Documents removed from the release. */
  archived: Array<Scalars['ID']['output']>;
};

/**
 * Editorial writes, over the same service as REST's /v1/admin routes: the same scopes (checked in the
 * service), the same error codes in `extensions.code`.
 */
export type Mutation = {
  __typename?: 'Mutation';
  /** Creates a document as a draft (scope content:write). Its content is validated by its type's declaration. */
  createDocument: EditorialDocument;
  /** Replaces the draft (scope content:write). `ifMatch` must be the document's current ETag. */
  updateDraft: EditorialDocument;
  /** Edits the draft with a JSON Merge Patch, RFC 7396 (scope content:write). */
  patchDraft: EditorialDocument;
  /** Discards the draft (scope content:write), only if it is still the one read. */
  discardDraft: EditorialDocument;
  /** Marks a published document for removal from the next release (scope content:write). */
  archiveDocument: EditorialDocument;
  /** draft -> in-review (scope content:write). */
  submitDraft: EditorialDocument;
  /** in-review -> approved (scope content:publish). */
  approveDraft: EditorialDocument;
  /** in-review -> draft, with a note (scope content:publish). */
  rejectDraft: EditorialDocument;
  /** Publishes every approved draft, or the listed ones, as a new release (scope content:publish). */
  publishRelease: PublishedRelease;
  /** Makes an earlier version's body the draft (scope content:write); an archived document comes back this way. */
  restoreDocumentVersion: EditorialDocument;
  /** Publishes a new release with an earlier release's mapping (scope content:publish); drafts are left as they are. */
  rollbackRelease: RolledBackRelease;
  /**
   * Schedules a release (scope content:publish): at `publishAt` the listed drafts, or every approved draft then, are
   * published once, as `publishRelease` would. The listed documents must exist and have a draft now.
   */
  scheduleRelease: Schedule;
  /**
   * Changes a scheduled or failed schedule (scope content:publish); a failed one is scheduled again. `ifMatch` must be
   * its current ETag.
   */
  reschedule: Schedule;
  /** Cancels a scheduled or failed schedule (scope content:publish); it stays, as history. With `ifMatch`, only if it is still the one read. */
  cancelSchedule: Schedule;
  /** Subscribes a URL to events (scope webhooks:admin or keys:admin); the secret is in the answer, this once. */
  createWebhook: WebhookWithSecret;
  /** Changes a subscription; `ifMatch` must be its current ETag. Omitted fields stay; null clears description or policyKeyId. */
  updateWebhook: Webhook;
  /** Deletes a subscription and its delivery log; answers with it as it was. */
  deleteWebhook: Webhook;
  /** A new signing secret; the old one keeps signing too (a second signature) for the grace period. */
  rotateWebhookSecret: WebhookWithSecret;
  /** Sends a delivery's message again now, with the same webhook-id and body; answers after the attempt. */
  replayWebhookDelivery: WebhookDelivery;
  /** Sends a signed webhook.test ping now; answers after the attempt. */
  testWebhook: WebhookDelivery;
};


/**
 * Editorial writes, over the same service as REST's /v1/admin routes: the same scopes (checked in the
 * service), the same error codes in `extensions.code`.
 */
export type MutationCreateDocumentArgs = {
  type: Scalars['String']['input'];
  content: Scalars['JSON']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
};


/**
 * Editorial writes, over the same service as REST's /v1/admin routes: the same scopes (checked in the
 * service), the same error codes in `extensions.code`.
 */
export type MutationUpdateDraftArgs = {
  id: Scalars['ID']['input'];
  content: Scalars['JSON']['input'];
  ifMatch: Scalars['String']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
};


/**
 * Editorial writes, over the same service as REST's /v1/admin routes: the same scopes (checked in the
 * service), the same error codes in `extensions.code`.
 */
export type MutationPatchDraftArgs = {
  id: Scalars['ID']['input'];
  patch: Scalars['JSON']['input'];
  ifMatch: Scalars['String']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
};


/**
 * Editorial writes, over the same service as REST's /v1/admin routes: the same scopes (checked in the
 * service), the same error codes in `extensions.code`.
 */
export type MutationDiscardDraftArgs = {
  id: Scalars['ID']['input'];
  ifMatch: Scalars['String']['input'];
};


/**
 * Editorial writes, over the same service as REST's /v1/admin routes: the same scopes (checked in the
 * service), the same error codes in `extensions.code`.
 */
export type MutationArchiveDocumentArgs = {
  id: Scalars['ID']['input'];
  ifMatch: Scalars['String']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
};


/**
 * Editorial writes, over the same service as REST's /v1/admin routes: the same scopes (checked in the
 * service), the same error codes in `extensions.code`.
 */
export type MutationSubmitDraftArgs = {
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
};


/**
 * Editorial writes, over the same service as REST's /v1/admin routes: the same scopes (checked in the
 * service), the same error codes in `extensions.code`.
 */
export type MutationApproveDraftArgs = {
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
};


/**
 * Editorial writes, over the same service as REST's /v1/admin routes: the same scopes (checked in the
 * service), the same error codes in `extensions.code`.
 */
export type MutationRejectDraftArgs = {
  id: Scalars['ID']['input'];
  note: Scalars['String']['input'];
};


/**
 * Editorial writes, over the same service as REST's /v1/admin routes: the same scopes (checked in the
 * service), the same error codes in `extensions.code`.
 */
export type MutationPublishReleaseArgs = {
  documents?: InputMaybe<Array<Scalars['ID']['input']>>;
  note: Scalars['String']['input'];
  reviewedBy?: InputMaybe<Scalars['String']['input']>;
  reviewedAt?: InputMaybe<Scalars['String']['input']>;
  reviewNote?: InputMaybe<Scalars['String']['input']>;
};


/**
 * Editorial writes, over the same service as REST's /v1/admin routes: the same scopes (checked in the
 * service), the same error codes in `extensions.code`.
 */
export type MutationRestoreDocumentVersionArgs = {
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
  ifMatch: Scalars['String']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
};


/**
 * Editorial writes, over the same service as REST's /v1/admin routes: the same scopes (checked in the
 * service), the same error codes in `extensions.code`.
 */
export type MutationRollbackReleaseArgs = {
  id: Scalars['Int']['input'];
  note: Scalars['String']['input'];
};


/**
 * Editorial writes, over the same service as REST's /v1/admin routes: the same scopes (checked in the
 * service), the same error codes in `extensions.code`.
 */
export type MutationScheduleReleaseArgs = {
  publishAt: Scalars['String']['input'];
  documents?: InputMaybe<Array<Scalars['ID']['input']>>;
  note: Scalars['String']['input'];
  reviewedBy?: InputMaybe<Scalars['String']['input']>;
  reviewedAt?: InputMaybe<Scalars['String']['input']>;
  reviewNote?: InputMaybe<Scalars['String']['input']>;
};


/**
 * Editorial writes, over the same service as REST's /v1/admin routes: the same scopes (checked in the
 * service), the same error codes in `extensions.code`.
 */
export type MutationRescheduleArgs = {
  id: Scalars['Int']['input'];
  ifMatch: Scalars['String']['input'];
  publishAt?: InputMaybe<Scalars['String']['input']>;
  documents?: InputMaybe<Array<Scalars['ID']['input']>>;
  note?: InputMaybe<Scalars['String']['input']>;
};


/**
 * Editorial writes, over the same service as REST's /v1/admin routes: the same scopes (checked in the
 * service), the same error codes in `extensions.code`.
 */
export type MutationCancelScheduleArgs = {
  id: Scalars['Int']['input'];
  ifMatch?: InputMaybe<Scalars['String']['input']>;
};


/**
 * Editorial writes, over the same service as REST's /v1/admin routes: the same scopes (checked in the
 * service), the same error codes in `extensions.code`.
 */
export type MutationCreateWebhookArgs = {
  url: Scalars['String']['input'];
  eventTypes: Array<Scalars['String']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  policyKeyId?: InputMaybe<Scalars['String']['input']>;
  secret?: InputMaybe<Scalars['String']['input']>;
};


/**
 * Editorial writes, over the same service as REST's /v1/admin routes: the same scopes (checked in the
 * service), the same error codes in `extensions.code`.
 */
export type MutationUpdateWebhookArgs = {
  id: Scalars['ID']['input'];
  ifMatch: Scalars['String']['input'];
  url?: InputMaybe<Scalars['String']['input']>;
  eventTypes?: InputMaybe<Array<Scalars['String']['input']>>;
  description?: InputMaybe<Scalars['String']['input']>;
  policyKeyId?: InputMaybe<Scalars['String']['input']>;
  enabled?: InputMaybe<Scalars['Boolean']['input']>;
};


/**
 * Editorial writes, over the same service as REST's /v1/admin routes: the same scopes (checked in the
 * service), the same error codes in `extensions.code`.
 */
export type MutationDeleteWebhookArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Editorial writes, over the same service as REST's /v1/admin routes: the same scopes (checked in the
 * service), the same error codes in `extensions.code`.
 */
export type MutationRotateWebhookSecretArgs = {
  id: Scalars['ID']['input'];
  secret?: InputMaybe<Scalars['String']['input']>;
};


/**
 * Editorial writes, over the same service as REST's /v1/admin routes: the same scopes (checked in the
 * service), the same error codes in `extensions.code`.
 */
export type MutationReplayWebhookDeliveryArgs = {
  id: Scalars['ID']['input'];
  deliveryId: Scalars['Int']['input'];
};


/**
 * Editorial writes, over the same service as REST's /v1/admin routes: the same scopes (checked in the
 * service), the same error codes in `extensions.code`.
 */
export type MutationTestWebhookArgs = {
  id: Scalars['ID']['input'];
};

/** The whole guide in reading order, as published in a release. */
export type Guide = {
  __typename?: 'Guide';
  /** Release that served this guide. */
  release: Scalars['Int']['output'];
  /** Title of the guide. */
  title: Scalars['String']['output'];
  /** Opening section. */
  introduction: GuideSection;
  /** Heading above the nine topics. */
  topicsHeading: Scalars['String']['output'];
  /** The nine topics, in order. */
  topics: Array<Topic>;
  /** Closing section. */
  conclusion: GuideSection;
  /** Frequently asked questions, in order. */
  faqs: Array<Faq>;
};

/** An untitled or titled part of the guide that is not a topic: the introduction or the conclusion. */
export type GuideSection = {
  __typename?: 'GuideSection';
  /** Document id, such as `guide:introduction`. */
  id: Scalars['ID']['output'];
  /** Version served by the release. */
  version: Scalars['Int']['output'];
  /** Section title. */
  title: Scalars['String']['output'];
  /** The client's text, paragraph by paragraph. */
  paragraphs: Array<Scalars['String']['output']>;
};

/** One of the nine topics of the guide, in the client's words. */
export type Topic = {
  __typename?: 'Topic';
  /** Document id, such as `topic:boundaries`; with `version` it names this exact text forever. */
  id: Scalars['ID']['output'];
  /** Version served by the release. */
  version: Scalars['Int']['output'];
  /** Release that served this topic. */
  release: Scalars['Int']['output'];
  /** URL-friendly name, such as `boundaries`. */
  slug: Scalars['String']['output'];
  /** Position in the guide, from 1. */
  number: Scalars['Int']['output'];
  /** Title, as in the guide. */
  title: Scalars['String']['output'];
  /** The topic's opening sentence, quoted. */
  summary: Scalars['String']['output'];
  /** The guide's text for the topic, paragraph by paragraph. */
  paragraphs: Array<Scalars['String']['output']>;
  /** Sentences quoted from the guide that carry the topic. */
  keyPoints: Array<Scalars['String']['output']>;
  /** CASEL competencies the topic builds. */
  competencies: Array<Scalars['String']['output']>;
  /** Stages of the son's life the topic's prompts and activities reach (content:check keeps the two in step). */
  lifeStages: Array<Scalars['String']['output']>;
  /** Conversation prompts drawing on this topic. */
  prompts: PromptConnection;
  /** Activities that nurture this topic. */
  activities: ActivityConnection;
  /** FAQs related to this topic. */
  faqs: FaqConnection;
};


/** One of the nine topics of the guide, in the client's words. */
export type TopicPromptsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};


/** One of the nine topics of the guide, in the client's words. */
export type TopicActivitiesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};


/** One of the nine topics of the guide, in the client's words. */
export type TopicFaqsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};

/** A question from the guide's FAQ with its answer. */
export type Faq = {
  __typename?: 'Faq';
  /** Document id, such as `faq:encouraging-open-communication`. */
  id: Scalars['ID']['output'];
  /** Version served by the release. */
  version: Scalars['Int']['output'];
  /** Release that served this FAQ. */
  release: Scalars['Int']['output'];
  /** URL-friendly name. */
  slug: Scalars['String']['output'];
  /** Position among the FAQs, from 1. */
  position: Scalars['Int']['output'];
  /** The question. */
  question: Scalars['String']['output'];
  /** The answer, as in the guide. */
  answer: Scalars['String']['output'];
  /** Topics the answer relates to. */
  topics: Array<Topic>;
};

/** A page of topics. */
export type TopicConnection = {
  __typename?: 'TopicConnection';
  /** Release that served this page. */
  release: Scalars['Int']['output'];
  /** The topics with their cursors. */
  edges: Array<TopicEdge>;
  /** The topics of this page. */
  nodes: Array<Topic>;
  /** Paging state. */
  pageInfo: PageInfo;
};

/** A topic and its cursor. */
export type TopicEdge = {
  __typename?: 'TopicEdge';
  /** Pass as `after` to continue after this topic. */
  cursor: Scalars['String']['output'];
  /** The topic. */
  node: Topic;
};

/** A page of FAQs. */
export type FaqConnection = {
  __typename?: 'FaqConnection';
  /** Release that served this page. */
  release: Scalars['Int']['output'];
  /** The FAQs with their cursors. */
  edges: Array<FaqEdge>;
  /** The FAQs of this page. */
  nodes: Array<Faq>;
  /** Paging state. */
  pageInfo: PageInfo;
};

/** An FAQ and its cursor. */
export type FaqEdge = {
  __typename?: 'FaqEdge';
  /** Pass as `after` to continue after this FAQ. */
  cursor: Scalars['String']['output'];
  /** The FAQ. */
  node: Faq;
};

/** Filters for topics. */
export type TopicFilter = {
  /** Only topics building this CASEL competency, e.g. `self-awareness`. */
  competency?: InputMaybe<Scalars['String']['input']>;
  /** Only topics that matter at this stage, e.g. `teens`. */
  lifeStage?: InputMaybe<Scalars['String']['input']>;
};

/** A conversation prompt: a question or opener a mother or a son can use. */
export type Prompt = {
  __typename?: 'Prompt';
  /** Document id, such as `prompt:a-dream-you-have-not-told-many-people`. */
  id: Scalars['ID']['output'];
  /** Version served by the release. */
  version: Scalars['Int']['output'];
  /** Release that served this prompt. */
  release: Scalars['Int']['output'];
  /** URL-friendly name; use it with `prompt(slug:)`. */
  slug: Scalars['String']['output'];
  /** The question or opener. */
  text: Scalars['String']['output'];
  /** Youngest age of the son it suits. */
  ageMin: Scalars['Int']['output'];
  /** Oldest age of the son it suits; 99 means no upper limit. */
  ageMax: Scalars['Int']['output'];
  /** 1 light, 2 personal, 3 deep. */
  depth: Scalars['Int']['output'];
  /** Occasions it suits: car-ride, meal, walk, bedtime, activity, message. */
  settings: Array<Scalars['String']['output']>;
  /** Who asks: mother-to-son, son-to-mother or either. */
  direction: Scalars['String']['output'];
  /** CASEL competencies the conversation exercises. */
  competencies: Array<Scalars['String']['output']>;
  /** True when the subject may upset (grief, divorce, conflict...). Every depth 3 prompt is sensitive, and so is every prompt with a content warning except romance up to depth 2 and separation-and-divorce at depth 1. */
  sensitive: Scalars['Boolean']['output'];
  /** What it touches: grief-and-loss, separation-and-divorce, health-and-body, mental-health, money-worries, safety, bullying, identity, conflict, romance, sexual-health (sex, consent, pressure to go further, and control in a dating relationship) or substances (vaping, drinking, drugs and pills). */
  contentWarnings: Array<Scalars['String']['output']>;
  /** Life situations it assumes (e.g. parents-living-apart, new-sibling); empty for prompts that fit every family. */
  situations: Array<Scalars['String']['output']>;
  /** Themes it is about (siblings, grief, peer-pressure...), for finding it; a theme never limits where it is served. */
  themes: Array<Scalars['String']['output']>;
  /** What the conversation is for: getting-to-know, feelings, appreciation, repair, dreams-and-future, memories-and-legacy or everyday; null on versions published before November 2026. */
  purpose?: Maybe<Scalars['String']['output']>;
  /** How the listener can respond; every prompt has one, at any depth (versions published before December 2026 may not). */
  responseTip?: Maybe<Scalars['String']['output']>;
  /** For the adult, on prompts that invite a disclosure: how to listen, and where to turn if what he shares is serious. */
  safeguardingNote?: Maybe<Scalars['String']['output']>;
  /** For the mother, on every son-to-mother prompt of depth 3 or sensitive: how to answer honestly, at his age, without handing him adult worries. */
  motherNote?: Maybe<Scalars['String']['output']>;
  /** True when the adult reads it aloud for a young son: a son-to-mother prompt for ages 6-7 whose words are above his reading level; null on versions published before December 2026. */
  readAloud?: Maybe<Scalars['Boolean']['output']>;
  /** Ids this prompt had before a rename, or of prompts merged into it; they still resolve to it. */
  formerIds: Array<Scalars['ID']['output']>;
  /** US school grade bands its age range covers: pre-k, k-2, 3-5, 6-8, 9-12, adult. */
  gradeBands: Array<Scalars['String']['output']>;
  /** Flesch-Kincaid US grade level of the text, computed on import. */
  readingGrade: Scalars['Float']['output'];
  /** Prompts that make a natural next question, in order. */
  followUps: Array<Prompt>;
  /** Guide topics the prompt draws on, the main one first. */
  topics: Array<Topic>;
  /**
   * Crisis resources for the adult, the best fit first, resolved; only those of the caller's region (a region with none gets none).
   * Every prompt with a `safeguardingNote` names at least one for the US.
   */
  resources: Array<Resource>;
};

/** A page of prompts. */
export type PromptConnection = {
  __typename?: 'PromptConnection';
  /** Release that served this page. */
  release: Scalars['Int']['output'];
  /** The prompts with their cursors. */
  edges: Array<PromptEdge>;
  /** The prompts of this page. */
  nodes: Array<Prompt>;
  /** Paging state. */
  pageInfo: PageInfo;
};

/** A prompt and its cursor. */
export type PromptEdge = {
  __typename?: 'PromptEdge';
  /** Pass as `after` to continue after this prompt. */
  cursor: Scalars['String']['output'];
  /** The prompt. */
  node: Prompt;
};

/** Filters for prompts; all optional, combined with AND. */
export type PromptFilter = {
  /** Only prompts drawing on this topic slug. */
  topic?: InputMaybe<Scalars['String']['input']>;
  /** The son's age: prompts whose age range includes it. */
  age?: InputMaybe<Scalars['Int']['input']>;
  /** Exactly this depth, 1-3. */
  depth?: InputMaybe<Scalars['Int']['input']>;
  /** Occasion: car-ride, meal, walk, bedtime, activity or message. */
  setting?: InputMaybe<Scalars['String']['input']>;
  /** mother-to-son or son-to-mother (prompts that work either way are kept too), or either. */
  direction?: InputMaybe<Scalars['String']['input']>;
  /** CASEL competency, e.g. relationship-skills. */
  competency?: InputMaybe<Scalars['String']['input']>;
  /** true also serves prompts on sensitive subjects and deep (depth 3) prompts; they are left out by default. A key whose policy excludes them never gets them. */
  includeSensitive?: InputMaybe<Scalars['Boolean']['input']>;
  /**
   * Deprecated: use includeSensitive (excludeSensitive: false is includeSensitive: true).
   * @deprecated Use includeSensitive (excludeSensitive: false is includeSensitive: true). Sunset 2027-06-30.
   */
  excludeSensitive?: InputMaybe<Scalars['Boolean']['input']>;
  /** Leave out prompts carrying any of these content warnings: grief-and-loss, separation-and-divorce, health-and-body, mental-health, money-worries, safety, bullying, identity, conflict, romance, sexual-health, substances. */
  excludeWarnings?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Only prompts written for this life situation: new-school, moving-house, new-sibling, has-siblings, father-involved, parents-living-apart, blended-family, bereavement, son-leaving-home, son-has-a-partner, son-becoming-a-father, living-far-apart, adoption, foster-or-kinship-care, military-deployment, incarcerated-parent, parent-illness, disability. */
  situation?: InputMaybe<Scalars['String']['input']>;
  /** Only prompts about this theme: siblings, fathers-and-absent-parents, adoption-and-care, military-families, disability-and-learning, grief, puberty-and-body, blended-families, parent-illness, school-transitions, substances, scary-news-and-drills, culture-and-heritage, peer-pressure. */
  theme?: InputMaybe<Scalars['String']['input']>;
  /** getting-to-know, feelings, appreciation, repair, dreams-and-future, memories-and-legacy or everyday. */
  purpose?: InputMaybe<Scalars['String']['input']>;
  /** US school grade band: pre-k, k-2, 3-5, 6-8, 9-12 or adult. */
  gradeBand?: InputMaybe<Scalars['String']['input']>;
  /** Only prompts whose text reads at this US school grade or below, 0-20. */
  maxReadingGrade?: InputMaybe<Scalars['Int']['input']>;
};

/** The prompt of the day: the same for the same inputs on every device. */
export type DailyPrompt = {
  __typename?: 'DailyPrompt';
  /** Release that served it. */
  release: Scalars['Int']['output'];
  /** Day answered for, YYYY-MM-DD. */
  date: Scalars['String']['output'];
  /** Time zone that decided the day. */
  timeZone: Scalars['String']['output'];
  /** Seed that chose the order. */
  seed: Scalars['String']['output'];
  /** Days before a prompt can come back for this seed and these filters. */
  cycleDays: Scalars['Int']['output'];
  /** The prompt. */
  prompt: Prompt;
};

/** What a conversation is for, given to a conversation plan instead of a topic. */
export type ConversationGoal =
  /** Communication and emotional needs. */
  | 'OPEN_UP'
  /** Emotional intelligence and emotional needs. */
  | 'UNDERSTAND_FEELINGS'
  /** Connection beyond shared experiences, and communication. */
  | 'RECONNECT'
  /** Navigating change. */
  | 'HANDLE_CHANGE'
  /** Boundaries, independence and interdependence. */
  | 'RESPECT_SPACE'
  /** Mutual growth and learning. */
  | 'GROW_TOGETHER'
  /** Independence and interdependence. */
  | 'BUILD_INDEPENDENCE'
  /** Legacy. */
  | 'SHARE_FAMILY_STORIES';

/** What to plan a conversation for. Nothing sent is stored. */
export type ConversationPlanInput = {
  /** The son's age, 3-99. */
  age: Scalars['Int']['input'];
  /** A guide topic slug; give a topic or a goal. */
  topic?: InputMaybe<Scalars['String']['input']>;
  /** What the conversation is for; give a topic or a goal. */
  goal?: InputMaybe<ConversationGoal>;
  /** Occasion: car-ride, meal, walk, bedtime, activity or message. */
  setting: Scalars['String']['input'];
  /** Minutes available, 5-180. */
  minutes: Scalars['Int']['input'];
  /** Deepest level to reach, 1-3 (default 2; 3 only with includeSensitive, from age 10). */
  maxDepth?: InputMaybe<Scalars['Int']['input']>;
  /** true may also choose prompts on sensitive subjects and deep (depth 3) prompts; they are left out by default. A key whose policy excludes them never gets them. */
  includeSensitive?: InputMaybe<Scalars['Boolean']['input']>;
  /**
   * Deprecated: use includeSensitive (excludeSensitive: false is includeSensitive: true).
   * @deprecated Use includeSensitive (excludeSensitive: false is includeSensitive: true). Sunset 2027-06-30.
   */
  excludeSensitive?: InputMaybe<Scalars['Boolean']['input']>;
  /** Leave out prompts carrying any of these content warnings: grief-and-loss, separation-and-divorce, health-and-body, mental-health, money-worries, safety, bullying, identity, conflict, romance, sexual-health, substances. */
  excludeWarnings?: InputMaybe<Array<Scalars['String']['input']>>;
  /** A life situation the family is in (e.g. parents-living-apart): prompts written for it may be chosen; situational prompts are left out otherwise. */
  situation?: InputMaybe<Scalars['String']['input']>;
  /** Vary the plan; the same seed gives the same plan. */
  seed?: InputMaybe<Scalars['String']['input']>;
};

/** An ordered conversation: warm-up, deeper, closing. */
export type ConversationPlan = {
  __typename?: 'ConversationPlan';
  /** Release that served the plan. */
  release: Scalars['Int']['output'];
  /** The son's age planned for. */
  age: Scalars['Int']['output'];
  /** Occasion planned for. */
  setting: Scalars['String']['output'];
  /** Minutes planned for. */
  minutes: Scalars['Int']['output'];
  /** Guide topic slugs the plan draws on. */
  topics: Array<Scalars['String']['output']>;
  /** The steps in order. */
  steps: Array<ConversationStep>;
  /** How the plan was adapted, e.g. when few prompts fit. */
  notes: Array<Scalars['String']['output']>;
};

/** One stage of a conversation plan. */
export type ConversationStep = {
  __typename?: 'ConversationStep';
  /** warm-up, deeper or closing. */
  stage: Scalars['String']['output'];
  /** Suggested minutes for the step. */
  minutes: Scalars['Int']['output'];
  /** Prompts for the step, each with follow-ups. */
  prompts: Array<PlannedPrompt>;
  /** A sentence from the guide to keep in mind, or null. */
  tip?: Maybe<GuideTip>;
};

/** A prompt in a plan, with the follow-ups to ask if the conversation flows. */
export type PlannedPrompt = {
  __typename?: 'PlannedPrompt';
  /** The prompt. */
  prompt: Prompt;
  /** Follow-ups that suit the same son. */
  followUps: Array<Prompt>;
};

/** A sentence quoted from the guide. */
export type GuideTip = {
  __typename?: 'GuideTip';
  /** The sentence. */
  text: Scalars['String']['output'];
  /** Slug of the topic it comes from. */
  topic: Scalars['String']['output'];
  /** `documentId@version` of the quoted text. */
  source: Scalars['String']['output'];
};

/** An immutable snapshot mapping each document to one version. Exactly one release is current. */
export type Release = {
  __typename?: 'Release';
  /** Release id; pass it as `release` to read from it. */
  id: Scalars['Int']['output'];
  /** What the release was made for. */
  note: Scalars['String']['output'];
  /** What created the release: import (the content files), publish (the editorial API), rollback (restoring an earlier release) or schedule (a scheduled release that fell due). */
  source: Scalars['String']['output'];
  /** The release that was current when this one was made. */
  basedOnReleaseId?: Maybe<Scalars['Int']['output']>;
  /** Number of documents it publishes. */
  documentCount: Scalars['Int']['output'];
  /** When it was made (ISO 8601). */
  createdAt: Scalars['String']['output'];
  /** Whether unpinned reads are served from it now. */
  current: Scalars['Boolean']['output'];
  /** Who reviewed the content it publishes: a person or a role, as the publisher gave it; null when no review was recorded. Written once, never changed. */
  reviewedBy?: Maybe<Scalars['String']['output']>;
  /** When they reviewed it (ISO 8601, UTC); null with reviewedBy. */
  reviewedAt?: Maybe<Scalars['String']['output']>;
  /** What the review covered, or what it did not; null when none was given. */
  reviewNote?: Maybe<Scalars['String']['output']>;
  /** Its mapping of documents to versions. */
  documents: Array<ReleaseDocument>;
};

/** A document and the version a release publishes. */
export type ReleaseDocument = {
  __typename?: 'ReleaseDocument';
  /** Document id. */
  documentId: Scalars['ID']['output'];
  /** section, topic, faq, prompt or activity. */
  type: Scalars['String']['output'];
  /** Document slug. */
  slug: Scalars['String']['output'];
  /** Version published. */
  version: Scalars['Int']['output'];
};

/** What changed between two releases. */
export type ReleaseDiff = {
  __typename?: 'ReleaseDiff';
  /** The release compared from. */
  from: Scalars['Int']['output'];
  /** The release compared to. */
  to: Scalars['Int']['output'];
  /** In `to`, not in `from`. */
  added: Array<ReleaseDiffEntry>;
  /** In both, with another version. */
  changed: Array<ReleaseDiffEntry>;
  /** In `from`, not in `to` (or no longer in the caller's view). */
  removed: Array<ReleaseDiffEntry>;
};

/** A document that differs between two releases. */
export type ReleaseDiffEntry = {
  __typename?: 'ReleaseDiffEntry';
  /** Document id. */
  documentId: Scalars['ID']['output'];
  /** section, topic, faq, prompt or activity. */
  type: Scalars['String']['output'];
  /** Document slug. */
  slug: Scalars['String']['output'];
  /** Version in the `from` release; null when it was added. */
  fromVersion?: Maybe<Scalars['Int']['output']>;
  /** Version in the `to` release; null when it was removed. */
  toVersion?: Maybe<Scalars['Int']['output']>;
};

/** A page of releases, newest first. */
export type ReleaseConnection = {
  __typename?: 'ReleaseConnection';
  /** The releases with their cursors. */
  edges: Array<ReleaseEdge>;
  /** The releases of this page. */
  nodes: Array<Release>;
  /** Paging state. */
  pageInfo: PageInfo;
};

/** A release and its cursor. */
export type ReleaseEdge = {
  __typename?: 'ReleaseEdge';
  /** Pass as `after` to continue after this release. */
  cursor: Scalars['String']['output'];
  /** The release. */
  node: Release;
};

/** One published version of a document, exactly as it was. */
export type DocumentVersion = {
  __typename?: 'DocumentVersion';
  /** Document id. */
  documentId: Scalars['ID']['output'];
  /** section, topic, faq, prompt or activity. */
  type: Scalars['String']['output'];
  /** Document slug. */
  slug: Scalars['String']['output'];
  /** Version number. */
  version: Scalars['Int']['output'];
  /** SHA-256 of the content; equal hashes mean equal content. */
  contentHash: Scalars['String']['output'];
  /** When the version was written (ISO 8601). */
  createdAt: Scalars['String']['output'];
  /** The first release that published it. */
  firstReleaseId: Scalars['Int']['output'];
  /** The stored content; its shape depends on `type`. Under a content policy, lists of related slugs (follow-ups, suggested prompts, topics) leave out what the policy hides. */
  content: Scalars['JSON']['output'];
};

/** One way to reach a crisis resource, checked against its official page. */
export type ResourceChannel = {
  __typename?: 'ResourceChannel';
  /** How to reach it: `call`, `text`, `chat` or `web`. */
  kind: Scalars['String']['output'];
  /** The number to call or text, or the address to open. */
  value: Scalars['String']['output'];
  /** The word to send, for a text channel that asks for one (such as `AYUDA`). */
  message?: Maybe<Scalars['String']['output']>;
  /** When this channel is the one to use (for example, the Spanish line). */
  note?: Maybe<Scalars['String']['output']>;
  /** Languages of this channel (BCP 47), when not all of the resource's. */
  languages?: Maybe<Array<Scalars['String']['output']>>;
};

/** A crisis resource: who to contact when what a son shares is serious, with how to reach it and where that was checked. */
export type Resource = {
  __typename?: 'Resource';
  /** Document id, such as `resource:988-lifeline`. */
  id: Scalars['ID']['output'];
  /** Version served by the release. */
  version: Scalars['Int']['output'];
  /** Release that served this resource. */
  release: Scalars['Int']['output'];
  /** URL-friendly name; prompts name resources by it. */
  slug: Scalars['String']['output'];
  /** Its name. */
  name: Scalars['String']['output'];
  /** What it is for, in one plain sentence. */
  purpose: Scalars['String']['output'];
  /** How to reach it, the usual way first. */
  channels: Array<ResourceChannel>;
  /** When it answers, as its official page says; null when the page checked does not say. */
  hours?: Maybe<Scalars['String']['output']>;
  /** Languages it answers in (BCP 47). */
  languages: Array<Scalars['String']['output']>;
  /** The country it serves (ISO 3166-1 alpha-2). */
  region: Scalars['String']['output'];
  /** The official page the channels were checked against. */
  source: Scalars['String']['output'];
  /** The day the channels were checked against `source` (YYYY-MM-DD). */
  checkedAt: Scalars['String']['output'];
};

/** The crisis resources of the caller's region. */
export type ResourceList = {
  __typename?: 'ResourceList';
  /** Release that served the list. */
  release: Scalars['Int']['output'];
  /** The region served: the key policy's `region`, or US when it names none. */
  region: Scalars['String']['output'];
  /** The region's resources, in the vocabulary's order. */
  items: Array<Resource>;
  /** Only when the region has no resource: "Call your local emergency number." Never another country's number. */
  fallback?: Maybe<Scalars['String']['output']>;
};

/** A release to publish at a set time; it fires exactly once, on whichever instance claims it first. */
export type Schedule = {
  __typename?: 'Schedule';
  /** Schedule id. */
  id: Scalars['Int']['output'];
  /** When it publishes (RFC 3339, UTC). */
  publishAt: Scalars['String']['output'];
  /** The drafts it publishes (they must be approved when it fires); null: every approved draft then. */
  documents?: Maybe<Array<Scalars['ID']['output']>>;
  /** What the release is for; it becomes the release's note. */
  note: Scalars['String']['output'];
  /** scheduled (waiting), published (fired once), failed (waits for an editor to reschedule it) or cancelled. */
  state: Scalars['String']['output'];
  /** Bumped by every change, the firing included. */
  revision: Scalars['Int']['output'];
  /** The schedule's ETag; pass it as `ifMatch` to change or cancel it. */
  etag: Scalars['String']['output'];
  /** The release it published, once published. */
  releaseId?: Maybe<Scalars['Int']['output']>;
  /** Why the last attempt failed, while failed. */
  error?: Maybe<ScheduleError>;
  /** How many times it was fired. */
  attempts: Scalars['Int']['output'];
  /** Who reviewed the content it will publish: a person or a role, as the publisher gave it; null when no review was recorded. The release records it when the schedule fires. */
  reviewedBy?: Maybe<Scalars['String']['output']>;
  /** When they reviewed it (ISO 8601, UTC); null with reviewedBy. */
  reviewedAt?: Maybe<Scalars['String']['output']>;
  /** What the review covered, or what it did not; null when none was given. */
  reviewNote?: Maybe<Scalars['String']['output']>;
  /** Name of the key that scheduled it; it publishes as "<name> (schedule <id>)". */
  createdBy: Scalars['String']['output'];
  /** When it was scheduled (ISO 8601). */
  createdAt: Scalars['String']['output'];
  /** When it last changed (ISO 8601). */
  updatedAt: Scalars['String']['output'];
};

/** Why a scheduled release could not be published: the problem its publish gave. */
export type ScheduleError = {
  __typename?: 'ScheduleError';
  /** The error code, such as INVALID_TRANSITION, NOTHING_TO_PUBLISH or CONTENT_RULES_FAILED. */
  code: Scalars['String']['output'];
  /** What went wrong, for people. */
  detail: Scalars['String']['output'];
  /** Each problem, such as a listed draft that was not approved. */
  errors: Array<ScheduleErrorItem>;
};

/** One problem that kept a scheduled release from publishing. */
export type ScheduleErrorItem = {
  __typename?: 'ScheduleErrorItem';
  /** Where: body for the request the schedule made. */
  location: Scalars['String']['output'];
  /** The field or document concerned. */
  field: Scalars['String']['output'];
  /** What is wrong with it. */
  message: Scalars['String']['output'];
};

/** A page of schedules, newest first. */
export type SchedulePage = {
  __typename?: 'SchedulePage';
  /** The schedules. */
  nodes: Array<Schedule>;
  /** Pass as `after` for the next page; null on the last. */
  nextAfter?: Maybe<Scalars['String']['output']>;
};

/** Content that full-text search can find. */
export type SearchResult = GuideSection | Topic | Faq | Prompt | Activity;

/** A page of search hits, most relevant first. */
export type SearchConnection = {
  __typename?: 'SearchConnection';
  /** Release that served this page. */
  release: Scalars['Int']['output'];
  /** The hits with their cursors, rank and snippet. */
  edges: Array<SearchEdge>;
  /** The content found, in rank order. */
  nodes: Array<SearchResult>;
  /** Paging state. */
  pageInfo: PageInfo;
};

/** One search hit. */
export type SearchEdge = {
  __typename?: 'SearchEdge';
  /** Pass as `after` to continue after this hit. */
  cursor: Scalars['String']['output'];
  /** Relevance; higher is better. */
  rank: Scalars['Float']['output'];
  /** Passage around the matches, matched words wrapped in <mark> and </mark>. */
  snippet: Scalars['String']['output'];
  /** The content found. */
  node: SearchResult;
};

/**
 * A webhook subscription: signed Standard Webhooks deliveries of the events it names, retried with backoff, in event
 * order. Its secret is shown only when it is created or rotated.
 */
export type Webhook = {
  __typename?: 'Webhook';
  /** Webhook id, such as wh_3k9x2m7q1p5v8c4d. */
  id: Scalars['ID']['output'];
  /** Where deliveries are POSTed: https and a public address, unless this deployment allows private networks. */
  url: Scalars['String']['output'];
  /** What it is for. */
  description?: Maybe<Scalars['String']['output']>;
  /** The events it receives: release.published, release.rolled_back, schedule.failed, key.revoked. */
  eventTypes: Array<Scalars['String']['output']>;
  /** The API key whose content policy filters what payloads reveal; null: no filter. */
  policyKeyId?: Maybe<Scalars['String']['output']>;
  /** False after the receiver answered 410 Gone, or when disabled by hand; deliveries wait until it is enabled. */
  enabled: Scalars['Boolean']['output'];
  /** Why it was disabled. */
  disabledReason?: Maybe<Scalars['String']['output']>;
  /** After a rotation: until when the old secret signs too (ISO 8601). */
  previousSecretExpiresAt?: Maybe<Scalars['String']['output']>;
  /** Bumped by every change. */
  revision: Scalars['Int']['output'];
  /** The subscription's ETag; pass it as `ifMatch` to change it. */
  etag: Scalars['String']['output'];
  /** Name of the key that created it. */
  createdBy: Scalars['String']['output'];
  /** When it was created (ISO 8601). */
  createdAt: Scalars['String']['output'];
  /** When it last changed (ISO 8601). */
  updatedAt: Scalars['String']['output'];
};

/** A webhook with its signing secret, shown this once: after `createWebhook` or `rotateWebhookSecret`. */
export type WebhookWithSecret = {
  __typename?: 'WebhookWithSecret';
  /** The subscription. */
  webhook: Webhook;
  /** The signing secret (whsec_...). Store it where the receiver can read it. */
  secret: Scalars['String']['output'];
};

/** A page of webhook subscriptions, in id order. */
export type WebhookPage = {
  __typename?: 'WebhookPage';
  /** The subscriptions. */
  nodes: Array<Webhook>;
  /** Pass as `after` for the next page; null on the last. */
  nextAfter?: Maybe<Scalars['String']['output']>;
};

/** One attempt to deliver a message. */
export type WebhookAttempt = {
  __typename?: 'WebhookAttempt';
  /** 1 for the first attempt. */
  attempt: Scalars['Int']['output'];
  /** When it started (ISO 8601). */
  startedAt: Scalars['String']['output'];
  /** How long it took, in milliseconds. */
  durationMs: Scalars['Int']['output'];
  /** What the receiver answered; null when it did not (timeout, refused address, connection error). */
  responseStatus?: Maybe<Scalars['Int']['output']>;
  /** Why it failed, when the receiver did not answer. */
  error?: Maybe<Scalars['String']['output']>;
  /** succeeded, retrying, failed (the last attempt) or disabled (the receiver answered 410). */
  outcome: Scalars['String']['output'];
  /** When the next attempt was scheduled, if any (ISO 8601). */
  nextAttemptAt?: Maybe<Scalars['String']['output']>;
};

/** One message to one subscription, with every attempt. */
export type WebhookDelivery = {
  __typename?: 'WebhookDelivery';
  /** Delivery id. */
  id: Scalars['Int']['output'];
  /** The subscription. */
  webhookId: Scalars['ID']['output'];
  /** The webhook-id header: the same on every attempt and replay of this message. */
  messageId: Scalars['String']['output'];
  /** The event it carries; null for a test ping. */
  eventId?: Maybe<Scalars['Int']['output']>;
  /** The event type, or webhook.test. */
  eventType: Scalars['String']['output'];
  /** pending, delivering, succeeded or failed. */
  state: Scalars['String']['output'];
  /** A replay or a test ping, sent outside the event order. */
  replay: Scalars['Boolean']['output'];
  /** Attempts so far. */
  attempts: Scalars['Int']['output'];
  /** When it is tried next, while pending (ISO 8601). */
  nextAttemptAt?: Maybe<Scalars['String']['output']>;
  /** The last status the receiver answered. */
  lastStatus?: Maybe<Scalars['Int']['output']>;
  /** The last error. */
  lastError?: Maybe<Scalars['String']['output']>;
  /** When it was queued (ISO 8601). */
  createdAt: Scalars['String']['output'];
  /** When it last changed (ISO 8601). */
  updatedAt: Scalars['String']['output'];
  /** Every attempt, first to last. */
  attemptLog: Array<WebhookAttempt>;
};

/** A page of deliveries, newest first. */
export type WebhookDeliveryPage = {
  __typename?: 'WebhookDeliveryPage';
  /** The deliveries. */
  nodes: Array<WebhookDelivery>;
  /** Pass as `after` for the next page; null on the last. */
  nextAfter?: Maybe<Scalars['String']['output']>;
};



export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;



/** Mapping of union types */
export type ResolversUnionTypes<_RefType extends Record<string, unknown>> = {
  SearchResult:
    | ( GuideSectionModel )
    | ( TopicModel )
    | ( FaqModel )
    | ( PromptModel )
    | ( ActivityModel )
  ;
};

/** Mapping of interface types */
export type ResolversInterfaceTypes<_RefType extends Record<string, unknown>> = {
  DocumentHistoryEntry:
    | ( VersionEntry )
    | ( RevisionEntry )
  ;
};

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  JSON: ResolverTypeWrapper<Scalars['JSON']['output']>;
  ReleaseSelector: ResolverTypeWrapper<Scalars['ReleaseSelector']['output']>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Activity: ResolverTypeWrapper<ActivityModel>;
  Participants: ResolverTypeWrapper<Participants>;
  Recurrence: ResolverTypeWrapper<Recurrence>;
  NurturedTopic: ResolverTypeWrapper<NurturedTopicModel>;
  ActivityConnection: ResolverTypeWrapper<Omit<ActivityConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['ActivityEdge']>, nodes: Array<ResolversTypes['Activity']> }>;
  ActivityEdge: ResolverTypeWrapper<Omit<ActivityEdge, 'node'> & { node: ResolversTypes['Activity'] }>;
  ActivityFilter: ActivityFilter;
  RecommendationProfile: RecommendationProfile;
  Recommendations: ResolverTypeWrapper<Omit<Recommendations, 'items'> & { items: Array<ResolversTypes['Recommendation']> }>;
  Recommendation: ResolverTypeWrapper<RecommendationModel>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  RecommendationFactor: ResolverTypeWrapper<RecommendationFactor>;
  AuditEntry: ResolverTypeWrapper<AuditEntry>;
  AuditEntryPage: ResolverTypeWrapper<AuditEntryPage>;
  DocumentType: DocumentType;
  ChangeFeed: ResolverTypeWrapper<ChangeFeed>;
  ChangeEdge: ResolverTypeWrapper<ChangeEdge>;
  ChangeEvent: ResolverTypeWrapper<ChangeEvent>;
  DocumentChange: ResolverTypeWrapper<DocumentChange>;
  DocumentHistoryEntry: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['DocumentHistoryEntry']>;
  VersionEntry: ResolverTypeWrapper<VersionEntry>;
  RevisionEntry: ResolverTypeWrapper<RevisionEntry>;
  DocumentHistoryPage: ResolverTypeWrapper<Omit<DocumentHistoryPage, 'nodes'> & { nodes: Array<ResolversTypes['DocumentHistoryEntry']> }>;
  FieldChange: ResolverTypeWrapper<FieldChange>;
  DocumentDiff: ResolverTypeWrapper<DocumentDiff>;
  RolledBackRelease: ResolverTypeWrapper<RolledBackRelease>;
  EditorialDocument: ResolverTypeWrapper<EditorialDocument>;
  PublishedContent: ResolverTypeWrapper<PublishedContent>;
  Draft: ResolverTypeWrapper<Draft>;
  EditorialDocumentPage: ResolverTypeWrapper<EditorialDocumentPage>;
  PublishedRelease: ResolverTypeWrapper<PublishedRelease>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Guide: ResolverTypeWrapper<GuideModel>;
  GuideSection: ResolverTypeWrapper<GuideSectionModel>;
  Topic: ResolverTypeWrapper<TopicModel>;
  Faq: ResolverTypeWrapper<FaqModel>;
  TopicConnection: ResolverTypeWrapper<Omit<TopicConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['TopicEdge']>, nodes: Array<ResolversTypes['Topic']> }>;
  TopicEdge: ResolverTypeWrapper<Omit<TopicEdge, 'node'> & { node: ResolversTypes['Topic'] }>;
  FaqConnection: ResolverTypeWrapper<Omit<FaqConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['FaqEdge']>, nodes: Array<ResolversTypes['Faq']> }>;
  FaqEdge: ResolverTypeWrapper<Omit<FaqEdge, 'node'> & { node: ResolversTypes['Faq'] }>;
  TopicFilter: TopicFilter;
  Prompt: ResolverTypeWrapper<PromptModel>;
  PromptConnection: ResolverTypeWrapper<Omit<PromptConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['PromptEdge']>, nodes: Array<ResolversTypes['Prompt']> }>;
  PromptEdge: ResolverTypeWrapper<Omit<PromptEdge, 'node'> & { node: ResolversTypes['Prompt'] }>;
  PromptFilter: PromptFilter;
  DailyPrompt: ResolverTypeWrapper<DailyPromptModel>;
  ConversationGoal: ConversationGoal;
  ConversationPlanInput: ConversationPlanInput;
  ConversationPlan: ResolverTypeWrapper<ConversationPlanModel>;
  ConversationStep: ResolverTypeWrapper<Omit<ConversationStep, 'prompts'> & { prompts: Array<ResolversTypes['PlannedPrompt']> }>;
  PlannedPrompt: ResolverTypeWrapper<PlannedPromptModel>;
  GuideTip: ResolverTypeWrapper<GuideTip>;
  Release: ResolverTypeWrapper<ReleaseSummary>;
  ReleaseDocument: ResolverTypeWrapper<ReleaseDocument>;
  ReleaseDiff: ResolverTypeWrapper<ReleaseDiff>;
  ReleaseDiffEntry: ResolverTypeWrapper<ReleaseDiffEntry>;
  ReleaseConnection: ResolverTypeWrapper<Omit<ReleaseConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['ReleaseEdge']>, nodes: Array<ResolversTypes['Release']> }>;
  ReleaseEdge: ResolverTypeWrapper<Omit<ReleaseEdge, 'node'> & { node: ResolversTypes['Release'] }>;
  DocumentVersion: ResolverTypeWrapper<DocumentVersion>;
  ResourceChannel: ResolverTypeWrapper<ResourceChannel>;
  Resource: ResolverTypeWrapper<ResourceModel>;
  ResourceList: ResolverTypeWrapper<ResourceListModel>;
  Schedule: ResolverTypeWrapper<Schedule>;
  ScheduleError: ResolverTypeWrapper<ScheduleError>;
  ScheduleErrorItem: ResolverTypeWrapper<ScheduleErrorItem>;
  SchedulePage: ResolverTypeWrapper<SchedulePage>;
  SearchResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['SearchResult']>;
  SearchConnection: ResolverTypeWrapper<Omit<SearchConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['SearchEdge']>, nodes: Array<ResolversTypes['SearchResult']> }>;
  SearchEdge: ResolverTypeWrapper<Omit<SearchEdge, 'node'> & { node: ResolversTypes['SearchResult'] }>;
  Webhook: ResolverTypeWrapper<Webhook>;
  WebhookWithSecret: ResolverTypeWrapper<WebhookWithSecret>;
  WebhookPage: ResolverTypeWrapper<WebhookPage>;
  WebhookAttempt: ResolverTypeWrapper<WebhookAttempt>;
  WebhookDelivery: ResolverTypeWrapper<WebhookDelivery>;
  WebhookDeliveryPage: ResolverTypeWrapper<WebhookDeliveryPage>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Query: Record<PropertyKey, never>;
  Int: Scalars['Int']['output'];
  String: Scalars['String']['output'];
  ID: Scalars['ID']['output'];
  Boolean: Scalars['Boolean']['output'];
  JSON: Scalars['JSON']['output'];
  ReleaseSelector: Scalars['ReleaseSelector']['output'];
  PageInfo: PageInfo;
  Activity: ActivityModel;
  Participants: Participants;
  Recurrence: Recurrence;
  NurturedTopic: NurturedTopicModel;
  ActivityConnection: Omit<ActivityConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['ActivityEdge']>, nodes: Array<ResolversParentTypes['Activity']> };
  ActivityEdge: Omit<ActivityEdge, 'node'> & { node: ResolversParentTypes['Activity'] };
  ActivityFilter: ActivityFilter;
  RecommendationProfile: RecommendationProfile;
  Recommendations: Omit<Recommendations, 'items'> & { items: Array<ResolversParentTypes['Recommendation']> };
  Recommendation: RecommendationModel;
  Float: Scalars['Float']['output'];
  RecommendationFactor: RecommendationFactor;
  AuditEntry: AuditEntry;
  AuditEntryPage: AuditEntryPage;
  ChangeFeed: ChangeFeed;
  ChangeEdge: ChangeEdge;
  ChangeEvent: ChangeEvent;
  DocumentChange: DocumentChange;
  DocumentHistoryEntry: ResolversInterfaceTypes<ResolversParentTypes>['DocumentHistoryEntry'];
  VersionEntry: VersionEntry;
  RevisionEntry: RevisionEntry;
  DocumentHistoryPage: Omit<DocumentHistoryPage, 'nodes'> & { nodes: Array<ResolversParentTypes['DocumentHistoryEntry']> };
  FieldChange: FieldChange;
  DocumentDiff: DocumentDiff;
  RolledBackRelease: RolledBackRelease;
  EditorialDocument: EditorialDocument;
  PublishedContent: PublishedContent;
  Draft: Draft;
  EditorialDocumentPage: EditorialDocumentPage;
  PublishedRelease: PublishedRelease;
  Mutation: Record<PropertyKey, never>;
  Guide: GuideModel;
  GuideSection: GuideSectionModel;
  Topic: TopicModel;
  Faq: FaqModel;
  TopicConnection: Omit<TopicConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['TopicEdge']>, nodes: Array<ResolversParentTypes['Topic']> };
  TopicEdge: Omit<TopicEdge, 'node'> & { node: ResolversParentTypes['Topic'] };
  FaqConnection: Omit<FaqConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['FaqEdge']>, nodes: Array<ResolversParentTypes['Faq']> };
  FaqEdge: Omit<FaqEdge, 'node'> & { node: ResolversParentTypes['Faq'] };
  TopicFilter: TopicFilter;
  Prompt: PromptModel;
  PromptConnection: Omit<PromptConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['PromptEdge']>, nodes: Array<ResolversParentTypes['Prompt']> };
  PromptEdge: Omit<PromptEdge, 'node'> & { node: ResolversParentTypes['Prompt'] };
  PromptFilter: PromptFilter;
  DailyPrompt: DailyPromptModel;
  ConversationPlanInput: ConversationPlanInput;
  ConversationPlan: ConversationPlanModel;
  ConversationStep: Omit<ConversationStep, 'prompts'> & { prompts: Array<ResolversParentTypes['PlannedPrompt']> };
  PlannedPrompt: PlannedPromptModel;
  GuideTip: GuideTip;
  Release: ReleaseSummary;
  ReleaseDocument: ReleaseDocument;
  ReleaseDiff: ReleaseDiff;
  ReleaseDiffEntry: ReleaseDiffEntry;
  ReleaseConnection: Omit<ReleaseConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['ReleaseEdge']>, nodes: Array<ResolversParentTypes['Release']> };
  ReleaseEdge: Omit<ReleaseEdge, 'node'> & { node: ResolversParentTypes['Release'] };
  DocumentVersion: DocumentVersion;
  ResourceChannel: ResourceChannel;
  Resource: ResourceModel;
  ResourceList: ResourceListModel;
  Schedule: Schedule;
  ScheduleError: ScheduleError;
  ScheduleErrorItem: ScheduleErrorItem;
  SchedulePage: SchedulePage;
  SearchResult: ResolversUnionTypes<ResolversParentTypes>['SearchResult'];
  SearchConnection: Omit<SearchConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['SearchEdge']>, nodes: Array<ResolversParentTypes['SearchResult']> };
  SearchEdge: Omit<SearchEdge, 'node'> & { node: ResolversParentTypes['SearchResult'] };
  Webhook: Webhook;
  WebhookWithSecret: WebhookWithSecret;
  WebhookPage: WebhookPage;
  WebhookAttempt: WebhookAttempt;
  WebhookDelivery: WebhookDelivery;
  WebhookDeliveryPage: WebhookDeliveryPage;
};

export type QueryResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  currentRelease?: Resolver<ResolversTypes['Release'], ParentType, ContextType>;
  activities?: Resolver<ResolversTypes['ActivityConnection'], ParentType, ContextType, Partial<QueryActivitiesArgs>>;
  activity?: Resolver<ResolversTypes['Activity'], ParentType, ContextType, RequireFields<QueryActivityArgs, 'slug'>>;
  recommendations?: Resolver<ResolversTypes['Recommendations'], ParentType, ContextType, RequireFields<QueryRecommendationsArgs, 'profile'>>;
  auditLog?: Resolver<ResolversTypes['AuditEntryPage'], ParentType, ContextType, Partial<QueryAuditLogArgs>>;
  changes?: Resolver<ResolversTypes['ChangeFeed'], ParentType, ContextType, RequireFields<QueryChangesArgs, 'since'>>;
  documentHistory?: Resolver<ResolversTypes['DocumentHistoryPage'], ParentType, ContextType, RequireFields<QueryDocumentHistoryArgs, 'id'>>;
  documentDiff?: Resolver<ResolversTypes['DocumentDiff'], ParentType, ContextType, RequireFields<QueryDocumentDiffArgs, 'id'>>;
  editorialDocument?: Resolver<ResolversTypes['EditorialDocument'], ParentType, ContextType, RequireFields<QueryEditorialDocumentArgs, 'id'>>;
  editorialDocuments?: Resolver<ResolversTypes['EditorialDocumentPage'], ParentType, ContextType, Partial<QueryEditorialDocumentsArgs>>;
  guide?: Resolver<ResolversTypes['Guide'], ParentType, ContextType, Partial<QueryGuideArgs>>;
  topics?: Resolver<ResolversTypes['TopicConnection'], ParentType, ContextType, Partial<QueryTopicsArgs>>;
  topic?: Resolver<ResolversTypes['Topic'], ParentType, ContextType, RequireFields<QueryTopicArgs, 'slug'>>;
  faqs?: Resolver<ResolversTypes['FaqConnection'], ParentType, ContextType, Partial<QueryFaqsArgs>>;
  faq?: Resolver<ResolversTypes['Faq'], ParentType, ContextType, RequireFields<QueryFaqArgs, 'slug'>>;
  prompts?: Resolver<ResolversTypes['PromptConnection'], ParentType, ContextType, Partial<QueryPromptsArgs>>;
  prompt?: Resolver<ResolversTypes['Prompt'], ParentType, ContextType, RequireFields<QueryPromptArgs, 'slug'>>;
  dailyPrompt?: Resolver<ResolversTypes['DailyPrompt'], ParentType, ContextType, Partial<QueryDailyPromptArgs>>;
  conversationPlan?: Resolver<ResolversTypes['ConversationPlan'], ParentType, ContextType, RequireFields<QueryConversationPlanArgs, 'input'>>;
  releases?: Resolver<ResolversTypes['ReleaseConnection'], ParentType, ContextType, Partial<QueryReleasesArgs>>;
  release?: Resolver<ResolversTypes['Release'], ParentType, ContextType, RequireFields<QueryReleaseArgs, 'id'>>;
  releaseDiff?: Resolver<ResolversTypes['ReleaseDiff'], ParentType, ContextType, RequireFields<QueryReleaseDiffArgs, 'from' | 'to'>>;
  documentVersion?: Resolver<ResolversTypes['DocumentVersion'], ParentType, ContextType, RequireFields<QueryDocumentVersionArgs, 'id' | 'version'>>;
  resources?: Resolver<ResolversTypes['ResourceList'], ParentType, ContextType, Partial<QueryResourcesArgs>>;
  resource?: Resolver<ResolversTypes['Resource'], ParentType, ContextType, RequireFields<QueryResourceArgs, 'slug'>>;
  schedules?: Resolver<ResolversTypes['SchedulePage'], ParentType, ContextType, Partial<QuerySchedulesArgs>>;
  schedule?: Resolver<ResolversTypes['Schedule'], ParentType, ContextType, RequireFields<QueryScheduleArgs, 'id'>>;
  search?: Resolver<ResolversTypes['SearchConnection'], ParentType, ContextType, RequireFields<QuerySearchArgs, 'q'>>;
  webhooks?: Resolver<ResolversTypes['WebhookPage'], ParentType, ContextType, Partial<QueryWebhooksArgs>>;
  webhook?: Resolver<ResolversTypes['Webhook'], ParentType, ContextType, RequireFields<QueryWebhookArgs, 'id'>>;
  webhookDeliveries?: Resolver<ResolversTypes['WebhookDeliveryPage'], ParentType, ContextType, RequireFields<QueryWebhookDeliveriesArgs, 'id'>>;
};

export interface JsonScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSON'], any> {
  name: 'JSON';
}

export interface ReleaseSelectorScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['ReleaseSelector'], any> {
  name: 'ReleaseSelector';
}

export type PageInfoResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ActivityResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['Activity'] = ResolversParentTypes['Activity']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  release?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  slug?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  category?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  steps?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  materials?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  ageMin?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  ageMax?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  minutesMin?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  minutesMax?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  cost?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  setting?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  energy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  seasons?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  interests?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  competencies?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  topics?: Resolver<Array<ResolversTypes['NurturedTopic']>, ParentType, ContextType>;
  suggestedPrompts?: Resolver<Array<ResolversTypes['Prompt']>, ParentType, ContextType>;
  participants?: Resolver<Maybe<ResolversTypes['Participants']>, ParentType, ContextType>;
  remote?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  accessibility?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  situations?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  themes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  recurrence?: Resolver<Maybe<ResolversTypes['Recurrence']>, ParentType, ContextType>;
  facilitatorNote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  formerIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  gradeBands?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ParticipantsResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['Participants'] = ResolversParentTypes['Participants']> = {
  min?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  max?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  othersCanJoin?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type RecurrenceResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['Recurrence'] = ResolversParentTypes['Recurrence']> = {
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  days?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  sessions?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  weeks?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  sameDay?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
};

export type NurturedTopicResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['NurturedTopic'] = ResolversParentTypes['NurturedTopic']> = {
  topic?: Resolver<ResolversTypes['Topic'], ParentType, ContextType>;
  why?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ActivityConnectionResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['ActivityConnection'] = ResolversParentTypes['ActivityConnection']> = {
  release?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['ActivityEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Activity']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type ActivityEdgeResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['ActivityEdge'] = ResolversParentTypes['ActivityEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Activity'], ParentType, ContextType>;
};

export type RecommendationsResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['Recommendations'] = ResolversParentTypes['Recommendations']> = {
  release?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  items?: Resolver<Array<ResolversTypes['Recommendation']>, ParentType, ContextType>;
  considered?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type RecommendationResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['Recommendation'] = ResolversParentTypes['Recommendation']> = {
  rank?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  activity?: Resolver<ResolversTypes['Activity'], ParentType, ContextType>;
  why?: Resolver<Array<ResolversTypes['RecommendationFactor']>, ParentType, ContextType>;
  prompts?: Resolver<Array<ResolversTypes['Prompt']>, ParentType, ContextType>;
};

export type RecommendationFactorResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['RecommendationFactor'] = ResolversParentTypes['RecommendationFactor']> = {
  factor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  weight?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type AuditEntryResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['AuditEntry'] = ResolversParentTypes['AuditEntry']> = {
  id?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  keyId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  keyName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  requestId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  action?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  target?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  detail?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
};

export type AuditEntryPageResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['AuditEntryPage'] = ResolversParentTypes['AuditEntryPage']> = {
  nodes?: Resolver<Array<ResolversTypes['AuditEntry']>, ParentType, ContextType>;
  nextAfter?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ChangeFeedResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['ChangeFeed'] = ResolversParentTypes['ChangeFeed']> = {
  since?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  until?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  nextSince?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['ChangeEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['ChangeEvent']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type ChangeEdgeResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['ChangeEdge'] = ResolversParentTypes['ChangeEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ChangeEvent'], ParentType, ContextType>;
};

export type ChangeEventResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['ChangeEvent'] = ResolversParentTypes['ChangeEvent']> = {
  specversion?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  time?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  datacontenttype?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  data?: Resolver<ResolversTypes['DocumentChange'], ParentType, ContextType>;
};

export type DocumentChangeResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['DocumentChange'] = ResolversParentTypes['DocumentChange']> = {
  documentId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  slug?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  change?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  previousVersion?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  href?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type DocumentHistoryEntryResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['DocumentHistoryEntry'] = ResolversParentTypes['DocumentHistoryEntry']> = {
  __resolveType: TypeResolveFn<'VersionEntry' | 'RevisionEntry', ParentType, ContextType>;
};

export type VersionEntryResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['VersionEntry'] = ResolversParentTypes['VersionEntry']> = {
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  releaseId?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  author?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type RevisionEntryResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['RevisionEntry'] = ResolversParentTypes['RevisionEntry']> = {
  revision?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  action?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  state?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  kind?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  author?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type DocumentHistoryPageResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['DocumentHistoryPage'] = ResolversParentTypes['DocumentHistoryPage']> = {
  nodes?: Resolver<Array<ResolversTypes['DocumentHistoryEntry']>, ParentType, ContextType>;
  nextAfter?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type FieldChangeResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['FieldChange'] = ResolversParentTypes['FieldChange']> = {
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  change?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  before?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  after?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
};

export type DocumentDiffResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['DocumentDiff'] = ResolversParentTypes['DocumentDiff']> = {
  from?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  to?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  patch?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  changes?: Resolver<Array<ResolversTypes['FieldChange']>, ParentType, ContextType>;
};

export type RolledBackReleaseResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['RolledBackRelease'] = ResolversParentTypes['RolledBackRelease']> = {
  releaseId?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  restoredFrom?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  added?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  changed?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  removed?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
};

export type EditorialDocumentResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['EditorialDocument'] = ResolversParentTypes['EditorialDocument']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  slug?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  state?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  published?: Resolver<Maybe<ResolversTypes['PublishedContent']>, ParentType, ContextType>;
  draft?: Resolver<Maybe<ResolversTypes['Draft']>, ParentType, ContextType>;
  etag?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type PublishedContentResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['PublishedContent'] = ResolversParentTypes['PublishedContent']> = {
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  content?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
};

export type DraftResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['Draft'] = ResolversParentTypes['Draft']> = {
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  state?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  revision?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  etag?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  baseVersion?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  content?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type EditorialDocumentPageResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['EditorialDocumentPage'] = ResolversParentTypes['EditorialDocumentPage']> = {
  nodes?: Resolver<Array<ResolversTypes['EditorialDocument']>, ParentType, ContextType>;
  nextAfter?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type PublishedReleaseResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['PublishedRelease'] = ResolversParentTypes['PublishedRelease']> = {
  releaseId?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  published?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  archived?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
};

export type MutationResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  createDocument?: Resolver<ResolversTypes['EditorialDocument'], ParentType, ContextType, RequireFields<MutationCreateDocumentArgs, 'type' | 'content'>>;
  updateDraft?: Resolver<ResolversTypes['EditorialDocument'], ParentType, ContextType, RequireFields<MutationUpdateDraftArgs, 'id' | 'content' | 'ifMatch'>>;
  patchDraft?: Resolver<ResolversTypes['EditorialDocument'], ParentType, ContextType, RequireFields<MutationPatchDraftArgs, 'id' | 'patch' | 'ifMatch'>>;
  discardDraft?: Resolver<ResolversTypes['EditorialDocument'], ParentType, ContextType, RequireFields<MutationDiscardDraftArgs, 'id' | 'ifMatch'>>;
  archiveDocument?: Resolver<ResolversTypes['EditorialDocument'], ParentType, ContextType, RequireFields<MutationArchiveDocumentArgs, 'id' | 'ifMatch'>>;
  submitDraft?: Resolver<ResolversTypes['EditorialDocument'], ParentType, ContextType, RequireFields<MutationSubmitDraftArgs, 'id'>>;
  approveDraft?: Resolver<ResolversTypes['EditorialDocument'], ParentType, ContextType, RequireFields<MutationApproveDraftArgs, 'id'>>;
  rejectDraft?: Resolver<ResolversTypes['EditorialDocument'], ParentType, ContextType, RequireFields<MutationRejectDraftArgs, 'id' | 'note'>>;
  publishRelease?: Resolver<ResolversTypes['PublishedRelease'], ParentType, ContextType, RequireFields<MutationPublishReleaseArgs, 'note'>>;
  restoreDocumentVersion?: Resolver<ResolversTypes['EditorialDocument'], ParentType, ContextType, RequireFields<MutationRestoreDocumentVersionArgs, 'id' | 'version' | 'ifMatch'>>;
  rollbackRelease?: Resolver<ResolversTypes['RolledBackRelease'], ParentType, ContextType, RequireFields<MutationRollbackReleaseArgs, 'id' | 'note'>>;
  scheduleRelease?: Resolver<ResolversTypes['Schedule'], ParentType, ContextType, RequireFields<MutationScheduleReleaseArgs, 'publishAt' | 'note'>>;
  reschedule?: Resolver<ResolversTypes['Schedule'], ParentType, ContextType, RequireFields<MutationRescheduleArgs, 'id' | 'ifMatch'>>;
  cancelSchedule?: Resolver<ResolversTypes['Schedule'], ParentType, ContextType, RequireFields<MutationCancelScheduleArgs, 'id'>>;
  createWebhook?: Resolver<ResolversTypes['WebhookWithSecret'], ParentType, ContextType, RequireFields<MutationCreateWebhookArgs, 'url' | 'eventTypes'>>;
  updateWebhook?: Resolver<ResolversTypes['Webhook'], ParentType, ContextType, RequireFields<MutationUpdateWebhookArgs, 'id' | 'ifMatch'>>;
  deleteWebhook?: Resolver<ResolversTypes['Webhook'], ParentType, ContextType, RequireFields<MutationDeleteWebhookArgs, 'id'>>;
  rotateWebhookSecret?: Resolver<ResolversTypes['WebhookWithSecret'], ParentType, ContextType, RequireFields<MutationRotateWebhookSecretArgs, 'id'>>;
  replayWebhookDelivery?: Resolver<ResolversTypes['WebhookDelivery'], ParentType, ContextType, RequireFields<MutationReplayWebhookDeliveryArgs, 'id' | 'deliveryId'>>;
  testWebhook?: Resolver<ResolversTypes['WebhookDelivery'], ParentType, ContextType, RequireFields<MutationTestWebhookArgs, 'id'>>;
};

export type GuideResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['Guide'] = ResolversParentTypes['Guide']> = {
  release?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  introduction?: Resolver<ResolversTypes['GuideSection'], ParentType, ContextType>;
  topicsHeading?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  topics?: Resolver<Array<ResolversTypes['Topic']>, ParentType, ContextType>;
  conclusion?: Resolver<ResolversTypes['GuideSection'], ParentType, ContextType>;
  faqs?: Resolver<Array<ResolversTypes['Faq']>, ParentType, ContextType>;
};

export type GuideSectionResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['GuideSection'] = ResolversParentTypes['GuideSection']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  paragraphs?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type TopicResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['Topic'] = ResolversParentTypes['Topic']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  release?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  slug?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  number?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  paragraphs?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  keyPoints?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  competencies?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  lifeStages?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  prompts?: Resolver<ResolversTypes['PromptConnection'], ParentType, ContextType, Partial<TopicPromptsArgs>>;
  activities?: Resolver<ResolversTypes['ActivityConnection'], ParentType, ContextType, Partial<TopicActivitiesArgs>>;
  faqs?: Resolver<ResolversTypes['FaqConnection'], ParentType, ContextType, Partial<TopicFaqsArgs>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type FaqResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['Faq'] = ResolversParentTypes['Faq']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  release?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  slug?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  position?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  question?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  answer?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  topics?: Resolver<Array<ResolversTypes['Topic']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type TopicConnectionResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['TopicConnection'] = ResolversParentTypes['TopicConnection']> = {
  release?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['TopicEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Topic']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type TopicEdgeResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['TopicEdge'] = ResolversParentTypes['TopicEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Topic'], ParentType, ContextType>;
};

export type FaqConnectionResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['FaqConnection'] = ResolversParentTypes['FaqConnection']> = {
  release?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['FaqEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Faq']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type FaqEdgeResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['FaqEdge'] = ResolversParentTypes['FaqEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Faq'], ParentType, ContextType>;
};

export type PromptResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['Prompt'] = ResolversParentTypes['Prompt']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  release?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  slug?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  ageMin?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  ageMax?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  depth?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  settings?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  direction?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  competencies?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  sensitive?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  contentWarnings?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  situations?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  themes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  purpose?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  responseTip?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  safeguardingNote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  motherNote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  readAloud?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  formerIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  gradeBands?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  readingGrade?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  followUps?: Resolver<Array<ResolversTypes['Prompt']>, ParentType, ContextType>;
  topics?: Resolver<Array<ResolversTypes['Topic']>, ParentType, ContextType>;
  resources?: Resolver<Array<ResolversTypes['Resource']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PromptConnectionResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['PromptConnection'] = ResolversParentTypes['PromptConnection']> = {
  release?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['PromptEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Prompt']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type PromptEdgeResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['PromptEdge'] = ResolversParentTypes['PromptEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Prompt'], ParentType, ContextType>;
};

export type DailyPromptResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['DailyPrompt'] = ResolversParentTypes['DailyPrompt']> = {
  release?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  date?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  timeZone?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  seed?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  cycleDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  prompt?: Resolver<ResolversTypes['Prompt'], ParentType, ContextType>;
};

export type ConversationPlanResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['ConversationPlan'] = ResolversParentTypes['ConversationPlan']> = {
  release?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  age?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  setting?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  minutes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  topics?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  steps?: Resolver<Array<ResolversTypes['ConversationStep']>, ParentType, ContextType>;
  notes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ConversationStepResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['ConversationStep'] = ResolversParentTypes['ConversationStep']> = {
  stage?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  minutes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  prompts?: Resolver<Array<ResolversTypes['PlannedPrompt']>, ParentType, ContextType>;
  tip?: Resolver<Maybe<ResolversTypes['GuideTip']>, ParentType, ContextType>;
};

export type PlannedPromptResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['PlannedPrompt'] = ResolversParentTypes['PlannedPrompt']> = {
  prompt?: Resolver<ResolversTypes['Prompt'], ParentType, ContextType>;
  followUps?: Resolver<Array<ResolversTypes['Prompt']>, ParentType, ContextType>;
};

export type GuideTipResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['GuideTip'] = ResolversParentTypes['GuideTip']> = {
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  topic?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ReleaseResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['Release'] = ResolversParentTypes['Release']> = {
  id?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  note?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  basedOnReleaseId?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  documentCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  current?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  reviewedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reviewedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reviewNote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  documents?: Resolver<Array<ResolversTypes['ReleaseDocument']>, ParentType, ContextType>;
};

export type ReleaseDocumentResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['ReleaseDocument'] = ResolversParentTypes['ReleaseDocument']> = {
  documentId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  slug?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ReleaseDiffResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['ReleaseDiff'] = ResolversParentTypes['ReleaseDiff']> = {
  from?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  added?: Resolver<Array<ResolversTypes['ReleaseDiffEntry']>, ParentType, ContextType>;
  changed?: Resolver<Array<ResolversTypes['ReleaseDiffEntry']>, ParentType, ContextType>;
  removed?: Resolver<Array<ResolversTypes['ReleaseDiffEntry']>, ParentType, ContextType>;
};

export type ReleaseDiffEntryResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['ReleaseDiffEntry'] = ResolversParentTypes['ReleaseDiffEntry']> = {
  documentId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  slug?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  fromVersion?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  toVersion?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type ReleaseConnectionResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['ReleaseConnection'] = ResolversParentTypes['ReleaseConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ReleaseEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Release']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type ReleaseEdgeResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['ReleaseEdge'] = ResolversParentTypes['ReleaseEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Release'], ParentType, ContextType>;
};

export type DocumentVersionResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['DocumentVersion'] = ResolversParentTypes['DocumentVersion']> = {
  documentId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  slug?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  contentHash?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  firstReleaseId?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  content?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
};

export type ResourceChannelResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['ResourceChannel'] = ResolversParentTypes['ResourceChannel']> = {
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  languages?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
};

export type ResourceResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['Resource'] = ResolversParentTypes['Resource']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  release?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  slug?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  purpose?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  channels?: Resolver<Array<ResolversTypes['ResourceChannel']>, ParentType, ContextType>;
  hours?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  languages?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  region?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  checkedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ResourceListResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['ResourceList'] = ResolversParentTypes['ResourceList']> = {
  release?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  region?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  items?: Resolver<Array<ResolversTypes['Resource']>, ParentType, ContextType>;
  fallback?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ScheduleResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['Schedule'] = ResolversParentTypes['Schedule']> = {
  id?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  publishAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  documents?: Resolver<Maybe<Array<ResolversTypes['ID']>>, ParentType, ContextType>;
  note?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  state?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  revision?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  etag?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  releaseId?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  error?: Resolver<Maybe<ResolversTypes['ScheduleError']>, ParentType, ContextType>;
  attempts?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reviewedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reviewedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reviewNote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  createdBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ScheduleErrorResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['ScheduleError'] = ResolversParentTypes['ScheduleError']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  detail?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  errors?: Resolver<Array<ResolversTypes['ScheduleErrorItem']>, ParentType, ContextType>;
};

export type ScheduleErrorItemResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['ScheduleErrorItem'] = ResolversParentTypes['ScheduleErrorItem']> = {
  location?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type SchedulePageResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['SchedulePage'] = ResolversParentTypes['SchedulePage']> = {
  nodes?: Resolver<Array<ResolversTypes['Schedule']>, ParentType, ContextType>;
  nextAfter?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type SearchResultResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['SearchResult'] = ResolversParentTypes['SearchResult']> = {
  __resolveType: TypeResolveFn<'GuideSection' | 'Topic' | 'Faq' | 'Prompt' | 'Activity', ParentType, ContextType>;
};

export type SearchConnectionResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['SearchConnection'] = ResolversParentTypes['SearchConnection']> = {
  release?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['SearchEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['SearchResult']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type SearchEdgeResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['SearchEdge'] = ResolversParentTypes['SearchEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rank?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  snippet?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['SearchResult'], ParentType, ContextType>;
};

export type WebhookResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['Webhook'] = ResolversParentTypes['Webhook']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  url?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  eventTypes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  policyKeyId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  enabled?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  disabledReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  previousSecretExpiresAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  revision?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  etag?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type WebhookWithSecretResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['WebhookWithSecret'] = ResolversParentTypes['WebhookWithSecret']> = {
  webhook?: Resolver<ResolversTypes['Webhook'], ParentType, ContextType>;
  secret?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type WebhookPageResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['WebhookPage'] = ResolversParentTypes['WebhookPage']> = {
  nodes?: Resolver<Array<ResolversTypes['Webhook']>, ParentType, ContextType>;
  nextAfter?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type WebhookAttemptResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['WebhookAttempt'] = ResolversParentTypes['WebhookAttempt']> = {
  attempt?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  startedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  durationMs?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  responseStatus?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  error?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  outcome?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nextAttemptAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type WebhookDeliveryResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['WebhookDelivery'] = ResolversParentTypes['WebhookDelivery']> = {
  id?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  webhookId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  messageId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  eventId?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  eventType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  state?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  replay?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  attempts?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  nextAttemptAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  lastStatus?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  lastError?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  attemptLog?: Resolver<Array<ResolversTypes['WebhookAttempt']>, ParentType, ContextType>;
};

export type WebhookDeliveryPageResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['WebhookDeliveryPage'] = ResolversParentTypes['WebhookDeliveryPage']> = {
  nodes?: Resolver<Array<ResolversTypes['WebhookDelivery']>, ParentType, ContextType>;
  nextAfter?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type Resolvers<ContextType = MercuriusContext> = {
  Query?: QueryResolvers<ContextType>;
  JSON?: GraphQLScalarType;
  ReleaseSelector?: GraphQLScalarType;
  PageInfo?: PageInfoResolvers<ContextType>;
  Activity?: ActivityResolvers<ContextType>;
  Participants?: ParticipantsResolvers<ContextType>;
  Recurrence?: RecurrenceResolvers<ContextType>;
  NurturedTopic?: NurturedTopicResolvers<ContextType>;
  ActivityConnection?: ActivityConnectionResolvers<ContextType>;
  ActivityEdge?: ActivityEdgeResolvers<ContextType>;
  Recommendations?: RecommendationsResolvers<ContextType>;
  Recommendation?: RecommendationResolvers<ContextType>;
  RecommendationFactor?: RecommendationFactorResolvers<ContextType>;
  AuditEntry?: AuditEntryResolvers<ContextType>;
  AuditEntryPage?: AuditEntryPageResolvers<ContextType>;
  ChangeFeed?: ChangeFeedResolvers<ContextType>;
  ChangeEdge?: ChangeEdgeResolvers<ContextType>;
  ChangeEvent?: ChangeEventResolvers<ContextType>;
  DocumentChange?: DocumentChangeResolvers<ContextType>;
  DocumentHistoryEntry?: DocumentHistoryEntryResolvers<ContextType>;
  VersionEntry?: VersionEntryResolvers<ContextType>;
  RevisionEntry?: RevisionEntryResolvers<ContextType>;
  DocumentHistoryPage?: DocumentHistoryPageResolvers<ContextType>;
  FieldChange?: FieldChangeResolvers<ContextType>;
  DocumentDiff?: DocumentDiffResolvers<ContextType>;
  RolledBackRelease?: RolledBackReleaseResolvers<ContextType>;
  EditorialDocument?: EditorialDocumentResolvers<ContextType>;
  PublishedContent?: PublishedContentResolvers<ContextType>;
  Draft?: DraftResolvers<ContextType>;
  EditorialDocumentPage?: EditorialDocumentPageResolvers<ContextType>;
  PublishedRelease?: PublishedReleaseResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Guide?: GuideResolvers<ContextType>;
  GuideSection?: GuideSectionResolvers<ContextType>;
  Topic?: TopicResolvers<ContextType>;
  Faq?: FaqResolvers<ContextType>;
  TopicConnection?: TopicConnectionResolvers<ContextType>;
  TopicEdge?: TopicEdgeResolvers<ContextType>;
  FaqConnection?: FaqConnectionResolvers<ContextType>;
  FaqEdge?: FaqEdgeResolvers<ContextType>;
  Prompt?: PromptResolvers<ContextType>;
  PromptConnection?: PromptConnectionResolvers<ContextType>;
  PromptEdge?: PromptEdgeResolvers<ContextType>;
  DailyPrompt?: DailyPromptResolvers<ContextType>;
  ConversationPlan?: ConversationPlanResolvers<ContextType>;
  ConversationStep?: ConversationStepResolvers<ContextType>;
  PlannedPrompt?: PlannedPromptResolvers<ContextType>;
  GuideTip?: GuideTipResolvers<ContextType>;
  Release?: ReleaseResolvers<ContextType>;
  ReleaseDocument?: ReleaseDocumentResolvers<ContextType>;
  ReleaseDiff?: ReleaseDiffResolvers<ContextType>;
  ReleaseDiffEntry?: ReleaseDiffEntryResolvers<ContextType>;
  ReleaseConnection?: ReleaseConnectionResolvers<ContextType>;
  ReleaseEdge?: ReleaseEdgeResolvers<ContextType>;
  DocumentVersion?: DocumentVersionResolvers<ContextType>;
  ResourceChannel?: ResourceChannelResolvers<ContextType>;
  Resource?: ResourceResolvers<ContextType>;
  ResourceList?: ResourceListResolvers<ContextType>;
  Schedule?: ScheduleResolvers<ContextType>;
  ScheduleError?: ScheduleErrorResolvers<ContextType>;
  ScheduleErrorItem?: ScheduleErrorItemResolvers<ContextType>;
  SchedulePage?: SchedulePageResolvers<ContextType>;
  SearchResult?: SearchResultResolvers<ContextType>;
  SearchConnection?: SearchConnectionResolvers<ContextType>;
  SearchEdge?: SearchEdgeResolvers<ContextType>;
  Webhook?: WebhookResolvers<ContextType>;
  WebhookWithSecret?: WebhookWithSecretResolvers<ContextType>;
  WebhookPage?: WebhookPageResolvers<ContextType>;
  WebhookAttempt?: WebhookAttemptResolvers<ContextType>;
  WebhookDelivery?: WebhookDeliveryResolvers<ContextType>;
  WebhookDeliveryPage?: WebhookDeliveryPageResolvers<ContextType>;
};

