/**
 * One tRPC procedure over HTTP, as the browser's client sends it (superjson's `{ json }`
 * envelope): queries as GET, mutations as POST. Throws on anything but a 200.
 */
export async function callTrpc<T>(
  baseUrl: string,
  procedure: string,
  input: unknown,
  { method, headers = {} }: { method: "GET" | "POST"; headers?: Record<string, string> },
): Promise<T> {
  const body = JSON.stringify({ json: input });
  const url = `${baseUrl}/api/trpc/${procedure}`;
  const response = await fetch(
    method === "GET" ? `${url}?input=${encodeURIComponent(body)}` : url,
    {
      method,
      headers: { ...headers, "content-type": "application/json" },
      ...(method === "POST" ? { body } : {}),
    },
  );
  if (response.status !== 200) throw new Error(`${procedure} answered ${response.status}`);
  return ((await response.json()) as { result: { data: { json: T } } }).result.data.json;
}
