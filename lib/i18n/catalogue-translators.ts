// use-intl's core (next-intl's own base), not next-intl: the worker (alert digests, mails) runs
// under the react-server condition, where next-intl's main entry loads React hooks that do not exist.
import { createTranslator, type AbstractIntlMessages, type NamespaceKeys, type NestedKeyOf } from "use-intl/core";
import { LOCALES, type Locale } from "./config";

// Texts services need outside a page (mails, labels in the worker, the sign-up rate-limit
// message), in the reader's language: a translator over the catalogue files works the same in a
// request, in the worker, in scripts and in the tests. Built once per locale, when the module loads.

/**
 * One catalogue file per locale. The German file gives the type; the others must have its keys (a
 * missing translation fails tsc).
 */
export type Catalogues<Messages> = { de: Messages } & Record<Exclude<Locale, "de">, NoInfer<Messages>>;

/** A translator over `{ [Namespace]: Messages }` whose keys are relative to the namespace. */
export type CatalogueTranslator<Namespace extends string, Messages> = { readonly [N in Namespace]: Messages } extends infer All extends Readonly<Record<Namespace, Messages>>
  ? Namespace extends NamespaceKeys<All, NestedKeyOf<All>>
    ? ReturnType<typeof createTranslator<All, Namespace>>
    : never
  : never;

/** A translator over `{ [Namespace]: Messages }` whose keys start with the namespace. */
export type FullKeyCatalogueTranslator<Namespace extends string, Messages> = ReturnType<typeof createTranslator<Readonly<Record<Namespace, Messages>>>>;

const perLocale = <T>(make: (locale: Locale) => T) => Object.fromEntries(LOCALES.map((locale) => [locale, make(locale)])) as Record<Locale, T>;

/** A translator per locale over `namespace`, keys relative to it: `t("greeting")`. */
export function catalogueTranslators<const Namespace extends string, Messages>(
  namespace: Namespace,
  catalogues: Catalogues<Messages>,
): Record<Locale, CatalogueTranslator<Namespace, Messages>> {
  // The types above check the keys callers pass; createTranslator itself cannot relate a generic
  // namespace to the messages it names.
  return perLocale((locale) => {
    const messages: AbstractIntlMessages = { [namespace]: catalogues[locale] as AbstractIntlMessages };
    return createTranslator({ locale, messages, namespace: namespace as string }) as unknown as CatalogueTranslator<Namespace, Messages>;
  });
}

/**
 * A translator per locale whose keys start with the namespace (`t("facets.fundingType.label")`),
 * for keys written in that form elsewhere (lib/facets/registry.ts writes them for the pages).
 */
export function fullKeyCatalogueTranslators<const Namespace extends string, Messages>(
  namespace: Namespace,
  catalogues: Catalogues<Messages>,
): Record<Locale, FullKeyCatalogueTranslator<Namespace, Messages>> {
  return perLocale((locale) => createTranslator({ locale, messages: { [namespace]: catalogues[locale] } as Record<Namespace, Messages> }));
}
