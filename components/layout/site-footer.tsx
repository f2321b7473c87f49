import { Link } from "@/components/navigation/link";
import { getTranslations } from "next-intl/server";
import { localHrefs } from "@/lib/i18n/href";

// Only pages that exist are linked. Leichte Sprache and Gebärdensprache: BITV 2.0 § 4.
const LEGAL_LINKS = [
  { href: "/impressum", key: "imprint" },
  { href: "/datenschutz", key: "privacy" },
  { href: "/barrierefreiheit", key: "accessibility" },
  // what may be reused, under which licence, and how (API, downloads)
  { href: "/daten", key: "openData" },
  { href: "/leichte-sprache", key: "easyLanguage" },
  { href: "/gebaerdensprache", key: "signLanguage" },
] as const;

// The Modellregion beyond the three directories: not in the header, whose navigation must stay
// short on a phone.
const REGION_LINKS = [
  { href: "/modellregion", key: "roadmap" },
  { href: "/themen", key: "topics" },
  { href: "/veranstaltungen", key: "events" },
  { href: "/initiativen", key: "initiatives" },
  { href: "/aktuelles", key: "news" },
] as const;

export async function SiteFooter() {
  const [t, operator, href] = await Promise.all([getTranslations("common.footer"), getTranslations("common.operatorEditable"), localHrefs()]);
  return (
    <footer className="site-footer">
      <div className="wrap">
        <div>
          <p>{t("about")}</p>
          <p className="text-muted">{t("noTracking")}</p>
        </div>
        <div>
          <h2>{t("addressHeading")}</h2>
          <address>
            {operator("name")}
            <br />
            {operator("street")}
            <br />
            {operator("postalCodeAndTown")}
          </address>
        </div>
        <nav aria-labelledby="fusszeile-region">
          <h2 id="fusszeile-region">
            {t("regionHeading")}
          </h2>
          <ul>
            {REGION_LINKS.map((link) => (
              <li key={link.href}>
                <Link href={href(link.href)}>{t(link.key)}</Link>
              </li>
            ))}
          </ul>
        </nav>
        <nav aria-labelledby="fusszeile-rechtliches">
          <h2 id="fusszeile-rechtliches">
            {t("legalHeading")}
          </h2>
          <ul>
            {LEGAL_LINKS.map((link) => (
              <li key={link.href}>
                <Link href={href(link.href)}>{t(link.key)}</Link>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </footer>
  );
}
