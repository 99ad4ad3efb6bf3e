/** Chinese text of the public portal (宣传推介), read by anyone without signing in. */
export const portalZh = {
  "portal.documentTitle": "宣传推介 · 重庆市新型基础设施重大项目",
  "portal.title": "重庆市新型基础设施重大项目",
  "portal.titleAccent": "宣传推介",
  "portal.subtitle":
    "集中展示新型基础设施建设的示范案例、应用场景需求与创新产品，推动供需对接、场景开放与成果推广。",
  "portal.signIn": "登录",
  "portal.console": "进入管理平台",
  "portal.kinds": "内容类别",
  "portal.empty": "该栏目暂无已发布内容",
  "portal.count": "共 {n} 条",
  "portal.publishedAt": "发布于 {date}",
  "portal.readMore": "查看详情",
  "portal.projects": "关联项目",
  "portal.images": "图片资料",
  "portal.imageMeta": "{name} · {width}×{height}",
  "portal.backToList": "返回宣传推介",
  "portal.notFound": "内容不存在或已撤回",
  "portal.footer": "重庆市发展和改革委员会 · 新型基础设施重大项目管理平台",
  "portal.footerNote": "本栏目内容经审核后发布，仅供宣传推介参考。",
} as const;
