import { sql } from "drizzle-orm";
import {
  bigserial,
  customType,
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { audiences, polarities, versions } from "~surveys/lists";

/*
 * Survey answers and webinar sign-ups never share a table or a key: answers hold no
 * identifiers at all, and only the day a response was sent (see DESIGN.md, anonymity).
 */

const createdAt = () => timestamp("created_at", { withTimezone: true }).notNull().defaultNow();

export const localAreas = pgTable("local_areas", {
  id: uuid("id").primaryKey().defaultRandom(),
  name: text("name").notNull(),
  createdAt: createdAt(),
});

export const inspections = pgTable(
  "inspections",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    localAreaId: uuid("local_area_id")
      .notNull()
      .references(() => localAreas.id),
    notifiedOn: date("notified_on").notNull(),
    surveysOpenAt: timestamp("surveys_open_at", { withTimezone: true }).notNull(),
    surveysCloseAt: timestamp("surveys_close_at", { withTimezone: true }).notNull(),
    /** Weeks 2 (tracking meetings, analysis) and 3 (on site), editable by the team. */
    week2StartsOn: date("week2_starts_on").notNull(),
    week3StartsOn: date("week3_starts_on").notNull(),
    /** Inspectors can close surveys early; reopening clears it. */
    surveysClosedEarly: boolean("surveys_closed_early").notNull().default(false),
    /** When they were closed early (null when not): retention counts from the real close. */
    surveysClosedAt: timestamp("surveys_closed_at", { withTimezone: true }),
    /** The local area's SEND information, advice and support service, shown after a survey. */
    supportServiceName: text("support_service_name"),
    supportServicePhone: text("support_service_phone"),
    supportServiceUrl: text("support_service_url"),
    /**
     * What the team does with a comment that may be a disclosure (#19), written by its lead;
     * null shows the default words (inspector:safeguarding.defaultGuidance).
     */
    safeguardingGuidance: text("safeguarding_guidance"),
    /**
     * The local area's own numbers, entered by the lead (#18), so the overview can show each
     * audience's responses as a response rate; null until entered.
     */
    areaEhcPlans: integer("area_ehc_plans"),
    areaSenSupport: integer("area_sen_support"),
    areaPractitionersInvited: integer("area_practitioners_invited"),
    /**
     * When the lead marked the summary final (#20): from then on no paper form is keyed in,
     * late or not (app/inspections/summary-final.server.ts); null while it is not final.
     */
    summaryFinalAt: timestamp("summary_final_at", { withTimezone: true }),
    /** Secret token for the local area's live response counts page (stored hashed). */
    areaCountsTokenHash: text("area_counts_token_hash"),
    /**
     * When the retention sweep deleted everything people sent for it, RETENTION_YEARS after it
     * ended (app/inspections/retention.server.ts); the row, its dates and team stay.
     */
    dataDeletedAt: timestamp("data_deleted_at", { withTimezone: true }),
    /** Random part of the public webinars page address, /webinars/<token>. */
    webinarsToken: text("webinars_token")
      .notNull()
      .default(sql`replace(gen_random_uuid()::text, '-', '')`),
    createdAt: createdAt(),
  },
  (t) => [
    index("inspections_local_area_idx").on(t.localAreaId),
    uniqueIndex("inspections_webinars_token_idx").on(t.webinarsToken),
  ],
);

export const users = pgTable("users", {
  id: uuid("id").primaryKey().defaultRandom(),
  email: text("email").notNull().unique(),
  name: text("name").notNull(),
  passwordHash: text("password_hash").notNull(),
  /**
   * "organiser": a parent carer forum organiser, invited by a lead (#22), whose account sees
   * only the webinars of the inspections it organises (app/inspections/context.server.ts).
   */
  role: text("role", { enum: ["admin", "inspector", "organiser"] }).notNull(),
  disabledAt: timestamp("disabled_at", { withTimezone: true }),
  /**
   * Sessions signed in before this no longer work: set when a password is reset or the account
   * is disabled, so every copy of every earlier session ends at once.
   */
  sessionsValidFrom: timestamp("sessions_valid_from", { withTimezone: true }),
  /**
   * Two-step sign-in (app/auth/two-factor.server.ts): the authenticator app's secret, encrypted
   * (AES-GCM, keyed from SESSION_SECRET); while `twoFactorOnAt` is null it is a set-up not yet
   * confirmed with a code.
   */
  twoFactorSecret: text("two_factor_secret"),
  twoFactorOnAt: timestamp("two_factor_on_at", { withTimezone: true }),
  /** The 30-second step of the last code accepted: a code is never accepted twice. */
  twoFactorLastStep: integer("two_factor_last_step"),
  createdAt: createdAt(),
});

