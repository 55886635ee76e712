import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Button, TextField } from "~/components/ui";
import { InspectionHeading } from "~/components/inspector/InspectionHeading";
import { areaNumberFields, maxAreaNumber } from "~/inspections/area-number-fields";
import { areaNumbers, readAreaNumbers, setAreaNumbers } from "~/inspections/area-numbers.server";
import { inspectionContext } from "~/inspections/context.server";
import { readForm } from "~/platform/forms.server";
import { choiceField, textFields } from "~/platform/form-fields";

/** The local area's own numbers (#18), entered by the lead, for the overview's response rates. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { db, inspectionId, inspection, t } = await inspectionContext(
    request,
    params.inspectionId,
    { lead: true },
  );
  const numbers = await areaNumbers(db, inspectionId);
  return {
    id: inspectionId,
    area: inspection.areaName,
    title: t("areaNumbers.title"),
    values: Object.fromEntries(
      areaNumberFields.map((field) => [field, numbers[field]?.toString() ?? ""]),
    ) as Record<(typeof areaNumberFields)[number], string>,
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { db, inspector, inspectionId, t } = await inspectionContext(request, params.inspectionId, {
    lead: true,
  });
  const form = await readForm(request);
  // The page's own form says what it is; anything else sent here is refused.
  if (!choiceField(form, "intent", ["save"])) throw data(null, { status: 400 });
  const values = textFields(form, areaNumberFields, 30);
  const read = readAreaNumbers(values);
  if (!read.ok) {
    const errors = Object.fromEntries(
      Object.entries(read.problems).map(([field, problem]) => [
        field,
        t(`areaNumbers.errors.${problem}`, {
          what: t(`areaNumbers.fields.${field}`),
          largest: maxAreaNumber.toLocaleString("en-GB"),
        }),
      ]),
    );
    return data({ errors, values }, { status: 400 });
  }
  await setAreaNumbers(db, { userId: inspector.id, inspectionId, numbers: read.numbers });
  return redirect(`/inspections/${inspectionId}#response-rates`);
}

export default function AreaNumbers() {
  const page = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t } = useTranslation("inspector");
  const errors: Partial<Record<string, string>> = result?.errors ?? {};
  const values = result?.values ?? page.values;
  const problems = areaNumberFields.flatMap((field) =>
    errors[field] ? [{ fieldId: `area-${field}`, message: errors[field]! }] : [],
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
      <p>{t("areaNumbers.intro")}</p>
      <Form method="post" noValidate>
        <input type="hidden" name="intent" value="save" />
        {areaNumberFields.map((field) => (
          <TextField
            key={field}
            id={`area-${field}`}
            name={field}
            label={t(`areaNumbers.labels.${field}`)}
            hint={t("areaNumbers.hint")}
            error={errors[field]}
            defaultValue={values[field]}
            inputMode="numeric"
            width="short"
          />
        ))}
        <Button>{t("areaNumbers.save")}</Button>
      </Form>
    </>
  );
}
