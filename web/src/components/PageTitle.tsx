import { Flex, Typography } from "antd";
import type { ReactNode } from "react";

interface PageTitleProps {
  title: string;
  subtitle?: ReactNode;
  extra?: ReactNode;
}

/** The heading row of a page: an h1, a muted subtitle, and actions on the right. */
export function PageTitle({ title, subtitle, extra }: PageTitleProps) {
  return (
    <Flex justify="space-between" align="flex-end" wrap gap={12} style={{ marginBottom: 16 }}>
      <div>
        <Typography.Title level={1} style={{ fontSize: 20, margin: 0 }}>
          {title}
        </Typography.Title>
        {subtitle && (
          <Typography.Text type="secondary" style={{ fontSize: 13 }}>
            {subtitle}
          </Typography.Text>
        )}
      </div>
      {extra}
    </Flex>
  );
}
