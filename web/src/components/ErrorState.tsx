import { Alert, Button } from "antd";
import { describeError } from "../lib/describe-error.js";
import { useI18n } from "../lib/i18n/index.js";

interface ErrorStateProps {
  error: unknown;
  onRetry?: () => void;
}

/** A failed request, explained in the interface language with the parameter the server named. */
export function ErrorState({ error, onRetry }: ErrorStateProps) {
  const { t, language } = useI18n();
  const { message, fieldNote } = describeError(error, language);
  return (
    <Alert
      type="error"
      showIcon
      title={t("error.title")}
      description={
        <>
          <div>{message}</div>
          {fieldNote && <div>{fieldNote}</div>}
        </>
      }
      action={
        onRetry && (
          <Button size="small" onClick={onRetry}>
            {t("common.retry")}
          </Button>
        )
      }
    />
  );
}
