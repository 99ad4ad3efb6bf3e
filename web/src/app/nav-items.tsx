import {
  AimOutlined,
  AlertOutlined,
  AccountBookOutlined,
  AuditOutlined,
  BankOutlined,
  BarChartOutlined,
  CheckSquareOutlined,
  DashboardOutlined,
  DatabaseOutlined,
  FileTextOutlined,
  FormOutlined,
  FundProjectionScreenOutlined,
  FieldTimeOutlined,
  FileProtectOutlined,
  GiftOutlined,
  NotificationOutlined,
  PartitionOutlined,
  SafetyCertificateOutlined,
  SyncOutlined,
} from "@ant-design/icons";
import type { ReactNode } from "react";
import type { Permission } from "../../../src/domain/access.js";
import type { MessageKey } from "../lib/i18n/index.js";
import type { NavEntry } from "./navigation.js";

export interface NavItem extends NavEntry {
  labelKey: MessageKey;
  icon: ReactNode;
  permission?: Permission;
}

/** The console's menu, in order; each entry shows only to callers holding its permission. */
export const NAV_ITEMS: NavItem[] = [
  { key: "dashboard", path: "/", labelKey: "nav.dashboard", icon: <DashboardOutlined /> },
  {
    key: "projects",
    path: "/projects",
    labelKey: "nav.projects",
    icon: <DatabaseOutlined />,
    permission: "projects.read",
  },
  {
    key: "cockpit",
    path: "/cockpit",
    labelKey: "nav.cockpit",
    icon: <FundProjectionScreenOutlined />,
    permission: "projects.read",
  },
  {
    key: "warnings",
    path: "/warnings",
    labelKey: "nav.warnings",
    icon: <AlertOutlined />,
    permission: "projects.read",
  },
  {
    key: "monthly-report",
    path: "/reports/new",
    labelKey: "nav.monthlyReport",
    icon: <FormOutlined />,
    permission: "projects.edit",
  },
  {
    key: "report-review",
    path: "/reports/review",
    labelKey: "nav.reportReview",
    icon: <CheckSquareOutlined />,
    permission: "reports.review",
  },
  {
    key: "coordination",
    path: "/coordination",
    labelKey: "nav.coordination",
    icon: <PartitionOutlined />,
    permission: "projects.read",
  },
  {
    key: "approvals",
    path: "/approvals",
    labelKey: "nav.approvals",
    icon: <FieldTimeOutlined />,
    permission: "projects.read",
  },
  {
    key: "bulletin",
    path: "/bulletin",
    labelKey: "nav.bulletin",
    icon: <FileTextOutlined />,
    permission: "projects.read",
  },
  {
    key: "rolling-plan",
    path: "/rolling-plan",
    labelKey: "nav.rollingPlan",
    icon: <BarChartOutlined />,
    permission: "projects.read",
  },
  {
    key: "indicators",
    path: "/indicators",
    labelKey: "nav.indicators",
    icon: <AimOutlined />,
    permission: "projects.read",
  },
  {
    key: "rollover",
    path: "/rollover",
    labelKey: "nav.rollover",
    icon: <SyncOutlined />,
    permission: "rollover.manage",
  },
  {
    key: "publications",
    path: "/publications",
    labelKey: "nav.publications",
    icon: <NotificationOutlined />,
    permission: "publications.manage",
  },
  {
    key: "incentives",
    path: "/incentives",
    labelKey: "nav.incentives",
    icon: <GiftOutlined />,
    permission: "incentives.read",
  },
  {
    key: "clauses",
    path: "/incentives/clauses",
    labelKey: "nav.clauses",
    icon: <FileProtectOutlined />,
    permission: "incentives.read",
  },
  {
    key: "financing",
    path: "/financing",
    labelKey: "nav.financing",
    icon: <AccountBookOutlined />,
    permission: "projects.read",
  },
  {
    key: "whitelist",
    path: "/whitelist",
    labelKey: "nav.whitelist",
    icon: <SafetyCertificateOutlined />,
    permission: "whitelist.manage",
  },
  {
    key: "credit",
    path: "/credit",
    labelKey: "nav.credit",
    icon: <BankOutlined />,
    permission: "credit.decide",
  },
  { key: "audit", path: "/audit", labelKey: "nav.audit", icon: <AuditOutlined />, permission: "audit.read" },
];
