import { Col, Form, Input, Row } from "antd";
import { useI18n } from "../../../lib/i18n/index.js";

/** The owner by unified social credit code, and its name when the city registers a new owner. */
export function OwnerFields({ required }: { required: boolean }) {
  const { t } = useI18n();
  return (
    <Row gutter={16}>
      <Col xs={24} lg={10}>
        <Form.Item
          name="ownerUscc"
          label={t("field.ownerUscc")}
          extra={t("editor.ownerUsccHint")}
          rules={[
            { required, whitespace: true, message: t("editor.ownerUsccRequired") },
            { len: 18, message: t("editor.ownerUsccLength") },
          ]}
        >
          <Input maxLength={18} style={{ fontFamily: "monospace" }} />
        </Form.Item>
      </Col>
      <Col xs={24} lg={14}>
        <Form.Item name="ownerName" label={t("field.ownerName")} extra={t("editor.ownerNameHint")}>
          <Input maxLength={200} />
        </Form.Item>
      </Col>
    </Row>
  );
}
