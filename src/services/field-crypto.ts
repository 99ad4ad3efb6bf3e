import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";

/**
 * 国密 SM4 (GB/T 32907) for sensitive fields at rest — contacts' phone and ID numbers — when a key is
 * configured (NEWINFRA_SM4_KEY, 32 hex digits). Stored as "sm4:<iv hex>:<ciphertext base64>"; without
 * a key values are stored as given.
 */
const PREFIX = "sm4:";

export function parseSm4Key(hex: string): Buffer {
  if (!/^[0-9a-fA-F]{32}$/.test(hex))
    throw new Error("NEWINFRA_SM4_KEY must be 32 hexadecimal digits (128 bits)");
  return Buffer.from(hex, "hex");
}

export function sealField(key: Buffer | null, plaintext: string | null): string | null {
  if (plaintext === null || key === null) return plaintext;
  const iv = randomBytes(16);
  const cipher = createCipheriv("sm4-cbc", key, iv);
  const body = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
  return `${PREFIX}${iv.toString("hex")}:${body.toString("base64")}`;
}

export function openField(key: Buffer | null, stored: string | null): string | null {
  if (stored === null || !stored.startsWith(PREFIX)) return stored;
  if (key === null) throw new Error("an SM4-sealed field was found but NEWINFRA_SM4_KEY is not set");
  const [ivHex = "", body = ""] = stored.slice(PREFIX.length).split(":");
  const decipher = createDecipheriv("sm4-cbc", key, Buffer.from(ivHex, "hex"));
  return Buffer.concat([decipher.update(Buffer.from(body, "base64")), decipher.final()]).toString("utf8");
}
