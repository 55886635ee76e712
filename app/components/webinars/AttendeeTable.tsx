import { Form } from "@remix-run/react";
import type { WebinarSignup } from "~db/schema";
import { useTranslation } from "react-i18next";
import { Button, TableScroll } from "~/components/ui";

/** A sign-up as the table shows it, with their needs in words and place in the waiting list. */
export type Attendee = Pick<
  WebinarSignup,
  "id" | "name" | "email" | "role" | "status" | "question" | "attended"
> & { position?: number; needs: string[] };

/** Everyone who signed up, with a tick for each person with a place who came. */
export function AttendeeTable({ people }: { people: Attendee[] }) {
  const { t } = useTranslation(["inspector", "webinars"]);
  if (people.length === 0) return <p>{t("webinars.detail.nobody")}</p>;
  return (
    <Form method="post">
      <TableScroll label={t("webinars.detail.people")}>
        <table className="table">
          <caption id="people-caption" className="visually-hidden">
            {t("webinars.detail.people")}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t("webinars.detail.name")}</th>
              <th scope="col">{t("webinars.detail.email")}</th>
              <th scope="col">{t("webinars.detail.role")}</th>
              <th scope="col">{t("webinars.detail.status")}</th>
              <th scope="col">{t("webinars.detail.needs")}</th>
              <th scope="col">{t("webinars.detail.question")}</th>
              <th scope="col">{t("webinars.detail.attended")}</th>
            </tr>
          </thead>
          <tbody>
            {people.map((person) => (
              <tr key={person.id}>
                <th scope="row">{person.name}</th>
                <td className="break">{person.email}</td>
                <td>{t(`webinars:signUp.roles.${person.role}`)}</td>
                <td>
                  {t(`webinars.detail.statuses.${person.status}`, {
                    position: person.position,
                  })}
                </td>
                <td>{person.needs.join("; ")}</td>
                <td>{person.question}</td>
                <td>
                  {person.status === "confirmed" ? (
                    <label className="tick">
                      <input
                        type="checkbox"
                        name="came"
                        value={person.id}
                        defaultChecked={person.attended === true}
                      />
                      <span className="visually-hidden">
                        {t("webinars.detail.attendedLabel", { name: person.name })}
                      </span>
                    </label>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      {people.some((person) => person.status === "confirmed") ? (
        <Button name="intent" value="attendance" variant="secondary">
          {t("webinars.detail.saveAttendance")}
        </Button>
      ) : null}
    </Form>
  );
}
