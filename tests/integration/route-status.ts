/**
 * The HTTP status a loader or action answers with, whether it returns or throws a Response or
 * Remix's `data()`. Anything else thrown is rethrown: in a real request it would be a 500.
 */
export async function routeStatus(run: () => Promise<unknown>): Promise<number> {
  try {
    const result = await run();
    if (result instanceof Response) return result.status;
    return (result as { init?: { status?: number } } | undefined)?.init?.status ?? 200;
  } catch (thrown) {
    if (thrown instanceof Response) return thrown.status;
    const status = (thrown as { init?: { status?: number } })?.init?.status;
    if (typeof status === "number") return status;
    throw thrown;
  }
}
