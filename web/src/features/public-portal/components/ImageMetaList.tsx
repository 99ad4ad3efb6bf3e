import { PictureOutlined } from "@ant-design/icons";
import { Typography } from "antd";
import type { PublicPublication } from "../../../../../src/domain/contracts/publication.js";
import { useI18n } from "../../../lib/i18n/index.js";

interface ImageMetaListProps {
  images: PublicPublication["images"];
  /** Width of one picture frame in pixels; frames keep the image's aspect ratio. */
  frameWidth: number;
}

/**
 * The item's pictures as described by their metadata: a frame of the right proportions with the caption
 * and the file's name and size (the portal stores descriptions, the files themselves are kept elsewhere).
 */
export function ImageMetaList({ images, frameWidth }: ImageMetaListProps) {
  const { t } = useI18n();
  if (images.length === 0) return null;
  return (
    <section aria-label={t("portal.images")}>
      <div className="portal-section-label">{t("portal.images")}</div>
      <div style={{ display: "flex", flexWrap: "wrap", gap: 12, marginTop: 6 }}>
        {images.map((image, index) => (
          <figure key={`${image.name}-${index}`} style={{ margin: 0, width: frameWidth }}>
            <div
              className="portal-image"
              role="img"
              aria-label={image.caption || image.name}
              style={{ aspectRatio: `${image.width} / ${image.height}`, maxHeight: frameWidth }}
            >
              <PictureOutlined />
            </div>
            <figcaption style={{ marginTop: 4, lineHeight: 1.4 }}>
              {image.caption && <div style={{ fontSize: 13 }}>{image.caption}</div>}
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t("portal.imageMeta", { name: image.name, width: image.width, height: image.height })}
              </Typography.Text>
            </figcaption>
          </figure>
        ))}
      </div>
    </section>
  );
}
