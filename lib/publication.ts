import { PublicationStatus } from "@/lib/db/enums";

// Every public query filters through this one helper (CONVENTIONS rule 7).
export function publishedOnly() {
  return { status: PublicationStatus.PUBLISHED };
}
