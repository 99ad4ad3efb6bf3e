import { makeUscc } from "../uscc.js";
import type { Random } from "./random.js";

/** Characters a USCC body may use (GB 32100-2015 leaves out I, O, S, V and Z). */
const BODY_CHARACTERS = [..."0123456789ABCDEFGHJKLMNPQRTUWXY"];
const DIGITS = [..."0123456789"];

/** An 8-character organisation body of digits after a fixed prefix, as public bodies' codes look. */
export function digitBody(prefix: string, random: Random): string {
  let body = prefix;
  while (body.length < 8) body += random.pick(DIGITS);
  return body;
}

/** An 8-character body in the style of codes issued to new enterprises since 2015 ("MA…"). */
export function enterpriseBody(random: Random): string {
  let body = random.pick(["MA5U", "MA60", "MA61"]);
  while (body.length < 8) body += random.pick(BODY_CHARACTERS);
  return body;
}

/** Issues a USCC not yet in `used`, drawing fresh bodies until one is free, and records it. */
export function uniqueUscc(
  category: string,
  areaCode: string,
  body: () => string,
  used: Set<string>,
): string {
  for (;;) {
    const code = makeUscc(category, areaCode, body());
    if (!used.has(code)) {
      used.add(code);
      return code;
    }
  }
}
