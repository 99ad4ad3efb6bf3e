/**
 * Roles and what each may see and do. Data scope is decided here as data; the store turns it into
 * SQL predicates, so every list, detail, count and aggregate is filtered the same way.
 */
export const ROLES = ["city_admin", "department", "district", "owner", "bank", "auditor"] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, { zh: string; en: string }> = {
  city_admin: { zh: "市发展改革委（管理员）", en: "City DRC (administrator)" },
  department: { zh: "市级行业主管部门", en: "Lead department" },
  district: { zh: "区县政府", en: "District government" },
  owner: { zh: "项目业主", en: "Project owner" },
  bank: { zh: "银行", en: "Bank" },
  auditor: { zh: "审计", en: "Auditor" },
};

/** Which projects a caller may see: all, or the union of the parts its roles grant. */
export type ProjectScope =
  | { kind: "all" }
  | {
      kind: "some";
      districtCodes: string[];
      ownerIds: number[];
      leadDepartmentIds: number[];
      /** Projects on the published bank whitelist. */
      whitelist: boolean;
    };

export interface Principal {
  userId: number;
  username: string;
  organisationId: number;
  organisationDistrictCode: string | null;
  roles: Role[];
}

/** The project scope a principal's roles grant, joined over its roles. */
export function projectScopeOf(principal: Principal): ProjectScope {
  if (principal.roles.includes("city_admin") || principal.roles.includes("auditor")) return { kind: "all" };
  const scope: ProjectScope = {
    kind: "some",
    districtCodes: [],
    ownerIds: [],
    leadDepartmentIds: [],
    whitelist: false,
  };
  for (const role of principal.roles) {
    switch (role) {
      case "district":
        if (principal.organisationDistrictCode) scope.districtCodes.push(principal.organisationDistrictCode);
        break;
      case "owner":
        scope.ownerIds.push(principal.organisationId);
        break;
      case "department":
        scope.leadDepartmentIds.push(principal.organisationId);
        break;
      case "bank":
        scope.whitelist = true;
        break;
      case "city_admin":
      case "auditor":
        break;
    }
  }
  return scope;
}

/** Capabilities beyond reading one's scope. Each names the roles that hold it. */
export const PERMISSIONS = {
  "projects.read": ["city_admin", "department", "district", "owner", "bank", "auditor"],
  "projects.edit": ["city_admin", "owner"],
  "rollover.manage": ["city_admin"],
  "dispatch.manage": ["city_admin"],
  "reports.review": ["district", "department"],
  "indicators.record": ["city_admin", "department"],
  "problems.coordinate": ["city_admin", "department", "district", "owner"],
  "audit.read": ["auditor"],
  "publications.manage": ["city_admin"],
  "users.manage": ["city_admin"],
  "incentives.read": ["city_admin", "department", "district", "owner", "auditor"],
  "incentives.apply": ["owner"],
  "incentives.review": ["district", "department"],
  "incentives.approve": ["city_admin"],
  "policies.manage": ["city_admin"],
  "factors.handle": ["city_admin", "district", "department"],
  "whitelist.read": ["city_admin", "bank", "auditor"],
  "whitelist.manage": ["city_admin"],
  "credit.decide": ["bank"],
  "approvals.record": ["city_admin", "department", "district", "owner"],
  "calendar.manage": ["city_admin"],
} as const satisfies Record<string, readonly Role[]>;
export type Permission = keyof typeof PERMISSIONS;

export function hasPermission(roles: readonly Role[], permission: Permission): boolean {
  const allowed: readonly Role[] = PERMISSIONS[permission];
  return roles.some((r) => allowed.includes(r));
}

/** The auditor reads everything and changes nothing. */
export function canWrite(roles: readonly Role[]): boolean {
  return roles.some((r) => r !== "auditor");
}
