import { useState } from "react";

/*
 * On a slow phone a person can type or choose before the page's script has started. React
 * keeps what is in the page while it hydrates, but react-aria's fields hold their value in
 * state made from the server's default, and the next render (a focus ring, a keypress) puts
 * that default back: what the person did is lost. These hooks start that state from the page
 * instead, during hydration only (root.tsx marks <html data-hydrated> once it is done; on
 * later client-side navigations the old page is still in the document and must not be read).
 */

function hydrating(): boolean {
  return typeof document !== "undefined" && !document.documentElement.hasAttribute("data-hydrated");
}

/** The text in a field with this id as the page shows it now, or the server's default. */
export function useTextBeforeHydration(id: string, fallback: string | undefined) {
  const [initial] = useState(() => {
    if (!hydrating()) return fallback;
    const element = document.getElementById(id);
    return element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement
      ? element.value
      : fallback;
  });
  return initial;
}

/** The ticked boxes or chosen radio inside the group with this id, as the page shows them now. */
export function useChoicesBeforeHydration(id: string, fallback: string[] | undefined) {
  const [initial] = useState(() => {
    if (!hydrating()) return fallback;
    const group = document.getElementById(id);
    if (!group) return fallback;
    return Array.from(group.querySelectorAll<HTMLInputElement>("input:checked"), (i) => i.value);
  });
  return initial;
}
