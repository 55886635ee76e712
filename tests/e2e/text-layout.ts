import type { Page } from "@playwright/test";
import { expect } from "@playwright/test";

/**
 * Where text collides on the page as it is drawn: lines of one wrapped text that overlap each
 * other (more than a tenth of a line: fonts' boxes are a little taller than their letters),
 * words that run over a button's or an answer card's border, and words drawn over a picture.
 * Measured from the browser's own line boxes (Range.getClientRects), so it holds for every
 * script and font the page falls back to.
 */
export async function textCollisions(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const describe = (el: Element) =>
      `${el.tagName.toLowerCase()}${el.className ? `.${String(el.className).split(" ")[0]}` : ""} "${(el.textContent ?? "").trim().slice(0, 40)}"`;
    const visible = (el: Element) => {
      const style = getComputedStyle(el);
      const box = el.getBoundingClientRect();
      return style.visibility !== "hidden" && box.width > 2 && box.height > 2;
    };
    const lineBoxes = (node: Text) => {
      const range = document.createRange();
      range.selectNodeContents(node);
      return [...range.getClientRects()].filter((r) => r.width > 0.5 && r.height > 0.5);
    };
    const textNodes = (root: Element) => {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      const nodes: Text[] = [];
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const parent = node.parentElement;
        if (node.textContent?.trim() && parent && visible(parent)) nodes.push(node as Text);
      }
      return nodes;
    };

    // 1. The lines of one text do not run into each other.
    for (const node of textNodes(document.body)) {
      const lines = lineBoxes(node).sort((a, b) => a.top - b.top);
      for (let i = 1; i < lines.length; i += 1) {
        const above = lines[i - 1]!;
        const below = lines[i]!;
        if (below.top - above.top < 1) continue; // two pieces of one line
        const overlap = above.bottom - below.top;
        if (overlap > 0.1 * Math.min(above.height, below.height))
          problems.push(
            `lines overlap by ${overlap.toFixed(1)}px in ${describe(node.parentElement!)}`,
          );
      }
    }

    // 2. Words stay inside their button or card, clear of its border, and off its pictures.
    for (const box of document.querySelectorAll(".button, button, .choice")) {
      if (!visible(box)) continue;
      const outer = box.getBoundingClientRect();
      const style = getComputedStyle(box);
      const inner = {
        top: outer.top + parseFloat(style.borderTopWidth),
        bottom: outer.bottom - parseFloat(style.borderBottomWidth),
        left: outer.left + parseFloat(style.borderLeftWidth),
        right: outer.right - parseFloat(style.borderRightWidth),
      };
      const pictures = [...box.querySelectorAll("img, svg")]
        .filter(visible)
        .map((p) => p.getBoundingClientRect());
      for (const node of textNodes(box)) {
        for (const line of lineBoxes(node)) {
          // A tenth of the line may reach into the border's space, as between lines.
          const slack = 0.1 * line.height;
          if (
            line.top < inner.top - slack ||
            line.bottom > inner.bottom + slack ||
            line.left < inner.left - 1 ||
            line.right > inner.right + 1
          )
            problems.push(`words cross the border of ${describe(box)}`);
          for (const picture of pictures) {
            const across = Math.min(line.right, picture.right) - Math.max(line.left, picture.left);
            const down = Math.min(line.bottom, picture.bottom) - Math.max(line.top, picture.top);
            if (across > 1 && down > slack)
              problems.push(`words over a picture in ${describe(box)}`);
          }
        }
      }
    }
    return [...new Set(problems)];
  });
}

export async function expectTextClear(page: Page, label: string) {
  expect(await textCollisions(page), `text collides on ${label}`).toEqual([]);
}
