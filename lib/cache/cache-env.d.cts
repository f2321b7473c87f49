import type { z } from "zod";

export declare const cacheEnvSchema: z.ZodObject<{
  REDIS_URL: z.ZodType<string | undefined, unknown>;
  CACHE_KEY_PREFIX: z.ZodType<string, unknown>;
}>;
export declare function readCacheEnv(source?: Record<string, string | undefined>): z.infer<typeof cacheEnvSchema>;
