// The alert pages' addresses. The token is the only credential of the manage and unsubscribe
// pages: never logged, and the pages send no Referer to other origins (TOKEN_PAGE_REFERRER).
export const ALERT_NEW_PATH = "/benachrichtigungen/neu";
export const alertNewHref = (filterQuery: string) => `${ALERT_NEW_PATH}${filterQuery}`;
export const alertConfirmPath = (token: string) => `/benachrichtigungen/bestaetigen/${token}`;
export const alertManagePath = (token: string) => `/benachrichtigungen/verwalten/${token}`;
/** The List-Unsubscribe address: POST unsubscribes at once (RFC 8058), GET leads to a button. */
export const alertUnsubscribePath = (token: string) => `/benachrichtigungen/abmelden/${token}`;
export const alertUnsubscribeButtonPath = (token: string) => `/benachrichtigungen/abmelden/${token}/bestaetigen`;
export const ALERT_UNSUBSCRIBED_PATH = "/benachrichtigungen/abgemeldet";
