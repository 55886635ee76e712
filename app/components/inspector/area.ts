/**
 * Whether a page is an inspector's, from its routes' `handle.inspectorArea`, and who is
 * signed in there: the layout routes (inspections, admin) load `{ name, isAdmin }`.
 */
export function inspectorArea(matches: { handle?: unknown; data?: unknown }[]): {
  forInspectors: boolean;
  signedIn?: { name: string; isAdmin: boolean; idleMs: number; data: unknown };
} {
  const marked = matches.filter(
    (match) => (match.handle as { inspectorArea?: boolean } | undefined)?.inspectorArea,
  );
  const signedIn = marked
    .map(
      (match) => match.data as { name?: unknown; isAdmin?: unknown; idleMs?: unknown } | undefined,
    )
    .find((data) => typeof data?.name === "string");
  return {
    forInspectors: marked.length > 0,
    signedIn: signedIn
      ? {
          name: signedIn.name as string,
          isAdmin: signedIn.isAdmin === true,
          idleMs: typeof signedIn.idleMs === "number" ? signedIn.idleMs : 30 * 60_000,
          // A new object each time the layout's loader runs: the server renewed the session.
          data: signedIn,
        }
      : undefined,
  };
}
