/*
 * The survey definitions, for loaders and actions. Routes import them from here rather than
 * from surveys/ so that the definitions, and the zod that checks them as they load, stay on
 * the server: the browser gets what a page needs through its loader's data.
 */
export { defaultVersion, findQuestion, getSurvey, surveyDefinitions } from "~surveys";
