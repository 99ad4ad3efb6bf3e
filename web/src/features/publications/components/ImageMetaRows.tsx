import { DeleteOutlined, PlusOutlined } from "@ant-design/icons";
import { Button, Col, Form, Input, InputNumber, Row, Select } from "antd";
import { useI18n } from "../../../lib/i18n/index.js";
import { IMAGE_MEDIA_TYPES, type ImageRow } from "../utils/publication-form.js";

const MAX_IMAGES = 20;
const MAX_PIXELS = 20000;

const NEW_IMAGE: ImageRow = { name: "", caption: "", width: null, height: null, mediaType: "image/jpeg" };

/** One row per image: file name, caption, width × height in pixels and the format. */
export function ImageMetaRows() {
  const { t } = useI18n();
  const size = (labelKey: "publicationForm.imageWidth" | "publicationForm.imageHeight") => ({
    label: t(labelKey),
    rules: [{ required: true, message: t("publicationForm.imageSizeRequired") }],
  });
  return (
    <Form.List name="images">
      {(fields, { add, remove }) => (
        <>
          {fields.map((field, index) => (
            <fieldset
              key={field.key}
              aria-label={t("publicationForm.imageRow", { n: index + 1 })}
              style={{
                border: "1px solid #e8ebf0",
                borderRadius: 4,
                padding: "10px 12px 0",
                margin: "0 0 12px",
                background: "#fafbfc",
              }}
            >
              <Row gutter={12} align="bottom">
                <Col span={7}>
                  <Form.Item
                    name={[field.name, "name"]}
                    label={t("publicationForm.imageName")}
                    rules={[
                      { required: true, whitespace: true, message: t("publicationForm.imageNameRequired") },
                    ]}
                  >
                    <Input maxLength={200} placeholder="photo.jpg" />
                  </Form.Item>
                </Col>
                <Col span={7}>
                  <Form.Item name={[field.name, "caption"]} label={t("publicationForm.imageCaption")}>
                    <Input maxLength={200} />
                  </Form.Item>
                </Col>
                <Col span={3}>
                  <Form.Item name={[field.name, "width"]} {...size("publicationForm.imageWidth")}>
                    <InputNumber min={1} max={MAX_PIXELS} precision={0} style={{ width: "100%" }} />
                  </Form.Item>
                </Col>
                <Col span={3}>
                  <Form.Item name={[field.name, "height"]} {...size("publicationForm.imageHeight")}>
                    <InputNumber min={1} max={MAX_PIXELS} precision={0} style={{ width: "100%" }} />
                  </Form.Item>
                </Col>
                <Col span={3}>
                  <Form.Item name={[field.name, "mediaType"]} label={t("publicationForm.imageType")}>
                    <Select
                      options={IMAGE_MEDIA_TYPES.map((type) => ({
                        value: type,
                        label: type.replace("image/", ""),
                      }))}
                    />
                  </Form.Item>
                </Col>
                <Col span={1}>
                  <Form.Item>
                    <Button
                      type="text"
                      danger
                      icon={<DeleteOutlined />}
                      aria-label={t("publicationForm.removeImage", { n: index + 1 })}
                      onClick={() => remove(field.name)}
                    />
                  </Form.Item>
                </Col>
              </Row>
            </fieldset>
          ))}
          <Button
            type="dashed"
            block
            icon={<PlusOutlined />}
            disabled={fields.length >= MAX_IMAGES}
            onClick={() => add({ ...NEW_IMAGE })}
          >
            {t("publicationForm.addImage")}
          </Button>
        </>
      )}
    </Form.List>
  );
}
