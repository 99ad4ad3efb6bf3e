/** The media types the import endpoint reads, by what the file is. */
export const UPLOAD_TYPES = {
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  csv: "text/csv",
  oc4ids: "application/json",
} as const;

/** What the upload input accepts. */
export const UPLOAD_ACCEPT = ".xlsx,.csv,.json";

/**
 * The Content-Type to send a file with, from its name (browsers report .csv and .json types
 * inconsistently, and the server decides the format by this header); null for anything else.
 */
export function uploadContentType(fileName: string): string | null {
  const extension = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase();
  switch (extension) {
    case "xlsx":
      return UPLOAD_TYPES.xlsx;
    case "csv":
      return UPLOAD_TYPES.csv;
    case "json":
      return UPLOAD_TYPES.oc4ids;
    case undefined:
    default:
      return null;
  }
}

/** The download of an upload's workbook with the bad cells marked. */
export function markedWorkbookUrl(reportId: string): string {
  return `/api/v1/imports/${encodeURIComponent(reportId)}/marked.xlsx`;
}
