import { Flex, InputNumber, Select, Table, Typography } from "antd";
import { useState } from "react";
import type { Clause, Ledger } from "../../../../../src/domain/contracts/incentives.js";
import { isMonetaryTerms } from "../../../../../src/domain/incentives/terms.js";
import { ErrorState } from "../../../components/ErrorState.js";
import { useI18n } from "../../../lib/i18n/index.js";
import { useLedger } from "../api/use-ledger.js";
import { formatYuan } from "../utils/yuan-amount.js";

/** The award ledger by applicant, clause and year, and each applicant's total against the cumulative cap. */
export function LedgerPanel({ clauses }: { clauses: Clause[] }) {
  const { t } = useI18n();
  const [clause, setClause] = useState<string | undefined>();
  const [year, setYear] = useState<number | undefined>();
  const ledger = useLedger({ clause, year });
  const yuan = (v: string | null) => (v === null ? "—" : formatYuan(v));
  return (
    <Flex vertical gap={12}>
      <Flex gap={8} wrap>
        <Select
          allowClear
          aria-label={t("inc.ledger.clauseFilter")}
          placeholder={t("inc.ledger.clauseFilter")}
          style={{ width: 320 }}
          value={clause}
          onChange={setClause}
          options={clauses
            .filter((c) => c.inForce && isMonetaryTerms(c.inForce.terms))
            .map((c) => ({ value: c.code, label: `${c.code} ${c.zh}` }))}
        />
        <InputNumber
          aria-label={t("inc.ledger.yearFilter")}
          placeholder={t("inc.ledger.yearFilter")}
          min={2000}
          max={2100}
          precision={0}
          value={year}
          onChange={(v) => setYear(v ?? undefined)}
        />
      </Flex>
      {ledger.isError ? (
        <ErrorState error={ledger.error} onRetry={() => void ledger.refetch()} />
      ) : (
        <>
          <Typography.Text type="secondary">{t("inc.ledger.unit")}</Typography.Text>
          <Table<Ledger["rows"][number]>
            size="small"
            rowKey={(r) => `${r.applicantId}/${r.clause}/${r.year}`}
            loading={ledger.isPending}
            dataSource={ledger.data?.rows ?? []}
            title={() => t("inc.ledger.byYear")}
            pagination={false}
            columns={[
              { key: "applicant", title: t("inc.col.applicant"), dataIndex: "applicantName" },
              { key: "clause", title: t("inc.col.clause"), dataIndex: "clause" },
              { key: "year", title: t("inc.ledger.year"), dataIndex: "year" },
              { key: "awards", title: t("inc.ledger.awards"), dataIndex: "awards", align: "right" },
              {
                key: "total",
                title: t("inc.ledger.total"),
                align: "right",
                render: (_v, r) => yuan(r.totalFen),
              },
            ]}
          />
          <Table<Ledger["balances"][number]>
            size="small"
            rowKey={(r) => `${r.applicantId}/${r.clause}`}
            loading={ledger.isPending}
            dataSource={ledger.data?.balances ?? []}
            title={() => t("inc.ledger.balances")}
            pagination={false}
            columns={[
              { key: "applicant", title: t("inc.col.applicant"), dataIndex: "applicantName" },
              { key: "clause", title: t("inc.col.clause"), dataIndex: "clause" },
              {
                key: "total",
                title: t("inc.ledger.received"),
                align: "right",
                render: (_v, r) => yuan(r.totalFen),
              },
              {
                key: "cap",
                title: t("inc.ledger.cap"),
                align: "right",
                render: (_v, r) => yuan(r.cumulativeCapFen),
              },
              {
                key: "left",
                title: t("inc.ledger.remaining"),
                align: "right",
                render: (_v, r) => yuan(r.remainingFen),
              },
            ]}
          />
        </>
      )}
    </Flex>
  );
}
