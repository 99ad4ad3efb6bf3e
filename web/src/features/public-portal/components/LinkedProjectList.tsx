import { ProjectOutlined } from "@ant-design/icons";
import { Flex, Typography } from "antd";
import type { PublicPublication } from "../../../../../src/domain/contracts/publication.js";
import { useReferenceLookup } from "../../../api/use-reference-lookup.js";
import { districtDisplayName } from "../../../lib/district-name.js";
import { useI18n } from "../../../lib/i18n/index.js";

/** The projects an item is about: name, then special and district in the interface language. */
export function LinkedProjectList({ projects }: { projects: PublicPublication["projects"] }) {
  const { t, label, language } = useI18n();
  const lookup = useReferenceLookup();
  if (projects.length === 0) return null;
  return (
    <section aria-label={t("portal.projects")}>
      <div className="portal-section-label">{t("portal.projects")}</div>
      <ul style={{ listStyle: "none", margin: "4px 0 0", padding: 0 }}>
        {projects.map((project) => {
          const special = lookup?.special(project.specialCode);
          const district = lookup?.district(project.districtCode);
          const districtName = district ? districtDisplayName(district, language) : project.districtCode;
          return (
            <li key={project.id} style={{ padding: "3px 0" }}>
              <Flex gap={6} align="baseline">
                <ProjectOutlined style={{ color: "#1f5fbf" }} />
                <span>
                  <Typography.Text>{project.name}</Typography.Text>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {" · "}
                    {special ? label(special) : project.specialCode}
                    {" · "}
                    {districtName}
                  </Typography.Text>
                </span>
              </Flex>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
