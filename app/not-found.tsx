import { ROOT_FALLBACK } from "@/components/errors/root-fallback";

// Only reached when app/[locale]/layout.tsx itself throws; pages below it have app/[locale]/not-found.tsx.
export default function RootNotFound() {
  return ROOT_FALLBACK;
}
