/** Chinese text of the monthly dispatch bulletin page. */
export const bulletinZh = {
  "nav.bulletin": "调度通报",
  "bulletin.title": "调度通报",
  "bulletin.subtitle": "按月生成本单位数据范围内的重大项目调度通报，可下载 Excel 或打印版 PDF",
  "bulletin.month": "调度月份",
  "bulletin.downloadPdf": "下载 PDF",
  "bulletin.downloadXlsx": "下载 Excel",
  "bulletin.hint": "通报在服务器上生成，含图表，约需数秒。PDF 已嵌入中文字体，可直接打印（A4）。",
  "bulletin.failed": "通报生成失败",
  "bulletin.saved": "已下载：{name}",
  "bulletin.contentsTitle": "通报内容",
  "bulletin.contentOverview": "概况：项目数、投资完成、开工、月报报送、预警与问题的总体情况，附图表",
  "bulletin.contentSectors": "分行业推进情况",
  "bulletin.contentDistricts": "区县排名：按投资完成率与开工率",
  "bulletin.contentRedFlags": "红灯项目及预警原因",
  "bulletin.contentProblems": "未办结与逾期的协调问题",
  "bulletin.contentIndicators": "发展目标（指标）进度",
} as const;
