import { DownloadOutlined, PlusOutlined, UploadOutlined } from "@ant-design/icons";
import { Button, Flex } from "antd";
import { useNavigate } from "react-router-dom";
import { useSession } from "../../../api/use-session.js";
import { canEditProjects } from "../../../lib/edit-rights.js";
import { useI18n } from "../../../lib/i18n/index.js";
import { exportUrl } from "../utils/export-links.js";
import type { ListView } from "../utils/list-view.js";

/** Above the list: export of the filtered list for everyone; register and import for those who edit. */
export function ListActions({ view }: { view: ListView }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const { data: me } = useSession();
  return (
    <Flex gap={8} wrap role="toolbar" aria-label={t("projects.actions")}>
      <Button icon={<DownloadOutlined />} href={exportUrl(view, "xlsx")} download>
        {t("projects.exportXlsx")}
      </Button>
      <Button icon={<DownloadOutlined />} href={exportUrl(view, "csv")} download>
        {t("projects.exportCsv")}
      </Button>
      <Button icon={<DownloadOutlined />} href={exportUrl(view, "oc4ids")} download>
        {t("projects.exportOc4ids")}
      </Button>
      {canEditProjects(me) && (
        <>
          <Button icon={<UploadOutlined />} onClick={() => void navigate("/projects/import")}>
            {t("projects.import")}
          </Button>
          <Button type="primary" icon={<PlusOutlined />} onClick={() => void navigate("/projects/new")}>
            {t("projects.create")}
          </Button>
        </>
      )}
    </Flex>
  );
}
