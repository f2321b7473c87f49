import { inGerman } from "@/components/content/german";
import { localizedOptionalText, type TranslationValues } from "@/lib/content/translations";
import { pageLocale } from "@/lib/i18n/href";

type Props = { advisor: { jobTitle: string | null; organisationName: string } & TranslationValues<"jobTitle"> };

/**
 * "Job title, organisation" under an advisor's name in another entry's page (a programme's advisors,
 * an initiative's contact): the job title in the reader's language where translated, else German
 * and marked; the organisation's name German, marked on French and English pages.
 */
export async function AdvisorRole({ advisor }: Props) {
  const locale = await pageLocale();
  const jobTitle = localizedOptionalText(advisor, "jobTitle", locale);
  return (
    <>
      {jobTitle && (
        <>
          <span lang={jobTitle.lang}>{jobTitle.text}</span>
          {", "}
        </>
      )}
      {inGerman(advisor.organisationName, locale)}
    </>
  );
}
