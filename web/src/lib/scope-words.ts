import type { Me } from "../../../src/domain/contracts/auth.js";
import type { Language } from "./i18n/language.js";
import { translate } from "./i18n/translate.js";
import { districtDisplayName, type District } from "./district-name.js";

/**
 * The caller's project scope in words, e.g. "渝北区" or "重大项目白名单、本单位（…）项目". Districts are named
 * from the reference data (the code itself while it loads); organisations other than the caller's own
 * are named by their number, since the session carries only the caller's organisation.
 */
export function describeScope(
  me: Pick<Me, "scope" | "organisation">,
  districts: readonly District[] | undefined,
  language: Language,
): string {
  const { scope, organisation } = me;
  if (scope.kind === "all") return translate(language, "scope.all");
  const orgName = (id: number) =>
    id === organisation.id ? organisation.name : translate(language, "scope.organisation", { id });
  const parts = [
    ...scope.districtCodes.map((code) => {
      const district = districts?.find((d) => d.code === code);
      return translate(language, "scope.district", {
        name: district ? districtDisplayName(district, language) : code,
      });
    }),
    ...scope.leadDepartmentIds.map((id) => translate(language, "scope.department", { name: orgName(id) })),
    ...scope.ownerIds.map((id) => translate(language, "scope.owner", { name: orgName(id) })),
    ...(scope.whitelist ? [translate(language, "scope.whitelist")] : []),
  ];
  return parts.length
    ? parts.join(translate(language, "scope.separator"))
    : translate(language, "scope.none");
}
