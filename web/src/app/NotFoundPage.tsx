import { Button, Result } from "antd";
import { Link } from "react-router-dom";
import { useI18n } from "../lib/i18n/index.js";

/** Any path the app does not know. */
export function NotFoundPage() {
  const { t } = useI18n();
  return (
    <Result
      status="404"
      title="404"
      extra={
        <Link to="/">
          <Button type="primary">{t("nav.dashboard")}</Button>
        </Link>
      }
    />
  );
}
