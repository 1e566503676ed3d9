import { useLocale } from "next-intl";
import { useCallback } from "react";

import { translateMessage } from "@arco/i18n/translate";

/**
 * A message written in English in code (a zod message of the shared schemas, checked in the
 * browser by the form's resolver) in the page's language; undefined stays undefined. Messages
 * the server sent are already in the person's language and come back unchanged.
 */
export function useTranslateMessage() {
  const locale = useLocale();
  return useCallback(
    (message: string | undefined) =>
      message === undefined ? undefined : translateMessage(message, locale),
    [locale],
  );
}
