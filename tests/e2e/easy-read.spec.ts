import type { Browser, Page } from "@playwright/test";
import { expect, expectNoAxeViolationsStatic, openPage, test } from "./fixtures";
import { surveyLinks } from "./links";

/*
 * Easy read as a tested property (issue #6): on every kind of easy-read page the words are
 * large and well spaced, every control is big enough for a finger, and nothing needs
 * scrolling sideways on a 320px screen, even with text at 200%.
 */

const minTextPx = 19;
const minLineHeight = 1.5;
const minTargetPx = 44;

/** The children's easy-read pages, one of each kind, and the button that moves a person on. */
const childToken = () => surveyLinks().child.token;
const pages = [
  { name: "start page", path: () => `/s/${childToken()}`, button: "Start" },
  { name: "faces scale", path: () => `/s/${childToken()}/q/needs_noticed`, button: "Continue" },
  {
    name: "multiple choice",
    path: () => `/s/${childToken()}/q/independence_skills`,
    button: "Continue",
  },
  {
    name: "single choice",
    path: () => `/s/${childToken()}/q/school_attendance`,
    button: "Continue",
  },
  { name: "own words", path: () => `/s/${childToken()}/q/worked_well`, button: "Continue" },
  { name: "check answers", path: () => `/s/${childToken()}/check`, button: "Send my answers" },
  {
    name: "display options",
    path: () => `/display?return=${encodeURIComponent(`/s/${childToken()}/q/needs_noticed`)}`,
    button: "Save",
  },
];

/** A browser with a draft for the children's easy-read survey, so every question page opens. */
async function easyReadVisitor(
  browser: Browser,
  { viewport = { width: 1280, height: 800 }, javaScript = true } = {},
) {
  const context = await browser.newContext({ viewport, javaScriptEnabled: javaScript });
  const page = await context.newPage();
  await openPage(page, `/s/${childToken()}`, { javaScript });
  await page.getByText("Yes, I want to take part").click();
  await page.getByText("Easy read", { exact: true }).click();
  await page.getByRole("button", { name: "Start" }).click();
  await expect(page).toHaveURL(/\/q\/needs_noticed$/);
  return { context, page };
}

/** Words too small or lines too tight, one line a problem, read from computed styles. */
function textProblems(page: Page) {
  return page.evaluate(
    ({ minTextPx, minLineHeight }) => {
      const selector =
        "body, p, li, dt, dd, label, legend, .hint, .choice__label, .choice__hint, .caption, .field-error, textarea, input, button";
      const problems: string[] = [];
      for (const element of document.querySelectorAll<HTMLElement>(selector)) {
        // Headings have their own, tighter sizes; hidden words and tick boxes show no text.
        if (element.closest(".visually-hidden, [hidden], h1, h2, h3")) continue;
        if (element.matches("input[type=radio], input[type=checkbox], input[type=hidden]"))
          continue;
        if (!element.getClientRects().length) continue;
        const isField = element.matches("input, textarea");
        if (!isField && !element.innerText.trim()) continue;
        const style = getComputedStyle(element);
        const size = parseFloat(style.fontSize);
        const line = style.lineHeight === "normal" ? size * 1.2 : parseFloat(style.lineHeight);
        const what = `${element.tagName.toLowerCase()}${element.className ? `.${String(element.className).split(" ").join(".")}` : ""} "${(element.innerText ?? "").trim().slice(0, 40)}"`;
        if (size < minTextPx) problems.push(`${what}: font-size ${size}px`);
        if (line < size * minLineHeight)
          problems.push(`${what}: line-height ${line.toFixed(1)}px for ${size}px text`);
      }
      return problems;
    },
    { minTextPx, minLineHeight },
  );
}

/** Controls smaller than a fingertip. A radio or tick box's target is its label. */
function targetProblems(page: Page) {
  return page.evaluate((minTargetPx) => {
    const problems: string[] = [];
    const controls = document.querySelectorAll<HTMLElement>(
      "a[href], button, input:not([type=hidden]), textarea, select, summary",
    );
    for (const control of controls) {
      const target = control.matches("input[type=radio], input[type=checkbox]")
        ? (control.closest("label") ?? control)
        : control;
      if (!target.getClientRects().length || getComputedStyle(target).visibility === "hidden")
        continue;
      const { width, height } = target.getBoundingClientRect();
      if (width < minTargetPx - 0.5 || height < minTargetPx - 0.5)
        problems.push(
          `${target.tagName.toLowerCase()} "${(target.innerText || target.getAttribute("name") || "").trim().slice(0, 40)}": ${width.toFixed(0)}×${height.toFixed(0)}`,
        );
    }
    return problems;
  }, minTargetPx);
}

