import { verifyAuditChain } from "../../services/audit.js";
import { USAGE, withDatabase } from "../runtime.js";

const REASONS = {
  gap: ["序号缺失（记录被删除）", "missing sequence number (a row was deleted)"],
  prev_hash: ["与前一条的链接断裂", "link to the previous entry broken"],
  hash: ["内容与哈希不符（记录被篡改）", "content no longer matches its hash (the row was altered)"],
  head: [
    "链头指向不存在的记录（末尾记录被删除）",
    "the chain head is past the last entry (entries at the end were deleted)",
  ],
} as const;

/** newinfra audit verify: exit 0 when the chain is intact, 1 naming the first bad sequence number. */
export async function audit(args: string[]): Promise<number> {
  if (args[0] !== "verify") {
    console.error(USAGE);
    return 2;
  }
  return withDatabase(async (ctx) => {
    const result = await verifyAuditChain(ctx);
    if (!result.problem) {
      console.log(
        `审计日志完整：${result.entries}条记录，哈希链校验通过 / audit chain intact: ${result.entries} entries`,
      );
      return 0;
    }
    const [zh, en] = REASONS[result.problem.reason];
    console.error(
      `审计日志校验失败：第 ${result.problem.seq} 条 — ${zh}\nAudit chain broken at seq ${result.problem.seq}: ${en}`,
    );
    return 1;
  });
}
