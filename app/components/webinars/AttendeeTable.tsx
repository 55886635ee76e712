import { Form } from "@remix-run/react";
import type { WebinarSignup } from "~db/schema";
import { useTranslation } from "react-i18next";
import { Button, Table } from "~/components/ui";

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
      <Table
        label={t("webinars.detail.people")}
        captionId="people-caption"
        columns={[
          t("webinars.detail.name"),
          t("webinars.detail.email"),
          t("webinars.detail.role"),
          t("webinars.detail.status"),
          t("webinars.detail.needs"),
          t("webinars.detail.question"),
          t("webinars.detail.attended"),
        ]}
      >
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
      </Table>
      {people.some((person) => person.status === "confirmed") ? (
        <Button name="intent" value="attendance" variant="secondary">
          {t("webinars.detail.saveAttendance")}
        </Button>
      ) : null}
    </Form>
  );
}
