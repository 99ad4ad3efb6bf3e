import { ArrowLeftOutlined } from "@ant-design/icons";
import { Button, Col, Flex, Result, Row, Tag } from "antd";
import type { ReactNode } from "react";
import { Link, useNavigate, useParams } from "react-router-dom";
import type { ProjectDetail } from "../../../../../src/domain/contracts/project.js";
import { useReferenceLookup } from "../../../api/use-reference-lookup.js";
import { ErrorState } from "../../../components/ErrorState.js";
import { PageLoading } from "../../../components/PageLoading.js";
import { PageTitle } from "../../../components/PageTitle.js";
import { ApiRequestError } from "../../../lib/api-client.js";
import { stageColor, stageLabel } from "../../../lib/domain-labels.js";
import { useI18n } from "../../../lib/i18n/index.js";
import { useProject } from "../api/use-project.js";
import { AnnualPlanTable } from "./AnnualPlanTable.js";
import { FundingPanel } from "./FundingPanel.js";
import { MonthlyReportsTable } from "./MonthlyReportsTable.js";
import { ProgressChart } from "./ProgressChart.js";
import { ProjectActions } from "./ProjectActions.js";
import { ProjectApprovalsCard } from "./ProjectApprovalsCard.js";
import { ProjectOverview } from "./ProjectOverview.js";
import { ProjectProblemsCard } from "./ProjectProblemsCard.js";
import "./project-detail.css";

function hasAppHistory(): boolean {
  const state: unknown = window.history.state;
  return typeof state === "object" && state !== null && "idx" in state && Number(state.idx) > 0;
}

interface ProjectDetailPageProps {
  /** A section below the record, composed in by the app (the lifecycle panel lives in its own feature). */
  lifecycle?: (project: ProjectDetail) => ReactNode;
}

/** `/projects/:id`: one project's record, funding, plans and monthly progress. */
export function ProjectDetailPage({ lifecycle }: ProjectDetailPageProps = {}) {
  const { id = "" } = useParams();
  const { t, label } = useI18n();
  const navigate = useNavigate();
  const project = useProject(id);
  const lookup = useReferenceLookup();
  // Back keeps the list's filters and page when we came from it; a direct visit goes to the list.
  const goBack = () => void (hasAppHistory() ? navigate(-1) : navigate("/projects"));

  if (project.isPending) return <PageLoading />;
  if (project.isError) {
    if (project.error instanceof ApiRequestError && project.error.status === 404) {
      return (
        <Result
          status="404"
          title="404"
          subTitle={t("detail.notFound")}
          extra={
            <Link to="/projects">
              <Button type="primary">{t("detail.backToList")}</Button>
            </Link>
          }
        />
      );
    }
    return <ErrorState error={project.error} onRetry={() => void project.refetch()} />;
  }

  const data = project.data;
  return (
    <>
      <PageTitle
        title={data.name}
        subtitle={
          <>
            <Tag color={stageColor(data.stage)}>{label(stageLabel(data.stage))}</Tag>
            {data.code ?? t("detail.codePending")}
          </>
        }
        extra={
          <Flex gap={8} align="flex-start">
            <ProjectActions project={data} />
            <Button icon={<ArrowLeftOutlined />} onClick={goBack}>
              {t("common.back")}
            </Button>
          </Flex>
        }
      />
      <Flex vertical gap={16}>
        <ProjectOverview project={data} lookup={lookup} />
        {lifecycle?.(data)}
        <Row gutter={[16, 16]}>
          <Col xs={24} xl={15}>
            <FundingPanel project={data} />
          </Col>
          <Col xs={24} xl={9}>
            <AnnualPlanTable plans={data.annualPlans} />
          </Col>
        </Row>
        <ProgressChart progress={data.progress} />
        <MonthlyReportsTable progress={data.progress} />
        <ProjectProblemsCard projectId={data.id} />
        <ProjectApprovalsCard project={data} />
      </Flex>
    </>
  );
}
