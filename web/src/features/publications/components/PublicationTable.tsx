import { Button, Popconfirm, Space, Table, Tag, Typography, type TableColumnsType } from "antd";
import {
  PUBLICATION_KIND_LABELS,
  type Publication,
} from "../../../../../src/domain/contracts/publication.js";
import { useI18n } from "../../../lib/i18n/index.js";
import { formatShanghaiDateTime } from "../../../lib/shanghai-time.js";
import { PublicationStatusTag } from "./PublicationStatusTag.js";

const KIND_COLORS: Record<Publication["kind"], string> = { case: "blue", need: "purple", product: "cyan" };

interface PublicationTableProps {
  items: Publication[];
  loading: boolean;
  /** The item whose publish or withdraw request is under way. */
  busyId: number | null;
  onEdit: (publication: Publication) => void;
  onSetPublished: (publication: Publication, published: boolean) => void;
}

/** Every item with its kind, status and version, and the actions on it. */
export function PublicationTable({ items, loading, busyId, onEdit, onSetPublished }: PublicationTableProps) {
  const { t, label } = useI18n();
  const columns: TableColumnsType<Publication> = [
    {
      title: t("publications.col.title"),
      dataIndex: "title",
      render: (title: string, item) => (
        <Space orientation="vertical" size={0}>
          <Typography.Text strong>{title}</Typography.Text>
          {item.publishedAt && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t("publications.publishedAt", { time: formatShanghaiDateTime(item.publishedAt) })}
            </Typography.Text>
          )}
        </Space>
      ),
    },
    {
      title: t("publications.col.kind"),
      dataIndex: "kind",
      width: 120,
      render: (kind: Publication["kind"]) => (
        <Tag color={KIND_COLORS[kind]}>{label(PUBLICATION_KIND_LABELS[kind])}</Tag>
      ),
    },
    {
      title: t("publications.col.status"),
      dataIndex: "status",
      width: 110,
      render: (status: Publication["status"]) => <PublicationStatusTag status={status} />,
    },
    {
      title: t("publications.col.projects"),
      key: "projects",
      width: 90,
      align: "right",
      render: (_, item) => item.projects.length,
    },
    {
      title: t("publications.col.images"),
      key: "images",
      width: 70,
      align: "right",
      render: (_, item) => item.images.length,
    },
    {
      title: t("publications.col.updatedAt"),
      dataIndex: "updatedAt",
      width: 170,
      render: (at: string) => formatShanghaiDateTime(at),
    },
    { title: t("publications.col.version"), dataIndex: "version", width: 70, align: "right" },
    {
      title: t("publications.col.actions"),
      key: "actions",
      width: 150,
      render: (_, item) => {
        const publish = item.status !== "published";
        return (
          <Space size={4}>
            <Button
              type="link"
              size="small"
              onClick={() => onEdit(item)}
              aria-label={`${t("publications.edit")}：${item.title}`}
            >
              {t("publications.edit")}
            </Button>
            <Popconfirm
              title={publish ? t("publications.publishConfirm") : t("publications.unpublishConfirm")}
              onConfirm={() => onSetPublished(item, publish)}
            >
              <Button
                type="link"
                size="small"
                danger={!publish}
                loading={busyId === item.id}
                aria-label={`${publish ? t("publications.publish") : t("publications.unpublish")}：${item.title}`}
              >
                {publish ? t("publications.publish") : t("publications.unpublish")}
              </Button>
            </Popconfirm>
          </Space>
        );
      },
    },
  ];
  return (
    <Table<Publication>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={items}
      loading={loading}
      pagination={{ pageSize: 20, hideOnSinglePage: true }}
    />
  );
}
