import { Secret, TOTP } from "otpauth";
import type { Answer, Client } from "./http";

/** The key a set-up page shows for typing into an app by hand. */
export function keyOnPage(html: string): string {
  return /<p class="two-factor__key"[^>]*><code>([A-Z2-7 ]+)<\/code>/
    .exec(html)![1]!
    .replace(/ /g, "");
}

/** What an authenticator app shows for `key`, `steps` periods from now. */
export function appCode(key: string, steps = 0): string {
  return new TOTP({ secret: Secret.fromBase32(key) }).generate({
    timestamp: Date.now() + steps * 30_000,
  });
}

/**
 * Signs in as an account that must set two-step sign-in up: the password, then the set-up page
 * the sign-in answers with, confirmed with a code. Returns the key and the confirming answer.
 */
export async function signInSettingUp(client: Client, email: string, password: string) {
  const first: Answer = await client.signIn(email, password);
  if (first.status !== 200 || !first.body.includes("two-factor__key"))
    throw new Error(`sign-in did not ask to set up two-step sign-in: ${first.status}`);
  const key = keyOnPage(first.body);
  const confirmed = await client.post("/sign-in", {
    step: "setup",
    returnTo: "/inspections",
    code: appCode(key),
  });
  return { key, first, confirmed };
}
