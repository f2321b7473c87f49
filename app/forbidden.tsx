import { ROOT_FALLBACK } from "@/components/errors/root-fallback";

// Only reached when app/[locale]/layout.tsx itself throws; pages below it have app/[locale]/forbidden.tsx.
export default function RootForbidden() {
  return ROOT_FALLBACK;
}
