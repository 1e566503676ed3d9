"use client";

import { ImageUp, Trash2 } from "lucide-react";
import { useTranslations } from "next-intl";
import { useId, useRef, useState } from "react";

import { MAX_LOGO_BYTES } from "@arco/api/schemas";

import { Button } from "~/components/ui/button";
import { Label } from "~/components/ui/label";

const ACCEPTED = ["image/png", "image/jpeg", "image/webp"];

const readAsDataUrl = (file: File) =>
  new Promise<string>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error("The file could not be read."));
    reader.readAsDataURL(file);
  });

/** The organization's logo: a preview, "Upload" (PNG, JPEG or WebP up to 256 KB) and "Remove". */
export function LogoField({
  value,
  orgName,
  disabled,
  error,
  onChange,
}: {
  value: string | null;
  orgName: string;
  disabled: boolean;
  error?: string;
  onChange: (dataUrl: string | null) => void;
}) {
  const t = useTranslations("settings.logo");
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const message = problem ?? error;

  async function pick(file: File | undefined) {
    if (!file) return;
    if (!ACCEPTED.includes(file.type)) return setProblem(t("wrongType"));
    if (file.size > MAX_LOGO_BYTES) return setProblem(t("tooLarge"));
    setProblem(null);
    onChange(await readAsDataUrl(file));
  }

  return (
    <div className="grid gap-2">
      <Label htmlFor={id}>{t("label")}</Label>
      <div className="flex flex-wrap items-center gap-4">
        <div className="grid size-16 place-items-center overflow-hidden rounded-lg border bg-muted">
          {value ? (
            // eslint-disable-next-line @next/next/no-img-element -- a data URL, nothing to optimize
            <img
              src={value}
              alt={t("alt", { name: orgName })}
              className="size-full object-contain"
            />
          ) : (
            <span aria-hidden className="text-lg font-semibold text-muted-foreground">
              {orgName.slice(0, 1).toUpperCase()}
            </span>
          )}
        </div>
        <input
          ref={input}
          id={id}
          type="file"
          accept={ACCEPTED.join(",")}
          className="sr-only"
          disabled={disabled}
          aria-describedby={message ? `${id}-error` : `${id}-hint`}
          onChange={(event) => {
            void pick(event.target.files?.[0]);
            event.target.value = "";
          }}
        />
        <Button
          type="button"
          variant="outline"
          disabled={disabled}
          onClick={() => input.current?.click()}
        >
          <ImageUp aria-hidden />
          {value ? t("replace") : t("upload")}
        </Button>
        {value ? (
          <Button type="button" variant="ghost" disabled={disabled} onClick={() => onChange(null)}>
            <Trash2 aria-hidden />
            {t("remove")}
          </Button>
        ) : null}
      </div>
      {message ? (
        <p id={`${id}-error`} role="alert" className="text-sm text-destructive">
          {message}
        </p>
      ) : (
        <p id={`${id}-hint`} className="text-sm text-muted-foreground">
          {t("hint")}
        </p>
      )}
    </div>
  );
}
