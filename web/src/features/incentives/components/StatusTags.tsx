import { Tag } from "antd";
import {
  APPLICATION_STATUS_LABELS,
  type ApplicationStatus,
} from "../../../../../src/domain/incentives/application-rules.js";
import {
  FACTOR_STATUS_LABELS,
  type FactorStatus,
} from "../../../../../src/domain/incentives/factor-rules.js";
import { useI18n } from "../../../lib/i18n/index.js";

const APPLICATION_COLORS: Record<ApplicationStatus, string> = {
  submitted: "processing",
  returned: "warning",
  reviewed: "purple",
  approved: "success",
  rejected: "error",
  withdrawn: "default",
};

const FACTOR_COLORS: Record<FactorStatus, string> = {
  open: "processing",
  in_progress: "blue",
  resolved: "success",
  declined: "error",
  withdrawn: "default",
};

export function ApplicationStatusTag({ status }: { status: ApplicationStatus }) {
  const { label } = useI18n();
  return <Tag color={APPLICATION_COLORS[status]}>{label(APPLICATION_STATUS_LABELS[status])}</Tag>;
}

export function FactorStatusTag({ status }: { status: FactorStatus }) {
  const { label } = useI18n();
  return <Tag color={FACTOR_COLORS[status]}>{label(FACTOR_STATUS_LABELS[status])}</Tag>;
}
