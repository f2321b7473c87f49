import type { Db } from "@/lib/db/client";
import { demoLogins } from "../data/users";
import { hashPassword, verifyPassword } from "@/lib/auth/password";

export async function seedUsers(db: Db) {
  for (const login of demoLogins) {
    const existing = await db.user.findUnique({
      where: { email: login.email },
      select: { passwordHash: true },
    });
    // Re-hashing would change the salt on every run; keep a hash that still matches the demo password.
    const passwordHash =
      existing && (await verifyPassword(login.password, existing.passwordHash))
        ? existing.passwordHash
        : await hashPassword(login.password);
    const data = {
      name: login.name,
      role: login.role,
      passwordHash,
      disabledAt: null,
      advisor: login.advisor ? { connect: { slug: login.advisor } } : { disconnect: true },
      provider: login.provider ? { connect: { slug: login.provider } } : { disconnect: true },
    };
    await db.user.upsert({
      where: { email: login.email },
      create: {
        email: login.email,
        ...data,
        advisor: login.advisor ? { connect: { slug: login.advisor } } : undefined,
        provider: login.provider ? { connect: { slug: login.provider } } : undefined,
      },
      update: data,
    });
  }
}
