import { RemixBrowser } from "@remix-run/react";
import i18next from "i18next";
import type { BackendModule } from "i18next";
import { startTransition, StrictMode } from "react";
import { hydrateRoot } from "react-dom/client";
import { I18nextProvider, initReactI18next } from "react-i18next";
import { defaultLanguage } from "./i18n/languages";
import { namespacesMetaName } from "./i18n/namespaces";
import { interpolation } from "./i18n/isolate";

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

/** The namespaces this page's routes declared, as the root layout wrote them into the page. */
function routeNamespaces(): string[] {
  const meta = document.querySelector<HTMLMetaElement>(`meta[name="${namespacesMetaName}"]`);
  return meta?.content.split(" ").filter(Boolean) ?? ["common"];
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
      interpolation,
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
