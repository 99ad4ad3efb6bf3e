import { DeleteOutlined, EditOutlined, FormOutlined } from "@ant-design/icons";
import { Alert, Button, Flex, Popconfirm } from "antd";
import { useNavigate } from "react-router-dom";
import type { ProjectDetail } from "../../../../../src/domain/contracts/project.js";
import { useSession } from "../../../api/use-session.js";
import { describeError } from "../../../lib/describe-error.js";
import { canEditProject } from "../../../lib/edit-rights.js";
import { useI18n } from "../../../lib/i18n/index.js";
import { useDeleteProject } from "../api/use-delete-project.js";

/** 编辑 for those who may edit the project, 填报月报 once it has started, and 删除 while it is still in planning. */
export function ProjectActions({ project }: { project: ProjectDetail }) {
  const { t, language } = useI18n();
  const navigate = useNavigate();
  const { data: me } = useSession();
  const remove = useDeleteProject();
  if (!canEditProject(me, project.owner.id)) return null;

  return (
    <Flex vertical gap={8} align="flex-end">
      <Flex gap={8} wrap justify="flex-end">
        {project.actualStart !== null && project.stage !== "cancelled" && (
          <Button icon={<FormOutlined />} onClick={() => void navigate(`/reports/new?project=${project.id}`)}>
            {t("report.fill")}
          </Button>
        )}
        <Button
          type="primary"
          icon={<EditOutlined />}
          onClick={() => void navigate(`/projects/${project.id}/edit`)}
        >
          {t("detail.edit")}
        </Button>
        {project.stage === "planning" && (
          <Popconfirm
            title={t("detail.deleteConfirmTitle")}
            description={t("detail.deleteConfirm", { name: project.name })}
            okText={t("detail.delete")}
            okButtonProps={{ danger: true, loading: remove.isPending }}
            cancelText={t("detail.deleteCancel")}
            onConfirm={() =>
              remove.mutate(
                { id: project.id, version: project.version },
                { onSuccess: () => void navigate("/projects") },
              )
            }
          >
            <Button danger icon={<DeleteOutlined />}>
              {t("detail.delete")}
            </Button>
          </Popconfirm>
        )}
      </Flex>
      {remove.isError && (
        <Alert type="error" showIcon title={describeError(remove.error, language).message} />
      )}
    </Flex>
  );
}