/** One-use codes for signing in without the app; only their SHA-256 is kept. */
export const recoveryCodes = pgTable(
  "recovery_codes",
  {
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    codeHash: text("code_hash").notNull(),
    usedAt: timestamp("used_at", { withTimezone: true }),
  },
  (t) => [primaryKey({ columns: [t.userId, t.codeHash] })],
);

export const inspectionTeam = pgTable(
  "inspection_team",
  {
    inspectionId: uuid("inspection_id")
      .notNull()
      .references(() => inspections.id, { onDelete: "cascade" }),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    /** "organiser": a forum organiser, allowed the inspection's webinars and nothing else. */
    role: text("role", { enum: ["lead", "member", "organiser"] })
      .notNull()
      .default("member"),
  },
  (t) => [
    primaryKey({ columns: [t.inspectionId, t.userId] }),
    index("inspection_team_user_idx").on(t.userId),
  ],
);

/**
 * A lead's invitation to a parent carer forum organiser (#22): the emailed link sets up an
 * organiser account on the inspection. Only the token's SHA-256 is kept; the link works once,
 * until `expiresAt`.
 */
export const organiserInvitations = pgTable(
  "organiser_invitations",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    inspectionId: uuid("inspection_id")
      .notNull()
      .references(() => inspections.id, { onDelete: "cascade" }),
    email: text("email").notNull(),
    tokenHash: text("token_hash").notNull(),
    invitedBy: uuid("invited_by").references(() => users.id, { onDelete: "set null" }),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    acceptedAt: timestamp("accepted_at", { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("organiser_invitations_token_idx").on(t.tokenHash),
    index("organiser_invitations_inspection_idx").on(t.inspectionId),
  ],
);

export const surveyLinks = pgTable(
  "survey_links",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    inspectionId: uuid("inspection_id")
      .notNull()
      .references(() => inspections.id, { onDelete: "cascade" }),
    audience: text("audience", { enum: audiences }).notNull(),
    /** Unguessable token used in the survey link. */
    token: text("token").notNull(),
    /** Short code a person can type from a poster (no 0/O or 1/I). */
    shortCode: text("short_code").notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("survey_links_token_idx").on(t.token),
    uniqueIndex("survey_links_short_code_idx").on(t.shortCode),
    uniqueIndex("survey_links_inspection_audience_idx").on(t.inspectionId, t.audience),
  ],
);

/** A survey in progress. Holds no identifiers; deleted on submit or when the survey closes. */
export const drafts = pgTable(
  "drafts",
  {
    id: text("id").primaryKey(),
    surveyLinkId: uuid("survey_link_id")
      .notNull()
      .references(() => surveyLinks.id, { onDelete: "cascade" }),
    version: text("version", { enum: versions }).notNull(),
    language: text("language").notNull(),
    channel: text("channel", { enum: ["online", "paper"] })
      .notNull()
      .default("online"),
    answers: jsonb("answers").$type<Record<string, unknown>>().notNull().default({}),
    /** Hash of the resume code shown by "Save and come back later". */
    resumeCodeHash: text("resume_code_hash"),
    /** Random key that makes a submission idempotent. */
    submissionKey: text("submission_key").notNull(),
    /**
     * The redaction rules (`redactionRulesVersion`) the draft's own words were redacted
     * under when it was made; older drafts (0: made before drafts were redacted) are
     * redacted again when sent.
     */
    redactionVersion: integer("redaction_version").notNull().default(0),
    /**
     * Own words just saved looked like a disclosure (#19): the next page shows where to get
     * help now, and clears this as it does, so nothing of it outlives that page.
     */
    helpDue: boolean("help_due").notNull().default(false),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("drafts_resume_code_idx").on(t.resumeCodeHash),
    index("drafts_survey_link_idx").on(t.surveyLinkId),
  ],
);

