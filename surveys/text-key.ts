/**
 * A survey definition's text key as i18next reads it. Keys that name their namespace
 * (`survey-common:about.age.easy.me`, shared by every audience) keep it; the others belong to
 * the definition's own namespace (`survey-child`). The one place a key gets its namespace:
 * prefixing a key that already has one shows the key instead of the words.
 */
export function surveyTextKey(definition: { namespace: string }, key: string): string {
  return key.includes(":") ? key : `${definition.namespace}:${key}`;
}
