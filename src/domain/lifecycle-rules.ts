import { allowedTransitions, STAGE_LABELS, type Stage } from "./lifecycle.js";

/** What a transition is checked against: the project as stored plus what the request brings. */
export interface TransitionSubject {
  stage: Stage;
  suspendedFrom: Stage | null;
  name: string;
  specialCode: string | null;
  districtCode: string | null;
  ownerId: number | null;
  totalInvestmentFen: bigint;
  code: string | null;
  plannedStart: string | null;
  plannedEnd: string | null;
  actualStart: string | null;
  actualEnd: string | null;
}

export interface TransitionRequest {
  to: Stage;
  reason: string;
  actualStart?: string | undefined;
  actualEnd?: string | undefined;
  finalInvestmentFen?: bigint | undefined;
}

export interface Precondition {
  code: string;
  field: string;
  zh: string;
  en: string;
}

const need = (code: string, field: string, zh: string, en: string): Precondition => ({ code, field, zh, en });

/**
 * The preconditions a move breaks, in words; none means it may happen. `today` is the business date,
 * so an actual date in the future is refused.
 */
export function transitionProblems(
  p: TransitionSubject,
  req: TransitionRequest,
  today: string,
): Precondition[] {
  if (!allowedTransitions(p.stage, p.suspendedFrom).includes(req.to)) {
    const allowed = allowedTransitions(p.stage, p.suspendedFrom);
    return [
      need(
        "not_allowed",
        "to",
        `不能从“${STAGE_LABELS[p.stage].zh}”转为“${STAGE_LABELS[req.to].zh}”；可转为：${allowed.map((s) => STAGE_LABELS[s].zh).join("、") || "无"}`,
        `cannot move from ${STAGE_LABELS[p.stage].en} to ${STAGE_LABELS[req.to].en}; allowed: ${allowed.map((s) => STAGE_LABELS[s].en).join(", ") || "none"}`,
      ),
    ];
  }
  const problems: Precondition[] = [];
  if (req.reason.trim().length < 2)
    problems.push(need("reason_required", "reason", "须说明原因", "a reason is required"));
  const actualStart = req.actualStart ?? p.actualStart;
  const actualEnd = req.actualEnd ?? p.actualEnd;
  switch (req.to) {
    case "reserve": {
      const missing: [boolean, string, string, string][] = [
        [!p.name.trim(), "name", "项目名称", "name"],
        [!p.specialCode, "specialCode", "所属专项", "special"],
        [!p.districtCode, "districtCode", "所在区县", "district"],
        [!p.ownerId, "ownerId", "项目业主", "owner"],
        [p.totalInvestmentFen <= 0n, "totalInvestmentFen", "总投资", "total investment"],
        [!p.plannedStart, "plannedStart", "计划开工日期", "planned start"],
        [!p.plannedEnd, "plannedEnd", "计划竣工日期", "planned end"],
      ];
      for (const [absent, field, zh, en] of missing) {
        if (absent)
          problems.push(
            need("incomplete_record", field, `申报储备须填写${zh}`, `entering the reserve needs the ${en}`),
          );
      }
      break;
    }
    case "new_start":
      if (!p.code)
        problems.push(
          need(
            "code_required",
            "code",
            "新开工须已取得投资项目代码（完成审批、核准或备案）",
            "a new start needs its investment project code (approval, ratification or filing done)",
          ),
        );
      break;
    case "under_construction":
      if (!actualStart)
        problems.push(
          need(
            "actual_start_required",
            "actualStart",
            "转为在建须填写实际开工日期",
            "under construction needs the actual start date",
          ),
        );
      else if (actualStart > today)
        problems.push(
          need(
            "date_in_future",
            "actualStart",
            "实际开工日期不能晚于今天",
            "the actual start cannot be in the future",
          ),
        );
      break;
    case "completed":
      if (!actualEnd)
        problems.push(
          need(
            "actual_end_required",
            "actualEnd",
            "竣工投用须填写实际竣工日期",
            "completion needs the actual end date",
          ),
        );
      else if (actualEnd > today)
        problems.push(
          need(
            "date_in_future",
            "actualEnd",
            "实际竣工日期不能晚于今天",
            "the actual end cannot be in the future",
          ),
        );
      else if (actualStart && actualEnd < actualStart)
        problems.push(
          need(
            "date_order",
            "actualEnd",
            "实际竣工日期不能早于实际开工日期",
            "the actual end cannot precede the actual start",
          ),
        );
      if (req.finalInvestmentFen === undefined)
        problems.push(
          need(
            "final_investment_required",
            "finalInvestmentFen",
            "竣工投用须填写竣工决算投资",
            "completion needs the final investment",
          ),
        );
      else if (req.finalInvestmentFen <= 0n)
        problems.push(
          need(
            "final_investment_positive",
            "finalInvestmentFen",
            "竣工决算投资须大于零",
            "the final investment must be positive",
          ),
        );
      break;
    case "planning":
    case "suspended":
    case "cancelled":
      break;
  }
  return problems;
}

/** The stage a suspended project resumes to is the one it was suspended in; entering suspension remembers it. */
export function suspendedFromAfter(p: TransitionSubject, to: Stage): Stage | null {
  if (to === "suspended") return p.stage;
  return null;
}
