import "server-only";
import { getTranslations } from "next-intl/server";
import { Combinability, FundingLevel, FundingType, PublicationStatus, TargetGroup } from "@/lib/db/enums";
import type { getProgrammeFormOptions } from "@/lib/programme/editor-queries";

type Options = Awaited<ReturnType<typeof getProgrammeFormOptions>>;

/** Stored values → names for the history view: enum values translated, ids as names. */
export async function programmeValueLabels(options: Options): Promise<Record<string, Record<string, string>>> {
  const [tf, ts] = await Promise.all([getTranslations("facets"), getTranslations("editor.status")]);
  const byValue = (list: { value: string; label: string }[]) => Object.fromEntries(list.map((o) => [o.value, o.label]));
  const enumLabels = (group: string, values: string[]) => Object.fromEntries(values.map((v) => [v, tf(`${group}.${v}`)]));
  return {
    fundingBodyId: byValue(options.organisations),
    topicIds: byValue(options.topics),
    regionIds: byValue(options.regions),
    advisorIds: byValue(options.advisors),
    successorIds: byValue(options.programmes),
    combinability: enumLabels("combinability", Object.values(Combinability)),
    level: enumLabels("fundingLevel", Object.values(FundingLevel)),
    fundingTypes: enumLabels("fundingType", Object.values(FundingType)),
    targetGroups: enumLabels("targetGroup", Object.values(TargetGroup)),
    status: Object.fromEntries(Object.values(PublicationStatus).map((s) => [s, ts(s)])),
  };
}
