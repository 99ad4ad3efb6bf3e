import { z } from "zod";
import { ROLES } from "../access.js";

export const loginBodySchema = z.strictObject({
  username: z.string().trim().min(1).max(64).describe("用户名 / username"),
  password: z.string().min(1).max(128).describe("密码 / password"),
});

export const passwordChangeSchema = z.strictObject({
  currentPassword: z.string().min(1).max(128).describe("当前密码 / current password"),
  newPassword: z
    .string()
    .min(1)
    .max(128)
    .describe("新密码：至少8位，含大写、小写、数字、符号中的三类，不含用户名"),
});

export const meSchema = z.object({
  user: z.object({
    id: z.number().int(),
    username: z.string(),
    displayName: z.string(),
    phone: z.string().nullable(),
  }),
  organisation: z.object({
    id: z.number().int(),
    name: z.string(),
    kind: z.string(),
    districtCode: z.string().nullable(),
  }),
  roles: z.array(z.enum(ROLES)),
  permissions: z.array(z.string()),
  scope: z.object({
    kind: z.enum(["all", "some"]),
    districtCodes: z.array(z.string()),
    ownerIds: z.array(z.number().int()),
    leadDepartmentIds: z.array(z.number().int()),
    whitelist: z.boolean(),
  }),
  readOnly: z.boolean(),
  csrfToken: z.string(),
  mustChangePassword: z.boolean(),
});
export type Me = z.infer<typeof meSchema>;
