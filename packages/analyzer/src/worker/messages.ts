/** What the analysis pool and its worker threads say to each other. */
import type { AnalyzeFetchOptions } from "../analyze-url.ts";
import type { SafeFetchErrorCode, SafeFetchStage } from "../fetch/index.ts";
import type { AnalysisStage, Report } from "../report/schema.ts";

/** Fetch options that can cross a thread boundary (no resolver function, no signal). */
export type WorkerFetchOptions = Omit<AnalyzeFetchOptions, "lookup" | "signal">;

export interface ToWorker {
  id: number;
  url: string;
  fetch: WorkerFetchOptions;
}

/** A failure as it crosses the thread boundary; a SafeFetchError is rebuilt on the other side. */
export type WorkerFailure =
  | {
      safeFetch: true;
      code: SafeFetchErrorCode;
      stage: SafeFetchStage;
      message: string;
      url: string | undefined;
      status: number | undefined;
      detail: string | undefined;
    }
  | { safeFetch: false; message: string };

export type FromWorker =
  | { kind: "ready" }
  | { id: number; kind: "progress"; stage: AnalysisStage }
  | { id: number; kind: "done"; report: Report; threadId: number }
  | { id: number; kind: "failed"; error: WorkerFailure };
