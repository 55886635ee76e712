import { useTranslation } from "react-i18next";
import { RadioGroup, TextField } from "~/components/ui";
import { DateInput } from "~/components/ui/DateInput";
import type { DateParts } from "~/components/ui/DateInput";

/** Each field of the new-webinar form and the id its error links to. */
export const webinarFieldIds: Record<string, string> = {
  title: "title",
  day: "webinar-day",
  starts: "starts",
  ends: "ends",
  capacity: "capacity",
  audience: "audience",
  host: "host",
  joinUrl: "joinUrl",
};

/** What was typed, given back after a refusal. */
export type WebinarFormValues = {
  [field in "title" | "starts" | "ends" | "capacity" | "audience" | "host" | "joinUrl"]?: string;
} & { day?: DateParts };

/** The new-webinar form's fields, with what was typed and its errors after a refusal. */
export function WebinarFields({
  errors,
  values,
  hosts,
  changing = false,
}: {
  errors: Record<string, string | undefined>;
  values?: WebinarFormValues;
  /** Who may host it: a forum organiser schedules only the forum's own (one choice, no question). */
  hosts: readonly ("inspectors" | "forum")[];
  /** Changing a webinar (#22): its audience and host stay as they are, so are not asked. */
  changing?: boolean;
}) {
  const { t } = useTranslation(["inspector", "webinars"]);
  return (
    <>
      <TextField
        id="title"
        name="title"
        label={t("webinars.new.name")}
        hint={t("webinars.new.nameHint")}
        error={errors.title}
        defaultValue={values?.title}
      />
      <DateInput
        id="webinar"
        name="webinar"
        legend={t("webinars.new.day")}
        hint={t("webinars.new.dayHint")}
        error={errors.day}
        defaultValue={values?.day}
      />
      <TextField
        id="starts"
        name="starts"
        label={t("webinars.new.starts")}
        hint={t("webinars.new.timeHint")}
        error={errors.starts}
        defaultValue={values?.starts}
        width="short"
      />
      <TextField
        id="ends"
        name="ends"
        label={t("webinars.new.ends")}
        hint={t("webinars.new.timeHint")}
        error={errors.ends}
        defaultValue={values?.ends}
        width="short"
      />
      <TextField
        id="capacity"
        name="capacity"
        label={t("webinars.new.capacity")}
        hint={t("webinars.new.capacityHint")}
        inputMode="numeric"
        error={errors.capacity}
        defaultValue={values?.capacity ?? "30"}
        width="short"
      />
      {changing ? null : (
        <RadioGroup
          id="audience"
          name="audience"
          label={t("webinars.new.audience")}
          error={errors.audience}
          defaultValue={values?.audience || "both"}
          options={(["parents", "forum", "both"] as const).map((value) => ({
            value,
            label: t(`webinars:audience.${value}`),
          }))}
        />
      )}
      {changing ? null : hosts.length > 1 ? (
        <RadioGroup
          id="host"
          name="host"
          label={t("webinars.new.host")}
          error={errors.host}
          defaultValue={values?.host || hosts[0]}
          options={hosts.map((value) => ({ value, label: t(`webinars:host.${value}`) }))}
        />
      ) : (
        <input type="hidden" name="host" value={hosts[0]} />
      )}
      <TextField
        id="joinUrl"
        name="joinUrl"
        label={t("webinars.new.joinUrl")}
        hint={t("webinars.new.joinUrlHint")}
        error={errors.joinUrl}
        defaultValue={values?.joinUrl}
        spellCheck={false}
      />
    </>
  );
}
