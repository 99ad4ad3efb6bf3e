import { FileExcelOutlined, FilePdfOutlined } from "@ant-design/icons";
import { Alert, Button, Card, Flex, Form, Typography } from "antd";
import { useSearchParams } from "react-router-dom";
import { MonthPicker } from "../../../components/MonthPicker.js";
import { PageTitle } from "../../../components/PageTitle.js";
import { ScopeNote } from "../../../components/ScopeNote.js";
import { currentMonthInShanghai } from "../../../lib/business-month.js";
import { describeError } from "../../../lib/describe-error.js";
import { useI18n } from "../../../lib/i18n/index.js";
import { useBulletinDownload } from "../api/use-bulletin-download.js";
import { bulletinMonthOf } from "../utils/bulletin-download.js";

const CONTENT_KEYS = [
  "bulletin.contentOverview",
  "bulletin.contentSectors",
  "bulletin.contentDistricts",
  "bulletin.contentRedFlags",
  "bulletin.contentProblems",
  "bulletin.contentIndicators",
] as const;

/** `/bulletin`: the monthly dispatch bulletin of the caller's scope, as a workbook or a printable PDF. */
export function BulletinPage() {
  const { t, language } = useI18n();
  const [searchParams, setSearchParams] = useSearchParams();
  const month = bulletinMonthOf(searchParams);
  const xlsx = useBulletinDownload();
  const pdf = useBulletinDownload();
  const failure = xlsx.error ?? pdf.error;
  const saved = xlsx.data ?? pdf.data;
  const pick = (next: string | null) => {
    if (!next) return;
    xlsx.reset();
    pdf.reset();
    setSearchParams({ month: next });
  };

  return (
    <>
      <PageTitle title={t("bulletin.title")} subtitle={t("bulletin.subtitle")} extra={<ScopeNote />} />
      <Flex vertical gap={16} style={{ maxWidth: 760 }}>
        <Card size="small">
          <Form layout="inline" style={{ rowGap: 8 }}>
            <Form.Item label={t("bulletin.month")} htmlFor="bulletin-month">
              <MonthPicker
                id="bulletin-month"
                value={month}
                latest={currentMonthInShanghai()}
                onChange={pick}
                aria-label={t("bulletin.month")}
              />
            </Form.Item>
            <Form.Item>
              <Flex gap={8} wrap>
                <Button
                  type="primary"
                  icon={<FilePdfOutlined />}
                  loading={pdf.isPending}
                  onClick={() => pdf.mutate({ month, format: "pdf" })}
                >
                  {t("bulletin.downloadPdf")}
                </Button>
                <Button
                  icon={<FileExcelOutlined />}
                  loading={xlsx.isPending}
                  onClick={() => xlsx.mutate({ month, format: "xlsx" })}
                >
                  {t("bulletin.downloadXlsx")}
                </Button>
              </Flex>
            </Form.Item>
          </Form>
          <Typography.Paragraph type="secondary" style={{ margin: "8px 0 0" }}>
            {t("bulletin.hint")}
          </Typography.Paragraph>
        </Card>
        {failure ? (
          <Alert
            type="error"
            showIcon
            title={t("bulletin.failed")}
            description={describeError(failure, language).message}
          />
        ) : saved ? (
          <Alert type="success" showIcon role="status" title={t("bulletin.saved", { name: saved })} />
        ) : null}
        <Card size="small" title={t("bulletin.contentsTitle")}>
          <ol style={{ margin: 0, paddingInlineStart: 20 }}>
            {CONTENT_KEYS.map((key) => (
              <li key={key}>{t(key)}</li>
            ))}
          </ol>
        </Card>
      </Flex>
    </>
  );
}
