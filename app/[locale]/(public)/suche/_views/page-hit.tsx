import { SearchHitItem } from "@/components/search/search-hit";
import { programmeTiming } from "@/lib/programme/deadline";
import { hitCardKey, type HitCards } from "@/lib/search/page/hit-cards";
import type { SearchHit } from "@/lib/search/types";
import type { KreisRef } from "@/lib/taxonomy/kreise";

/** One hit of /suche with the facts of its list card and, for a programme, its status at `now`. */
export function PageHit({ hit, cards, now, kreise }: { hit: SearchHit; cards: HitCards; now: Date; kreise: readonly KreisRef[] }) {
  return (
    <SearchHitItem
      hit={hit}
      timing={hit.type === "programme" ? programmeTiming(hit, now) : null}
      card={cards.get(hitCardKey(hit))}
      kreise={kreise}
    />
  );
}
