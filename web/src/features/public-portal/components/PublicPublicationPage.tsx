import { ArrowLeftOutlined, CalendarOutlined } from "@ant-design/icons";
import { Breadcrumb, Card, Divider, Flex, Result, Tag, Typography } from "antd";
import { Link, useParams } from "react-router-dom";
import { PUBLICATION_KIND_LABELS } from "../../../../../src/domain/contracts/publication.js";
import { ErrorState } from "../../../components/ErrorState.js";
import { PageLoading } from "../../../components/PageLoading.js";
import { ApiRequestError } from "../../../lib/api-client.js";
import { useI18n } from "../../../lib/i18n/index.js";
import { formatShanghaiDate } from "../../../lib/shanghai-time.js";
import { usePublicPublication } from "../api/use-public-publication.js";
import { paragraphs } from "../utils/excerpt.js";
import { ImageMetaList } from "./ImageMetaList.js";
import { LinkedProjectList } from "./LinkedProjectList.js";
import { PublicLayout } from "./PublicLayout.js";

function NotFound() {
  const { t } = useI18n();
  return (
    <Result
      status="404"
      title={t("portal.notFound")}
      extra={<Link to="/public">{t("portal.backToList")}</Link>}
    />
  );
}

/** `/public/:id`: one published item in full. */
export function PublicPublicationPage() {
  const { t, label } = useI18n();
  const id = Number(useParams().id);
  const item = usePublicPublication(id);

  let content;
  if (!Number.isInteger(id) || id <= 0) content = <NotFound />;
  else if (item.isPending) content = <PageLoading />;
  else if (item.isError)
    content =
      item.error instanceof ApiRequestError && item.error.status === 404 ? (
        <NotFound />
      ) : (
        <ErrorState error={item.error} onRetry={() => void item.refetch()} />
      );
  else {
    const publication = item.data;
    const kindLabel = label(PUBLICATION_KIND_LABELS[publication.kind]);
    content = (
      <>
        <Breadcrumb
          style={{ marginBottom: 16 }}
          items={[
            {
              title: (
                <Link to="/public">
                  <ArrowLeftOutlined /> {t("portal.backToList")}
                </Link>
              ),
            },
            { title: <Link to={`/public?kind=${publication.kind}`}>{kindLabel}</Link> },
          ]}
        />
        <Card variant="borderless">
          <article>
            <Flex vertical gap={8} align="center" style={{ textAlign: "center" }}>
              <Tag color="blue">{kindLabel}</Tag>
              <Typography.Title level={1} style={{ fontSize: 26, margin: 0 }}>
                {publication.title}
              </Typography.Title>
              {publication.publishedAt && (
                <Typography.Text type="secondary">
                  <CalendarOutlined />{" "}
                  {t("portal.publishedAt", { date: formatShanghaiDate(publication.publishedAt) })}
                </Typography.Text>
              )}
            </Flex>
            <Divider />
            <div className="portal-body">
              {paragraphs(publication.body).map((text, index) => (
                <p key={index}>{text}</p>
              ))}
            </div>
            <Flex vertical gap={20} style={{ marginTop: 24 }}>
              <LinkedProjectList projects={publication.projects} />
              <ImageMetaList images={publication.images} frameWidth={240} />
            </Flex>
          </article>
        </Card>
      </>
    );
  }
  return <PublicLayout>{content}</PublicLayout>;
}
