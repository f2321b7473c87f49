/** An unconfirmed alert request (and its confirmation mail) is kept this long, then deleted. */
export const PENDING_ALERT_LIFETIME_MS = 3 * 24 * 60 * 60 * 1000;
