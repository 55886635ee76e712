import { RemixBrowser } from "@remix-run/react";
import i18next from "i18next";
import type { BackendModule } from "i18next";
import { startTransition, StrictMode } from "react";
import { hydrateRoot } from "react-dom/client";
import { I18nextProvider, initReactI18next } from "react-i18next";
import { defaultLanguage } from "./i18n/languages";

/** Loads translation files from the app itself, one namespace at a time. */
const fetchBackend: BackendModule = {
  type: "backend",
  init() {},
  read(language, namespace, callback) {
    fetch(`/locales/${encodeURIComponent(language)}/${encodeURIComponent(namespace)}`)
      .then((response) =>
        response.ok ? response.json() : Promise.reject(new Error(String(response.status))),
      )
      .then((data) => callback(null, data))
      .catch((error: Error) => callback(error, false));
  },
};

/** Namespaces the routes on this page declared in `handle.i18n`, plus the shared one. */
function routeNamespaces(): string[] {
  const modules =
    (
      window as unknown as {
        __remixRouteModules?: Record<string, { handle?: { i18n?: string | string[] } }>;
      }
    ).__remixRouteModules ?? {};
  const declared = Object.values(modules).flatMap((module) => module?.handle?.i18n ?? []);
  return Array.from(new Set(["common", ...declared]));
}

async function hydrate() {
  await i18next
    .use(initReactI18next)
    .use(fetchBackend)
    .init({
      lng: document.documentElement.lang || defaultLanguage,
      fallbackLng: defaultLanguage,
      ns: routeNamespaces(),
      defaultNS: "common",
      interpolation: { escapeValue: false },
      react: { useSuspense: false },
    });
  startTransition(() => {
    hydrateRoot(
      document,
      <I18nextProvider i18n={i18next}>
        <StrictMode>
          <RemixBrowser />
        </StrictMode>
      </I18nextProvider>,
    );
  });
}

void hydrate();
