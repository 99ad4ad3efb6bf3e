import type { Role } from "../domain/access.js";
import { makeUscc } from "../domain/uscc.js";
import { countUsers } from "../store/accounts.js";
import {
  districtGovernment,
  ensureOrganisation,
  firstOrganisationOfKind,
  specialLeadDepartment,
  topOwners,
} from "../store/organisations.js";
import type { ServiceContext } from "./context.js";
import { addUser } from "./users.js";

/** The one password of every demo account; the README says to change them. */
export const DEMO_PASSWORD = "Cq@NewInfra2020";

export interface DemoAccount {
  username: string;
  displayName: string;
  role: Role;
  organisation: string;
}

/**
 * One account per role over the demo library: the city DRC, two districts (渝北, 万州), the department
 * leading the data-storage special, the two largest owners, a bank and the audit bureau.
 */
export async function createDemoAccounts(ctx: ServiceContext): Promise<DemoAccount[]> {
  if ((await countUsers(ctx.db)) > 0) return [];
  const drc = await ensureOrganisation(ctx.db, {
    name: "重庆市发展和改革委员会",
    kind: "government_department",
    uscc: null,
    districtCode: null,
  });
  const audit = await ensureOrganisation(ctx.db, {
    name: "重庆市审计局",
    kind: "government_department",
    uscc: makeUscc("11", "500000", "00930012"),
    districtCode: null,
  });
  const [yubei, wanzhou, dept, bank, owners] = await Promise.all([
    districtGovernment(ctx.db, "500112"),
    districtGovernment(ctx.db, "500101"),
    specialLeadDepartment(ctx.db, "COMP-1"),
    firstOrganisationOfKind(ctx.db, "bank"),
    topOwners(ctx.db, 2),
  ]);
  const planned: (DemoAccount | null)[] = [
    { username: "admin", displayName: "市发展改革委管理员", role: "city_admin", organisation: drc.name },
    yubei && { username: "yubei", displayName: "渝北区项目办", role: "district", organisation: yubei.name },
    wanzhou && {
      username: "wanzhou",
      displayName: "万州区项目办",
      role: "district",
      organisation: wanzhou.name,
    },
    dept && {
      username: "dept",
      displayName: "行业主管部门联络员",
      role: "department",
      organisation: dept.name,
    },
    owners[0]
      ? { username: "owner1", displayName: "项目业主联络员", role: "owner", organisation: owners[0].name }
      : null,
    owners[1]
      ? { username: "owner2", displayName: "项目业主联络员", role: "owner", organisation: owners[1].name }
      : null,
    bank && { username: "bank", displayName: "银行客户经理", role: "bank", organisation: bank.name },
    { username: "auditor", displayName: "审计人员", role: "auditor", organisation: audit.name },
  ];
  const accounts = planned.filter((a): a is DemoAccount => a !== null);
  for (const a of accounts) {
    await addUser(ctx, {
      username: a.username,
      displayName: a.displayName,
      organisation: a.organisation,
      roles: [a.role],
      password: DEMO_PASSWORD,
      mustChangePassword: true,
    });
  }
  return accounts;
}
