import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useLocation, useNavigation } from "@remix-run/react";
import { Fragment, useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorSummary } from "~/components/ErrorSummary";
import { PageTitle } from "~/components/PageTitle";
import { Button, CheckboxGroup, TextArea } from "~/components/ui";
import {
  discardRecording,
  recordingsToTranscribe,
  transcribeRecording,
} from "~/recordings/recordings.server";
import { audit } from "~/auth/audit.server";
import { requireTeamInspection } from "~/auth/session.server";
import { readReason } from "~/coding/comment-codes";
import type { CodeReason } from "~/coding/comment-codes";
import { listComments, recodeComment } from "~/coding/comments.server";
import { withheldAudiences } from "~/summary/quotable.server";
import { detectLanguage } from "~/i18n/detect.server";
import { getFixedT } from "~/i18n/i18n.server";
import { isAudience } from "~/inspections/audiences";
import { inspectionDetail } from "~/inspections/list.server";
import { readForm } from "~/platform/forms.server";
import { isUuid } from "~/platform/ids";
import { suppressionThreshold } from "~/summary/suppression";
import { getSurvey } from "~/surveys/definitions.server";
import { framework, isCriterionCode } from "../../surveys/framework";
import { surveyTextKey } from "../../surveys/text-key";
import { AudienceSelect } from "~/components/inspector/AudienceSelect";
import { FilterSelect } from "~/components/inspector/FilterSelect";

/** Comments, redacted, with suggested codes an inspector confirms, removes or adds to. */
export const handle = {
  i18n: ["inspector", "survey-child", "survey-parent", "survey-practitioner", "survey-common"],
};

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { db, inspector } = await requireTeamInspection(request, params.inspectionId);
  const inspection = (await inspectionDetail(db, params.inspectionId!))!;
  const url = new URL(request.url);
  const criterion = url.searchParams.get("criterion");
  const audience = url.searchParams.get("audience");
  const filter = {
    criterion: isCriterionCode(criterion) ? criterion : undefined,
    audience: isAudience(audience) ? audience : undefined,
  };
  const threshold = suppressionThreshold();
  // The team reads every comment and hears every recording, whatever the group's size: that
  // is their job, and what respondents are told. A small group's words are never quoted in
  // the summary, pack or exports (#25); the page says which groups that is.
  const withheld = await withheldAudiences(db, inspection.id);
  const shown = await listComments(db, inspection.id, filter);
  const recordings = await recordingsToTranscribe(db, inspection.id);
  await audit(db, {
    userId: inspector.id,
    inspectionId: inspection.id,
    action: "comments_viewed",
    detail: { ...filter, count: shown.length, recordings: recordings.length },
  });
  const t = await getFixedT(detectLanguage(request), "inspector");
  return {
    id: inspection.id,
    area: inspection.areaName,
    title: t("comments.title"),
    filter,
    threshold,
    withheld,
    recordings,
    comments: shown.map((c) => {
      const definition = getSurvey(c.audience, c.version);
      const question = definition.questions.find((q) => q.id === c.questionId);
      return {
        ...c,
        codes: c.codes.map(({ reason, ...code }) => ({ ...code, why: readReason(reason) })),
        questionKey: question ? surveyTextKey(definition, question.text) : undefined,
      };
    }),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { db, inspector } = await requireTeamInspection(request, params.inspectionId);
  const form = await readForm(request);
  const intent = form.get("intent");
  if (intent === "transcribe" || intent === "discard") {
    return recordingAction(request, form, {
      db,
      userId: inspector.id,
      inspectionId: params.inspectionId!,
      intent,
    });
  }
  const commentId = form.get("commentId");
  if (typeof commentId !== "string" || !isUuid(commentId)) throw data(null, { status: 400 });
  const criteria = form.getAll("criteria").filter((c): c is string => typeof c === "string");
  const result = await recodeComment(db, {
    userId: inspector.id,
    inspectionId: params.inspectionId!,
    commentId,
    criteria,
  });
  if (!result.found) throw data(null, { status: 404 });
  const back = new URL(request.url);
  return redirect(`${back.pathname}${back.search}#comment-${commentId}`);
}

const maxTranscript = 5000;

