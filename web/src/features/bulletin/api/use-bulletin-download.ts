import { useMutation } from "@tanstack/react-query";
import { apiErrorSchema } from "../../../../../src/domain/contracts/common.js";
import { ApiRequestError } from "../../../lib/api-client.js";
import { attachmentName, bulletinUrl, type BulletinFormat } from "../utils/bulletin-download.js";

/** Fetches the file first, so a refusal (bad month, no renderer) shows as a message instead of a saved error page. */
async function downloadBulletin({
  month,
  format,
}: {
  month: string;
  format: BulletinFormat;
}): Promise<string> {
  let response: Response;
  try {
    response = await fetch(bulletinUrl(month, format), { credentials: "same-origin" });
  } catch {
    throw new ApiRequestError("network", 0, null);
  }
  if (!response.ok) {
    const parsed = apiErrorSchema.safeParse(await response.json().catch(() => null));
    throw new ApiRequestError("http", response.status, parsed.success ? parsed.data.error : null);
  }
  const name = attachmentName(response.headers.get("content-disposition"), `bulletin-${month}.${format}`);
  const url = URL.createObjectURL(await response.blob());
  try {
    const link = document.createElement("a");
    link.href = url;
    link.download = name;
    document.body.append(link);
    link.click();
    link.remove();
  } finally {
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }
  return name;
}

/** Renders and saves one bulletin file; the server takes a few seconds to draw the charts. */
export function useBulletinDownload() {
  return useMutation({ mutationFn: downloadBulletin });
}
