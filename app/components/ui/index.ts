export { Button } from "./Button";
export { CheckboxGroup } from "./CheckboxGroup";
export { Field, FieldErrorText } from "./Field";
export { RadioGroup } from "./RadioGroup";
export type { ChoiceOption } from "./choice-parts";
export { TextArea, TextField } from "./TextField";
export { TableScroll } from "./TableScroll";
export { Table } from "./Table";
export type { TableColumn } from "./Table";
