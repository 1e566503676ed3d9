import type { tier } from "../schema";

type Tier = (typeof tier.enumValues)[number];

/** Every demo account signs in with this password (listed in the README). */
export const DEMO_PASSWORD = "arco-demo-2026";
/** Argon2id (19 MiB, 2 passes, 1 lane) of DEMO_PASSWORD, in the format the auth package verifies. */
export const DEMO_PASSWORD_HASH =
  "$argon2id$v=19$m=19456,t=2,p=1$70eAwSqw1ZW0Ilpak+Ot4g$y8jS0YNbnz/Vu84zQheroSlL/z0QpyhdkZdPHmpC4Ss";

export const demoStaff = [
  { email: "admin@arco.test", name: "Marina Costa", staffRole: "admin" },
  { email: "support@arco.test", name: "Rafael Lima", staffRole: "support" },
] as const;

type Role = "owner" | "admin" | "member" | "viewer";

export interface DemoOrg {
  slug: string;
  name: string;
  tier: Tier;
  members: { email: string; name: string; role: Role }[];
  projects: {
    key: string;
    name: string;
    description: string;
    status: "discovery" | "development" | "testing" | "staging" | "live" | "maintenance";
    completionPercent: number;
    budgetTotalCents: number;
    budgetUsedCents: number;
    milestones: { title: string; dueInDays: number; done: boolean }[];
  }[];
  domains: { name: string; project: string; renewsInDays: number; sslExpiresInDays: number }[];
  tickets: {
    subject: string;
    description: string;
    priority: "low" | "medium" | "high" | "urgent";
    status: "open" | "in_progress" | "waiting_client" | "resolved" | "closed";
    reply?: string;
  }[];
}

export const demoOrgs: DemoOrg[] = [
  {
    slug: "aurora-bakery",
    name: "Aurora Bakery",
    tier: "free",
    members: [{ email: "free@arco.test", name: "Beatriz Souza", role: "owner" }],
    projects: [
      {
        key: "site",
        name: "Bakery website",
        description: "A one-page site with the menu, opening hours and WhatsApp orders.",
        status: "development",
        completionPercent: 45,
        budgetTotalCents: 250_000,
        budgetUsedCents: 90_000,
        milestones: [
          { title: "Menu photography", dueInDays: -10, done: true },
          { title: "First layout review", dueInDays: 5, done: false },
        ],
      },
    ],
    domains: [
      { name: "aurora-bakery.example", project: "site", renewsInDays: 25, sslExpiresInDays: 6 },
    ],
    tickets: [
      {
        subject: "Change the opening hours on Sundays",
        description: "We now open at 7am on Sundays instead of 8am.",
        priority: "low",
        status: "open",
      },
    ],
  },
  {
    slug: "lumen-dental",
    name: "Lumen Dental",
    tier: "basic",
    members: [
      { email: "owner@lumen.test", name: "Carla Mendes", role: "owner" },
      { email: "admin@lumen.test", name: "Diego Ramos", role: "admin" },
      { email: "viewer@lumen.test", name: "Elisa Prado", role: "viewer" },
    ],
    projects: [
      {
        key: "site",
        name: "Clinic website",
        description: "Institutional site with online appointment booking.",
        status: "live",
        completionPercent: 100,
        budgetTotalCents: 1_200_000,
        budgetUsedCents: 1_150_000,
        milestones: [
          { title: "Booking integration", dueInDays: -60, done: true },
          { title: "Launch", dueInDays: -30, done: true },
        ],
      },
      {
        key: "seo",
        name: "Local SEO",
        description: "Google Business profile, local landing pages and reviews strategy.",
        status: "testing",
        completionPercent: 70,
        budgetTotalCents: 450_000,
        budgetUsedCents: 300_000,
        milestones: [
          { title: "Landing pages for three neighbourhoods", dueInDays: -3, done: true },
          { title: "Review request emails", dueInDays: 12, done: false },
        ],
      },
    ],
    domains: [
      { name: "lumendental.example", project: "site", renewsInDays: 200, sslExpiresInDays: 60 },
      { name: "lumen-agenda.example", project: "site", renewsInDays: 29, sslExpiresInDays: 80 },
    ],
    tickets: [
      {
        subject: "Booking form shows the wrong dentist",
        description: "Patients booking Dr. Prado are shown Dr. Mendes on the confirmation page.",
        priority: "high",
        status: "in_progress",
        reply: "Thanks, we reproduced it and a fix is being tested on staging.",
      },
      {
        subject: "Add the new hygiene service",
        description: "Please add 'Professional whitening' to the services page.",
        priority: "medium",
        status: "resolved",
        reply: "Done: the page now lists whitening with its price.",
      },
    ],
  },
  {
    slug: "vela-outdoor",
    name: "Vela Outdoor",
    tier: "pro",
    members: [
      { email: "owner@vela.test", name: "Fernanda Alves", role: "owner" },
      { email: "admin@vela.test", name: "Gustavo Nunes", role: "admin" },
      { email: "member@vela.test", name: "Helena Rocha", role: "member" },
      { email: "viewer@vela.test", name: "Igor Teixeira", role: "viewer" },
    ],
    projects: [
      {
        key: "store",
        name: "Online store",
        description: "Headless storefront for camping and hiking gear.",
        status: "maintenance",
        completionPercent: 100,
        budgetTotalCents: 4_500_000,
        budgetUsedCents: 4_320_000,
        milestones: [
          { title: "Checkout redesign", dueInDays: -90, done: true },
          { title: "Black Friday readiness", dueInDays: 3, done: false },
        ],
      },
      {
        key: "app",
        name: "Trail companion app",
        description: "A PWA with offline trail maps for customers.",
        status: "development",
        completionPercent: 35,
        budgetTotalCents: 3_000_000,
        budgetUsedCents: 900_000,
        milestones: [
          { title: "Offline maps prototype", dueInDays: -7, done: true },
          { title: "Beta for 100 customers", dueInDays: 40, done: false },
        ],
      },
      {
        key: "blog",
        name: "Content hub",
        description: "Guides and gear reviews to bring organic traffic.",
        status: "discovery",
        completionPercent: 10,
        budgetTotalCents: 800_000,
        budgetUsedCents: 50_000,
        milestones: [{ title: "Keyword research", dueInDays: 9, done: false }],
      },
    ],
    domains: [
      { name: "velaoutdoor.example", project: "store", renewsInDays: 300, sslExpiresInDays: 45 },
      {
        name: "trilhas.velaoutdoor.example",
        project: "app",
        renewsInDays: 300,
        sslExpiresInDays: 1,
      },
    ],
    tickets: [
      {
        subject: "Checkout is slow on mobile",
        description: "Customers say the payment step takes more than 5 seconds on 4G.",
        priority: "urgent",
        status: "waiting_client",
        reply: "We found a blocking script from the chat widget. Can we defer it?",
      },
      {
        subject: "New banner for the winter collection",
        description: "Banner files are in the shared folder.",
        priority: "medium",
        status: "open",
      },
      {
        subject: "Export last month's orders",
        description: "We need a CSV of October orders for the accountant.",
        priority: "low",
        status: "closed",
        reply: "Sent to your email. Closing this one.",
      },
    ],
  },
];
