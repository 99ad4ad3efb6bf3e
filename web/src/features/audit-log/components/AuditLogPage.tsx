import { FileExcelOutlined, FileTextOutlined } from "@ant-design/icons";
import { Button, Card, Flex, Typography } from "antd";
import { useSearchParams } from "react-router-dom";
import { ErrorState } from "../../../components/ErrorState.js";
import { ForbiddenState } from "../../../components/ForbiddenState.js";
import { PageTitle } from "../../../components/PageTitle.js";
import { isForbidden } from "../../../lib/api-client.js";
import { useI18n } from "../../../lib/i18n/index.js";
import { useAuditLog } from "../api/use-audit-log.js";
import { useVerifyChain } from "../api/use-verify-chain.js";
import { parseAuditFilters, serializeAuditFilters, type AuditFilters } from "../utils/audit-filters.js";
import { auditExportUrl } from "../utils/export-url.js";
import { AuditFilterBar } from "./AuditFilterBar.js";
import { AuditTable } from "./AuditTable.js";
import { ChainResult, VerifyChainButton } from "./ChainVerification.js";

/** `/audit`: the auditor's view of the log, with filters in the URL, older pages on demand, export and chain check. */
export function AuditLogPage() {
  const { t } = useI18n();
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = parseAuditFilters(searchParams);
  const filterKey = serializeAuditFilters(filters).toString();
  const log = useAuditLog(filters);
  const verify = useVerifyChain();

  if (log.isError && isForbidden(log.error)) return <ForbiddenState />;

  const entries = log.data?.pages.flatMap((page) => page.items) ?? [];
  const search = (next: AuditFilters) => {
    setSearchParams(serializeAuditFilters(next));
    if (serializeAuditFilters(next).toString() === filterKey) void log.refetch();
  };

  return (
    <>
      <PageTitle
        title={t("audit.title")}
        subtitle={t("audit.subtitle")}
        extra={
          <Flex gap={8}>
            <VerifyChainButton onVerify={() => verify.mutate()} verifying={verify.isPending} />
            <Button
              icon={<FileExcelOutlined />}
              href={auditExportUrl(filters, "xlsx")}
              download
              title={t("audit.exportHint")}
            >
              {t("audit.exportXlsx")}
            </Button>
            <Button
              icon={<FileTextOutlined />}
              href={auditExportUrl(filters, "csv")}
              download
              title={t("audit.exportHint")}
            >
              {t("audit.exportCsv")}
            </Button>
          </Flex>
        }
      />
      <Flex vertical gap={16}>
        <ChainResult status={verify.data} error={verify.error} onClose={() => verify.reset()} />
        <AuditFilterBar key={filterKey} filters={filters} onSearch={search} />
        <Card size="small">
          {log.isError ? (
            <ErrorState error={log.error} onRetry={() => void log.refetch()} />
          ) : (
            <>
              <AuditTable
                entries={entries}
                loading={log.isPending || (log.isFetching && !log.isFetchingNextPage)}
              />
              <Flex justify="space-between" align="center" style={{ marginTop: 12 }}>
                <Typography.Text type="secondary" role="status">
                  {log.data ? t("audit.loaded", { n: entries.length }) : ""}
                </Typography.Text>
                <Button
                  onClick={() => void log.fetchNextPage()}
                  disabled={!log.hasNextPage}
                  loading={log.isFetchingNextPage}
                >
                  {log.hasNextPage || !log.data ? t("audit.older") : t("audit.noOlder")}
                </Button>
              </Flex>
            </>
          )}
        </Card>
      </Flex>
    </>
  );
}