export const responses = pgTable(
  "responses",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    inspectionId: uuid("inspection_id")
      .notNull()
      .references(() => inspections.id, { onDelete: "cascade" }),
    audience: text("audience", { enum: audiences }).notNull(),
    version: text("version", { enum: versions }).notNull(),
    language: text("language").notNull(),
    channel: text("channel", { enum: ["online", "paper"] }).notNull(),
    /** A paper form keyed in after the surveys closed (#20), counted as a late paper form. */
    late: boolean("late").notNull().default(false),
    /** The day it was sent, nothing finer. */
    submittedOn: date("submitted_on").notNull(),
    /** Coarse "about you" answers, used only for breakdowns under suppression. */
    about: jsonb("about").$type<Record<string, string>>().notNull().default({}),
    /** Random key from the draft: the same submission sent twice is stored once. */
    submissionKey: text("submission_key").notNull(),
    /**
     * Whether its increments are in summary_counts: set in the transaction that adds them,
     * so each response is folded into the counters exactly once (app/summary/counts.server.ts).
     */
    counted: boolean("counted").notNull().default(false),
  },
  (t) => [
    uniqueIndex("responses_submission_key_idx").on(t.submissionKey),
    index("responses_inspection_idx").on(t.inspectionId, t.audience),
    // Few at any time: those a fold has not reached yet. The summary adds them; the fold takes them.
    index("responses_uncounted_idx")
      .on(t.inspectionId)
      .where(sql`not ${t.counted}`),
  ],
);

export const answers = pgTable(
  "answers",
  {
    responseId: uuid("response_id")
      .notNull()
      .references(() => responses.id, { onDelete: "cascade" }),
    inspectionId: uuid("inspection_id").notNull(),
    questionId: text("question_id").notNull(),
    value: text("value").notNull(),
    /**
     * The version the answer was given in (#20): a person may change version part way, so
     * one response can hold answers of both; the counters count each by its own.
     */
    version: text("version", { enum: versions }).notNull(),
    polarity: text("polarity", {
      // "none": an option without a polarity, as the first schema allowed; the counters skip it.
      enum: [...polarities, "none"],
    }).notNull(),
    criteria: text("criteria")
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    /** Framework sub-points (`I1.b`) the question speaks to, for the summary's second level. */
    subPoints: text("sub_points")
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
  },
  (t) => [
    primaryKey({ columns: [t.responseId, t.questionId, t.value] }),
    index("answers_inspection_idx").on(t.inspectionId, t.questionId),
  ],
);

export const comments = pgTable(
  "comments",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    responseId: uuid("response_id")
      .notNull()
      .references(() => responses.id, { onDelete: "cascade" }),
    inspectionId: uuid("inspection_id").notNull(),
    questionId: text("question_id").notNull(),
    /** Already redacted: the original text is never stored. */
    text: text("text").notNull(),
    sentiment: text("sentiment", { enum: ["positive", "neutral", "negative", "mixed"] }),
    /** Typed by the person, or an inspector's transcript of their recording. */
    source: text("source", { enum: ["typed", "spoken"] })
      .notNull()
      .default("typed"),
    /**
     * The words may be a disclosure (app/safeguarding/detect.ts, #19): never quoted, shown
     * first, and kept past retention until a team member records a decision.
     */
    concern: boolean("concern").notNull().default(false),
    /** The words that matched, cut from the redacted text, so they hold no identifier. */
    concernWords: text("concern_words")
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    /** What a team member decided (app/safeguarding/concerns.server.ts), who and when. */
    concernDecision: text("concern_decision", { enum: ["referred", "not_a_concern"] }),
    concernNote: text("concern_note"),
    concernDecidedBy: uuid("concern_decided_by").references(() => users.id, {
      onDelete: "set null",
    }),
    concernDecidedAt: timestamp("concern_decided_at", { withTimezone: true }),
    /** Read by a team member (app/coding/read-state.server.ts, #19): who and when. */
    readBy: uuid("read_by").references(() => users.id, { onDelete: "set null" }),
    readAt: timestamp("read_at", { withTimezone: true }),
  },
  (t) => [
    index("comments_inspection_idx").on(t.inspectionId, t.questionId),
    // The banner on every inspection page counts these.
    index("comments_open_concerns_idx")
      .on(t.inspectionId)
      .where(sql`${t.concern} and ${t.concernDecision} is null`),
  ],
);

