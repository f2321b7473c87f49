import { Link } from "@/components/navigation/link";
import { getTranslations } from "next-intl/server";

interface Props {
  q: string;
  correctedText: string;
  /** The same search with the corrected text. */
  href: string;
}

/** "Meinten Sie …?" when the engine searched with a typo-corrected text. */
export async function SearchCorrection({ q, correctedText, href }: Props) {
  const t = await getTranslations("search.correction");
  return (
    <div className="mt-4 text-lg">
      <p>
        {t.rich("didYouMean", {
          text: correctedText,
          link: (chunks) => (
            <Link href={href} className="font-bold">
              {chunks}
            </Link>
          ),
        })}
      </p>
      <p className="text-base text-muted">{t("shownFor", { q, text: correctedText })}</p>
    </div>
  );
}
