import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ConcernItem } from "~/components/inspector/concerns/ConcernItem";
import { Guidance } from "~/components/inspector/concerns/GuidanceForm";
import { InspectionHeading } from "~/components/inspector/InspectionHeading";
import { inspectionContext } from "~/inspections/context.server";
import { readForm } from "~/platform/forms.server";
import { choiceField, idField } from "~/platform/form-fields";
import {
  concernsToRead,
  readDecision,
  readGuidance,
  recordConcernDecision,
  safeguardingGuidance,
  setSafeguardingGuidance,
} from "~/safeguarding/concerns.server";

/** Comments that may be disclosures (#19): the guidance, the words, a decision for each. */
export const handle = {
  i18n: [
    "inspector",
    "survey-child",
    "survey-parent",
    "survey-practitioner",
    "survey-common",
    "webinars",
  ],
};

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { db, inspector, inspectionId, inspection, teamRole, t } = await inspectionContext(
    request,
    params.inspectionId,
  );
  const guidance = await safeguardingGuidance(db, inspectionId);
  return {
    id: inspectionId,
    area: inspection.areaName,
    title: t("safeguarding.title"),
    isLead: teamRole === "lead",
    guidance: guidance ?? t("safeguarding.defaultGuidance"),
    customGuidance: guidance !== null,
    concerns: await concernsToRead(db, { inspectionId, userId: inspector.id }),
  };
}

type Refused =
  | { commentId: string; field: "decision" | "note"; error: string; note: string }
  | { guidanceError: string; guidance: string };

export async function action({ request, params }: ActionFunctionArgs) {
  const form = await readForm(request);
  const intent = choiceField(form, "intent", ["guidance", "decide"]);
  const context = await inspectionContext(request, params.inspectionId, {
    lead: intent === "guidance",
  });
  const { db, inspector, inspectionId, t } = context;
  const where = { userId: inspector.id, inspectionId };
  const here = `/inspections/${inspectionId}/safeguarding`;
  if (intent === "guidance") {
    const read = readGuidance(form.get("guidance"));
    if (!read.ok) {
      const guidanceError = t("safeguarding.errors.guidanceTooLong");
      return data<Refused>({ guidanceError, guidance: read.guidance }, 400);
    }
    await setSafeguardingGuidance(db, { ...where, guidance: read.guidance });
    return redirect(`${here}#guidance-title`);
  }
  const commentId = idField(form, "commentId");
  if (intent !== "decide" || !commentId) throw data(null, { status: 400 });
  const read = readDecision(form.get("decision"), form.get("note"));
  if (!read.ok) {
    const field = read.problem === "decision" ? "decision" : "note";
    const error = t(`safeguarding.errors.${read.problem}`);
    return data<Refused>({ commentId, field, error, note: read.note }, 400);
  }
  const { found } = await recordConcernDecision(db, { ...where, commentId, ...read });
  if (!found) throw data(null, { status: 404 });
  return redirect(`${here}#concern-${commentId}`);
}

export default function Safeguarding() {
  const page = useLoaderData<typeof loader>();
  const refused = useActionData<typeof action>();
  const { t } = useTranslation("inspector");
  const decision = refused && "commentId" in refused ? refused : undefined;
  const guidanceRefused = refused && "guidanceError" in refused ? refused : undefined;
  const guidanceError = guidanceRefused?.guidanceError;
  const waiting = page.concerns.filter((c) => !c.decision);
  const decided = page.concerns.filter((c) => c.decision);
  const problems = decision
    ? [{ fieldId: `${decision.field}-${decision.commentId}`, message: decision.error }]
    : guidanceError
      ? [{ fieldId: "guidance", message: guidanceError }]
      : [];
  const list = (items: typeof page.concerns) => (
    <ol className="comment-list">
      {items.map((concern) => (
        <ConcernItem
          key={concern.id}
          concern={concern}
          refused={decision?.commentId === concern.id ? decision : undefined}
        />
      ))}
    </ol>
  );
  return (
    <>
      <InspectionHeading
        id={page.id}
        area={page.area}
        title={`${page.title}: ${page.area}`}
        heading={page.title}
        problems={problems}
      />
      <p>{t("safeguarding.intro")}</p>
      <Guidance
        guidance={page.guidance}
        custom={page.customGuidance}
        isLead={page.isLead}
        error={guidanceError}
        typed={guidanceRefused?.guidance}
      />
      <h2>{t("safeguarding.waiting", { count: waiting.length })}</h2>
      {waiting.length ? list(waiting) : <p>{t("safeguarding.none")}</p>}
      {decided.length ? (
        <>
          <h2>{t("safeguarding.decidedTitle", { count: decided.length })}</h2>
          {list(decided)}
        </>
      ) : null}
    </>
  );
}
