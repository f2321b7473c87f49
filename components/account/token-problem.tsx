import { Link } from "@/components/navigation/link";
import { getTranslations } from "next-intl/server";
import type { TokenState } from "@/lib/account/tokens";

/** The page an expired, used, revoked or unknown link opens: what happened and what to do now. */
export async function TokenProblem({ state, requestHref }: { state: Exclude<TokenState, "valid">; requestHref: string }) {
  const t = await getTranslations("account.token");
  return (
    <div className="max-w-xl space-y-4">
      <h1 className="text-3xl font-bold">{t(`${state}Title`)}</h1>
      <p>{t(`${state}Body`)}</p>
      <p>
        <Link href={requestHref} className="font-semibold">
          {t("requestNew")}
        </Link>
      </p>
    </div>
  );
}
