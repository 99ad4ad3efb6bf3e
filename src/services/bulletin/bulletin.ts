import { bulletinFileName } from "../../domain/dispatch/bulletin-text.js";
import { recordAlone } from "../audit-trail.js";
import type { ServiceContext } from "../context.js";
import { assembleBulletin } from "./assemble.js";
import { CONTENT_TYPES, renderBulletin, type BulletinFormat } from "./render.js";

export interface BulletinFile {
  format: BulletinFormat;
  fileName: string;
  contentType: string;
  body: Buffer;
}

/**
 * The month's dispatch bulletin over the caller's scope, in the formats asked (one Chromium for all).
 * A bad month is a 400 naming `month`; the download is recorded in the audit log.
 */
export async function bulletinFiles(
  ctx: ServiceContext,
  month: string,
  formats: readonly BulletinFormat[],
): Promise<BulletinFile[]> {
  const data = await assembleBulletin(ctx, month);
  const rendered = await renderBulletin(data, formats);
  await recordAlone(ctx, {
    action: "bulletin.generated",
    entityType: "bulletin",
    entityId: data.month,
    details: { formats, scope: data.scopeWords },
  });
  return formats.map((format) => {
    const body = rendered[format];
    if (!body) throw new Error(`the ${format} bulletin was not rendered`);
    return {
      format,
      fileName: bulletinFileName(data.month, data.scopeWords, format),
      contentType: CONTENT_TYPES[format],
      body,
    };
  });
}
