import type { portalZh } from "./portal-zh.js";

/** English text of the public portal. */
export const portalEn: Record<keyof typeof portalZh, string> = {
  "portal.documentTitle": "Publicity · Chongqing new infrastructure major projects",
  "portal.title": "Chongqing New Infrastructure Major Projects",
  "portal.titleAccent": "Publicity",
  "portal.subtitle":
    "Demonstration cases, application needs and innovative products of Chongqing's new infrastructure, to match supply with demand and spread what works.",
  "portal.signIn": "Sign in",
  "portal.console": "Open the console",
  "portal.kinds": "Content kind",
  "portal.empty": "Nothing published here yet",
  "portal.count": "{n} items",
  "portal.publishedAt": "Published {date}",
  "portal.readMore": "Read more",
  "portal.projects": "Linked projects",
  "portal.images": "Images",
  "portal.imageMeta": "{name} · {width}×{height}",
  "portal.backToList": "Back to the portal",
  "portal.notFound": "This item does not exist or was withdrawn",
  "portal.footer":
    "Chongqing Municipal Development and Reform Commission · New Infrastructure Major Project Platform",
  "portal.footerNote": "Items are published after review, for publicity only.",
};
