import { Card, Col, Progress, Row, Table, type TableColumnsType } from "antd";
import { useI18n } from "../../../lib/i18n/index.js";
import { rankGroups, type GroupFigures, type RankedGroup, type RateKey } from "../utils/cockpit-figures.js";

/** Districts or departments ranked by completion rate and by start rate, side by side. */
export function RankingPanel({ groups }: { groups: GroupFigures[] }) {
  const { t } = useI18n();
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} lg={12}>
        <Ranking title={t("cockpit.rankCompletion")} groups={groups} rateKey="completionRate" />
      </Col>
      <Col xs={24} lg={12}>
        <Ranking title={t("cockpit.rankStart")} groups={groups} rateKey="startRate" />
      </Col>
    </Row>
  );
}

function Ranking({ title, groups, rateKey }: { title: string; groups: GroupFigures[]; rateKey: RateKey }) {
  const { t, label } = useI18n();
  const rows = rankGroups(groups, rateKey);
  const columns: TableColumnsType<RankedGroup> = [
    { title: t("cockpit.colRank"), key: "rank", width: 56, render: (_, r) => r.rank ?? t("common.none") },
    { title: t("cockpit.colGroup"), key: "name", width: 150, render: (_, r) => label(r.group) },
    {
      title: t(rateKey === "completionRate" ? "cockpit.completionRate" : "cockpit.startRate"),
      key: "rate",
      render: (_, r) =>
        r.rate === null ? (
          t("cockpit.nothingDue")
        ) : (
          <Progress
            percent={Math.min(r.rate, 100)}
            format={() => `${r.rate?.toFixed(1)}%`}
            size="small"
            status={r.rate >= 100 ? "success" : "normal"}
          />
        ),
    },
  ];
  return (
    <Card size="small" title={title} styles={{ body: { padding: 0 } }}>
      <Table<RankedGroup>
        size="small"
        rowKey={(r) => r.group.key}
        columns={columns}
        dataSource={rows}
        pagination={{ pageSize: 10, size: "small", hideOnSinglePage: true, showSizeChanger: false }}
      />
    </Card>
  );
}