const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({
  dataType: () => "bytea",
});

/**
 * Spoken answers, kept apart from the answers: a voice can identify someone, so audio is
 * played only to the inspection's team (audited) and deleted once transcribed, or when the
 * retention time after the survey closes ends. A recording belongs to a draft until the
 * survey is sent, then to the response; either going deletes it.
 */
export const recordings = pgTable(
  "recordings",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    inspectionId: uuid("inspection_id")
      .notNull()
      .references(() => inspections.id, { onDelete: "cascade" }),
    draftId: text("draft_id").references(() => drafts.id, { onDelete: "cascade" }),
    responseId: uuid("response_id").references(() => responses.id, { onDelete: "cascade" }),
    questionId: text("question_id").notNull(),
    /** Found from the file's first bytes, never from its name or the browser's word. */
    contentType: text("content_type").notNull(),
    size: integer("size").notNull(),
    audio: bytea("audio").notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("recordings_draft_question_idx").on(t.draftId, t.questionId),
    index("recordings_inspection_idx").on(t.inspectionId),
    index("recordings_response_idx").on(t.responseId),
  ],
);

export const commentCodes = pgTable(
  "comment_codes",
  {
    commentId: uuid("comment_id")
      .notNull()
      .references(() => comments.id, { onDelete: "cascade" }),
    criterion: text("criterion").notNull(),
    status: text("status", { enum: ["suggested", "confirmed", "removed"] }).notNull(),
    /** Why it was suggested: the phrases that matched. */
    reason: text("reason"),
    /** The inspector who confirmed it (null while only suggested, or for older rows). */
    confirmedBy: uuid("confirmed_by").references(() => users.id, { onDelete: "set null" }),
  },
  (t) => [primaryKey({ columns: [t.commentId, t.criterion] })],
);

/**
 * An inspector's own label for what comments under one criterion say ("transport"), per
 * inspection (#18): renamed and merged by the team (app/coding/themes.server.ts, audited),
 * with one quote an inspector chose (never a comment flagged as a possible disclosure).
 */
export const themes = pgTable(
  "themes",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    inspectionId: uuid("inspection_id")
      .notNull()
      .references(() => inspections.id, { onDelete: "cascade" }),
    criterion: text("criterion").notNull(),
    label: text("label").notNull(),
    quoteCommentId: uuid("quote_comment_id").references(() => comments.id, {
      onDelete: "set null",
    }),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
  },
  (t) => [
    // One theme of a name under a criterion: "Transport" and "transport " are the same.
    uniqueIndex("themes_inspection_criterion_label_idx").on(
      t.inspectionId,
      t.criterion,
      sql`lower(${t.label})`,
    ),
  ],
);

/** Which comments carry which theme. */
export const commentThemes = pgTable(
  "comment_themes",
  {
    commentId: uuid("comment_id")
      .notNull()
      .references(() => comments.id, { onDelete: "cascade" }),
    themeId: uuid("theme_id")
      .notNull()
      .references(() => themes.id, { onDelete: "cascade" }),
  },
  (t) => [
    primaryKey({ columns: [t.commentId, t.themeId] }),
    index("comment_themes_theme_idx").on(t.themeId),
  ],
);

