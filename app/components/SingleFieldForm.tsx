import { Form } from "@remix-run/react";
import { ErrorSummary } from "./ErrorSummary";
import { PageTitle } from "./PageTitle";
import { Button, TextField } from "./plain";

/** A page that asks for one code: heading, one field, one button, GOV.UK errors. */
export function SingleFieldForm(props: {
  title: string;
  id: string;
  label: string;
  hint: string;
  button: string;
  error?: string;
  defaultValue?: string;
  action?: string;
  headingIsLabel?: boolean;
}) {
  return (
    <>
      <PageTitle title={props.title} hasErrors={Boolean(props.error)} />
      <ErrorSummary problems={props.error ? [{ fieldId: props.id, message: props.error }] : []} />
      {props.headingIsLabel ? null : <h1 className="page-heading">{props.title}</h1>}
      <Form method="post" action={props.action} noValidate>
        <TextField
          id={props.id}
          name={props.id}
          label={props.label}
          hint={props.hint}
          error={props.error}
          defaultValue={props.defaultValue}
          autoComplete="off"
          spellCheck={false}
          width="medium"
          labelAsHeading={props.headingIsLabel}
        />
        <Button>{props.button}</Button>
      </Form>
    </>
  );
}
