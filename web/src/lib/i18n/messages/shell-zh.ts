/** Chinese text of the console shell: navigation, user menu, password dialog, access states, data scope. */
export const shellZh = {
  "nav.publications": "宣传推介管理",
  "nav.audit": "审计日志",
  "nav.portal": "宣传推介门户",
  "nav.main": "主导航",
  "shell.readOnly": "只读",
  "shell.readOnlyHint": "本账户只能查看，不能修改任何数据",

  "user.organisation": "所属单位",
  "user.role": "角色",
  "user.changePassword": "修改密码",
  "user.signOut": "退出登录",

  "passwordDialog.title": "修改密码",
  "passwordDialog.cancel": "取消",
  "passwordDialog.done": "密码已修改，本账户在其他设备上的登录已失效",
  "passwordRules.title": "新密码要求",
  "passwordRules.length": "至少 {n} 个字符",
  "passwordRules.classes": "包含大写字母、小写字母、数字、符号中的至少三类",
  "passwordRules.username": "不包含用户名",
  "passwordRules.met": "已满足",
  "passwordRules.unmet": "未满足",

  "auth.sessionEnded": "登录已失效",
  "auth.publicPortal": "访问宣传推介门户",
  "auth.publicPortalHint": "无需登录即可查看示范案例、应用需求与创新产品",

  "forbidden.title": "无权访问",
  "forbidden.subtitle": "您的账户没有访问此页面的权限。如需开通，请联系市发展改革委系统管理员。",
  "forbidden.home": "返回数据看板",

  "scope.label": "数据范围",
  "scope.all": "全市",
  "scope.district": "{name}",
  "scope.owner": "本单位（{name}）项目",
  "scope.department": "{name}牵头项目",
  "scope.whitelist": "重大项目白名单",
  "scope.organisation": "单位 {id}",
  "scope.none": "无",
  "scope.text": "数据范围：{scope}",
  "scope.separator": "、",
} as const;
