import type { ImportProblem, ProjectRecord } from "../project-record.js";
import { OC4IDS_VERSION } from "./codes.js";
import type { ImportLookups } from "./import-lookups.js";
import { ImportLog, isObject, textOf } from "./import-log.js";
import { recordFromOc4ids } from "./import-project.js";

export type { ImportLookups } from "./import-lookups.js";

export interface Oc4idsImport {
  /** One record per project that mapped without a problem. */
  records: ProjectRecord[];
  /** Section "package" row 0 for the package itself; section "projects" row n for the n-th project. */
  problems: ImportProblem[];
  /** What was dropped, assumed or taken unconverted, one line per project and kind, in both languages. */
  notes: string[];
}

/**
 * Reads an OC4IDS project package (already parsed JSON) into project records. Never throws: input
 * that is not a package at all is a single problem; each project's problems name its index and field.
 * Schema validation is separate (services/oc4ids/schema.ts); this checks what the mapping relies on.
 */
export function fromOc4idsPackage(pkg: unknown, lookups: ImportLookups): Oc4idsImport {
  const log = new ImportLog();
  if (!isObject(pkg) || !Array.isArray(pkg.projects)) {
    log.packageProblem(
      "projects",
      isObject(pkg) ? pkg.projects : pkg,
      "不是 OC4IDS 项目包：应为含 projects 数组的 JSON 对象",
      "not an OC4IDS project package: expected a JSON object with a projects array",
    );
    return { records: [], problems: log.problems, notes: log.notes };
  }
  if (pkg.version !== OC4IDS_VERSION) {
    log.packageProblem(
      "version",
      pkg.version,
      `OC4IDS 版本应为 ${OC4IDS_VERSION}`,
      `the OC4IDS version must be ${OC4IDS_VERSION}`,
    );
  }
  if (pkg.projects.length === 0) {
    log.packageProblem("projects", pkg.projects, "项目包中没有项目", "the package has no projects");
  }

  const records: ProjectRecord[] = [];
  const seenIds = new Set<string>();
  pkg.projects.forEach((project: unknown, index) => {
    const row = index + 1;
    const projectLog = log.forProject(
      row,
      isObject(project) ? (textOf(project.title) ?? String(project.id)) : "?",
    );
    if (!isObject(project)) {
      projectLog.problem("", project, "项目应为 JSON 对象", "a project must be a JSON object");
      return;
    }
    const id = textOf(project.id);
    if (!id) projectLog.problem("id", project.id, "缺少项目标识（id）", "the project id is missing");
    else if (seenIds.has(id))
      projectLog.problem("id", id, "项目标识在包内重复", "the project id repeats within the package");
    if (id) seenIds.add(id);
    const record = recordFromOc4ids(project, lookups, projectLog);
    if (record) records.push(record);
  });
  return { records, problems: log.problems, notes: log.notes };
}
