import { Card, Descriptions, Tag, Typography, type DescriptionsProps } from "antd";
import type { ProjectDetail } from "../../../../../src/domain/contracts/project.js";
import type { ReferenceLookup } from "../../../api/reference-lookup.js";
import { levelLabel, stageColor, stageLabel } from "../../../lib/domain-labels.js";
import { useI18n } from "../../../lib/i18n/index.js";
import { formatFen } from "../../../lib/money-display.js";

const MONO = { fontFamily: "ui-monospace, Menlo, Consolas, monospace", whiteSpace: "nowrap" } as const;

/** Every field of the project record, laid out as a bordered description list. */
export function ProjectOverview({
  project,
  lookup,
}: {
  project: ProjectDetail;
  lookup: ReferenceLookup | null;
}) {
  const { t, label, term, language } = useI18n();
  const none = t("common.none");
  const sector = lookup?.sector(project.sectorCode);
  const special = lookup?.special(project.specialCode);
  const district = lookup?.district(project.districtCode);
  const category = project.planCategory ? lookup?.planCategory(project.planCategory) : undefined;
  const period = (start: string | null, end: string | null, ongoing: string) =>
    start ? (
      <span style={{ whiteSpace: "nowrap" }}>{`${start} ~ ${end ?? ongoing}`}</span>
    ) : (
      t("detail.notStarted")
    );

  const items: DescriptionsProps["items"] = [
    { key: "name", label: t("detail.name"), children: project.name, span: 2 },
    {
      key: "code",
      label: t("detail.code"),
      children: project.code ? <span style={MONO}>{project.code}</span> : t("detail.codePending"),
    },
    { key: "sector", label: t("detail.sector"), children: sector ? label(sector) : project.sectorCode },
    {
      key: "special",
      label: t("detail.special"),
      children: `${project.specialCode} ${special ? label(special) : ""}`.trim(),
    },
    {
      key: "district",
      label: t("detail.district"),
      children: district
        ? t("detail.districtWithRegion", {
            district: language === "en" ? district.nameEn : district.name,
            region: term(district.region),
          })
        : project.districtCode,
    },
    { key: "level", label: t("detail.level"), children: label(levelLabel(project.level)) },
    {
      key: "stage",
      label: t("detail.stage"),
      children: (
        <>
          <Tag color={stageColor(project.stage)}>{label(stageLabel(project.stage))}</Tag>
          {project.suspendedFrom && (
            <Typography.Text type="secondary">
              {t("detail.suspendedFrom", { stage: label(stageLabel(project.suspendedFrom)) })}
            </Typography.Text>
          )}
        </>
      ),
    },
    { key: "category", label: t("detail.planCategory"), children: category ? label(category) : none },
    { key: "owner", label: t("detail.owner"), children: project.owner.name },
    {
      key: "uscc",
      label: t("detail.uscc"),
      children: project.owner.uscc ? <span style={MONO}>{project.owner.uscc}</span> : none,
    },
    { key: "lead", label: t("detail.leadDepartment"), children: project.leadDepartment?.name ?? none },
    {
      key: "total",
      label: t("detail.totalInvestment"),
      children: formatFen(project.totalInvestmentFen, "wan"),
    },
    {
      key: "completed",
      label: t("detail.completedInvestment"),
      children: formatFen(project.completedInvestmentFen, "wan"),
    },
    {
      key: "opening",
      label: t("detail.openingCompleted"),
      children: formatFen(project.openingCompletedFen, "wan"),
    },
    {
      key: "final",
      label: t("detail.finalInvestment"),
      children: project.finalInvestmentFen ? formatFen(project.finalInvestmentFen, "wan") : none,
    },
    { key: "reserveSince", label: t("detail.reserveSince"), children: project.reserveSince ?? none },
    {
      key: "planned",
      label: t("detail.plannedPeriod"),
      children: period(project.plannedStart, project.plannedEnd, none),
    },
    {
      key: "actual",
      label: t("detail.actualPeriod"),
      children: period(project.actualStart, project.actualEnd, t("detail.ongoing")),
    },
    {
      key: "updated",
      label: t("detail.updatedAt"),
      children: `${project.updatedAt.slice(0, 10)} · ${t("detail.version")} ${project.version}`,
    },
    {
      key: "description",
      label: t("detail.description"),
      children: project.description || none,
      span: "filled",
    },
  ];

  return (
    <Card size="small" title={t("detail.basic")}>
      <Descriptions
        bordered
        size="small"
        column={language === "en" ? { xs: 1, lg: 2 } : { xs: 1, md: 2, xl: 3 }}
        items={items}
        styles={{ label: { width: 150, whiteSpace: "nowrap" } }}
      />
    </Card>
  );
}
