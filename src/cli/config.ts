import { resolve } from "node:path";
import { z } from "zod";
import type { Security } from "../services/context.js";
import { parseSm4Key } from "../services/field-crypto.js";

const envSchema = z.object({
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "DATABASE_URL must start with postgres:// or postgresql://")
    .optional(),
  NEWINFRA_DATA: z.string().min(1).default("./data"),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOST: z.string().default("0.0.0.0"),
  NODE_ENV: z.string().optional(),
  NEWINFRA_AUDIT_HASH: z.enum(["sha256", "sm3"]).default("sha256"),
  NEWINFRA_TRUST_PROXY: z.enum(["0", "1", "true", "false"]).default("0"),
  NEWINFRA_SM4_KEY: z.string().optional(),
});

export type Config = z.infer<typeof envSchema> & { dataDir: string; security: Security; trustProxy: boolean };

/** Reads the environment once at start; a bad value stops the program with its name. */
export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`环境变量有误 / invalid environment:\n${lines.join("\n")}`);
  }
  const env_ = parsed.data;
  return {
    ...env_,
    dataDir: resolve(env_.NEWINFRA_DATA, "pglite"),
    security: {
      auditAlgorithm: env_.NEWINFRA_AUDIT_HASH,
      production: env_.NODE_ENV === "production",
      fieldKey: env_.NEWINFRA_SM4_KEY ? parseSm4Key(env_.NEWINFRA_SM4_KEY) : null,
    },
    trustProxy: env_.NEWINFRA_TRUST_PROXY === "1" || env_.NEWINFRA_TRUST_PROXY === "true",
  };
}
