import { LocalLink } from "@/components/ui/local-link";
import { markedMessage, markedParts } from "@/components/content/marked-message";
import { germanOnly, germanText, localizedText, type LocalizedText } from "@/lib/content/translations";
import { getTranslations } from "next-intl/server";
import { AdvisorCard } from "@/components/advisor/advisor-card";
import { statusView } from "@/components/programme/status-view";
import { ProviderCard } from "@/components/provider/provider-card";
import { LinkBox } from "@/components/ui/link-box";
import type { AdvisorCardDTO } from "@/lib/advisor/dto";
import { facetParam } from "@/lib/facets/registry";
import { enumToSlug } from "@/lib/facets/slug";
import { programmeListFilters } from "@/lib/foerder-check/list-filters";
import { projectRule } from "@/lib/foerder-check/project";
import { ALERT_NEW_PATH } from "@/lib/alerts/links";
import type { CompleteAnswers, Note, ProgrammeMatch } from "@/lib/foerder-check/match";
import { formatDay, formatEuro } from "@/lib/format";
import { pageLocale } from "@/lib/i18n/href";
import { hrefWith } from "@/lib/listing/url";
import type { ProviderCardDTO } from "@/lib/provider/dto";
import type { KreisRef } from "@/lib/taxonomy/kreise";
import { OPEN_PROGRAMMES_HREF } from "@/lib/start-page/tasks";
import { localizedPath } from "@/lib/i18n/routing";
import { MatchList } from "./match-list";
import type { MatchView, Sentence } from "./match-view";

interface Props {
  answers: CompleteAnswers;
  kreis: KreisRef;
  kreise: readonly KreisRef[];
  programmes: ProgrammeMatch[];
  advisors: AdvisorCardDTO[];
  providers: ProviderCardDTO[];
}

/** Values of a reason or check that are German only: a Themenfeld, a keyword found in a German title. */
const GERMAN_NAMES = new Set(["topic", "keyword"]);

// The result: programmes with their reasons and notes, then advisors, then providers; each section
// says what to do instead when it is empty. Print: cards do not break across pages.
export async function CheckResult({ answers, kreis, kreise, programmes, advisors, providers }: Props) {
  const locale = await pageLocale();
  const href = (path: string) => localizedPath(locale, path);
  const t = await getTranslations("foerderCheck");
  // The Kreis's name is German: marked on French and English pages, inside any sentence it is in.
  const kreisName = germanText(kreis.name, locale);
  const inKreis = (format: (values: Record<string, string>) => string) => markedMessage({ kreis: kreisName }, format);
  const sentence = (note: Note): Sentence => {
    const values: Record<string, string | number> = {};
    const names: Record<string, LocalizedText> = { kreis: kreisName };
    for (const [key, value] of Object.entries(note.values ?? {})) {
      if (GERMAN_NAMES.has(key)) names[key] = germanText(String(value), locale);
      else values[key] = key === "date" ? formatDay(String(value), locale) : key === "amount" ? formatEuro(Number(value), locale) : value;
    }
    const parts = markedParts(names, (marked) => t(note.key, { ...values, ...marked }));
    return parts.some((part) => part.lang) ? parts : parts.map((part) => part.text).join("");
  };
  const german = germanOnly(locale);
  const matches = await Promise.all(
    programmes.map(async ({ programme, score, reasons, checks }): Promise<MatchView> => {
      const title = localizedText(programme, "title", locale);
      return {
        href: href(`/foerderprogramme/${programme.slug}`),
        title: title.text,
        ...(title.lang && { titleLang: title.lang }),
        status: await statusView(programme),
        meta: programme.amountText ? `${programme.fundingBodyName} · ${programme.amountText}` : programme.fundingBodyName,
        ...(german && { metaLang: german }),
        score: t("result.score", { score }),
        reasons: reasons.map((reason): [Sentence, string] => [sentence(reason), `(${t("result.points", { weight: reason.weight })})`]),
        checks: checks.map(sentence),
      };
    }),
  );
  const region = { [facetParam("region")]: kreis.slug };
  const services = projectRule(answers.was).services.map(enumToSlug);
  const listFilters = programmeListFilters(answers);
  return (
    <>
      <section aria-labelledby="programme" className="mt-8">
        <h2 id="programme" className="text-2xl font-bold">
          {t("result.programmesHeading")}
        </h2>
        <p className="mt-1" id="anzahl">
          {t("result.programmesCount", { count: programmes.length })}
        </p>
        <p className="mt-2 max-w-3xl text-sm text-muted">{t("result.howRanked")}</p>
        {programmes.length === 0 ? (
          <p className="mt-4 max-w-3xl">
            {t("result.programmesEmpty")} <LocalLink href={OPEN_PROGRAMMES_HREF}>{t("result.allOpenProgrammes")}</LocalLink>
          </p>
        ) : (
          <MatchList matches={matches} whyHeading={t("result.why")} checkHeading={t("result.check")} />
        )}
      </section>
      {/* On every result, also an empty one: a matching programme may be published tomorrow. */}
      <LinkBox
        headingId="dranbleiben"
        heading={t("result.followHeading")}
        intro={t("result.followIntro")}
        links={[
          { href: href(hrefWith(ALERT_NEW_PATH, listFilters, {})), label: t("result.alertLink"), strong: true },
          { href: href(hrefWith("/foerderprogramme", listFilters, {})), label: t("result.listLink") },
        ]}
        testId="check-follow"
        className="mt-8 print:hidden"
      />
      <section aria-labelledby="beratung" className="mt-10 break-before-auto">
        <h2 id="beratung" className="text-2xl font-bold">
          {inKreis((values) => t("result.advisorsHeading", values))}
        </h2>
        {advisors.length === 0 && <p className="mt-2 max-w-3xl">{inKreis((values) => t("result.advisorsEmpty", values))}</p>}
        <div className="[&_article]:break-inside-avoid">
          {advisors.map((advisor) => (
            <AdvisorCard key={advisor.slug} advisor={advisor} kreise={kreise} />
          ))}
        </div>
        <p className="mt-3 print:hidden">
          <LocalLink href={hrefWith("/berater", {}, region)}>{inKreis((values) => t("result.allAdvisors", values))}</LocalLink>
        </p>
      </section>
      <section aria-labelledby="dienstleister" className="mt-10">
        <h2 id="dienstleister" className="text-2xl font-bold">
          {inKreis((values) => t("result.providersHeading", values))}
        </h2>
        {providers.length === 0 && <p className="mt-2 max-w-3xl">{inKreis((values) => t("result.providersEmpty", values))}</p>}
        <div className="[&_article]:break-inside-avoid">
          {providers.map((provider) => (
            <ProviderCard key={provider.slug} provider={provider} />
          ))}
        </div>
        <p className="mt-3 print:hidden">
          <LocalLink href={hrefWith("/dienstleister", {}, { ...region, [facetParam("service")]: services })}>{inKreis((values) => t("result.allProviders", values))}</LocalLink>
        </p>
      </section>
    </>
  );
}
