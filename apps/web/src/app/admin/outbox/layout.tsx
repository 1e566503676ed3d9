import { requireStaff } from "~/trpc/me";

/**
 * The outbox is for the agency's admins only: support staff get the ordinary 404. Checked in a
 * layout, before the pages' loading states start the response, so the status is a real 404.
 */
export default async function OutboxLayout({ children }: LayoutProps<"/admin/outbox">) {
  await requireStaff({ may: "readOutbox" });
  return children;
}
