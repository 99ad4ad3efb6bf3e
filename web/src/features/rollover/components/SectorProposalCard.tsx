import { Card, Flex, Input, Progress, Radio, Table, Tag, Typography, type TableColumnsType } from "antd";
import { Link } from "react-router-dom";
import { useReferenceLookup } from "../../../api/use-reference-lookup.js";
import { useI18n } from "../../../lib/i18n/index.js";
import { formatFen } from "../../../lib/money-display.js";
import {
  shareOfTarget,
  type Decision,
  type DecisionDraft,
  type ProposedProject,
  type SectorProposal,
} from "../utils/rollover-drafts.js";

interface SectorProposalCardProps {
  sector: SectorProposal;
  drafts: Record<number, DecisionDraft>;
  onDraft: (projectId: number, draft: DecisionDraft) => void;
}

/** One sector's candidates, readiest first: score, reasons, cumulative against the target, and the decision. */
export function SectorProposalCard({ sector, drafts, onDraft }: SectorProposalCardProps) {
  const { t, label } = useI18n();
  const lookup = useReferenceLookup();
  const found = lookup?.sector(sector.sectorCode);
  const name = found ? label(found) : sector.sectorCode;
  const share = shareOfTarget(sector.selectedFen, sector.targetFen);

  const columns: TableColumnsType<ProposedProject> = [
    {
      title: t("rollover.colProject"),
      key: "name",
      width: 220,
      render: (_, row) => <Link to={`/projects/${row.projectId}`}>{row.name}</Link>,
    },
    {
      title: t("rollover.colInvestment"),
      key: "investment",
      align: "right",
      width: 110,
      render: (_, row) => formatFen(row.totalInvestmentFen, "yi"),
    },
    {
      title: t("rollover.colScore"),
      key: "score",
      width: 120,
      render: (_, row) => (
        <Progress
          percent={row.score}
          size="small"
          format={(value) => String(value ?? 0)}
          aria-label={t("rollover.scoreLabel", { score: row.score })}
        />
      ),
    },
    {
      title: t("rollover.colReasons"),
      key: "reasons",
      render: (_, row) => (
        <ul style={{ margin: 0, paddingLeft: 16 }}>
          {row.reasons.map((reason) => (
            <li key={reason.zh}>{label(reason)}</li>
          ))}
        </ul>
      ),
    },
    {
      title: t("rollover.colCumulative"),
      key: "cumulative",
      align: "right",
      width: 110,
      render: (_, row) => (row.selected ? formatFen(row.cumulativeFen, "yi") : t("common.none")),
    },
    {
      title: t("rollover.colProposed"),
      key: "proposed",
      width: 90,
      render: (_, row) =>
        row.selected ? (
          <Tag color="green">{t("rollover.selected")}</Tag>
        ) : (
          <Tag>{t("rollover.notSelected")}</Tag>
        ),
    },
    {
      title: t("rollover.colDecision"),
      key: "decision",
      width: 210,
      render: (_, row) => {
        const draft = drafts[row.projectId] ?? { decision: row.selected ? "accepted" : "rejected", note: "" };
        return (
          <Flex vertical gap={6}>
            <Radio.Group
              aria-label={t("rollover.decisionFor", { name: row.name })}
              size="small"
              optionType="button"
              value={draft.decision}
              options={[
                { value: "accepted", label: t("rollover.accept") },
                { value: "rejected", label: t("rollover.reject") },
              ]}
              onChange={(event) =>
                onDraft(row.projectId, { ...draft, decision: event.target.value as Decision })
              }
            />
            <Input
              size="small"
              maxLength={1000}
              aria-label={t("rollover.noteFor", { name: row.name })}
              placeholder={t("rollover.notePlaceholder")}
              value={draft.note}
              onChange={(event) => onDraft(row.projectId, { ...draft, note: event.target.value })}
            />
          </Flex>
        );
      },
    },
  ];

  return (
    <Card
      size="small"
      title={name}
      extra={
        sector.met ? (
          <Tag color="green">{t("rollover.met")}</Tag>
        ) : (
          <Tag color="orange">{t("rollover.notMet")}</Tag>
        )
      }
    >
      <Flex align="center" gap={16} wrap style={{ marginBottom: 12 }}>
        <Typography.Text>
          {t("rollover.selectedAgainstTarget", {
            selected: formatFen(sector.selectedFen, "yi"),
            target: formatFen(sector.targetFen, "yi"),
          })}
        </Typography.Text>
        <Progress
          style={{ flex: "1 1 240px", margin: 0 }}
          percent={Math.min(share, 100)}
          format={() => `${share}%`}
          status={sector.met ? "success" : "active"}
          aria-label={t("rollover.shareLabel", { share })}
        />
      </Flex>
      <Table<ProposedProject>
        size="small"
        rowKey="projectId"
        columns={columns}
        dataSource={sector.proposals}
        pagination={false}
        scroll={{ x: 1100 }}
        locale={{ emptyText: t("rollover.noCandidates") }}
      />
    </Card>
  );
}
