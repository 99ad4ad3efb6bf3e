import { DownloadOutlined } from "@ant-design/icons";
import { Alert, Button, Card, Flex, Result } from "antd";
import { useNavigate } from "react-router-dom";
import { describeError } from "../../../lib/describe-error.js";
import { useI18n } from "../../../lib/i18n/index.js";
import { readImportRejection, type ImportOutcome } from "../utils/import-outcome.js";
import { markedWorkbookUrl } from "../utils/upload-type.js";
import { ImportProblemsTable } from "./ImportProblemsTable.js";

interface ImportResultViewProps {
  fileName: string;
  outcome: ImportOutcome | undefined;
  error: unknown;
}

/** What became of an upload: what was created and updated, or every problem that stopped it. */
export function ImportResultView({ fileName, outcome, error }: ImportResultViewProps) {
  const { t, language } = useI18n();
  const navigate = useNavigate();
  if (outcome) {
    return (
      <Card size="small">
        <Result
          status="success"
          title={t("import.succeeded", { file: fileName })}
          subTitle={t("import.counts", { created: outcome.created, updated: outcome.updated })}
          extra={
            <Button type="primary" onClick={() => void navigate("/projects")}>
              {t("import.toList")}
            </Button>
          }
        />
        {outcome.notes.length > 0 && (
          <Alert
            type="info"
            showIcon
            title={t("import.notes")}
            description={
              <ul style={{ margin: 0, paddingLeft: 18 }}>
                {outcome.notes.map((note) => (
                  <li key={note}>{note}</li>
                ))}
              </ul>
            }
          />
        )}
      </Card>
    );
  }
  if (!error) return null;
  const rejection = readImportRejection(error);
  if (!rejection) {
    return (
      <Alert
        type="error"
        showIcon
        title={t("import.failed")}
        description={describeError(error, language).message}
      />
    );
  }
  return (
    <Card
      size="small"
      title={t("import.problemsTitle", { n: rejection.problems.length })}
      extra={
        rejection.reportId && (
          <Button icon={<DownloadOutlined />} href={markedWorkbookUrl(rejection.reportId)} download>
            {t("import.downloadMarked")}
          </Button>
        )
      }
    >
      <Flex vertical gap={12}>
        <Alert type="error" showIcon title={t("import.nothingWritten", { file: fileName })} />
        <ImportProblemsTable problems={rejection.problems} />
      </Flex>
    </Card>
  );
}