/**
 * Sessions signed out before their time: a session lives in a signed cookie, so signing out
 * also records its random id here, and a copy of the cookie is refused from then on. Rows
 * go once the session would have ended anyway (retention sweep).
 */
export const endedSessions = pgTable("ended_sessions", {
  sid: text("sid").primaryKey(),
  until: timestamp("until", { withTimezone: true }).notNull(),
});

export const auditLog = pgTable(
  "audit_log",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
    userId: uuid("user_id").references(() => users.id, { onDelete: "set null" }),
    inspectionId: uuid("inspection_id").references(() => inspections.id, {
      onDelete: "set null",
    }),
    action: text("action").notNull(),
    detail: jsonb("detail").$type<Record<string, unknown>>().notNull().default({}),
  },
  (t) => [index("audit_log_at_idx").on(t.at)],
);

/**
 * The summary's figures as counters (see app/summary/counts.ts), added to in batches from
 * the responses not counted yet. Each batch adds to one of 16 shards at random (from when every submit
 * wrote here, to spread row locks); the summary adds the shards up.
 */
export const summaryCounts = pgTable(
  "summary_counts",
  {
    inspectionId: uuid("inspection_id")
      .notNull()
      .references(() => inspections.id, { onDelete: "cascade" }),
    kind: text("kind").notNull(),
    audience: text("audience").notNull(),
    dimension: text("dimension").notNull(),
    dimValue: text("dim_value").notNull(),
    code: text("code").notNull(),
    polarity: text("polarity").notNull(),
    shard: smallint("shard").notNull(),
    answers: integer("answers").notNull(),
    people: integer("people").notNull(),
  },
  (t) => [
    primaryKey({
      columns: [
        t.inspectionId,
        t.kind,
        t.audience,
        t.dimension,
        t.dimValue,
        t.code,
        t.polarity,
        t.shard,
      ],
    }),
  ],
);

/**
 * Responses whose increments are not in summary_counts yet, as processes of the version before
 * `responses.counted` read them (they fold from here and add what waits here to the summary).
 * Kept for them during a rolling deploy: a submit adds its row in the statement that stores
 * the response, a fold deletes the rows of what it counted, and a trigger marks responses
 * counted when their row goes (migration 0011).
 */
export const pendingCounts = pgTable(
  "pending_counts",
  {
    responseId: uuid("response_id")
      .primaryKey()
      .references(() => responses.id, { onDelete: "cascade" }),
    inspectionId: uuid("inspection_id").notNull(),
  },
  (t) => [index("pending_counts_inspection_idx").on(t.inspectionId)],
);

/** Fixed-window counters shared by every app process (sign-in and submit limits). */
export const rateLimits = pgTable("rate_limits", {
  key: text("key").primaryKey(),
  windowStart: timestamp("window_start", { withTimezone: true }).notNull(),
  count: integer("count").notNull(),
});

/*
 * Webinars and their sign-ups. Sign-ups hold names and email addresses, so they live in
 * their own tables, are never joined to survey responses, and are deleted with their
 * outbox rows 30 days after the webinar (see app/webinars/retention.server.ts).
 */
