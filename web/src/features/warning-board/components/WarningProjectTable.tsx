import { Card, Flex, Segmented, Table, Tag, Typography, type TableColumnsType } from "antd";
import { useState } from "react";
import { Link } from "react-router-dom";
import type { Warnings } from "../../../../../src/domain/contracts/warnings.js";
import { useReferenceLookup } from "../../../api/use-reference-lookup.js";
import { districtDisplayName } from "../../../lib/district-name.js";
import { useI18n } from "../../../lib/i18n/index.js";

type WarnedProject = Warnings["projects"][number];
type Filter = "all" | "red" | "yellow";

const TAG_COLORS = { red: "red", yellow: "gold", green: "green" } as const;
const LEVEL_KEYS = { red: "warnings.red", yellow: "warnings.yellow", green: "warnings.green" } as const;

/** The red and yellow projects, worst first, each with every reason in the interface language. */
export function WarningProjectTable({
  projects,
  more,
  loading,
}: {
  projects: WarnedProject[];
  /** The server listed only the worst of them. */
  more: boolean;
  loading: boolean;
}) {
  const { t, label, language } = useI18n();
  const lookup = useReferenceLookup();
  const [filter, setFilter] = useState<Filter>("all");
  const shown = filter === "all" ? projects : projects.filter((p) => p.level === filter);

  const columns: TableColumnsType<WarnedProject> = [
    {
      title: t("warnings.colLevel"),
      key: "level",
      width: 80,
      render: (_, p) => <Tag color={TAG_COLORS[p.level]}>{t(LEVEL_KEYS[p.level])}</Tag>,
    },
    {
      title: t("warnings.colProject"),
      key: "project",
      width: 260,
      render: (_, p) => {
        const district = lookup?.district(p.districtCode);
        const special = lookup?.special(p.specialCode);
        return (
          <Flex vertical gap={2}>
            <Link to={`/projects/${p.id}`}>{p.name}</Link>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {district ? districtDisplayName(district, language) : p.districtCode} ·{" "}
              {special ? `${p.specialCode} ${label(special)}` : p.specialCode}
            </Typography.Text>
          </Flex>
        );
      },
    },
    {
      title: t("warnings.colReasons"),
      key: "reasons",
      render: (_, p) => (
        <ul style={{ margin: 0, paddingLeft: 18 }}>
          {p.reasons.map((reason) => (
            <li key={`${reason.rule}-${reason.zh}`}>
              <Typography.Text type={reason.level === "red" ? "danger" : "warning"}>
                {label(reason)}
              </Typography.Text>
            </li>
          ))}
        </ul>
      ),
    },
  ];

  return (
    <Card
      size="small"
      title={t(more ? "warnings.listTitleMore" : "warnings.listTitle", { n: projects.length })}
      extra={
        <Segmented<Filter>
          size="small"
          aria-label={t("warnings.filter")}
          value={filter}
          onChange={setFilter}
          options={[
            { value: "all", label: t("warnings.filterAll") },
            { value: "red", label: t("warnings.red") },
            { value: "yellow", label: t("warnings.yellow") },
          ]}
        />
      }
      styles={{ body: { padding: 0 } }}
    >
      <Table<WarnedProject>
        size="small"
        rowKey="id"
        columns={columns}
        dataSource={shown}
        loading={loading}
        pagination={{ pageSize: 20, size: "small", hideOnSinglePage: true, showSizeChanger: false }}
        scroll={{ x: "max-content" }}
        locale={{ emptyText: t("warnings.none") }}
      />
    </Card>
  );
}