/** Saves a transcript (which deletes the audio) or deletes a recording unheard-of-again. */
async function recordingAction(
  request: Request,
  form: FormData,
  input: {
    db: Awaited<ReturnType<typeof requireTeamInspection>>["db"];
    userId: string;
    inspectionId: string;
    intent: "transcribe" | "discard";
  },
) {
  const recordingId = form.get("recordingId");
  if (typeof recordingId !== "string" || !isUuid(recordingId)) throw data(null, { status: 400 });
  const where = { userId: input.userId, inspectionId: input.inspectionId, recordingId };
  const back = new URL(request.url);
  if (input.intent === "discard") {
    const { found } = await discardRecording(input.db, where);
    if (!found) throw data(null, { status: 404 });
    return redirect(`${back.pathname}${back.search}#recordings`);
  }
  const raw = form.get("transcript");
  const transcript = typeof raw === "string" ? raw.replace(/\r\n/g, "\n").trim() : "";
  const t = await getFixedT(detectLanguage(request), "inspector");
  const problem = !transcript
    ? t("recordings.errors.empty")
    : [...transcript].length > maxTranscript
      ? t("recordings.errors.tooLong", {
          count: maxTranscript,
          max: maxTranscript.toLocaleString("en-GB"),
        })
      : undefined;
  if (problem) return data({ recordingId, error: problem, transcript }, { status: 400 });
  const result = await transcribeRecording(input.db, { ...where, transcript });
  if (!result.found) throw data(null, { status: 404 });
  return redirect(`${back.pathname}${back.search}#comment-${result.commentId}`);
}

function Recordings({ page }: { page: ReturnType<typeof useLoaderData<typeof loader>> }) {
  const { t } = useTranslation(["inspector", "survey-common"]);
  const result = useActionData<typeof action>();
  const refused = result && "recordingId" in result ? result : undefined;
  if (!page.recordings.length) return null;
  return (
    <section aria-labelledby="recordings" className="recordings">
      <h2 className="heading-m" id="recordings" tabIndex={-1}>
        {t("recordings.title", { count: page.recordings.length })}
      </h2>
      <p>{t("recordings.intro")}</p>
      <ol className="comment-list">
        {page.recordings.map((recording, index) => {
          const error = refused?.recordingId === recording.id ? refused.error : undefined;
          const headingId = `recording-${recording.id}`;
          return (
            <li key={recording.id} className="recording" aria-labelledby={headingId}>
              <p className="caption" id={headingId}>
                {t(`audience.${recording.audience}`)} ·{" "}
                {recording.questionKey ? t(recording.questionKey) : recording.questionId}
              </p>
              {/* eslint-disable-next-line jsx-a11y/media-has-caption -- the transcript below is its caption */}
              <audio
                controls
                preload="none"
                src={`/inspections/${page.id}/recordings/${recording.id}`}
                aria-label={t("recordings.play", {
                  number: index + 1,
                  count: page.recordings.length,
                  question: `${t(`audience.${recording.audience}`)}, ${
                    recording.questionKey ? t(recording.questionKey) : recording.questionId
                  }`,
                })}
              />
              <Form method="post">
                <input type="hidden" name="recordingId" value={recording.id} />
                <TextArea
                  id={`transcript-${recording.id}`}
                  name="transcript"
                  label={t("recordings.transcript")}
                  hint={t("recordings.transcriptHint")}
                  error={error}
                  defaultValue={error ? refused?.transcript : undefined}
                  rows={4}
                />
                <div className="button-group">
                  <Button name="intent" value="transcribe">
                    {t("recordings.save")}
                  </Button>
                  <Button name="intent" value="discard" variant="warning">
                    {t("recordings.discard")}
                  </Button>
                </div>
              </Form>
            </li>
          );
        })}
      </ol>
    </section>
  );
}

/**
 * With JavaScript, which comment was just saved (codes, or a transcript that became one): the
 * page stays where it was (focus on the comment, not the top of the page) and says "Saved" at
 * the comment and to screen readers. Deleting a recording is not a save; going to another
 * page or filter forgets it.
 */
function useJustSaved(): string | undefined {
  const navigation = useNavigation();
  const location = useLocation();
  const saving = useRef(false);
  const [saved, setSaved] = useState<string | undefined>(undefined);
  useEffect(() => {
    if (navigation.state === "submitting" && navigation.formMethod?.toUpperCase() === "POST") {
      saving.current = navigation.formData?.get("intent") !== "discard";
      setSaved(undefined);
    } else if (navigation.state === "loading" && !navigation.formMethod) {
      setSaved(undefined);
    } else if (navigation.state === "idle" && saving.current) {
      saving.current = false;
      // The action's redirect names the saved comment: #comment-<id>.
      setSaved(location.hash.startsWith("#comment-") ? location.hash.slice(9) : "");
    }
  }, [navigation.state, navigation.formMethod, navigation.formData, location.hash]);
  return saved;
}

