import { randomInt } from "node:crypto";
import { hash, verify } from "@node-rs/argon2";
import { AppError } from "../domain/errors.js";
import { passwordProblems } from "../domain/password-policy.js";

/** argon2id with the library's defaults (m=19 MiB, t=2, p=1: the OWASP baseline). */
export const hashPassword = (password: string) => hash(password);

export async function passwordMatches(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/** A hash of nothing in particular, verified against when the user does not exist so timing does not tell. */
let decoy: Promise<string> | null = null;
export async function verifyDecoy(password: string): Promise<void> {
  decoy ??= hash("decoy password that no account has");
  await passwordMatches(await decoy, password);
}

/** Throws a 400 naming every rule the password breaks. */
export function assertPasswordPolicy(password: string, username: string): void {
  const problems = passwordProblems(password, username);
  if (problems.length === 0) return;
  throw new AppError(
    400,
    "weak_password",
    `密码不符合要求：${problems.map((p) => p.message).join("；")}`,
    `The password does not meet the policy: ${problems.map((p) => p.messageEn).join("; ")}`,
    "password",
    problems,
  );
}

const ALPHABETS = ["ABCDEFGHJKLMNPQRSTUVWXYZ", "abcdefghijkmnpqrstuvwxyz", "23456789", "@#%+=?!"];

/** A random 16-character password holding every character class, for new and reset accounts. */
export function generatePassword(): string {
  const all = ALPHABETS.join("");
  const chars = ALPHABETS.map((a) => a[randomInt(a.length)] ?? "");
  while (chars.length < 16) chars.push(all[randomInt(all.length)] ?? "");
  for (let i = chars.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [chars[i], chars[j]] = [chars[j] ?? "", chars[i] ?? ""];
  }
  return chars.join("");
}
