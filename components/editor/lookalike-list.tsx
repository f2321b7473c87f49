import { Link } from "@/components/navigation/link";
import { getTranslations } from "next-intl/server";
import type { Lookalike } from "@/lib/import/lookalikes";

/** Entries that look like the one at hand, each linked to its edit page, with status and "gleiche Webadresse". */
export async function LookalikeList({ lookalikes, listPath }: { lookalikes: readonly Lookalike[]; listPath: string }) {
  const [t, ts] = await Promise.all([getTranslations("editor.publishReview"), getTranslations("editor.status")]);
  return (
    <ul className="mt-2 ml-6 list-disc">
      {lookalikes.map((other) => (
        <li key={other.id}>
          <Link href={`${listPath}/${other.id}`}>{other.title}</Link> ({ts(other.status)}
          {other.sameUrl ? `, ${t("sameUrl")}` : ""})
        </li>
      ))}
    </ul>
  );
}
