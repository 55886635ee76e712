/*
 * Plain HTML form controls for the public pages a child or parent uses: surveys, display
 * options, the home, code and resume pages, webinar sign-up and booking. Same props and same
 * look as `~/components/ui`, but no react-aria: these pages must work without JavaScript
 * anyway, native fieldsets, radios and buttons already carry their own keyboard and
 * screen-reader behaviour, and a child on a phone downloads 23 kB less script (issue #7's
 * budget). Inspector pages keep the react-aria family.
 */
export { Button } from "./Button";
export { CheckboxGroup, RadioGroup } from "./ChoiceGroup";
export { TextArea, TextField } from "./TextControls";
export type { ChoiceOption } from "~/components/ui/choice-parts";
