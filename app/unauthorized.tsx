import { ROOT_FALLBACK } from "@/components/errors/root-fallback";

// The portal never calls unauthorized() (signed-out visitors are sent to the sign-in page); this
// replaces Next's built-in boundary, which every page's flight payload would carry.
export default function RootUnauthorized() {
  return ROOT_FALLBACK;
}