function sidewaysScroll(page: Page) {
  return page.evaluate(() => {
    const root = document.scrollingElement!;
    return root.scrollWidth > root.clientWidth ? `${root.scrollWidth} > ${root.clientWidth}` : "";
  });
}

test.describe("easy-read layout", () => {
  test("large, well-spaced words and finger-sized targets on a desktop screen", async ({
    browser,
  }) => {
    const { context, page } = await easyReadVisitor(browser);
    const problems: string[] = [];
    for (const { name, path } of pages) {
      await openPage(page, path());
      for (const problem of [...(await textProblems(page)), ...(await targetProblems(page))])
        problems.push(`${name}: ${problem}`);
    }
    expect(problems).toEqual([]);
    await context.close();
  });

  test("a 320px-wide screen: no sideways scrolling, targets still big enough", async ({
    browser,
  }) => {
    const { context, page } = await easyReadVisitor(browser, {
      viewport: { width: 320, height: 640 },
    });
    const problems: string[] = [];
    for (const { name, path } of pages) {
      await openPage(page, path());
      const scroll = await sidewaysScroll(page);
      if (scroll) problems.push(`${name}: scrolls sideways, ${scroll}`);
      for (const problem of [...(await textProblems(page)), ...(await targetProblems(page))])
        problems.push(`${name}: ${problem}`);
    }
    expect(problems).toEqual([]);
    await context.close();
  });

  test("text at 200% on a 320px-wide screen: no sideways scrolling, the button still works", async ({
    browser,
  }) => {
    const { context, page } = await easyReadVisitor(browser, {
      viewport: { width: 320, height: 640 },
    });
    for (const { name, path, button } of pages) {
      await openPage(page, path());
      const before = await page.evaluate(() =>
        parseFloat(getComputedStyle(document.body).fontSize),
      );
      // As a person's browser setting would: the root size doubles, everything in rem follows.
      await page.addStyleTag({ content: "html { font-size: 200% !important; }" });
      expect(await page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize))).toBe(
        before * 2,
      );
      expect(await sidewaysScroll(page), `sideways scroll on ${name}`).toBe("");
      // Larger text must not pull the skip link into view before it is focused.
      await expect(page.locator(".skip-link"), name).not.toBeInViewport();
      const action = page.getByRole("button", { name: button, exact: true });
      await action.scrollIntoViewIfNeeded();
      await expect(action, `${button} on ${name}`).toBeInViewport();
      // A trial click checks it is visible, enabled and not covered, without pressing it.
      await action.click({ trial: true });
    }
    await context.close();
  });
});

