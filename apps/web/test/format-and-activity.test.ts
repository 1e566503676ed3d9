import { describe, expect, it } from "vitest";

import { describeActivity } from "~/lib/activity";
import { formatBytes } from "~/lib/format";

describe("formatBytes", () => {
  it("uses the binary multiples plans are measured in, with at most one decimal", () => {
    expect(formatBytes(0)).toBe("0 bytes");
    expect(formatBytes(928)).toBe("928 bytes");
    expect(formatBytes(1536)).toBe("1.5 KB");
    expect(formatBytes(1_310_720)).toBe("1.3 MB");
    expect(formatBytes(5 * 1024 ** 3)).toBe("5 GB");
    expect(formatBytes(123 * 1024 ** 3)).toBe("123 GB");
  });
});

describe("describeActivity", () => {
  it("turns an audit action and the object's kind into a phrase", () => {
    expect(describeActivity("projects.create", "project")).toBe("created a project");
    expect(describeActivity("projects.milestones.update", "milestone")).toBe("updated a milestone");
    expect(describeActivity("files.upload", "storage_item")).toBe("uploaded a file");
    expect(describeActivity("tickets.reply", "ticket_message")).toBe("replied to a ticket");
    expect(describeActivity("analyses.run", "url_analysis")).toBe("ran a site analysis");
    expect(describeActivity("files.createFolder", "storage_folder")).toBe("created a folder");
    expect(describeActivity("domains.records.create", "dns_record")).toBe("created a DNS record");
    expect(describeActivity("invitations.create", "invitation")).toBe("created an invitation");
    expect(describeActivity("projects.deliveries.create", "projectDelivery")).toBe(
      "created a project delivery",
    );
  });

  it("has its own words for organization-wide events", () => {
    expect(describeActivity("admin.clients.open", "organization")).toBe(
      "opened the organization as agency staff",
    );
    expect(describeActivity("members.leave", "membership")).toBe("left the organization");
  });
});
