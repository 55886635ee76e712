import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Button, Table } from "~/components/ui";

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
        <Table
          label={t("arranging.title")}
          columns={[t("webinars.detail.name"), t("arranging.need"), t("arranging.action")]}
        >
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
        </Table>
      )}
    </>
  );
}
