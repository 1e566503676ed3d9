import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

import { emailOutbox } from "@arco/db/schema";
import { createOrg, useTestDb } from "@arco/db/testing";
import { eq } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";

import { createEmailSender, latestDroppedMail, sendEmail, WITHHELD_LINK } from "../src";
import type { SendEmailInput } from "../src";
import { startFakeResend } from "./resend-server";
import type { FakeResend } from "./resend-server";

const testDb = useTestDb();
const from = "Arco <no-reply@arco.test>";

let counter = 0;
function welcome(overrides: Partial<SendEmailInput> = {}): SendEmailInput {
  counter += 1;
  return {
    locale: "en",
    template: "welcome",
    props: { name: "Rita", dashboardUrl: "https://app.arco.test/dashboard" },
    to: `rita-${counter}@example.test`,
    idempotencyKey: `test:welcome:${counter}`,
    ...overrides,
  } as SendEmailInput;
}

async function rowOf(id: string) {
  const [row] = await testDb().db.select().from(emailOutbox).where(eq(emailOutbox.id, id));
  return row!;
}

describe("sendEmail without a Resend key (dev outbox)", () => {
  afterEach(() => vi.restoreAllMocks());

  it("stores the rendered message and calls no one", async () => {
    const fetchSpy = vi.spyOn(globalThis, "fetch");
    const { db } = testDb();
    const org = await createOrg(db);
    const input = welcome({ orgId: org.id });

    const result = await sendEmail(db, input);

    expect(result).toMatchObject({ status: "stored", provider: "outbox", duplicate: false });
    const row = await rowOf(result.id);
    expect(row).toMatchObject({
      orgId: org.id,
      to: input.to,
      from,
      subject: "Welcome to Arco",
      template: "welcome",
      idempotencyKey: input.idempotencyKey,
      provider: "outbox",
      status: "stored",
      sentAt: null,
      providerMessageId: null,
    });
    expect(row.html).toContain('href="https://app.arco.test/dashboard"');
    expect(row.text).toContain("https://app.arco.test/dashboard");
    expect(fetchSpy).not.toHaveBeenCalled();
  });

  it.each([
    {
      template: "magic-link",
      props: { url: "https://app.arco.test/api/auth/callback/email?token=dev-token" },
    },
    {
      template: "verify-email",
      props: { url: "https://app.arco.test/verify-email?token=dev-token" },
    },
    {
      template: "password-reset",
      props: { url: "https://app.arco.test/reset-password?token=dev-token" },
    },
    { template: "invitation", props: { acceptUrl: "https://app.arco.test/invite/dev-token" } },
  ])(
    "keeps the $template link out of the outbox and hands it whole to the mail drop only",
    async ({ template, props }) => {
      const { db } = testDb();
      const dropDir = mkdtempSync(path.join(tmpdir(), "arco-drop-"));
      const to = `dev-${template}@example.test`;
      const defaults = {
        "magic-link": { expiresInMinutes: 15 },
        "verify-email": { name: "Dev", expiresInHours: 48 },
        "password-reset": { name: "Dev", expiresInMinutes: 60 },
        invitation: { orgName: "Lumen", inviterName: "Ana", role: "member", expiresAt: new Date() },
      }[template];
      const result = await createEmailSender({ from, dropDir })(db, {
        locale: "en",
        template,
        props: { ...defaults, ...props },
        to,
        idempotencyKey: `test:${template}:drop`,
      } as SendEmailInput);

      const row = await rowOf(result.id);
      for (const part of [row.html, row.text ?? ""]) {
        expect(part).not.toContain("dev-token");
        expect(part).toContain(WITHHELD_LINK);
      }
      const dropped = await latestDroppedMail(to, { dir: dropDir });
      expect(dropped).toMatchObject({ to, subject: row.subject, template });
      expect(dropped!.text).toContain("dev-token");
      expect(dropped!.html).toContain("dev-token");
    },
  );

  it("drops nothing when a provider delivers the message", async () => {
    const { db } = testDb();
    const dropDir = mkdtempSync(path.join(tmpdir(), "arco-drop-"));
    const closed = await startFakeResend();
    await closed.close();
    const input = welcome();
    await createEmailSender({ apiKey: "re_test", baseUrl: closed.baseUrl, from, dropDir })(
      db,
      input,
    );
    expect(await latestDroppedMail(input.to, { dir: dropDir })).toBeNull();
  });

  it("stores one message per idempotency key", async () => {
    const { db } = testDb();
    const input = welcome();
    const first = await sendEmail(db, input);
    const second = await sendEmail(db, { ...input, to: "someone-else@example.test" });

    expect(second).toEqual({ ...first, duplicate: true });
    const rows = await db
      .select()
      .from(emailOutbox)
      .where(eq(emailOutbox.idempotencyKey, input.idempotencyKey));
    expect(rows).toHaveLength(1);
    expect(rows[0]!.to).toBe(input.to);
  });
});