test.describe("display options", () => {
  test("without JavaScript: larger text and high contrast, kept for the visit", async ({
    browser,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const token = childToken();
    await openPage(page, `/s/${token}`, { javaScript: false });
    await page.getByText("Yes, I want to take part").click();
    await page.getByRole("button", { name: "Start" }).click();
    await expect(page).toHaveURL(/\/q\/needs_noticed$/);
    const html = page.locator("html");
    await expect(html).not.toHaveClass(/display-/);
    const usualSize = await page.evaluate(() => getComputedStyle(document.body).fontSize);

    await page.getByRole("link", { name: "Display options" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Display options");
    await page.getByText("Larger text", { exact: true }).click();
    await page.getByText("High contrast", { exact: true }).click();
    await page.getByRole("button", { name: "Save" }).click();

    // Back on the page the person came from, with both applied.
    await expect(page).toHaveURL(new RegExp(`/s/${token}/q/needs_noticed$`));
    await expect(html).toHaveClass(/\bdisplay-larger-text\b/);
    await expect(html).toHaveClass(/\bdisplay-high-contrast\b/);
    await expect(html).not.toHaveClass(/display-more-spacing/);
    const looks = () =>
      page.evaluate(() => ({
        size: getComputedStyle(document.body).fontSize,
        background: getComputedStyle(document.documentElement).backgroundColor,
        text: getComputedStyle(document.body).color,
      }));
    const applied = await looks();
    expect(parseFloat(applied.size)).toBeCloseTo(parseFloat(usualSize) * 1.25, 1);
    expect(applied.background).toBe("rgb(0, 0, 0)");
    expect(applied.text).toBe("rgb(255, 255, 255)");
    await expectNoAxeViolationsStatic(page, "question page in high contrast, larger text");

    // The next question, and the one after: still applied.
    await page.getByText("Yes", { exact: true }).click();
    await page.getByRole("button", { name: "Continue" }).click();
    await expect(page).toHaveURL(/\/q\/right_help$/);
    await expect(html).toHaveClass(/\bdisplay-larger-text\b/);
    expect(await looks()).toEqual(applied);
    await page.getByRole("button", { name: "Skip" }).click();
    await expect(page).toHaveURL(/\/q\/say_in_plans$/);
    expect(await looks()).toEqual(applied);

    // For this visit only: a session cookie the page's scripts cannot read.
    const cookie = (await context.cookies()).find((c) => c.name === "sv_display");
    expect(cookie).toMatchObject({
      value: "larger-text.high-contrast",
      expires: -1,
      httpOnly: true,
      sameSite: "Lax",
    });

    // The display page shows what is chosen; choosing nothing puts the usual display back.
    await page.getByRole("link", { name: "Display options" }).click();
    await expect(page.getByRole("checkbox", { name: /Larger text/ })).toBeChecked();
    await expect(page.getByRole("checkbox", { name: /More spacing/ })).not.toBeChecked();
    await page.getByText("Larger text", { exact: true }).click();
    await page.getByText("High contrast", { exact: true }).click();
    await page.getByRole("button", { name: "Save" }).click();
    await expect(page).toHaveURL(/\/q\/say_in_plans$/);
    await expect(html).not.toHaveClass(/display-/);
    await context.close();
  });

  test("sends people back only to a page on this site", async ({ page }) => {
    for (const elsewhere of [
      "//evil.example/",
      "https://evil.example/",
      "/\\evil.example",
      "/.//evil.example",
    ]) {
      const response = await page.request.post("/display", {
        form: { return: elsewhere, option: "more-spacing" },
        maxRedirects: 0,
      });
      expect(response.status(), elsewhere).toBe(302);
      expect(response.headers().location, elsewhere).toBe("/");
    }
    const home = await page.request.post("/display", {
      form: { return: `/s/${childToken()}?lng=ur`, option: "more-spacing" },
      maxRedirects: 0,
    });
    expect(home.headers().location).toBe(`/s/${childToken()}?lng=ur`);
    expect(home.headers()["set-cookie"]).toMatch(
      /^sv_display=more-spacing; Path=\/; HttpOnly; SameSite=Lax; Secure$/,
    );
  });

  test("forced colours and reduced motion: the chosen answer still shows, nothing moves", async ({
    browser,
  }) => {
    // Without JavaScript, so the chosen answer shows through CSS alone (`:has(input:checked)`).
    const { context, page } = await easyReadVisitor(browser, { javaScript: false });
    await page.emulateMedia({ forcedColors: "active", reducedMotion: "reduce" });
    await page.getByText("Sometimes", { exact: true }).click();
    const markers = await page.evaluate(() =>
      [...document.querySelectorAll(".choice")].map((card) => {
        const marker = getComputedStyle(card.querySelector(".choice__marker")!);
        return {
          checked: card.querySelector("input")!.checked,
          marker: marker.backgroundColor,
          border: getComputedStyle(card).borderTopWidth,
        };
      }),
    );
    const chosen = markers.filter((m) => m.checked);
    const others = markers.filter((m) => !m.checked);
    expect(chosen).toHaveLength(1);
    for (const other of others) {
      expect(other.marker).not.toBe(chosen[0]!.marker);
      expect(other.border).not.toBe(chosen[0]!.border);
    }
    const moving = await page.evaluate(
      () =>
        [...document.querySelectorAll("*")].filter((element) => {
          const style = getComputedStyle(element);
          // Elements that are never drawn (an <audio>'s <source>) have no animation at all: "".
          const animated = style.animationName !== "none" && style.animationName !== "";
          return animated || parseFloat(style.transitionDuration) > 0;
        }).length,
    );
    expect(moving).toBe(0);
    await context.close();
  });
});
