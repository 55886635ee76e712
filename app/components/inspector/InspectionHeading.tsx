import type { ReactNode } from "react";
import { ErrorSummary } from "~/components/ErrorSummary";
import type { FieldProblem } from "~/components/ErrorSummary";
import { PageTitle } from "~/components/PageTitle";

/**
 * The top of a page about one inspection: the document title ("Error: " first while the page
 * shows problems), the error summary, the area's name as the way back to the inspection, and
 * the page's heading (its title unless told otherwise).
 */
export function InspectionHeading({
  id,
  area,
  title,
  heading = title,
  problems = [],
}: {
  id: string;
  area: string;
  title: string;
  heading?: ReactNode;
  problems?: FieldProblem[];
}) {
  return (
    <>
      <PageTitle title={title} hasErrors={problems.length > 0} />
      <ErrorSummary problems={problems} />
      <p className="caption">
        <a href={`/inspections/${id}`}>{area}</a>
      </p>
      <h1 className="page-heading">{heading}</h1>
    </>
  );
}
