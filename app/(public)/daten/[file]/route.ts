import { downloadRoute } from "@/lib/open-data/route";

// Stable download addresses: /daten/foerderprogramme.csv|json, /daten/berater.…, /daten/dienstleister.…,
// and the DCAT-AP.de catalogue /daten/dcat.ttl (docs/architecture.md, "Open data API").
const route = downloadRoute();
export const GET = route.GET;
export const OPTIONS = route.OPTIONS;
