import { ArrowRight } from "lucide-react";
import Form from "next/form";
import { useTranslations } from "next-intl";
import { useId } from "react";

import { Button } from "~/components/ui/button";
import { Input } from "~/components/ui/input";
import { Label } from "~/components/ui/label";
import { cn } from "~/lib/utils";

interface UrlFormProps {
  defaultValue?: string;
  error?: string;
  label?: string;
  hint?: string;
  className?: string;
}

/** The one way into an analysis: a GET to /analyze, so results are shareable links. */
export function UrlForm({ defaultValue, error, label, hint, className }: UrlFormProps) {
  const t = useTranslations("marketing.urlForm");
  const id = useId();
  const inputId = `${id}-url`;
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;

  return (
    <Form action="/analyze" className={cn("grid gap-2", className)}>
      <Label htmlFor={inputId}>{label ?? t("label")}</Label>
      <div className="flex flex-col gap-2 sm:flex-row">
        <Input
          id={inputId}
          name="url"
          type="text"
          inputMode="url"
          autoComplete="url"
          autoCapitalize="none"
          autoCorrect="off"
          spellCheck={false}
          required
          placeholder={t("placeholder")}
          defaultValue={defaultValue}
          autoFocus={Boolean(error)}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${errorId} ${hintId}` : hintId}
          className="h-11 bg-background text-base md:text-base"
        />
        <Button type="submit" size="lg" className="h-11 px-6">
          {t("submit")}
          <ArrowRight aria-hidden />
        </Button>
      </div>
      {error ? (
        <p id={errorId} className="text-sm font-medium text-destructive">
          {error}
        </p>
      ) : null}
      <p id={hintId} className="text-sm text-muted-foreground">
        {hint ?? t("hint")}
      </p>
    </Form>
  );
}
