/// <reference types="@remix-run/dev" />
/// <reference types="@remix-run/node" />

import "@remix-run/node";
import type { DataFunctionArgs } from "@remix-run/node";

declare module "@remix-run/node" {
  interface LoaderFunctionArgs extends DataFunctionArgs {}
  interface ActionFunctionArgs extends DataFunctionArgs {}
  interface Future {
    v3_singleFetch: true;
  }
  interface AppLoadContext {
    cspNonce: string;
    /** Who is guessing, as a keyed hash that means nothing outside this process (server.mjs). */
    clientKey?: string;
  }
}