/**
 * Why a code was suggested, in the inspector's language; the matched words as the comment
 * wrote them, each isolated so Urdu or Arabic words keep their order on a left-to-right page.
 */
function CodeWhy({ why }: { why: CodeReason }) {
  const { t } = useTranslation("inspector");
  const parts = [
    ...(why.asked ? [t("comments.reason.asked")] : []),
    ...(why.words.length
      ? [
          <Fragment key="words">
            {t("comments.reason.words")}{" "}
            {why.words.map((word, index) => (
              <Fragment key={index}>
                {index ? ", " : ""}
                <bdi>{word}</bdi>
              </Fragment>
            ))}
          </Fragment>,
        ]
      : []),
    ...(why.addedByInspector ? [t("comments.reason.added")] : []),
    ...why.other.map((part) => <bdi key={part}>{part}</bdi>),
  ];
  if (!parts.length) return null;
  return (
    <span className="hint">
      {" ("}
      {parts.map((part, index) => (
        <Fragment key={index}>
          {index ? "; " : ""}
          {part}
        </Fragment>
      ))}
      )
    </span>
  );
}

export default function Comments() {
  const page = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t } = useTranslation(["inspector", "survey-common"]);
  const options = framework.map((c) => ({ value: c.code, label: `${c.code} ${c.title}` }));
  const refused = result && "recordingId" in result ? result : undefined;
  const justSaved = useJustSaved();
  const savedComment = page.comments.some((c) => c.id === justSaved) ? justSaved : undefined;
  return (
    <>
      <PageTitle title={`${page.title}: ${page.area}`} hasErrors={Boolean(refused)} />
      <ErrorSummary
        problems={
          refused ? [{ fieldId: `transcript-${refused.recordingId}`, message: refused.error }] : []
        }
      />
      <p className="visually-hidden" role="status">
        {justSaved !== undefined && !refused ? t("comments.saved") : ""}
      </p>
      <p className="caption">
        <a href={`/inspections/${page.id}`}>{page.area}</a>
      </p>
      <h1 className="page-heading">{page.title}</h1>
      <Form method="get" className="filters">
        <FilterSelect
          id="filter-criterion"
          name="criterion"
          label={t("comments.criterion")}
          defaultValue={page.filter.criterion ?? ""}
        >
          <option value="">{t("comments.all")}</option>
          {framework.map((c) => (
            <option key={c.code} value={c.code}>
              {c.code} {c.title}
            </option>
          ))}
        </FilterSelect>
        <AudienceSelect value={page.filter.audience ?? ""} />
        <Button variant="secondary">{t("comments.filter")}</Button>
      </Form>
      {page.withheld.length ? (
        <p className="panel">
          {t("comments.withheld", {
            count: page.threshold,
            audiences: page.withheld.map((a) => t(`audience.${a}`)).join(", "),
          })}
        </p>
      ) : null}
      <Recordings page={page} />
      <p>{t("comments.count", { count: page.comments.length })}</p>
      <ol className="comment-list">
        {page.comments.map((comment) => {
          const active = comment.codes.filter((c) => c.status !== "removed");
          return (
            <li key={comment.id} id={`comment-${comment.id}`} className="comment" tabIndex={-1}>
              <p className="caption">
                {t(`audience.${comment.audience}`)} ·{" "}
                {comment.questionKey ? t(comment.questionKey) : comment.questionId}
                {comment.sentiment ? ` · ${t(`comments.sentiment.${comment.sentiment}`)}` : ""}
                {comment.source === "spoken" ? ` · ${t("comments.spoken")}` : ""}
              </p>
              <blockquote className="comment__text" dir="auto">
                {comment.text}
              </blockquote>
              {savedComment === comment.id ? (
                <p className="saved-tag">{t("comments.saved")}</p>
              ) : null}
              <ul className="comment__codes">
                {comment.codes.map((code) => (
                  <li key={code.criterion} className={`code code--${code.status}`}>
                    <strong>{code.criterion}</strong> {t(`comments.status.${code.status}`)}
                    <CodeWhy why={code.why} />
                  </li>
                ))}
              </ul>
              <Form method="post" className="comment__recode">
                <input type="hidden" name="commentId" value={comment.id} />
                <details>
                  <summary>{t("comments.recode")}</summary>
                  <CheckboxGroup
                    id={`codes-${comment.id}`}
                    name="criteria"
                    label={t("comments.codesLabel")}
                    options={options}
                    defaultValue={active.map((c) => c.criterion)}
                  />
                  <Button variant="secondary">{t("comments.save")}</Button>
                </details>
              </Form>
            </li>
          );
        })}
      </ol>
    </>
  );
}
