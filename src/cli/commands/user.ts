import { parseArgs } from "node:util";
import { ROLES, type Role } from "../../domain/access.js";
import { addUser, resetPassword, setLocked } from "../../services/users.js";
import { USAGE, withDatabase } from "../runtime.js";

/** newinfra user add|reset|lock|unlock */
export async function user(args: string[]): Promise<number> {
  const [sub, ...rest] = args;
  if (sub === "add") {
    const { values } = parseArgs({
      args: rest,
      options: {
        username: { type: "string" },
        name: { type: "string" },
        org: { type: "string" },
        role: { type: "string", multiple: true },
        password: { type: "string" },
        phone: { type: "string" },
      },
    });
    const roles = values.role ?? [];
    if (!values.username || !values.org || roles.length === 0) {
      console.error(`需要 --username、--org 和至少一个 --role（${ROLES.join("|")}）\n\n${USAGE}`);
      return 2;
    }
    const username = values.username;
    const organisation = /^\d+$/.test(values.org) ? Number(values.org) : values.org;
    return withDatabase(async (ctx) => {
      const created = await addUser(ctx, {
        username,
        displayName: values.name ?? username,
        organisation,
        roles: roles as Role[],
        password: values.password,
        phone: values.phone,
      });
      console.log(`已创建用户 ${username}（编号 ${created.userId}） / user created`);
      if (!values.password)
        console.log(
          `初始密码（仅显示一次，首次登录须修改）/ initial password, shown once: ${created.password}`,
        );
      return 0;
    });
  }
  if ((sub === "reset" || sub === "lock" || sub === "unlock") && rest[0]) {
    const username = rest[0];
    return withDatabase(async (ctx) => {
      if (sub === "reset") {
        const password = await resetPassword(ctx, username);
        console.log(
          `已重置 ${username} 的密码（仅显示一次，登录后须修改）/ new password, shown once: ${password}`,
        );
      } else {
        await setLocked(ctx, username, sub === "lock");
        console.log(sub === "lock" ? `已停用 ${username} / locked` : `已启用 ${username} / unlocked`);
      }
      return 0;
    });
  }
  console.error(USAGE);
  return 2;
}
