import { Link } from "@/components/navigation/link";
import { getTranslations } from "next-intl/server";
import { buttonClass } from "@/components/ui/button";
import { FOERDER_CHECK_PATH } from "@/lib/foerder-check/answers";

/**
 * The way into the Förder-Check from the start page and the programme list. `className` may hide it
 * on phones where the results must stay on the first screen (the main navigation links it too).
 */
export async function FoerderCheckStartLink({ className = "" }: { className?: string }) {
  const t = await getTranslations("foerderCheck.start");
  return (
    <div className={`flex-col gap-2 sm:flex-row sm:items-center sm:gap-4 print:hidden ${className || "flex"}`}>
      <Link href={FOERDER_CHECK_PATH} className={`${buttonClass("secondary", "sm")} self-start`}>
        {t("link")}
      </Link>
      <p className="min-w-0 max-w-2xl">{t("hint")}</p>
    </div>
  );
}
