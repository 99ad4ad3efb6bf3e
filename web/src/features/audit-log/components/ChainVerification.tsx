import { SafetyCertificateOutlined } from "@ant-design/icons";
import { Alert, Button } from "antd";
import { describeError } from "../../../lib/describe-error.js";
import { useI18n, type MessageKey } from "../../../lib/i18n/index.js";
import type { ChainStatus } from "../api/use-verify-chain.js";

const REASON_KEYS: Record<NonNullable<ChainStatus["problem"]>["reason"], MessageKey> = {
  gap: "audit.verify.reason.gap",
  prev_hash: "audit.verify.reason.prev_hash",
  hash: "audit.verify.reason.hash",
  head: "audit.verify.reason.head",
};

/** The 校验哈希链 button. */
export function VerifyChainButton({ onVerify, verifying }: { onVerify: () => void; verifying: boolean }) {
  const { t } = useI18n();
  return (
    <Button icon={<SafetyCertificateOutlined />} onClick={onVerify} loading={verifying}>
      {verifying ? t("audit.verifying") : t("audit.verify")}
    </Button>
  );
}

interface ChainResultProps {
  status: ChainStatus | undefined;
  error: unknown;
  onClose: () => void;
}

/** The outcome of a chain check in words: intact with the number of entries, or where and why it breaks. */
export function ChainResult({ status, error, onClose }: ChainResultProps) {
  const { t, language } = useI18n();
  if (error) {
    return (
      <Alert
        type="error"
        showIcon
        role="status"
        closable={{ onClose }}
        title={t("audit.verify.failed")}
        description={describeError(error, language).message}
      />
    );
  }
  if (!status) return null;
  if (status.ok || !status.problem) {
    return (
      <Alert
        type="success"
        showIcon
        role="status"
        closable={{ onClose }}
        title={t("audit.verify.ok")}
        description={t("audit.verify.okDetail", { entries: status.entries })}
      />
    );
  }
  return (
    <Alert
      type="error"
      showIcon
      role="status"
      closable={{ onClose }}
      title={t("audit.verify.broken")}
      description={t("audit.verify.brokenDetail", {
        entries: status.entries,
        seq: status.problem.seq,
        reason: t(REASON_KEYS[status.problem.reason]),
      })}
    />
  );
}
