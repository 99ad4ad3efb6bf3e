import type { importExportZh } from "./import-export-zh.js";

/** English text of importing registers and OC4IDS packages. */
export const importExportEn: Record<keyof typeof importExportZh, string> = {
  "import.title": "Import projects",
  "import.subtitle": "Upload an Excel or CSV register, or an OC4IDS project package",
  "import.uploadTitle": "Upload",
  "import.formats": "Accepted: .xlsx registers, .csv registers and OC4IDS 0.9 project packages (.json).",
  "import.allOrNothing":
    "An import either succeeds as a whole or writes nothing. Download the current register, edit it and import it back.",
  "import.template": "Download the Excel register",
  "import.drop": "Click or drop a file here to upload",
  "import.dropHint": "One file at a time",
  "import.uploading": "Importing…",
  "import.unsupported": "Unsupported file: {file} (upload .xlsx, .csv or .json)",
  "import.succeeded": "“{file}” imported",
  "import.counts": "{created} projects created, {updated} updated",
  "import.toList": "Open the project library",
  "import.notes": "Notes",
  "import.failed": "Import failed",
  "import.problemsTitle": "{n} problems found",
  "import.nothingWritten":
    "“{file}” was not imported: fix the problems below and upload again. Nothing was written.",
  "import.downloadMarked": "Download the workbook with the problems marked",
  "import.colSheet": "Sheet",
  "import.colRow": "Row",
  "import.colColumn": "Column",
  "import.colValue": "Cell content",
  "import.colReason": "Problem",
  "import.emptyValue": "(empty)",
};
