import { z } from "zod";

export const PUBLICATION_KINDS = ["case", "need", "product"] as const;
export const PUBLICATION_KIND_LABELS = {
  case: { zh: "示范案例", en: "Demonstration case" },
  need: { zh: "应用需求", en: "Application need" },
  product: { zh: "创新产品", en: "Innovative product" },
} as const;

export const imageMetaSchema = z.object({
  name: z.string().trim().min(1).max(200).describe("文件名 / file name"),
  caption: z.string().trim().max(200).default(""),
  width: z.number().int().min(1).max(20000),
  height: z.number().int().min(1).max(20000),
  mediaType: z.enum(["image/png", "image/jpeg", "image/webp", "image/svg+xml"]),
});

/** The editable fields, none defaulted, so an edit touches only what it names. */
const publicationFields = {
  kind: z.enum(PUBLICATION_KINDS).describe("类别 / kind"),
  title: z.string().trim().min(1).max(200).describe("标题 / title"),
  body: z.string().trim().min(1).max(20000).describe("正文 / body"),
  projectIds: z
    .array(z.number().int().positive().max(2_147_483_647))
    .max(50)
    .describe("关联项目 / linked projects"),
  images: z.array(imageMetaSchema).max(20).describe("图片信息 / image metadata"),
};

export const publicationInputSchema = z.strictObject({
  ...publicationFields,
  projectIds: publicationFields.projectIds.default([]),
  images: publicationFields.images.default([]),
});
export type PublicationInput = z.infer<typeof publicationInputSchema>;

export const publicationUpdateSchema = z
  .strictObject(publicationFields)
  .partial()
  .extend({ version: z.number().int().positive().describe("当前版本号 / the version being edited") });

const linkedProject = z.object({
  id: z.number().int(),
  name: z.string(),
  specialCode: z.string(),
  districtCode: z.string(),
});

export const publicPublicationSchema = z.object({
  id: z.number().int(),
  kind: z.enum(PUBLICATION_KINDS),
  title: z.string(),
  body: z.string(),
  images: z.array(imageMetaSchema),
  projects: z.array(linkedProject),
  publishedAt: z.string(),
});
export type PublicPublication = z.infer<typeof publicPublicationSchema>;

export const publicationSchema = publicPublicationSchema.extend({
  status: z.enum(["draft", "published"]),
  publishedAt: z.string().nullable(),
  version: z.number().int(),
  updatedAt: z.string(),
});
export type Publication = z.infer<typeof publicationSchema>;
