import type { Metadata } from "next";
import { Link } from "@/components/navigation/link";
import { getTranslations } from "next-intl/server";
import { localHrefs } from "@/lib/i18n/href";

type Props = { namespace: "alerts.thanks" | "signup.thanks" | "legal.feedbackThanks"; backHref: string };

/** Metadata of a thank-you page after a public form: its title, and kept out of search engines. */
export async function thanksMetadata(namespace: Props["namespace"]): Promise<Metadata> {
  const t = await getTranslations(namespace);
  return { title: t("title"), robots: { index: false, follow: false } };
}

/**
 * The page after a public form that must not tell whether anything was stored (a known address, a
 * robot's sign-up): the same static text for everyone, from the namespace's title/body/validity/back.
 */
export async function ThanksPage({ namespace, backHref }: Props) {
  const [t, href] = await Promise.all([getTranslations(namespace), localHrefs()]);
  return (
    <div className="max-w-2xl space-y-4">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p className="text-lg">{t("body")}</p>
      <p>{t("validity")}</p>
      <p>
        <Link href={href(backHref)}>{t("back")}</Link>
      </p>
    </div>
  );
}
