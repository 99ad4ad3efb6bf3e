import { Alert, Button } from "antd";
import { describeError } from "../../../lib/describe-error.js";
import { useI18n } from "../../../lib/i18n/index.js";

interface VersionConflictAlertProps {
  error: unknown;
  onReload: () => void;
  reloading?: boolean;
}

/** 409 version_conflict: someone saved first; nothing of ours was stored; reload to go on. */
export function VersionConflictAlert({ error, onReload, reloading }: VersionConflictAlertProps) {
  const { t, language } = useI18n();
  return (
    <Alert
      type="warning"
      showIcon
      role="alert"
      title={t("publications.conflictTitle")}
      description={
        <>
          <div>{describeError(error, language).message}</div>
          <div>{t("publications.conflictHint")}</div>
        </>
      }
      action={
        <Button type="primary" size="small" onClick={onReload} loading={reloading}>
          {t("publications.reload")}
        </Button>
      }
    />
  );
}
