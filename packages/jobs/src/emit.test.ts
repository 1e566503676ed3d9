import { createServer } from "node:http";
import type { AddressInfo } from "node:net";

import { logger } from "@arco/log";
import { Inngest } from "inngest";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";

import { createEmitter, jobsModeOf } from "./emit";

const userId = "6f1d3c52-8a4e-4c1b-9b7a-2d5e8f9a0b1c";

/** Stands in for the Inngest event API: records each POST and answers like the dev server. */
async function startFakeInngest() {
  const received: { path: string; body: unknown }[] = [];
  const server = createServer((req, res) => {
    let raw = "";
    req.on("data", (chunk: Buffer) => (raw += chunk.toString("utf8")));
    req.on("end", () => {
      received.push({ path: req.url ?? "", body: JSON.parse(raw) });
      res.writeHead(200, { "content-type": "application/json" });
      res.end(JSON.stringify({ ids: ["01TESTEVENT"], status: 200 }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { url, received, close: () => new Promise((done) => server.close(done)) };
}

const devClient = (url: string) => new Inngest({ id: "arco-test", isDev: true, baseUrl: url });

afterEach(() => vi.restoreAllMocks());

describe("emit without an Inngest server", () => {
  it("queues the event's runs for the local runner, and says where jobs run", async () => {
    const fetchSpy = vi.spyOn(globalThis, "fetch");
    const queued: unknown[] = [];
    const { emit, status } = createEmitter(devClient("http://127.0.0.1:9"), {}, async (event) => {
      queued.push(event);
    });

    expect(await emit({ name: "user/signed-up", data: { userId } })).toEqual({ sent: true });

    expect(queued).toEqual([{ name: "user/signed-up", data: { userId } }]);
    expect(fetchSpy).not.toHaveBeenCalled();
    expect(status()).toMatchObject({ connected: true, mode: "local" });
    expect(status().message).toContain("the local runner");
  });
});

describe("emit with the Inngest dev server", () => {
  let inngest: Awaited<ReturnType<typeof startFakeInngest>>;
  beforeAll(async () => {
    inngest = await startFakeInngest();
  });
  afterAll(() => inngest.close());

  it("sends the event and reports jobs as connected", async () => {
    const { emit, status } = createEmitter(devClient(inngest.url), { INNGEST_DEV: inngest.url });

    expect(await emit({ name: "user/signed-up", data: { userId } })).toEqual({ sent: true });

    expect(inngest.received).toHaveLength(1);
    expect(inngest.received[0]!.body).toEqual([
      expect.objectContaining({ name: "user/signed-up", data: { userId } }),
    ]);
    expect(status()).toEqual({
      connected: true,
      mode: "dev",
      message: `Background jobs run on the Inngest dev server at ${inngest.url}.`,
    });
  });

  it("refuses data that does not match the event's schema, without sending", async () => {
    const error = vi.spyOn(logger, "error").mockImplementation(() => {});
    const before = inngest.received.length;
    const { emit } = createEmitter(devClient(inngest.url), { INNGEST_DEV: inngest.url });

    expect(await emit({ name: "user/signed-up", data: { userId: "42" } })).toEqual({
      sent: false,
    });

    expect(inngest.received).toHaveLength(before);
    expect(error).toHaveBeenCalledTimes(1);
  });
});

describe("emit when the configured server is down", () => {
  it("returns sent: false, says so once, and reports the failure", async () => {
    const warn = vi.spyOn(logger, "warn").mockImplementation(() => {});
    const down = await startFakeInngest();
    await down.close();
    const { emit, status } = createEmitter(devClient(down.url), { INNGEST_DEV: down.url });

    expect(await emit({ name: "user/signed-up", data: { userId } })).toEqual({ sent: false });
    expect(await emit({ name: "user/signed-up", data: { userId } })).toEqual({ sent: false });

    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]![0]).toBe(
      `Background jobs are not connected: user/signed-up was not sent (fetch failed). Is the Inngest dev server at ${down.url} running? See packages/jobs/README.md.`,
    );
    expect(status()).toMatchObject({ connected: false, mode: "dev" });
    expect(status().message).toContain("fetch failed");
  });
});

describe("jobsModeOf", () => {
  it.each([
    [{}, "local"],
    [{ INNGEST_DEV: "1" }, "dev"],
    [{ INNGEST_DEV: "true" }, "dev"],
    [{ INNGEST_DEV: "http://localhost:8288" }, "dev"],
    [{ INNGEST_DEV: "0" }, "local"],
    [{ INNGEST_EVENT_KEY: "key" }, "cloud"],
    [{ INNGEST_DEV: "0", INNGEST_EVENT_KEY: "key" }, "cloud"],
    [{ INNGEST_DEV: "1", INNGEST_EVENT_KEY: "key" }, "dev"],
  ] as const)("%o is %s", (config, mode) => {
    expect(jobsModeOf(config)).toBe(mode);
  });
});
