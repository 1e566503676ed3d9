import { describe, expect, it } from "vitest";

import { renderEmail } from "../src";

describe("renderEmail", () => {
  it("welcomes by name and links to the dashboard in both parts", async () => {
    const email = await renderEmail({
      template: "welcome",
      props: { name: "Rita Alves", dashboardUrl: "https://app.arco.test/dashboard" },
    });
    expect(email.subject).toBe("Welcome to Arco");
    expect(email.html).toContain('href="https://app.arco.test/dashboard"');
    expect(email.html).toContain("Welcome to Arco, Rita Alves");
    expect(email.text).toContain("Welcome to Arco, Rita Alves");
    expect(email.text).toContain("Open your dashboard https://app.arco.test/dashboard");
  });

  it("welcomes someone without a name without an empty greeting", async () => {
    const email = await renderEmail({
      template: "welcome",
      props: { name: null, dashboardUrl: "https://app.arco.test/dashboard" },
    });
    expect(email.text).toMatch(/^Welcome to Arco$/m);
    expect(email.text).not.toContain("null");
  });

  it("sends the sign-in link with its expiry", async () => {
    const url = "https://app.arco.test/api/auth/callback/email?token=t0k3n&email=rita%40arco.test";
    const email = await renderEmail({
      template: "magic-link",
      props: { url, expiresInMinutes: 15 },
    });
    expect(email.subject).toBe("Your Arco sign-in link");
    // The HTML escapes `&` inside the attribute; the text part carries the link verbatim.
    expect(email.html).toContain(`href="${url.replace("&", "&amp;")}"`);
    expect(email.text).toContain(url);
    expect(email.text).toContain("expires in 15 minutes");
    expect(email.html).toContain('lang="en"');
  });

  it("asks to confirm the address with a link that expires in hours", async () => {
    const email = await renderEmail({
      template: "verify-email",
      props: { name: "Rita", url: "https://app.arco.test/verify/abc", expiresInHours: 1 },
    });
    expect(email.subject).toBe("Confirm your email address for Arco");
    expect(email.html).toContain('href="https://app.arco.test/verify/abc"');
    expect(email.text).toContain("Hi Rita, please confirm");
    expect(email.text).toContain("expires in 1 hour.");
    expect(email.text).toContain("https://app.arco.test/verify/abc");
  });

  it("invites to the organization by name, with the role, inviter and expiry", async () => {
    const email = await renderEmail({
      template: "invitation",
      props: {
        orgName: "Vela <Outdoor>",
        inviterName: "Ana Costa",
        role: "viewer",
        acceptUrl: "https://app.arco.test/invite/tok",
        expiresAt: new Date("2026-12-01T10:30:00Z"),
      },
    });
    expect(email.subject).toBe("You're invited to join Vela <Outdoor> on Arco");
    expect(email.html).toContain("Vela &lt;Outdoor&gt;");
    expect(email.html).not.toContain("<Outdoor>");
    expect(email.html).toContain('href="https://app.arco.test/invite/tok"');
    expect(email.text).toContain("Ana Costa invited you to join Vela <Outdoor> as a viewer");
    expect(email.text).toContain("1 December 2026 at 10:30 UTC");
    expect(email.text).toContain("https://app.arco.test/invite/tok");
  });

  it("keeps the subject on one line whatever the organization is called", async () => {
    const email = await renderEmail({
      template: "invitation",
      props: {
        orgName: "Evil\r\nBcc: someone@example.test",
        inviterName: null,
        role: "member",
        acceptUrl: "https://app.arco.test/invite/tok",
        expiresAt: new Date(),
      },
    });
    expect(email.subject).toBe("You're invited to join Evil Bcc: someone@example.test on Arco");
    expect(email.text).toContain("A team member invited you");
  });

  it("refuses links that are not absolute web URLs", async () => {
    await expect(
      renderEmail({
        template: "magic-link",
        props: { url: "javascript:alert(1)", expiresInMinutes: 15 },
      }),
    ).rejects.toThrow(/absolute http\(s\) URLs/);
    await expect(
      renderEmail({ template: "welcome", props: { name: null, dashboardUrl: "/dashboard" } }),
    ).rejects.toThrow(/absolute http\(s\) URLs/);
  });
  describe("analysis-report", () => {
    const report = {
      url: "https://shop.example/produtos?ref=ad",
      score: 72,
      categories: [
        { name: "Performance", score: 64 },
        { name: "SEO", score: 91 },
      ],
      topFindings: [
        {
          title: "Images without dimensions",
          severity: "high" as const,
          fix: "Add width and height attributes to every <img>.",
        },
        {
          title: "No Strict-Transport-Security header",
          severity: "medium" as const,
          fix: "Send Strict-Transport-Security with a max-age of a year.",
        },
      ],
      reportUrl: "https://app.arco.test/r/share-token",
      signUpUrl: "https://app.arco.test/sign-up",
    };

    it("summarizes the score, categories and top fixes with links to the report", async () => {
      const email = await renderEmail({ template: "analysis-report", props: report });

      expect(email.subject).toBe("Your Arco report for shop.example: 72/100");
      for (const part of [email.html, email.text]) {
        expect(part).toContain("shop.example scored 72/100");
        expect(part).toContain("Images without dimensions");
        expect(part).toContain("No Strict-Transport-Security header");
      }
      expect(email.html).toContain('href="https://app.arco.test/r/share-token"');
      expect(email.html).toContain('href="https://app.arco.test/sign-up"');
      // Fixes quote markup; the HTML part must show it, not render it.
      expect(email.html).toContain("every &lt;img&gt;.");
      expect(email.text).toContain("https://shop.example/produtos?ref=ad");
      expect(email.text).toContain("Performance: 64/100");
      expect(email.text).toContain("SEO: 91/100");
      expect(email.text).toContain(
        "1. Images without dimensions (High impact). Add width and height attributes to every <img>.",
      );
      expect(email.text).toContain("2. No Strict-Transport-Security header (Medium impact).");
      expect(email.text).toContain("Read the full report https://app.arco.test/r/share-token");
      expect(email.text).toContain("Create a free Arco account https://app.arco.test/sign-up");
    });

    it("says so when there is nothing to fix", async () => {
      const email = await renderEmail({
        template: "analysis-report",
        props: { ...report, score: 98, categories: [], topFindings: [] },
      });
      expect(email.text).toContain("Nothing urgent to fix");
      expect(email.text).toContain("in good shape");
      expect(email.text).not.toContain("What to fix first");
    });

    it("refuses a report link that is not an absolute web URL", async () => {
      await expect(
        renderEmail({ template: "analysis-report", props: { ...report, reportUrl: "/r/token" } }),
      ).rejects.toThrow(/absolute http\(s\) URLs/);
    });
  });

  describe("nurture", () => {
    const base = {
      name: "Rita",
      url: "https://shop.example/",
      ctaUrl: "https://app.arco.test/next-step",
      unsubscribeUrl: "https://app.arco.test/unsubscribe/lead.token",
    };
    const expected = {
      3: { subject: "The quickest wins for shop.example", content: "Lighter images." },
      7: { subject: "What a one-time check can't see", content: "Expiring certificates" },
      14: { subject: "How Arco works with clients", content: "Plans that grow with you." },
      30: { subject: "Want a hand with shop.example?", content: "Talk to our team" },
    } as const;

    it.each([3, 7, 14, 30] as const)(
      "day %i has its own message, the call to action and an unsubscribe link",
      async (day) => {
        const email = await renderEmail({ template: "nurture", props: { ...base, day } });

        expect(email.subject).toBe(expected[day].subject);
        expect(email.html).toContain(expected[day].content);
        expect(email.text).toContain(expected[day].content);
        expect(email.text).toMatch(/^Hi Rita,$/m);
        expect(email.html).toContain('href="https://app.arco.test/next-step"');
        expect(email.html).toContain('href="https://app.arco.test/unsubscribe/lead.token"');
        expect(email.text).toContain("Unsubscribe https://app.arco.test/unsubscribe/lead.token");
        for (const other of [3, 7, 14, 30] as const) {
          if (other !== day) expect(email.text).not.toContain(expected[other].content);
        }
      },
    );

    it("reads naturally without a name or a site", async () => {
      const email = await renderEmail({
        template: "nurture",
        props: { ...base, day: 3, name: null, url: null },
      });
      expect(email.subject).toBe("The quickest wins for your site");
      expect(email.text).toMatch(/^Hi,$/m);
      expect(email.text).not.toContain("null");
    });

    it("refuses an unsubscribe link that is not an absolute web URL", async () => {
      await expect(
        renderEmail({
          template: "nurture",
          props: { ...base, day: 7, unsubscribeUrl: "mailto:stop@arco.test" },
        }),
      ).rejects.toThrow(/absolute http\(s\) URLs/);
    });
  });
  it("warns of a domain's renewal and of its certificate in different words", async () => {
    const base = {
      orgName: "Vela",
      domain: "vela.example",
      daysLeft: 7,
      expiresOn: "2026-12-01",
      domainUrl: "https://app.arco.test/dashboard/domains/d1",
    };
    const renewal = await renderEmail({
      template: "domain-expiry",
      props: { ...base, kind: "renewal" },
    });
    const certificate = await renderEmail({
      template: "domain-expiry",
      props: { ...base, kind: "certificate", daysLeft: 1 },
    });

    expect(renewal.subject).toBe("vela.example: the registration expires in 7 days");
    expect(renewal.text).toContain("registered until 2026-12-01");
    expect(renewal.text).toContain("Review the domain https://app.arco.test/dashboard/domains/d1");
    expect(certificate.subject).toBe("vela.example: the TLS certificate expires in 1 day");
    expect(certificate.text).toContain("browsers warn every visitor");
  });

  it("tells the other side of a ticket who wrote, with a preview and the link", async () => {
    const props = {
      orgName: "Vela",
      ticketNumber: 12,
      subject: "Checkout is slow",
      authorName: "Ana Costa",
      excerpt: "Since Monday the payment step takes ten seconds.",
      ticketUrl: "https://app.arco.test/dashboard/tickets/t1",
    };
    const opened = await renderEmail({
      template: "ticket-message",
      props: { ...props, event: "opened" },
    });
    const replied = await renderEmail({
      template: "ticket-message",
      props: { ...props, event: "replied" },
    });

    expect(opened.subject).toBe("New ticket #12 from Vela: Checkout is slow");
    expect(opened.text).toContain("Ana Costa opened ticket #12");
    expect(replied.subject).toBe("Re: [#12] Checkout is slow");
    expect(replied.text).toContain("Ana Costa replied to ticket #12");
    expect(replied.text).toContain("Since Monday the payment step takes ten seconds.");
    expect(replied.text).toContain("Reply https://app.arco.test/dashboard/tickets/t1");
  });
});
