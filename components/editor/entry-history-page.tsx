import { Link } from "@/components/navigation/link";
import { getTranslations } from "next-intl/server";
import { HistoryView } from "./history-view";

type Props = React.ComponentProps<typeof HistoryView> & {
  /** the editor list, e.g. "/redaktion/berater"; the entry's edit page is `${listPath}/${id}` */
  listPath: string;
  id: string;
  title: string;
};

/** The history page of a programme, advisor or provider: back links, heading, readable diff. */
export async function EntryHistoryPage({ listPath, id, title, ...history }: Props) {
  const t = await getTranslations("editor");
  return (
    <div className="max-w-5xl">
      <p>
        <Link href={`${listPath}/${id}`}>{t("edit.backToEdit")}</Link>
        {" · "}
        <Link href={listPath}>{t("edit.backToList")}</Link>
      </p>
      <h1 className="mt-2 text-3xl font-bold">{title}</h1>
      <p className="mt-2">{t("history.intro")}</p>
      <HistoryView {...history} />
    </div>
  );
}
