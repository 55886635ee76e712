import type { Page } from "@playwright/test";

/*
 * The local area's counts link, made on an inspection's overview and opened in `target`.
 * Only an inspection's newest link works, and other e2e tests share the demo inspection and
 * make links of their own in parallel: when one of theirs replaced ours before we opened
 * it, make ours again (a few times at most).
 */
export async function openAreaCounts(page: Page, overview: string, target: Page = page) {
  for (let attempt = 0; attempt < 3; attempt += 1) {
    await page.goto(overview);
    await page.getByRole("button", { name: "Make a link for the local area" }).click();
    const link = await page.getByRole("status").getByRole("link").getAttribute("href");
    if (!link || !/\/area\/[A-Za-z0-9_-]{32}$/.test(link)) throw new Error(`no area link: ${link}`);
    const answer = await target.goto(link);
    if (answer?.status() !== 404) return link;
  }
  throw new Error("the area link was replaced three times running");
}
