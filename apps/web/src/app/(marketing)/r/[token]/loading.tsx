import { ReportSkeleton } from "~/components/analysis/report-skeleton";

export default function SharedReportLoading() {
  return (
    <div className="mx-auto w-full max-w-5xl px-4 py-10 sm:px-6 sm:py-14">
      <ReportSkeleton variant="shared" />
    </div>
  );
}
