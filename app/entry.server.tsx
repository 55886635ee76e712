import { PassThrough } from "node:stream";
import type { AppLoadContext, EntryContext } from "@remix-run/node";
import { createReadableStreamFromReadable } from "@remix-run/node";
import { RemixServer } from "@remix-run/react";
import { isbot } from "isbot";
import { renderToPipeableStream } from "react-dom/server";
import { I18nextProvider } from "react-i18next";
import { chosenLanguage, detectLanguage, languageCookie } from "./i18n/detect.server";
import { createServerI18n } from "./i18n/i18n.server";
import { NonceProvider } from "./components/nonce";
import { logError } from "./platform/log.server";
import { settings } from "./platform/settings.server";

export * from "./server/server-process.server";

const ABORT_DELAY = 5_000;

export default async function handleRequest(
  request: Request,
  responseStatusCode: number,
  responseHeaders: Headers,
  remixContext: EntryContext,
  loadContext: AppLoadContext,
) {
  const lng = detectLanguage(request);
  const i18n = await createServerI18n(lng);
  const nonce = loadContext?.cspNonce ?? "";
  const explicit = chosenLanguage(request);
  if (explicit) {
    responseHeaders.append("Set-Cookie", languageCookie(explicit, settings().secureCookies));
  }
  noStore(responseHeaders);
  // Bots and no-JavaScript readers get the whole document at once; people get it streamed.
  const waitForAll = isbot(request.headers.get("user-agent") ?? "") || remixContext.isSpaMode;

  return new Promise<Response>((resolve, reject) => {
    let shellRendered = false;
    const { pipe, abort } = renderToPipeableStream(
      <NonceProvider value={nonce}>
        <I18nextProvider i18n={i18n}>
          <RemixServer
            context={remixContext}
            url={request.url}
            abortDelay={ABORT_DELAY}
            nonce={nonce}
          />
        </I18nextProvider>
      </NonceProvider>,
      {
        nonce,
        [waitForAll ? "onAllReady" : "onShellReady"]() {
          shellRendered = true;
          const body = new PassThrough();
          responseHeaders.set("Content-Type", "text/html; charset=utf-8");
          resolve(
            new Response(createReadableStreamFromReadable(body), {
              headers: responseHeaders,
              status: responseStatusCode,
            }),
          );
          pipe(body);
        },
        onShellError(error: unknown) {
          reject(error);
        },
        onError(error: unknown) {
          responseStatusCode = 500;
          if (shellRendered) logError("render", error);
        },
      },
    );
    setTimeout(abort, ABORT_DELAY);
  });
}

/**
 * Every page is about someone: a respondent's answers, an inspection's figures. None is kept
 * in a cache, so on a shared tablet Back, history and reload after Send ask the server again,
 * which has nothing of the last person to show (#20). A route may still say otherwise.
 */
function noStore(headers: Headers) {
  if (!headers.has("Cache-Control")) headers.set("Cache-Control", "no-store");
}

/** The same for the data a page fetches when it moves on with JavaScript. */
export function handleDataRequest(response: Response) {
  noStore(response.headers);
  return response;
}

export function handleError(error: unknown, { request }: { request: Request }) {
  if (request.signal.aborted) return;
  logError("request", error);
}
