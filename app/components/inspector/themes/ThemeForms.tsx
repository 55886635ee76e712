import { Form } from "@remix-run/react";
import { CommentWords } from "~/components/inspector/comments/CommentWords";
import { useTranslation } from "react-i18next";
import { Button, CheckboxGroup, RadioGroup, TextField } from "~/components/ui";
import { ThemeList } from "~/components/summary/Themes";
import type { ThemeShown } from "~/components/summary/Themes";
import { Pagination, ShownRange } from "~/components/inspector/Pagination";
import type { PageShown } from "~/platform/paging";

export interface ThemeComment {
  id: string;
  text: string;
  audience: string;
  themeIds: string[];
  quotable: boolean;
}

/** A refused change: which form, which theme, the field's id and the words beside it. */
export interface ThemeRefusal {
  intent: string;
  themeId?: string;
  fieldId: string;
  message: string;
  label: string;
}

/** "Give comments a theme": a new name, or an existing theme's, and the comments it fits. */
export function AddThemeForm({
  comments,
  pages,
  refused,
}: {
  /** One page of the comments coded to the criterion. */
  comments: ThemeComment[];
  pages: PageShown;
  refused?: ThemeRefusal;
}) {
  const { t } = useTranslation("inspector");
  const mine = refused?.intent === "add" ? refused : undefined;
  if (!comments.length) return <p>{t("themes.noComments")}</p>;
  return (
    <Form method="post" noValidate aria-labelledby="add-theme">
      <h2 id="add-theme">{t("themes.add.title")}</h2>
      <input type="hidden" name="intent" value="add" />
      <TextField
        id="theme-label"
        name="label"
        label={t("themes.add.label")}
        hint={t("themes.add.hint")}
        error={mine?.fieldId === "theme-label" ? mine.message : undefined}
        defaultValue={mine?.label}
        width="medium"
      />
      <ShownRange shown={pages} />
      <Pagination shown={pages} label={t("pagination.comments")} />
      <CheckboxGroup
        id="theme-comments"
        name="comment"
        label={t("themes.add.comments")}
        error={mine?.fieldId === "theme-comments" ? mine.message : undefined}
        options={comments.map((c) => ({
          value: c.id,
          label: <CommentWords text={c.text} />,
          hint: t(`audience.${c.audience}`),
        }))}
      />
      <Button>{t("themes.add.button")}</Button>
      <Pagination shown={pages} label={t("pagination.commentsAfter")} />
    </Form>
  );
}

/** A theme's comments as the page has them: how many in all, and the first few. */
export interface ThemeSampleShown {
  count: number;
  comments: Omit<ThemeComment, "themeIds">[];
}

/**
 * A theme with its count and quote, and its changes: choose the quote, take comments out,
 * rename, merge. The quote and the comments to take out are chosen among the theme's first
 * few; the page says so, and links to all of them.
 */
export function ThemeItem({
  theme,
  others,
  sample,
  threshold,
  refused,
  commentsHref,
}: {
  /** The comments page narrowed to this theme. */
  commentsHref: string;
  theme: ThemeShown;
  others: ThemeShown[];
  sample: ThemeSampleShown;
  threshold: number;
  refused?: ThemeRefusal;
}) {
  const { t } = useTranslation("inspector");
  const mine = refused?.themeId === theme.id ? refused : undefined;
  const error = (intent: string) => (mine?.intent === intent ? mine.message : undefined);
  const quotable = sample.comments.filter((c) => c.quotable);
  const options = (comments: ThemeSampleShown["comments"]) =>
    comments.map((c) => ({
      value: c.id,
      label: <CommentWords text={c.text} />,
      hint: t(`audience.${c.audience}`),
    }));
  return (
    <div className="panel">
      <ThemeList themes={[theme]} threshold={threshold} />
      <p>
        <a href={commentsHref}>{t("themes.read", { label: theme.label })}</a>
      </p>
      <details open={Boolean(mine)}>
        <summary>{t("themes.change", { label: theme.label })}</summary>
        {sample.count > sample.comments.length ? (
          <p>{t("themes.sample", { shown: sample.comments.length, count: sample.count })}</p>
        ) : null}
        <Form method="post" noValidate>
          <input type="hidden" name="intent" value="quote" />
          <input type="hidden" name="themeId" value={theme.id} />
          {quotable.length ? (
            <RadioGroup
              id={`quote-${theme.id}`}
              name="commentId"
              label={t("themes.quote.label", { label: theme.label })}
              hint={t("themes.quote.hint")}
              error={error("quote")}
              defaultValue={theme.quote?.id}
              options={options(quotable)}
            />
          ) : (
            <p>{t("themes.quote.none")}</p>
          )}
          {quotable.length ? <Button variant="secondary">{t("themes.quote.button")}</Button> : null}
        </Form>
        {sample.comments.length ? (
          <Form method="post" noValidate>
            <input type="hidden" name="intent" value="remove" />
            <input type="hidden" name="themeId" value={theme.id} />
            <CheckboxGroup
              id={`remove-${theme.id}`}
              name="comment"
              label={t("themes.remove.label", { label: theme.label })}
              error={error("remove")}
              options={options(sample.comments)}
            />
            <Button variant="secondary">{t("themes.remove.button")}</Button>
          </Form>
        ) : null}
        <Form method="post" noValidate>
          <input type="hidden" name="intent" value="rename" />
          <input type="hidden" name="themeId" value={theme.id} />
          <TextField
            id={`rename-${theme.id}`}
            name="label"
            label={t("themes.rename.label", { label: theme.label })}
            error={error("rename")}
            defaultValue={mine?.intent === "rename" ? mine.label : theme.label}
            width="medium"
          />
          <Button variant="secondary">{t("themes.rename.button")}</Button>
        </Form>
        {others.length ? (
          <Form method="post" noValidate>
            <input type="hidden" name="intent" value="merge" />
            <input type="hidden" name="themeId" value={theme.id} />
            <RadioGroup
              id={`merge-${theme.id}`}
              name="into"
              label={t("themes.merge.label", { label: theme.label })}
              hint={t("themes.merge.hint")}
              error={error("merge")}
              options={others.map((o) => ({ value: o.id, label: o.label }))}
            />
            <Button variant="secondary">{t("themes.merge.button")}</Button>
          </Form>
        ) : null}
      </details>
    </div>
  );
}