export const webinars = pgTable(
  "webinars",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    inspectionId: uuid("inspection_id")
      .notNull()
      .references(() => inspections.id, { onDelete: "cascade" }),
    title: text("title").notNull(),
    startsAt: timestamp("starts_at", { withTimezone: true }).notNull(),
    endsAt: timestamp("ends_at", { withTimezone: true }).notNull(),
    capacity: integer("capacity").notNull(),
    audience: text("audience", { enum: ["parents", "forum", "both"] }).notNull(),
    host: text("host", { enum: ["inspectors", "forum"] }).notNull(),
    /** Shown only to people with a confirmed place. */
    joinUrl: text("join_url").notNull(),
    /**
     * The calendar files' SEQUENCE: 0 in the first, one more after each change a calendar
     * shows (title, time, joining link) and on cancelling, so calendars update the event.
     */
    sequence: integer("sequence").notNull().default(0),
    /** Set when the whole webinar is cancelled: sign-up closes and everyone was told. */
    cancelledAt: timestamp("cancelled_at", { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [index("webinars_inspection_idx").on(t.inspectionId, t.startsAt)],
);

export interface AccessNeeds {
  bsl: boolean;
  captions: boolean;
  interpreter: boolean;
  interpreterLanguage?: string;
  breaks: boolean;
  other?: string;
}

export const webinarSignups = pgTable(
  "webinar_signups",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    /** Order of arrival: the waiting list is served lowest first. */
    seq: bigserial("seq", { mode: "number" }).notNull(),
    webinarId: uuid("webinar_id")
      .notNull()
      .references(() => webinars.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    email: text("email").notNull(),
    /** The address lower-cased and trimmed: one place per person per webinar. */
    emailKey: text("email_key").notNull(),
    role: text("role", { enum: ["parent", "forum", "other"] }).notNull(),
    accessNeeds: jsonb("access_needs").$type<AccessNeeds>().notNull(),
    question: text("question"),
    /** The language the person signed up in; their emails are written in it. */
    language: text("language").notNull(),
    status: text("status", { enum: ["confirmed", "waiting", "cancelled"] }).notNull(),
    attended: boolean("attended"),
    /** The access needs (bsl, captions, interpreter) the host has arranged; the person is told. */
    arrangedNeeds: text("arranged_needs")
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    createdAt: createdAt(),
    cancelledAt: timestamp("cancelled_at", { withTimezone: true }),
  },
  (t) => [
    uniqueIndex("webinar_signups_one_place_idx")
      .on(t.webinarId, t.emailKey)
      .where(sql`status <> 'cancelled'`),
    index("webinar_signups_webinar_idx").on(t.webinarId, t.status, t.seq),
  ],
);

/**
 * A sign-up waiting for its address's owner: the form's details, kept until the link emailed
 * to the address is followed and "Confirm my place" pressed. Until then it takes no place and
 * shows nowhere, so signing up someone else's address tells the person who typed it nothing.
 * The same token then becomes the booking's link. Deleted when confirmed, a week after it was
 * made, or with the webinar's sign-ups.
 */
export const webinarSignupRequests = pgTable(
  "webinar_signup_requests",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    webinarId: uuid("webinar_id")
      .notNull()
      .references(() => webinars.id, { onDelete: "cascade" }),
    tokenHash: text("token_hash").notNull(),
    name: text("name").notNull(),
    email: text("email").notNull(),
    role: text("role", { enum: ["parent", "forum", "other"] }).notNull(),
    accessNeeds: jsonb("access_needs").$type<AccessNeeds>().notNull(),
    question: text("question"),
    language: text("language").notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("webinar_signup_requests_token_idx").on(t.tokenHash),
    index("webinar_signup_requests_created_idx").on(t.createdAt),
  ],
);

/** The links in a person's emails ("change or cancel"); each email gets its own, stored hashed. */
export const webinarBookingLinks = pgTable("webinar_booking_links", {
  tokenHash: text("token_hash").primaryKey(),
  signupId: uuid("signup_id")
    .notNull()
    .references(() => webinarSignups.id, { onDelete: "cascade" }),
  createdAt: createdAt(),
});

/**
 * A webinar's follow-up (#22): sent once, after it ended, to the people marked as having come,
 * with the host's slides or notes link if they added one. The row is the "once".
 */
export const webinarFollowUps = pgTable("webinar_follow_ups", {
  webinarId: uuid("webinar_id")
    .primaryKey()
    .references(() => webinars.id, { onDelete: "cascade" }),
  /** https only, as the joining link. */
  notesUrl: text("notes_url"),
  sentTo: integer("sent_to").notNull(),
  sentAt: timestamp("sent_at", { withTimezone: true }).notNull(),
});

/**
 * The single-use links to the feedback form, stored hashed. A link names its webinar and
 * nobody: which attendee had which link is in no table, so spending one ties no one to what
 * they said. Deleted when used, with the sign-ups 30 days after the webinar, or with it.
 */
export const webinarFeedbackLinks = pgTable(
  "webinar_feedback_links",
  {
    tokenHash: text("token_hash").primaryKey(),
    webinarId: uuid("webinar_id")
      .notNull()
      .references(() => webinars.id, { onDelete: "cascade" }),
    createdAt: createdAt(),
  },
  (t) => [index("webinar_feedback_links_webinar_idx").on(t.webinarId)],
);

/**
 * Anonymous feedback on a webinar: which webinar and the answers, free text redacted. No
 * sign-up, link or time is kept with it, so it cannot be joined to the person who gave it.
 */
export const webinarFeedback = pgTable(
  "webinar_feedback",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    webinarId: uuid("webinar_id")
      .notNull()
      .references(() => webinars.id, { onDelete: "cascade" }),
    useful: text("useful", { enum: ["very", "quite", "not"] }).notNull(),
    heard: text("heard", { enum: ["yes", "partly", "no"] }).notNull(),
    /** "Anything else?", redacted before it is stored; null when left empty. */
    other: text("other"),
    /**
     * Its words may be a disclosure (app/safeguarding/detect.ts): as a comment's, never quoted,
     * shown on the safeguarding page, and kept past retention until someone decides (#22).
     */
    concern: boolean("concern").notNull().default(false),
    /** The words that matched, cut from the redacted text, so they hold no identifier. */
    concernWords: text("concern_words")
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    concernDecision: text("concern_decision", { enum: ["referred", "not_a_concern"] }),
    concernNote: text("concern_note"),
    concernDecidedBy: uuid("concern_decided_by").references(() => users.id, {
      onDelete: "set null",
    }),
    concernDecidedAt: timestamp("concern_decided_at", { withTimezone: true }),
  },
  (t) => [
    index("webinar_feedback_webinar_idx").on(t.webinarId),
    index("webinar_feedback_open_concerns_idx")
      .on(t.webinarId)
      .where(sql`${t.concern} and ${t.concernDecision} is null`),
  ],
);

