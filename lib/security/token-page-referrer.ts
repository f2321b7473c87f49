import type { Metadata } from "next";

// Pages whose address holds a secret (password reset, invitation, sign-up and alert links) send no
// Referer to other origins, so the token never reaches another site. Not "no-referrer": with it,
// browsers post the page's forms with "Origin: null", which the request guard refuses as foreign,
// and without JavaScript a form post is all there is.
export const TOKEN_PAGE_REFERRER: Metadata["referrer"] = "same-origin";
