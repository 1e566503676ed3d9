"use client";

import { Check, LoaderCircle } from "lucide-react";
import { useFormatter, useTranslations } from "next-intl";
import { useEffect, useState } from "react";

import type { AnalysisStatus } from "~/lib/analysis";
import { cn } from "~/lib/utils";

/** The steps, named under `report.progress.steps`. */
const steps = ["fetching", "analyzing", "done"] as const;

/** Which step is under way: queued runs count as about to fetch. */
function currentStep(status: AnalysisStatus) {
  if (status === "analyzing") return 1;
  if (status === "done" || status === "failed") return 2;
  return 0;
}

/** Seconds since the component appeared, ticking while `running`. */
function useElapsed(running: boolean) {
  const [started] = useState(() => Date.now());
  const [now, setNow] = useState(started);
  useEffect(() => {
    if (!running) return;
    const timer = setInterval(() => setNow(Date.now()), 100);
    return () => clearInterval(timer);
  }, [running]);
  return now - started;
}

/**
 * The live stepper of a running analysis: fetching → analyzing → done, with the time so far.
 * The step's name is announced politely when it changes; the ticking clock is not.
 */
export function AnalysisProgress({
  status,
  url,
  queuePosition = null,
  starting = false,
  announce = true,
}: {
  status: AnalysisStatus;
  url: string;
  /** Its place in line while it waits for a free slot (1: next to start). */
  queuePosition?: number | null;
  /** Before the server has accepted the run. */
  starting?: boolean;
  /** False when the page around it already announces the stages. */
  announce?: boolean;
}) {
  const t = useTranslations("report.progress");
  const format = useFormatter();
  const step = currentStep(status);
  const running = status !== "done" && status !== "failed";
  const elapsed = useElapsed(running);
  const waiting = status === "queued" && queuePosition !== null;
  const queue = waiting ? t("queue", { ahead: queuePosition - 1 }) : null;
  const announcement = starting ? t("starting") : (queue ?? t(`steps.${steps[step]}.status`));

  return (
    <section
      aria-labelledby="progress-title"
      aria-busy={running}
      className="grid gap-6 rounded-xl border bg-card p-6 text-card-foreground shadow-sm"
    >
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="progress-title" className="text-lg font-semibold">
          {starting
            ? t.rich("startingOf", {
                url,
                page: (chunks) => <span className="break-all">{chunks}</span>,
              })
            : t("inProgress")}
        </h2>
        <p className="text-sm text-muted-foreground tabular-nums">
          {t.rich("elapsed", {
            seconds: format.number(elapsed / 1000, {
              minimumFractionDigits: 1,
              maximumFractionDigits: 1,
            }),
            hidden: (chunks) => <span className="sr-only">{chunks}</span>,
          })}
        </p>
      </div>
      {announce ? (
        <p role="status" className="sr-only">
          {announcement}
        </p>
      ) : null}
      {queue ? (
        <p className="rounded-md bg-muted px-3 py-2 text-sm text-muted-foreground">
          {queue} {t("queueBusy")}
        </p>
      ) : null}
      <ol className="grid gap-4 sm:grid-cols-3 sm:gap-3">
        {steps.map((item, index) => {
          const state =
            index < step || !running ? "complete" : index === step ? "current" : "upcoming";
          return (
            <li
              key={item}
              aria-current={state === "current" ? "step" : undefined}
              className="flex gap-3 sm:grid sm:gap-2"
            >
              <div className="flex items-center gap-2 sm:gap-3">
                <span
                  className={cn(
                    "grid size-8 shrink-0 place-items-center rounded-full border text-sm font-semibold",
                    state === "complete" && "border-primary bg-primary text-primary-foreground",
                    state === "current" && "border-primary text-primary",
                    state === "upcoming" && "text-muted-foreground",
                  )}
                >
                  {state === "complete" ? (
                    <Check aria-hidden className="size-4" />
                  ) : state === "current" ? (
                    <LoaderCircle aria-hidden className="size-4 animate-spin" />
                  ) : (
                    index + 1
                  )}
                </span>
                <span
                  aria-hidden
                  className={cn(
                    "hidden h-0.5 flex-1 rounded-full sm:block",
                    index === steps.length - 1 && "invisible",
                    index < step ? "bg-primary" : "bg-muted",
                  )}
                />
              </div>
              <div className="grid gap-0.5">
                <p
                  className={cn(
                    "text-sm font-medium",
                    state === "upcoming" && "text-muted-foreground",
                  )}
                >
                  {t(`steps.${item}.label`)}
                  {state === "upcoming" ? null : (
                    <span className="sr-only"> {t("stepState", { state })}</span>
                  )}
                </p>
                <p className="text-xs text-muted-foreground">{t(`steps.${item}.detail`)}</p>
              </div>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
