import { isValidUscc } from "../uscc.js";
import { LEGACY_USCC_ORG_ID_SCHEMES, ROLE, USCC_ORG_ID_SCHEME } from "./codes.js";
import type { JsonObject, ProjectLog } from "./import-log.js";
import { isObject, objectsIn, stringsIn, textOf } from "./import-log.js";

export interface ImportedParties {
  ownerName: string;
  ownerUscc: string | null;
  leadDepartmentName: string | null;
}

const hasRole = (party: JsonObject, role: string) => stringsIn(party.roles).includes(role);

/**
 * The owner is the party `publicAuthority` points at, else the first with the publicAuthority role,
 * else the first buyer. Its USCC is taken from an identifier under CN-USCI (or the older CN-SAIC)
 * when the check character holds. The lead department is the party with the leadDepartment role.
 */
export function partiesFromOc4ids(project: JsonObject, log: ProjectLog): ImportedParties | null {
  const parties = objectsIn(project.parties);
  const reference = isObject(project.publicAuthority) ? project.publicAuthority : null;
  const referenced = reference && parties.find((p) => p.id === reference.id);
  const owner =
    referenced ??
    parties.find((p) => hasRole(p, ROLE.publicAuthority)) ??
    parties.find((p) => hasRole(p, ROLE.buyer));
  const ownerName = textOf(owner?.name) ?? textOf(reference?.name);
  if (!ownerName) {
    log.problem(
      "parties",
      project.parties,
      "找不到项目业主（publicAuthority 或 buyer 角色的参与方）",
      "no project owner (a party with the publicAuthority or buyer role)",
    );
    return null;
  }
  const lead = parties.find((p) => hasRole(p, ROLE.leadDepartment));
  const dropped = parties.filter((p) => p !== owner && p !== lead);
  if (dropped.length > 0) {
    const names = dropped.map(
      (p) => `${textOf(p.name) ?? textOf(p.id) ?? "?"}[${stringsIn(p.roles).join("/")}]`,
    );
    log.note(`未导入的参与方：${names.join("、")}`, `parties not imported: ${names.join(", ")}`);
  }
  return {
    ownerName,
    ownerUscc: owner ? usccOf(owner, log) : null,
    leadDepartmentName: textOf(lead?.name),
  };
}

function usccOf(party: JsonObject, log: ProjectLog): string | null {
  const identifiers = [party.identifier, ...objectsIn(party.additionalIdentifiers)].filter(isObject);
  for (const identifier of identifiers) {
    const id = textOf(identifier.id);
    const scheme = textOf(identifier.scheme);
    if (!id || !scheme) continue;
    if (
      isValidUscc(id) &&
      (scheme === USCC_ORG_ID_SCHEME || LEGACY_USCC_ORG_ID_SCHEMES.some((s) => s === scheme))
    )
      return id;
    if (scheme === USCC_ORG_ID_SCHEME) {
      log.problem(
        "parties.identifier.id",
        id,
        "业主统一社会信用代码无效（长度、字符或校验位不符）",
        "the owner's USCC is not valid (length, characters or check character)",
      );
    }
  }
  return null;
}
