import { useEffect, useRef } from "react";
import type { ReactNode } from "react";

/**
 * A table that scrolls sideways inside its own box when the screen is too narrow (320px, or
 * 400% zoom), so its words never break and the page itself never scrolls sideways. The box
 * is a named region a keyboard can focus to scroll (WCAG 2.1.1); with JavaScript, it leaves
 * the Tab order while its table fits.
 */
export function TableScroll({ label, children }: { label: string; children: ReactNode }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = box.current;
    if (!element || typeof ResizeObserver === "undefined") return;
    const update = () => {
      if (element.scrollWidth > element.clientWidth + 1) element.setAttribute("tabindex", "0");
      else element.removeAttribute("tabindex");
    };
    const observer = new ResizeObserver(update);
    observer.observe(element);
    if (element.firstElementChild) observer.observe(element.firstElementChild);
    update();
    return () => observer.disconnect();
  }, []);
  return (
    // A region that scrolls must take focus, so keyboard users can scroll it too.
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
    <div ref={box} className="table-scroll" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
