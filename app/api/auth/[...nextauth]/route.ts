import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth/options";

// next-auth's own endpoints (/api/auth/session, /api/auth/csrf, /api/auth/callback/credentials …).
// The sign-in page does not use them; see lib/auth/session-token.ts.
const handler = NextAuth(authOptions);
export { handler as GET, handler as POST };
