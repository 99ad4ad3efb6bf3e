import { Col, Empty, Row, Tabs, Tag } from "antd";
import { useSearchParams } from "react-router-dom";
import {
  PUBLICATION_KIND_LABELS,
  PUBLICATION_KINDS,
} from "../../../../../src/domain/contracts/publication.js";
import { ErrorState } from "../../../components/ErrorState.js";
import { PageLoading } from "../../../components/PageLoading.js";
import { useI18n } from "../../../lib/i18n/index.js";
import { usePublicPublications } from "../api/use-public-publications.js";
import { parsePublicationKind, type PublicationKind } from "../utils/publication-kind.js";
import { PublicationCard } from "./PublicationCard.js";
import { PublicLayout } from "./PublicLayout.js";

function KindPanel({ kind }: { kind: PublicationKind }) {
  const { t } = useI18n();
  const list = usePublicPublications(kind);
  if (list.isPending) return <PageLoading />;
  if (list.isError) return <ErrorState error={list.error} onRetry={() => void list.refetch()} />;
  if (list.data.length === 0) return <Empty style={{ padding: 48 }} description={t("portal.empty")} />;
  return (
    <Row gutter={[20, 20]}>
      {list.data.map((publication) => (
        <Col key={publication.id} xs={24} md={12} xl={8}>
          <PublicationCard publication={publication} />
        </Col>
      ))}
    </Row>
  );
}

/** `/public`: what the city publishes, by kind (示范案例 / 应用需求 / 创新产品); the tab lives in the URL. */
export function PublicPortalPage() {
  const { t, label } = useI18n();
  const [searchParams, setSearchParams] = useSearchParams();
  const kind = parsePublicationKind(searchParams.get("kind"));
  const count = usePublicPublications(kind).data?.length;

  return (
    <PublicLayout>
      <Tabs
        aria-label={t("portal.kinds")}
        activeKey={kind}
        size="large"
        onChange={(next) => setSearchParams({ kind: next })}
        tabBarExtraContent={count !== undefined && <Tag>{t("portal.count", { n: count })}</Tag>}
        items={PUBLICATION_KINDS.map((key) => ({
          key,
          label: label(PUBLICATION_KIND_LABELS[key]),
          children: key === kind ? <KindPanel kind={key} /> : null,
        }))}
      />
    </PublicLayout>
  );
}
