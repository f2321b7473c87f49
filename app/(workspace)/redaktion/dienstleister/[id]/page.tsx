import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { EntryEditPage } from "@/components/editor/entry-edit-page";
import { providerFormValues } from "@/lib/provider/editor-form-values";
import { getProviderForEditor, getProviderRegionOptions } from "@/lib/provider/editor-queries";
import { requirePermission } from "@/lib/auth/guard";
import { transitionProviderAction, updateProviderAction, verifyProviderAction } from "../actions";
import { ProviderForm } from "../_components/provider-form";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [t, row] = await Promise.all([getTranslations("directoryEditor.providers.form"), getProviderForEditor((await params).id)]);
  return { title: row ? t("editTitle", { name: row.name }) : undefined };
}

export default async function EditProviderPage({ params, searchParams }: Props) {
  const { id } = await params;
  const actor = await requirePermission("provider.update", `/redaktion/dienstleister/${id}`);
  const [row, regions, t, query] = await Promise.all([
    getProviderForEditor(id),
    getProviderRegionOptions(),
    getTranslations("directoryEditor.providers.form"),
    searchParams,
  ]);
  if (!row) notFound();
  const invite = await getTranslations("selfService.invitation.admin");
  return (
    <EntryEditPage
      actor={actor}
      type="provider"
      listPath="/redaktion/dienstleister"
      publicPath={`/dienstleister/${row.slug}`}
      title={t("editTitle", { name: row.name })}
      entry={row}
      notice={query.meldung}
      transitionAction={transitionProviderAction}
      verifyAction={verifyProviderAction}
      extraLinks={<Link href={`/redaktion/einladungen?profil=provider:${row.id}`}>{invite("inviteLink")}</Link>}
    >
      {/* Keyed by version: after a successful save the form starts fresh from the stored entry. */}
      <ProviderForm
        key={row.version}
        action={updateProviderAction.bind(null, row.id)}
        defaults={providerFormValues(row)}
        regions={regions}
        submitLabel={t("save")}
      />
    </EntryEditPage>
  );
}
