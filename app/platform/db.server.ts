/*
 * The database for routes. Routes reach db/ only through this `.server` module: the classic
 * compiler empties `.server` files inside app/ for the browser, but not files outside it.
 */
export { getDatabaseHandle, getDb } from "../../db/client.server";
export type { Database } from "../../db/client.server";
