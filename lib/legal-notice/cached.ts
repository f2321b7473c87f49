import "server-only";
import { unstable_cache } from "next/cache";
import { readLegalNotice } from "./queries";

/** On /impressum and /gebaerdensprache; the service expires it on save. */
export const LEGAL_NOTICE_TAG = "legal-notice";

export const getLegalNotice = unstable_cache(readLegalNotice, ["legal-notice"], { tags: [LEGAL_NOTICE_TAG], revalidate: 86400 });
