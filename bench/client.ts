/** The bench's own GraphQL calls (set-up, checks, the writer): one request, its data, or an error that says why. */
export async function graphql<T = any>(url: string, query: string, variables: Record<string, unknown> = {}, token?: string, headers: Record<string, string> = {}): Promise<T> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown[] };
  if (body.errors?.length || !body.data) throw new Error(`${query.slice(0, 60)}…: ${JSON.stringify(body.errors ?? body)}`);
  return body.data;
}

/** Runs `task` over `items` with at most `limit` at a time, keeping the results in order. */
export async function inParallel<I, O>(items: I[], limit: number, task: (item: I, index: number) => Promise<O>): Promise<O[]> {
  const results: O[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) {
        const index = next++;
        results[index] = await task(items[index], index);
      }
    }),
  );
  return results;
}
