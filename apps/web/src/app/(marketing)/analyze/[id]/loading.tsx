import { ReportSkeleton } from "~/components/analysis/report-skeleton";

export default function AnalysisLoading() {
  return (
    <div className="mx-auto w-full max-w-5xl px-4 py-10 sm:px-6 sm:py-14">
      <ReportSkeleton />
    </div>
  );
}
