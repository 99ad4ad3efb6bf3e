import { CalendarOutlined } from "@ant-design/icons";
import { Card, Flex, Typography } from "antd";
import { Link } from "react-router-dom";
import type { PublicPublication } from "../../../../../src/domain/contracts/publication.js";
import { useI18n } from "../../../lib/i18n/index.js";
import { formatShanghaiDate } from "../../../lib/shanghai-time.js";
import { excerpt } from "../utils/excerpt.js";
import { ImageMetaList } from "./ImageMetaList.js";
import { LinkedProjectList } from "./LinkedProjectList.js";

const EXCERPT_CHARS = 110;

/** One published item in the portal's grid: title, date, the start of the text, projects and pictures. */
export function PublicationCard({ publication }: { publication: PublicPublication }) {
  const { t } = useI18n();
  return (
    <Card className="portal-card" role="article" aria-label={publication.title} variant="borderless">
      <h2>
        <Link to={`/public/${publication.id}`}>{publication.title}</Link>
      </h2>
      {publication.publishedAt && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          <CalendarOutlined />{" "}
          {t("portal.publishedAt", { date: formatShanghaiDate(publication.publishedAt) })}
        </Typography.Text>
      )}
      <Typography.Paragraph style={{ margin: 0, color: "#434343", lineHeight: 1.8 }}>
        {excerpt(publication.body, EXCERPT_CHARS)}
      </Typography.Paragraph>
      <LinkedProjectList projects={publication.projects} />
      <ImageMetaList images={publication.images} frameWidth={150} />
      <Flex justify="flex-end" style={{ marginTop: "auto" }}>
        <Link to={`/public/${publication.id}`} aria-label={`${t("portal.readMore")}：${publication.title}`}>
          {t("portal.readMore")} ›
        </Link>
      </Flex>
    </Card>
  );
}
