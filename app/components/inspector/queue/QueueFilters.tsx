import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Button, CheckboxGroup, TextField } from "~/components/ui";
import { AudienceSelect } from "~/components/inspector/AudienceSelect";
import { CriterionSelect } from "~/components/inspector/CriterionSelect";
import { FilterSelect } from "~/components/inspector/FilterSelect";
import { ThemeSelect } from "~/components/inspector/ThemeSelect";
import type { CommentFilter } from "~/coding/comment-filter";
import { maxSearch } from "~/coding/comment-filter";
import { languageName } from "~/i18n/format";
import { languages } from "~/i18n/languages";

/**
 * Which comments the queue and bulk actions are about (a GET form, so it links): unread,
 * uncoded, one criterion's, one audience's, one language's, and words in the text.
 */
export function QueueFilters({
  criteria,
  filter,
  themes,
}: {
  criteria: { value: string; label: string }[];
  filter: CommentFilter;
  themes: { value: string; label: string }[];
}) {
  const { t, i18n } = useTranslation("inspector");
  return (
    <Form method="get" className="filters">
      <CheckboxGroup
        id="filter-show"
        name="show"
        label={t("queue.show")}
        options={[
          { value: "unread", label: t("queue.unreadOnly") },
          { value: "uncoded", label: t("queue.uncodedOnly") },
        ]}
        defaultValue={[
          ...(filter.unread ? ["unread"] : []),
          ...(filter.uncoded ? ["uncoded"] : []),
        ]}
      />
      <CriterionSelect value={filter.criterion ?? ""} criteria={criteria} />
      <ThemeSelect value={filter.theme ?? ""} themes={themes} />
      <AudienceSelect value={filter.audience ?? ""} />
      <FilterSelect
        id="filter-language"
        name="language"
        label={t("summary.by.language")}
        defaultValue={filter.language ?? ""}
      >
        <option value="">{t("comments.all")}</option>
        {languages.map((l) => (
          <option key={l.code} value={l.code}>
            {languageName(l.code, i18n.language)}
          </option>
        ))}
      </FilterSelect>
      <TextField
        id="filter-search"
        name="search"
        type="search"
        label={t("queue.search")}
        defaultValue={filter.search ?? ""}
        maxLength={maxSearch}
        width="medium"
      />
      <Button variant="secondary">{t("comments.filter")}</Button>
    </Form>
  );
}
