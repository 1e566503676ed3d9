import { OverviewSkeleton } from "~/components/dashboard/overview";

export default function DashboardLoading() {
  return <OverviewSkeleton />;
}