/**
 * Email waiting to be sent, written in the same transaction as the change that causes it.
 * The mail worker claims due rows, sends them, and retries with back-off; once sent, the
 * address, body and calendar file are cleared (`to` is left empty).
 */
export const outbox = pgTable(
  "outbox",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    webinarId: uuid("webinar_id").references(() => webinars.id, { onDelete: "cascade" }),
    signupId: uuid("signup_id").references(() => webinarSignups.id, { onDelete: "cascade" }),
    kind: text("kind", {
      enum: [
        "confirm",
        "already",
        "confirmed",
        "waiting",
        "promoted",
        "reminder",
        "cancelled",
        "changed",
        "webinarCancelled",
        "invitation",
        "needs",
        "arranged",
        "follow_up",
      ],
    }).notNull(),
    to: text("to").notNull(),
    subject: text("subject").notNull(),
    body: text("body"),
    /** An iCalendar file to attach, if any. */
    calendar: text("calendar"),
    /** Not sent before this time (reminders wait until 24 hours before). */
    sendAfter: timestamp("send_after", { withTimezone: true }).notNull().defaultNow(),
    /** Not sent at all after this time (a reminder once the webinar has started). */
    expiresAt: timestamp("expires_at", { withTimezone: true }),
    attempts: integer("attempts").notNull().default(0),
    lockedUntil: timestamp("locked_until", { withTimezone: true }),
    lastError: text("last_error"),
    sentAt: timestamp("sent_at", { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [index("outbox_due_idx").on(t.sentAt, t.sendAfter)],
);

export type Inspection = typeof inspections.$inferSelect;
export type Theme = typeof themes.$inferSelect;
export type SurveyLink = typeof surveyLinks.$inferSelect;
export type User = typeof users.$inferSelect;
export type Draft = typeof drafts.$inferSelect;
export type Webinar = typeof webinars.$inferSelect;
export type WebinarSignup = typeof webinarSignups.$inferSelect;
export type WebinarSignupRequest = typeof webinarSignupRequests.$inferSelect;
export type OutboxMessage = typeof outbox.$inferSelect;
export type WebinarFeedback = typeof webinarFeedback.$inferSelect;
