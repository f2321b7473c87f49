import { LocalLink } from "@/components/ui/local-link";
import { EntryLink } from "@/components/content/entry-link";
import { getTranslations } from "next-intl/server";
import type { ProgrammeLinkDTO } from "@/lib/programme/dto";
import { deriveProgrammeStatus } from "@/lib/programme/status";

/** The linked programmes, each with its status in words (it may itself have closed meanwhile). */
async function SuccessorList({ successors }: { successors: ProgrammeLinkDTO[] }) {
  const t = await getTranslations("programmes.status");
  return (
    <ul className="mt-3 list-disc space-y-2 pl-6" data-testid="successors">
      {successors.map((s) => (
        <li key={s.slug}>
          <EntryLink href={`/foerderprogramme/${s.slug}`} entry={s} className="font-semibold" />{" "}
          <span className="text-sm">({t(deriveProgrammeStatus(s))})</span>
        </li>
      ))}
    </ul>
  );
}

/**
 * Shown at the top of a closed programme's page (GOV.UK "this service has closed" pattern): the
 * reader learns at once that applying is no longer possible, and where to go instead.
 */
export async function ProgrammeEndedNotice({ successors }: { successors: ProgrammeLinkDTO[] }) {
  const t = await getTranslations("programmes.detail");
  return (
    <section aria-labelledby="ended" className="mt-6 border-l-8 border-closed py-2 pl-4" data-testid="programme-ended">
      <h2 id="ended" className="text-xl font-bold">
        {t("endedHeading")}
      </h2>
      {successors.length > 0 ? (
        <>
          <p className="mt-2">{t("endedWithSuccessors")}</p>
          <SuccessorList successors={successors} />
        </>
      ) : (
        <>
          <p className="mt-2">{t("endedWithout")}</p>
          <p className="mt-2">
            <LocalLink href="/foerderprogramme?status=offen">{t("openProgrammes")}</LocalLink>
          </p>
        </>
      )}
    </section>
  );
}

/** On a programme that is still open: the successors as an ordinary section further down. */
export async function ProgrammeSuccessors({ successors }: { successors: ProgrammeLinkDTO[] }) {
  const t = await getTranslations("programmes.detail");
  return (
    <section aria-labelledby="successors">
      <h2 id="successors" className="mb-3 text-2xl font-bold">
        {t("successors")}
      </h2>
      <p>{t("successorsIntro")}</p>
      <SuccessorList successors={successors} />
    </section>
  );
}
