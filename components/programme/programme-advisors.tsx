import { LocalLink } from "@/components/ui/local-link";
import { NameLink } from "@/components/content/entry-link";
import { AdvisorRole } from "@/components/advisor/advisor-role";
import { getTranslations } from "next-intl/server";
import type { ProgrammeAdvisorDTO } from "@/lib/programme/dto";
import { PhoneLink } from "@/components/ui/phone-link";

export async function ProgrammeAdvisors({ advisors }: { advisors: ProgrammeAdvisorDTO[] }) {
  const t = await getTranslations();
  return (
    <aside aria-labelledby="advisors" className="h-fit border-t-8 border-brand-600 bg-brand-50 p-4">
      <h2 id="advisors" className="text-xl font-bold">
        {t("programmes.detail.advisorsHeading")}
      </h2>
      {advisors.length === 0 ? (
        <p className="mt-2">{t("programmes.detail.noAdvisors")}</p>
      ) : (
        <>
          <p className="mt-2">{t("programmes.detail.advisorsIntro")}</p>
          <ul className="mt-4 space-y-4">
            {advisors.map((advisor) => (
              <li key={advisor.slug} className="border-b border-line pb-3">
                <NameLink href={`/berater/${advisor.slug}`} name={advisor.name} personal={advisor.kind === "PERSON"} className="font-semibold" />
                <p className="text-sm">
                  <AdvisorRole advisor={advisor} />
                </p>
                {advisor.phone && (
                  <p className="text-sm">
                    {t("common.detail.phone")}: <PhoneLink phone={advisor.phone} />
                  </p>
                )}
                {advisor.email && (
                  <p className="text-sm">
                    {t("common.detail.email")}: <a href={`mailto:${advisor.email}`}>{advisor.email}</a>
                  </p>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
      <p className="mt-4">
        <LocalLink href="/berater">{t("programmes.detail.allAdvisors")}</LocalLink>
      </p>
    </aside>
  );
}
