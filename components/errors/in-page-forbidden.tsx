import { forbidden } from "next/navigation";
import { Suspense } from "react";
import { ForbiddenBody } from "./forbidden-body";

/**
 * The 403 of a layout or page, rendered on the server (the reasons are those of
 * in-page-not-found.tsx). In a dynamic page the forbidden() inside the boundary does not set the
 * status; proxy.ts sets 403 for the editor area. Once hydrated the router shows app/forbidden.tsx,
 * which renders the same ForbiddenBody.
 */
export function InPageForbidden() {
  return (
    <>
      <ForbiddenBody />
      <Suspense fallback={null}>
        <SignalForbidden />
      </Suspense>
    </>
  );
}

async function SignalForbidden(): Promise<never> {
  forbidden();
}
