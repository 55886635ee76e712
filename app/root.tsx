import type { LinksFunction, LoaderFunctionArgs } from "@remix-run/node";
import {
  Links,
  Meta,
  Outlet,
  Scripts,
  ScrollRestoration,
  isRouteErrorResponse,
  useLocation,
  useMatches,
  useRouteError,
  useRouteLoaderData,
} from "@remix-run/react";
import type { ReactNode } from "react";
import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { useNonce } from "./components/nonce";
import { PageLayout } from "./components/PageLayout";
import { InspectorNav } from "./components/inspector/InspectorNav";
import { inspectorArea } from "./components/inspector/area";
import { displayClassName, readDisplayOptions } from "./display/display-options.server";
import { detectLanguage } from "./i18n/detect.server";
import { defaultLanguage, languageDirection } from "./i18n/languages";
import { namespacesMetaName, pageNamespaces } from "./i18n/namespaces";
import { RegisterProvider, pageRegister } from "./i18n/register";
import { settings } from "./platform/settings.server";
import styles from "./styles/app.css";
import { PageTitle } from "~/components/PageTitle";

export const links: LinksFunction = () => [
  { rel: "stylesheet", href: styles },
  { rel: "icon", href: "/favicon.svg", type: "image/svg+xml" },
];

export async function loader({ request }: LoaderFunctionArgs) {
  const language = detectLanguage(request);
  return {
    language,
    dir: languageDirection(language),
    // Display options (larger text, high contrast, more spacing) as classes on <html>.
    displayClass: displayClassName(readDisplayOptions(request)),
    // The demo says so on every page (DEMO=1): its data is made up, its sign-in published.
    demo: settings().demoBanner,
  };
}

function useRootData() {
  return useRouteLoaderData<typeof loader>("root");
}

export function Layout({ children }: { children: ReactNode }) {
  const data = useRootData();
  const nonce = useNonce();
  const language = data?.language ?? defaultLanguage;
  const matches = useMatches();
  const namespaces = pageNamespaces(matches);
  const area = inspectorArea(matches);
  // Tells tests that the page is interactive (error pages included).
  useEffect(() => {
    document.documentElement.dataset.hydrated = "true";
  }, []);
  return (
    <html lang={language} dir={data?.dir ?? "ltr"} className={data?.displayClass}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="color-scheme" content="light" />
        {/* What the browser's i18next loads before hydrating (see entry.client.tsx). */}
        <meta name={namespacesMetaName} content={namespaces.join(" ")} />
        <Meta />
        <Links />
      </head>
      <body>
        {/* A child's survey pages, header and footer included, in a child's register. */}
        <RegisterProvider register={pageRegister(matches)}>
          <PageLayout
            language={language}
            forInspectors={area.forInspectors}
            demo={data?.demo ?? false}
            nav={area.signedIn ? <InspectorNav {...area.signedIn} /> : undefined}
          >
            {children}
          </PageLayout>
        </RegisterProvider>
        <ScrollRestoration nonce={nonce} />
        <Scripts nonce={nonce} />
      </body>
    </html>
  );
}

export default function App() {
  const data = useRootData();
  const { i18n } = useTranslation();
  // After an in-page navigation, move focus to the new page's content as a page load would,
  // unless an error summary has taken it; an address that names a place on the page (a
  // comment just saved: #comment-…) keeps the reader there instead.
  const location = useLocation();
  const firstRender = useRef(true);
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    if (document.querySelector(".error-summary")) return;
    let target: HTMLElement | null = null;
    try {
      if (location.hash)
        target = document.getElementById(decodeURIComponent(location.hash.slice(1)));
    } catch {
      // A malformed address fragment (#100%): no place to go to.
    }
    if (target?.hasAttribute("tabindex")) target.focus();
    else document.getElementById("main-content")?.focus();
  }, [location.key, location.hash]);
  // Keep the browser's i18next in step after a client-side language change.
  useEffect(() => {
    if (data && i18n.language !== data.language) void i18n.changeLanguage(data.language);
  }, [data, i18n]);
  return <Outlet />;
}

export function ErrorBoundary() {
  const error = useRouteError();
  const { t } = useTranslation("common");
  const notFound = isRouteErrorResponse(error) && error.status === 404;
  if (isRouteErrorResponse(error) && error.status === 400) {
    return (
      <>
        <PageTitle title={t("badRequest.title")} />
        <h1 className="page-heading">{t("badRequest.title")}</h1>
        <p>{t("badRequest.body")}</p>
      </>
    );
  }
  // Never show error.message: it can hold internals. Say what a person can do.
  return (
    <>
      <PageTitle title={notFound ? t("notFound.title") : t("error.title")} />
      {notFound ? (
        <>
          <h1 className="page-heading">{t("notFound.title")}</h1>
          <p>{t("notFound.body")}</p>
          <p>{t("notFound.survey")}</p>
        </>
      ) : (
        <>
          <h1 className="page-heading">{t("error.title")}</h1>
          <p>{t("error.body")}</p>
          <p>{t("error.saved")}</p>
        </>
      )}
      <p>
        <a href="/">{t(notFound ? "notFound.home" : "error.home")}</a>
      </p>
    </>
  );
}
