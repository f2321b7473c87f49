import type { Role } from "@/lib/db/enums";

/** The signed-in user as the service layer sees them: enough to authorize, nothing more. */
export type Actor = {
  id: string;
  role: Role;
  name: string;
  email: string;
  advisorId: string | null;
  providerId: string | null;
};
