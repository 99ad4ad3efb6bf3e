import { Button, Result } from "antd";
import { useNavigate } from "react-router-dom";
import { useI18n } from "../lib/i18n/index.js";

/** 403: the page exists but the caller's role may not open it (the API refuses it too). */
export function ForbiddenState() {
  const { t } = useI18n();
  const navigate = useNavigate();
  return (
    <Result
      status="403"
      title={<h1 style={{ fontSize: 24, margin: 0 }}>{t("forbidden.title")}</h1>}
      subTitle={t("forbidden.subtitle")}
      extra={
        <Button type="primary" onClick={() => void navigate("/")}>
          {t("forbidden.home")}
        </Button>
      }
    />
  );
}
