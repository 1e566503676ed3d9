import { useTranslations } from "next-intl";

import { PASSWORD_MIN, passwordStrength } from "~/lib/password-strength";
import { cn } from "~/lib/utils";

const barColour = ["bg-destructive", "bg-destructive", "bg-warning", "bg-success"] as const;

/** The hint under a new-password field: three bars and a sentence, never colour alone. */
export function PasswordStrengthMeter({ password }: { password: string }) {
  const t = useTranslations("auth.passwordStrength");
  const strength = passwordStrength(password);
  return (
    <span className="grid gap-1.5">
      <span aria-hidden className="grid grid-cols-3 gap-1">
        {[1, 2, 3].map((step) => (
          <span
            key={step}
            className={cn(
              "h-1 rounded-full bg-muted transition-colors",
              password && strength.score >= step && barColour[strength.score],
              password && strength.score === 0 && step === 1 && "bg-destructive",
            )}
          />
        ))}
      </span>
      <span>
        {strength.label ? (
          <span className="font-medium text-foreground">
            {t("labelled", { label: t(`labels.${strength.label}`) })}{" "}
          </span>
        ) : null}
        {t(`hints.${strength.hint}`, { min: PASSWORD_MIN, count: strength.missing })}
      </span>
    </span>
  );
}
