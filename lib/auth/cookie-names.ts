// The session cookie's names, without server-only imports so proxy.ts can test for the cookie.
// next-auth's convention: the __Secure- prefix on https sites (browsers then refuse it over http).
export const SESSION_COOKIE_NAME_SECURE = "__Secure-next-auth.session-token";
export const SESSION_COOKIE_NAME_PLAIN = "next-auth.session-token";
export const SESSION_COOKIE_NAMES = [SESSION_COOKIE_NAME_SECURE, SESSION_COOKIE_NAME_PLAIN] as const;
