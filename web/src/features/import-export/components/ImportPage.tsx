import { InboxOutlined } from "@ant-design/icons";
import { Alert, Button, Card, Flex, Typography, Upload, type UploadProps } from "antd";
import { useState } from "react";
import { useNavigate } from "react-router-dom";
import { useSession } from "../../../api/use-session.js";
import { ForbiddenState } from "../../../components/ForbiddenState.js";
import { PageTitle } from "../../../components/PageTitle.js";
import { canEditProjects } from "../../../lib/edit-rights.js";
import { useI18n } from "../../../lib/i18n/index.js";
import { useImportFile } from "../api/use-import-file.js";
import { UPLOAD_ACCEPT, uploadContentType } from "../utils/upload-type.js";
import { ImportResultView } from "./ImportResultView.js";

/** `/projects/import`: uploads an Excel or CSV register or an OC4IDS package, all or nothing. */
export function ImportPage() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const { data: me } = useSession();
  const upload = useImportFile();
  const [fileName, setFileName] = useState<string | null>(null);
  const [unsupported, setUnsupported] = useState<string | null>(null);

  if (!canEditProjects(me)) return <ForbiddenState />;

  const customRequest: UploadProps["customRequest"] = ({ file, onSuccess, onError }) => {
    if (!(file instanceof File)) return;
    const contentType = uploadContentType(file.name);
    setFileName(file.name);
    if (!contentType) {
      setUnsupported(file.name);
      upload.reset();
      return;
    }
    setUnsupported(null);
    upload.mutate(
      { file, contentType },
      {
        onSuccess: (outcome) => onSuccess?.(outcome),
        onError: (error) => onError?.(error instanceof Error ? error : new Error(String(error))),
      },
    );
  };

  return (
    <>
      <PageTitle
        title={t("import.title")}
        subtitle={t("import.subtitle")}
        extra={<Button onClick={() => void navigate("/projects")}>{t("detail.backToList")}</Button>}
      />
      <Flex vertical gap={16}>
        <Card size="small" title={t("import.uploadTitle")}>
          <Flex vertical gap={12}>
            <Typography.Paragraph style={{ margin: 0 }}>{t("import.formats")}</Typography.Paragraph>
            <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
              {t("import.allOrNothing")}{" "}
              <Typography.Link href="/api/v1/projects/export?format=xlsx" download>
                {t("import.template")}
              </Typography.Link>
            </Typography.Paragraph>
            <Upload.Dragger
              accept={UPLOAD_ACCEPT}
              multiple={false}
              showUploadList={false}
              disabled={upload.isPending}
              customRequest={customRequest}
            >
              <p className="ant-upload-drag-icon">
                <InboxOutlined />
              </p>
              <p className="ant-upload-text">{upload.isPending ? t("import.uploading") : t("import.drop")}</p>
              <p className="ant-upload-hint">{t("import.dropHint")}</p>
            </Upload.Dragger>
          </Flex>
        </Card>
        {unsupported && (
          <Alert type="error" showIcon title={t("import.unsupported", { file: unsupported })} />
        )}
        {fileName && !unsupported && !upload.isPending && (
          <ImportResultView fileName={fileName} outcome={upload.data} error={upload.error} />
        )}
      </Flex>
    </>
  );
}
