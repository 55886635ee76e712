import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { PageTitle } from "~/components/PageTitle";
import { Booking, ConfirmPlace } from "~/components/webinars/Booking";
import { pageLanguage } from "~/i18n/i18n.server";
import { getDb } from "~/platform/db.server";
import { wakeMailWorker } from "~/mail/outbox.server";
import { readForm } from "~/platform/forms.server";
import { choiceField } from "~/platform/form-fields";
import { bookingPage } from "~/webinars/booking-page.server";
import { cancelBooking, confirmSignUp, findBooking } from "~/webinars/webinars.server";

export const handle = { i18n: ["webinars"] };

/**
 * The page the link in every webinar email opens: confirm a place (the first email), then see
 * or cancel the booking. Confirming and cancelling need a button press: mail programs that
 * open links to check them must not take or cancel anyone's place.
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { language, t } = await pageLanguage(request, "webinars");
  const page = await bookingPage(await getDb(), params.token ?? "", language, t);
  return page.found ? page : data(page, { status: 404 });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const form = await readForm(request);
  const intent = choiceField(form, "intent", ["confirm", "cancel"]);
  const token = params.token ?? "";
  const db = await getDb();
  if (intent === "confirm") {
    const outcome = await confirmSignUp(db, token);
    // Pressed twice: the first press made this link the booking's, so show it.
    if (outcome === "unknown" && !(await findBooking(db, token))) throw data(null, { status: 404 });
  } else if (intent === "cancel") {
    if ((await cancelBooking(db, token)) === "unknown") throw data(null, { status: 404 });
  } else throw data(null, { status: 400 });
  wakeMailWorker();
  return redirect(`/booking/${token}`);
}

export default function BookingRoute() {
  const page = useLoaderData<typeof loader>();
  const { t } = useTranslation("webinars");
  if (page.found === "booking") return <Booking page={page} />;
  if (page.found === "request") return <ConfirmPlace page={page} />;
  return (
    <>
      <PageTitle title={page.title} />
      <h1 className="page-heading">{page.title}</h1>
      <p>{t("booking.unknown")}</p>
    </>
  );
}
