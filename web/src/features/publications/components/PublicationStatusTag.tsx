import { CheckCircleOutlined, EditOutlined } from "@ant-design/icons";
import { Tag } from "antd";
import type { Publication } from "../../../../../src/domain/contracts/publication.js";
import { useI18n } from "../../../lib/i18n/index.js";

/** 草稿 (grey) or 已发布 (green). */
export function PublicationStatusTag({ status }: { status: Publication["status"] }) {
  const { t } = useI18n();
  return status === "published" ? (
    <Tag color="success" icon={<CheckCircleOutlined />}>
      {t("publications.status.published")}
    </Tag>
  ) : (
    <Tag icon={<EditOutlined />}>{t("publications.status.draft")}</Tag>
  );
}
