import { LeftOutlined, RightOutlined } from "@ant-design/icons";
import { Button, Flex, Select, Typography } from "antd";
import { useI18n } from "../../../lib/i18n/index.js";
import { PAGE_SIZES } from "../utils/list-view.js";

interface CursorPagerProps {
  pageNumber: number;
  hasNext: boolean;
  pageSize: number;
  disabled: boolean;
  onPrev: () => void;
  onNext: () => void;
  onPageSize: (size: number) => void;
}

/** Previous / next over keyset pages (there is no page count to jump to), with the page size. */
export function CursorPager({
  pageNumber,
  hasNext,
  pageSize,
  disabled,
  onPrev,
  onNext,
  onPageSize,
}: CursorPagerProps) {
  const { t } = useI18n();
  return (
    <nav aria-label={t("pager.label")}>
      <Flex justify="flex-end" align="center" gap={12} style={{ padding: "12px 0 0" }}>
        <Button icon={<LeftOutlined />} disabled={disabled || pageNumber <= 1} onClick={onPrev}>
          {t("pager.prev")}
        </Button>
        <Typography.Text aria-live="polite">{t("pager.page", { n: pageNumber })}</Typography.Text>
        <Button disabled={disabled || !hasNext} onClick={onNext} iconPlacement="end" icon={<RightOutlined />}>
          {t("pager.next")}
        </Button>
        <Select
          aria-label={t("pager.pageSize")}
          value={pageSize}
          style={{ width: 112 }}
          options={PAGE_SIZES.map((n) => ({ value: n, label: t("pager.perPage", { n }) }))}
          onChange={onPageSize}
        />
      </Flex>
    </nav>
  );
}