describe("sendEmail through Resend", () => {
  let resend: FakeResend;
  const send = () => createEmailSender({ apiKey: "re_test_key", baseUrl: resend.baseUrl, from });

  beforeAll(async () => {
    resend = await startFakeResend();
  });
  afterAll(() => resend.close());
  afterEach(() => {
    resend.requests.length = 0;
    resend.answer(200, {});
  });

  it("posts the message with its idempotency key and records the delivery", async () => {
    const { db } = testDb();
    const input = welcome();

    const result = await send()(db, input);

    expect(result).toMatchObject({ status: "sent", provider: "resend", duplicate: false });
    expect(resend.requests).toHaveLength(1);
    const [request] = resend.requests;
    expect(request).toMatchObject({ method: "POST", path: "/emails" });
    expect(request!.headers["idempotency-key"]).toBe(input.idempotencyKey);
    expect(request!.headers.authorization).toBe("Bearer re_test_key");
    expect(request!.body).toMatchObject({
      from,
      to: input.to,
      subject: "Welcome to Arco",
      tags: [{ name: "template", value: "welcome" }],
    });
    expect(request!.body.html).toContain('href="https://app.arco.test/dashboard"');
    expect(request!.body.text).toContain("Open your dashboard https://app.arco.test/dashboard");

    const row = await rowOf(result.id);
    expect(row).toMatchObject({
      provider: "resend",
      status: "sent",
      providerMessageId: "re_test_1",
    });
    expect(row.sentAt).toBeInstanceOf(Date);
    expect(row.error).toBeNull();
  });

  it("sends once when the same idempotency key comes twice", async () => {
    const { db } = testDb();
    const input = welcome();
    const sender = send();

    const first = await sender(db, input);
    const second = await sender(db, input);

    expect(resend.requests).toHaveLength(1);
    expect(first).toMatchObject({ status: "sent", duplicate: false });
    expect(second).toEqual({ ...first, duplicate: true });
  });

  it("sends once when the same idempotency key comes twice at the same moment", async () => {
    const { db } = testDb();
    const input = welcome();
    const sender = send();

    const results = await Promise.all([sender(db, input), sender(db, input)]);

    expect(resend.requests).toHaveLength(1);
    expect(results.map((result) => result.duplicate).sort()).toEqual([false, true]);
    expect(new Set(results.map((result) => result.id)).size).toBe(1);
  });

  it("marks the message failed, without throwing, when Resend refuses it", async () => {
    const { db } = testDb();
    resend.answer(422, {
      statusCode: 422,
      name: "validation_error",
      message: "Invalid `to` field.",
    });

    const result = await send()(db, welcome());

    expect(result).toMatchObject({ status: "failed", provider: "resend", duplicate: false });
    const row = await rowOf(result.id);
    expect(row).toMatchObject({ status: "failed", sentAt: null, providerMessageId: null });
    expect(row.error).toBe("validation_error (422): Invalid `to` field.");
  });

  it("tries a failed message again when it is sent again with the same key", async () => {
    const { db } = testDb();
    resend.answer(500, { statusCode: 500, name: "internal_server_error", message: "Try later." });
    const input = { ...welcome(), idempotencyKey: "test:retry-after-failure" };
    const first = await send()(db, input);
    expect(first.status).toBe("failed");

    resend.answer(200, {});
    const second = await send()(db, input);

    expect(second).toMatchObject({ id: first.id, status: "sent", duplicate: false });
    expect(resend.requests).toHaveLength(2);
    expect(resend.requests.map((r) => r.headers["idempotency-key"])).toEqual([
      "test:retry-after-failure",
      "test:retry-after-failure",
    ]);
    expect(await rowOf(first.id)).toMatchObject({ status: "sent", error: null });
    const third = await send()(db, input);
    expect(third).toMatchObject({ status: "sent", duplicate: true });
    expect(resend.requests).toHaveLength(2);
  });

  it("marks the message failed when Resend cannot be reached", async () => {
    const { db } = testDb();
    const closed = await startFakeResend();
    await closed.close();
    const sender = createEmailSender({ apiKey: "re_test_key", baseUrl: closed.baseUrl, from });

    const result = await sender(db, welcome());

    expect(result.status).toBe("failed");
    expect((await rowOf(result.id)).error).toMatch(/could not be resolved/);
  });

  it("delivers sign-in links but keeps them out of the stored copy", async () => {
    const { db } = testDb();
    const url = "https://app.arco.test/api/auth/callback/email?token=secret-token";

    const result = await send()(db, {
      locale: "en",
      template: "magic-link",
      props: { url, expiresInMinutes: 15 },
      to: "rita@example.test",
      idempotencyKey: "test:magic:resend",
    });

    expect(result.status).toBe("sent");
    expect(resend.requests[0]!.body.text).toContain(url);
    const row = await rowOf(result.id);
    expect(row.html).not.toContain("secret-token");
    expect(row.text).not.toContain("secret-token");
    expect(row.subject).toBe("Your Arco sign-in link");
  });
});
