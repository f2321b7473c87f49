import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { buttonClass } from "@/components/ui/button";
import { FOERDER_CHECK_PATH } from "@/lib/foerder-check/answers";

/** The way into the Förder-Check from the start page and the programme list. */
export async function FoerderCheckStartLink({ className = "" }: { className?: string }) {
  const t = await getTranslations("foerderCheck.start");
  return (
    <div className={`flex flex-col gap-2 sm:flex-row sm:items-center sm:gap-4 print:hidden ${className}`}>
      <Link href={FOERDER_CHECK_PATH} className={`${buttonClass("secondary", "sm")} self-start`}>
        {t("link")}
      </Link>
      <p className="min-w-0 max-w-2xl">{t("hint")}</p>
    </div>
  );
}
