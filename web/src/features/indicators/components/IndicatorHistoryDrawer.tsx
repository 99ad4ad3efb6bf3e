import { Drawer, Empty, Table, Tag } from "antd";
import type { IndicatorValue } from "../../../../../src/domain/contracts/indicators.js";
import { ErrorState } from "../../../components/ErrorState.js";
import { useI18n } from "../../../lib/i18n/index.js";
import { formatShanghaiDateTime } from "../../../lib/shanghai-time.js";
import { useIndicatorHistory } from "../api/use-indicator-history.js";
import { withUnit } from "../utils/indicator-view.js";

interface IndicatorHistoryDrawerProps {
  /** The indicator whose history is open, or null when closed. */
  indicator: { code: string; zh: string; en: string; unit: string; unitEn: string } | null;
  onClose: () => void;
}

/** Every value recorded for an indicator, latest period first, corrected values kept and marked. */
export function IndicatorHistoryDrawer({ indicator, onClose }: IndicatorHistoryDrawerProps) {
  const { t, label, language } = useI18n();
  const history = useIndicatorHistory(indicator?.code ?? null);
  const unit = indicator ? (language === "en" ? indicator.unitEn : indicator.unit) : "";
  return (
    <Drawer
      open={indicator !== null}
      onClose={onClose}
      size={880}
      destroyOnHidden
      title={indicator ? t("indicators.historyTitle", { name: label(indicator) }) : ""}
    >
      {history.isError ? (
        <ErrorState error={history.error} onRetry={() => void history.refetch()} />
      ) : (
        <Table<IndicatorValue>
          rowKey="id"
          size="small"
          loading={history.isPending}
          dataSource={history.data?.items ?? []}
          pagination={false}
          locale={{ emptyText: <Empty description={t("indicators.historyEmpty")} /> }}
          columns={[
            { key: "period", title: t("indicators.colPeriod"), dataIndex: "period", width: 90 },
            {
              key: "value",
              title: t("indicators.colValue"),
              align: "right",
              width: 110,
              render: (_, v) => withUnit(v.value, unit),
            },
            { key: "source", title: t("indicators.colSource"), dataIndex: "source" },
            { key: "note", title: t("indicators.colNote"), dataIndex: "note" },
            {
              key: "enteredBy",
              title: t("indicators.colEnteredBy"),
              width: 120,
              render: (_, v) => v.enteredBy?.name ?? t("indicators.system"),
            },
            {
              key: "enteredAt",
              title: t("indicators.colEnteredAt"),
              width: 160,
              render: (_, v) => formatShanghaiDateTime(v.enteredAt),
            },
            {
              key: "state",
              title: t("indicators.colState"),
              width: 90,
              render: (_, v) =>
                v.superseded ? (
                  <Tag>{t("indicators.superseded")}</Tag>
                ) : (
                  <Tag color="green">{t("indicators.standing")}</Tag>
                ),
            },
          ]}
        />
      )}
    </Drawer>
  );
}
