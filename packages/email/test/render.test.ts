import { describe, expect, it } from "vitest";

import { renderEmail } from "../src";
import { catalogs } from "../src/i18n";

describe("renderEmail", () => {
  it("welcomes by name and links to the dashboard in both parts", async () => {
    const email = await renderEmail({
      locale: "en",
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
      locale: "en",
      template: "welcome",
      props: { name: null, dashboardUrl: "https://app.arco.test/dashboard" },
    });
    expect(email.text).toMatch(/^Welcome to Arco$/m);
    expect(email.text).not.toContain("null");
  });

  it("sends the sign-in link with its expiry", async () => {
    const url = "https://app.arco.test/api/auth/callback/email?token=t0k3n&email=rita%40arco.test";
    const email = await renderEmail({
      locale: "en",
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
      locale: "en",
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
      locale: "en",
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
    expect(email.text).toContain("December 1, 2026 at 10:30 AM UTC");
    expect(email.text).toContain("https://app.arco.test/invite/tok");
  });

  it("keeps the subject on one line whatever the organization is called", async () => {
    const email = await renderEmail({
      locale: "en",
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
        locale: "en",
        template: "magic-link",
        props: { url: "javascript:alert(1)", expiresInMinutes: 15 },
      }),
    ).rejects.toThrow(/absolute http\(s\) URLs/);
    await expect(
      renderEmail({
        locale: "en",
        template: "welcome",
        props: { name: null, dashboardUrl: "/dashboard" },
      }),
    ).rejects.toThrow(/absolute http\(s\) URLs/);
  });
  describe("analysis-report", () => {
    const report = {
      url: "https://shop.example/produtos?ref=ad",
      score: 72,
      categories: [
        { category: "performance" as const, score: 64 },
        { category: "seo" as const, score: 91 },
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
      const email = await renderEmail({ locale: "en", template: "analysis-report", props: report });

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
        locale: "en",
        template: "analysis-report",
        props: { ...report, score: 98, categories: [], topFindings: [] },
      });
      expect(email.text).toContain("Nothing urgent to fix");
      expect(email.text).toContain("in good shape");
      expect(email.text).not.toContain("What to fix first");
    });

    it("never calls the page fine while a category is poor", async () => {
      const email = await renderEmail({
        locale: "en",
        template: "analysis-report",
        props: {
          ...report,
          score: 78,
          categories: [
            { category: "performance", score: 88 },
            { category: "seo", score: 95 },
            { category: "security", score: 5 },
          ],
        },
      });
      expect(email.text).toContain("The page is struggling with Security: start there.");
      expect(email.text).not.toContain("fine");
      expect(email.text).not.toContain("good shape");
      expect(email.text).toContain("Security: 5/100");
    });

    it("is in good shape only when every score is", async () => {
      const render = (scores: number[]) =>
        renderEmail({
          locale: "en",
          template: "analysis-report",
          props: {
            ...report,
            score: 95,
            categories: scores.map((score, i) => ({
              category: (["performance", "accessibility"] as const)[i]!,
              score,
            })),
          },
        });
      expect((await render([96, 92])).text).toContain("Overall the page is in good shape.");
      expect((await render([96, 70])).text).toContain(
        "Overall the page is doing fine, with room to improve.",
      );
      expect((await render([30, 40])).text).toContain(
        "The page is struggling with Performance and Accessibility: start there.",
      );
    });

    it("refuses a report link that is not an absolute web URL", async () => {
      await expect(
        renderEmail({
          locale: "en",
          template: "analysis-report",
          props: { ...report, reportUrl: "/r/token" },
        }),
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
        const email = await renderEmail({
          locale: "en",
          template: "nurture",
          props: { ...base, day },
        });

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
        locale: "en",
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
          locale: "en",
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
      locale: "en",
      template: "domain-expiry",
      props: { ...base, kind: "renewal" },
    });
    const certificate = await renderEmail({
      locale: "en",
      template: "domain-expiry",
      props: { ...base, kind: "certificate", daysLeft: 1 },
    });

    expect(renewal.subject).toBe("vela.example: the registration expires in 7 days");
    expect(renewal.text).toContain("registered until December 1, 2026.");
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
      locale: "en",
      template: "ticket-message",
      props: { ...props, event: "opened" },
    });
    const replied = await renderEmail({
      locale: "en",
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

  describe("in Brazilian Portuguese", () => {
    it("writes the whole email in pt-BR, with the document language set", async () => {
      const email = await renderEmail({
        locale: "pt-BR",
        template: "verify-email",
        props: { name: "Rita", url: "https://app.arco.test/verify/abc", expiresInHours: 2 },
      });
      expect(email.subject).toBe("Confirme seu endereço de e-mail no Arco");
      expect(email.html).toContain('lang="pt-BR"');
      expect(email.text).toContain("Olá, Rita. Confirme que este é o seu endereço de e-mail");
      expect(email.text).toContain("expira em 2 horas.");
      expect(email.text).toContain("Confirmar endereço de e-mail https://app.arco.test/verify/abc");
      expect(email.html).toContain("Se o botão não funcionar, copie este link no seu navegador:");
      expect(email.text).not.toMatch(/confirm your|expires in/i);
    });

    it("writes dates in Portuguese, in UTC", async () => {
      const invitation = await renderEmail({
        locale: "pt-BR",
        template: "invitation",
        props: {
          orgName: "Vela",
          inviterName: null,
          role: "member",
          acceptUrl: "https://app.arco.test/invite/tok",
          expiresAt: new Date("2026-12-01T10:30:00Z"),
        },
      });
      expect(invitation.subject).toBe("Você foi convidado para entrar em Vela no Arco");
      expect(invitation.text).toContain(
        "Um membro da equipe convidou você para entrar em Vela como membro",
      );
      expect(invitation.text).toContain("O convite expira em 1 de dezembro de 2026 às 10:30 UTC.");

      const expiry = await renderEmail({
        locale: "pt-BR",
        template: "domain-expiry",
        props: {
          orgName: "Vela",
          domain: "vela.example",
          kind: "certificate",
          daysLeft: 0,
          expiresOn: "2026-12-01",
          domainUrl: "https://app.arco.test/dashboard/domains/d1",
        },
      });
      expect(expiry.subject).toBe("vela.example: o certificado TLS expira hoje");
      expect(expiry.text).toContain("válido até 1 de dezembro de 2026.");
    });

    it("names an author without a name as someone, in Portuguese", async () => {
      const email = await renderEmail({
        locale: "pt-BR",
        template: "ticket-message",
        props: {
          orgName: "Vela",
          ticketNumber: 12,
          subject: "Checkout lento",
          authorName: null,
          event: "opened",
          excerpt: "O checkout demora.",
          ticketUrl: "https://app.arco.test/admin/tickets/t1",
        },
      });
      expect(email.text).toContain("Alguém abriu o chamado #12");
      expect(email.text).not.toContain("Someone");
    });

    it("tells an owner in Portuguese until when a failed payment keeps the plan", async () => {
      const email = await renderEmail({
        locale: "pt-BR",
        template: "payment-failed",
        props: {
          orgName: "Vela",
          planName: "Pro",
          graceEndsAt: new Date("2026-12-08T10:30:00Z"),
          billingUrl: "https://app.arco.test/dashboard/billing",
        },
      });
      expect(email.subject).toBe("Pagamento recusado: atualize o cartão de Vela");
      expect(email.text).toContain(
        "até 8 de dezembro de 2026 às 10:30 UTC para manter o plano Pro",
      );
      expect(email.text).toContain(
        "Atualizar a forma de pagamento https://app.arco.test/dashboard/billing",
      );
    });

    it("names the report's categories and verdict in Portuguese", async () => {
      const email = await renderEmail({
        locale: "pt-BR",
        template: "analysis-report",
        props: {
          url: "https://loja.example/",
          score: 70,
          categories: [
            { category: "performance", score: 40 },
            { category: "security", score: 5 },
          ],
          topFindings: [{ title: "Sem HSTS", severity: "high", fix: "Envie o cabeçalho." }],
          reportUrl: "https://app.arco.test/r/share-token",
          signUpUrl: "https://app.arco.test/sign-up",
        },
      });
      expect(email.subject).toBe("Seu relatório do Arco para loja.example: 70/100");
      expect(email.text).toContain(
        "A página está com dificuldades em Desempenho e Segurança: comece por aí.",
      );
      expect(email.text).toContain("Segurança: 5/100");
      expect(email.text).toContain("1. Sem HSTS (Alto impacto). Envie o cabeçalho.");
      expect(email.text).toContain("Crie uma conta grátis no Arco https://app.arco.test/sign-up");
    });

    it("greets and unsubscribes in Portuguese in the nurture emails", async () => {
      const email = await renderEmail({
        locale: "pt-BR",
        template: "nurture",
        props: {
          day: 3,
          name: null,
          url: null,
          ctaUrl: "https://app.arco.test/next-step",
          unsubscribeUrl: "https://app.arco.test/unsubscribe/lead.token",
        },
      });
      expect(email.subject).toBe("As melhorias mais rápidas para seu site");
      expect(email.text).toMatch(/^Olá,$/m);
      expect(email.text).toContain("Imagens mais leves.");
      expect(email.text).toContain(
        "Cancele a inscrição https://app.arco.test/unsubscribe/lead.token",
      );
    });

    it("has every English message, and no other", () => {
      const keysOf = (messages: object, prefix = ""): string[] =>
        Object.entries(messages).flatMap(([key, value]) =>
          typeof value === "object" ? keysOf(value as object, `${prefix}${key}.`) : [prefix + key],
        );
      expect(keysOf(catalogs["pt-BR"]).sort()).toEqual(keysOf(catalogs.en).sort());
    });
  });
});
