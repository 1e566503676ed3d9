import { LoaderCircle } from "lucide-react";
import { useTranslations } from "next-intl";

import { Button } from "~/components/ui/button";

/** The next page of a cursor-paginated list: shown only while there is one. */
export function LoadMore({
  query,
}: {
  query: { hasNextPage: boolean; isFetchingNextPage: boolean; fetchNextPage: () => unknown };
}) {
  const t = useTranslations("common.actions");
  if (!query.hasNextPage) return null;
  return (
    <div className="flex justify-center">
      <Button
        type="button"
        variant="outline"
        disabled={query.isFetchingNextPage}
        onClick={() => void query.fetchNextPage()}
      >
        {query.isFetchingNextPage ? (
          <>
            <LoaderCircle aria-hidden className="animate-spin" />
            {t("loading")}
          </>
        ) : (
          t("loadMore")
        )}
      </Button>
    </div>
  );
}
