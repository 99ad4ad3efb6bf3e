import { resolve } from "node:path";
import { z } from "zod";

const envSchema = z.object({
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "DATABASE_URL must start with postgres:// or postgresql://")
    .optional(),
  NEWINFRA_DATA: z.string().min(1).default("./data"),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOST: z.string().default("0.0.0.0"),
});

export type Config = z.infer<typeof envSchema> & { dataDir: string };

/** Reads the environment once at start; a bad value stops the program with its name. */
export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`环境变量有误 / invalid environment:\n${lines.join("\n")}`);
  }
  return { ...parsed.data, dataDir: resolve(parsed.data.NEWINFRA_DATA, "pglite") };
}
