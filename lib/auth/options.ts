import "server-only";
import type { AuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { clientIpFrom } from "./client-ip";
import { authSecret, SESSION_COOKIE, SESSION_MAX_AGE_SECONDS } from "./config";
import { sessionClaims } from "./session-token";
import { verifyCredentials } from "./sign-in";

/**
 * next-auth's configuration: JWT sessions in our cookie, a Credentials provider with the same
 * checks (rate limits included) as the /anmelden server action. The sign-in page itself mints the
 * same token in its server action (lib/auth/session-token.ts; see docs/accounts.md why).
 */
export const authOptions: AuthOptions = {
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  jwt: { maxAge: SESSION_MAX_AGE_SECONDS },
  cookies: { sessionToken: SESSION_COOKIE },
  // A getter: without NEXTAUTH_SECRET the first request that needs it fails with a clear message
  // (lib/auth/config.ts), while `next build` still works without the secret.
  get secret() {
    return authSecret();
  },
  pages: { signIn: "/anmelden", signOut: "/anmelden", error: "/anmelden" },
  providers: [
    CredentialsProvider({
      name: "E-Mail-Adresse und Passwort",
      credentials: {
        email: { label: "E-Mail-Adresse", type: "email" },
        password: { label: "Passwort", type: "password" },
      },
      async authorize(credentials, req) {
        const headers = new Headers(req.headers as Record<string, string> | undefined);
        const result = await verifyCredentials(credentials?.email ?? "", credentials?.password ?? "", clientIpFrom(headers));
        if (!result.ok) return null;
        const { id, name, email, role, sessionVersion } = result.user;
        return { id, name, email, role, sessionVersion };
      },
    }),
  ],
  callbacks: {
    // Only at sign-in does `user` exist; later calls keep the claims (getActor() re-reads the user).
    async jwt({ token, user }) {
      if (user && "sessionVersion" in user) return { ...token, ...sessionClaims(user as Parameters<typeof sessionClaims>[0]) };
      return token;
    },
    async session({ session, token }) {
      return { ...session, user: { name: token.name, email: token.email, role: token.role }, expires: session.expires };
    },
  },
};
