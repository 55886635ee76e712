import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Button, TableScroll } from "~/components/ui";

/** One need of one person with a place, not yet arranged. */
export interface NeedToArrangeRow {
  signupId: string;
  name: string;
  need: string;
  words: string;
}

/**
 * The needs the host still has to arrange (#22), each with its own small form: marking one
 * arranged tells the person by email. Works without JavaScript.
 */
export function NeedsToArrange({ rows }: { rows: NeedToArrangeRow[] }) {
  const { t } = useTranslation(["inspector", "webinars"]);
  return (
    <>
      <h2>{t("arranging.title")}</h2>
      {rows.length === 0 ? (
        <p>{t("arranging.none")}</p>
      ) : (
        <TableScroll label={t("arranging.title")}>
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t("webinars.detail.name")}</th>
                <th scope="col">{t("arranging.need")}</th>
                <th scope="col">{t("arranging.action")}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={`${row.signupId}-${row.need}`}>
                  <th scope="row">{row.name}</th>
                  <td>{row.words}</td>
                  <td>
                    <Form method="post">
                      <input type="hidden" name="signupId" value={row.signupId} />
                      <input type="hidden" name="need" value={row.need} />
                      <Button
                        name="intent"
                        value="arranged"
                        variant="secondary"
                        aria-label={t("arranging.buttonFor", { need: row.words, name: row.name })}
                      >
                        {t("arranging.button")}
                      </Button>
                    </Form>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </>
  );
}
