/**
 * Ends the title of a test whose point is requests racing on the database. PGlite answers on
 * one connection, one query after another: there such a test cannot contend and proves only
 * the outcome, and its title says so. With DATABASE_URL set (as CI's second pass sets it) it
 * runs on PostgreSQL, where the requests race on a pool of connections.
 */
export const raced = process.env.DATABASE_URL
  ? " (raced on PostgreSQL)"
  : " (not raced: PGlite has one connection; DATABASE_URL races it on PostgreSQL)";
