"use client";

import { useId } from "react";

import { Label } from "~/components/ui/label";
import { useTranslateMessage } from "~/lib/translate-message";
import { cn } from "~/lib/utils";

export interface FieldControlProps {
  id: string;
  "aria-invalid": boolean;
  "aria-describedby": string | undefined;
}

/**
 * A label, its control, an optional hint and the error, wired together: the control is named by
 * the label and described by the hint and the error, so a screen reader announces all three
 * when the field receives focus after a failed submit.
 */
export function FormField({
  label,
  error,
  description,
  className,
  labelAction,
  children,
}: {
  label: React.ReactNode;
  error?: string;
  description?: React.ReactNode;
  className?: string;
  /** Something placed on the label's line, such as "Forgot password?". */
  labelAction?: React.ReactNode;
  children: (props: FieldControlProps) => React.ReactNode;
}) {
  const id = useId();
  // The shared schemas' messages are English in code; the browser checks them before sending.
  const translate = useTranslateMessage();
  const descriptionId = description ? `${id}-description` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [descriptionId, errorId].filter(Boolean).join(" ") || undefined;

  return (
    <div className={cn("grid gap-2", className)}>
      <div className="flex items-center justify-between gap-2">
        <Label htmlFor={id} className={cn(error && "text-destructive")}>
          {label}
        </Label>
        {labelAction}
      </div>
      {children({ id, "aria-invalid": Boolean(error), "aria-describedby": describedBy })}
      {description ? (
        <div id={descriptionId} className="text-sm text-muted-foreground">
          {description}
        </div>
      ) : null}
      {error ? (
        <p id={errorId} className="text-sm font-medium text-destructive">
          {translate(error)}
        </p>
      ) : null}
    </div>
  );
}
