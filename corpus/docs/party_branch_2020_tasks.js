export default {
  text: '<table border="1" cellpadding="0" cellspacing="0" style="width:949px">\r\n\t<thead>\r\n\t\t<tr>\r\n\t\t\t<th style="height:21px; width:32px">\r\n\t\t\t<p>序号</p>\r\n\t\t\t</th>\r\n\t\t\t<th style="height:21px; width:85px">\r\n\t\t\t<p>重点内容</p>\r\n\t\t\t</th>\r\n\t\t\t<th style="height:21px; width:104px">\r\n\t\t\t<p>主要工作</p>\r\n\t\t\t</th>\r\n\t\t\t<th style="height:21px; width:501px">\r\n\t\t\t<p>具体措施</p>\r\n\t\t\t</th>\r\n\t\t\t<th style="height:21px; width:123px">\r\n\t\t\t<p>时间进度</p>\r\n\t\t\t</th>\r\n\t\t\t<th style="height:21px; width:104px">\r\n\t\t\t<p>责任人</p>\r\n\t\t\t</th>\r\n\t\t</tr>\r\n\t</thead>\r\n\t<tbody>\r\n\t\t<tr>\r\n\t\t\t<td rowspan="4" style="height:36px; width:32px">\r\n\t\t\t<p>一</p>\r\n\t\t\t</td>\r\n\t\t\t<td rowspan="4" style="height:36px; width:85px">\r\n\t\t\t<p>认真落实疫情防控措施</p>\r\n\t\t\t</td>\r\n\t\t\t<td rowspan="2" style="height:36px; width:104px">\r\n\t\t\t<p>发挥党支部在疫情防控中的战斗堡垒作用</p>\r\n\t\t\t</td>\r\n\t\t\t<td style="height:36px; width:501px">\r\n\t\t\t<p>1. 认真学习和领会习近平总书记关于疫情防控的重要讲话精神，积极贯彻执行上级关于疫情防控的指示精神和决策部署。</p>\r\n\t\t\t</td>\r\n\t\t\t<td style="height:36px; width:123px">\r\n\t\t\t<p>至疫情</p>\r\n\r\n\t\t\t<p>解除</p>\r\n\t\t\t</td>\r\n\t\t\t<td style="height:36px; width:104px">\r\n\t\t\t<p>支部班子成员</p>\r\n\t\t\t</td>\r\n\t\t</tr>\r\n\t\t<tr>\r\n\t\t\t<td style="height:37px; width:501px">\r\n\t\t\t<p>2.按照公司抗疫工作总体部署和要求,以高度责任感严格落实党支部在疫情防控工作中的责任，充分发挥党支部的战斗堡垒作用。</p>\r\n\t\t\t</td>\r\n\t\t\t<td style="height:37px; width:123px">\r\n\t\t\t<p>至疫情</p>\r\n\r\n\t\t\t<p>解除</p>\r\n\t\t\t</td>\r\n\t\t\t<td style="height:37px; width:104px">\r\n\t\t\t<p>支部班子成员</p>\r\n\t\t\t</td>\r\n\t\t</tr>\r\n\t\t<tr>\r\n\t\t\t<td rowspan="2" style="height:39px; width:104px">\r\n\t\t\t<p>发挥党员干部在疫情防控中的表率作用</p>\r\n\t\t\t</td>\r\n\t\t\t<td style="height:39px; width:501px">\r\n\t\t\t<p>3. 贯彻落实公司疫情防控工作要求，领导干部勇于担当，党员干部立足岗位,尽责、守责，严格执行公司疫情防控措施。</p>\r\n\t\t\t</td>\r\n\t\t\t<td style="height:39px; width:123px">\r\n\t\t\t<p>至疫情</p>\r\n\r\n\t\t\t<p>解除</p>\r\n\t\t\t</td>\r\n\t\t\t<td style="height:39px; width:104px">\r\n\t\t\t<p>支部班子成员</p>\r\n\t\t\t</td>\r\n\t\t</tr>\r\n\t\t<tr>\r\n\t\t\t<td style="height:42px; width:501px">\r\n\t\t\t<p>4. 组建党员干部为骨干的志愿者队伍，积极参与公司抗疫工作；加强防疫工作宣传，认真落实复工复产措施，保障公司安全生产。</p>\r\n\t\t\t</td>\r\n\t\t\t<td style="height:42px; width:123px">\r\n\t\t\t<p>至疫情</p>\r\n\r\n\t\t\t<p>解除</p>\r\n\t\t\t</td>\r\n\t\t\t<td style="height:42px; width:104px">\r\n\t\t\t<p>支部班子成员</p>\r\n\t\t\t</td>\r\n\t\t</tr>\r\n\t\t<tr>\r\n\t\t\t<td rowspan="7" style="height:34px; width:32px">\r\n\t\t\t<p>二</p>\r\n\t\t\t</td>\r\n\t\t\t<td rowspan="7" style="height:34px; width:85px">\r\n\t\t\t<p>加强党的政治建设</p>\r\n\t\t\t</td>\r\n\t\t\t<td style="height:34px; width:104px">\r\n\t\t\t<p>严肃党的政治纪律</p>\r\n\t\t\t</td>\r\n\t\t\t<td style="height:34px; width:501px">\r\n\t\t\t<p>5.教育引导全体党员增强&ldquo;四个意识&rdquo;、坚定&ldquo;四个自信&rdquo;、坚决做到&ldquo;两个维护&rdquo;，强化政治纪律和政治规矩，严格规范言行。</p>\r\n\t\t\t</td>\r\n\t\t\t<td style="height:34px; width:123px">\r\n\t\t\t<p>全年</p>\r\n\t\t\t</td>\r\n\t\t\t<td style="height:34px; width:104px">\r\n\t\t\t<p>支部班子成员</p>\r\n\t\t\t</td>\r\n\t\t</tr>\r\n\t\t<tr>\r\n\t\t\t<td rowspan="2" style="height:36px; width:104px">\r\n\t\t\t<p>加强政治理论学习</p>\r\n\t\t\t</td>\r\n\t\t\t<td style="height:36px; width:501px">\r\n\t\t\t<p>6.持续深入学习习近平新时代中国特色社会主义思想和党的十九大会议精神，强化政治理论学习,指导工作实践.</p>\r\n\t\t\t</td>\r\n\t\t\t<td style="height:36px; width:123px">\r\n\t\t\t<p>全年</p>\r\n\t\t\t</td>\r\n\t\t\t<td style="height:36px; width:104px">\r\n\t\t\t<p>支部班子成员</p>\r\n\t\t\t</td>\r\n\t\t</tr>\r\n\t\t<tr>\r\n\t\t\t<td style="height:36px; width:501px">\r\n\t\t\t<p>7．认真落实党员培训、参观等学习教育活动，保证党员全年集中学习时间不少于32学时，加强&ldquo;学习强国&rdquo;学习平台与集团党建网等新媒体平台的学习。</p>\r\n\t\t\t</td>\r\n\t\t\t<td style="height:36px; width:123px">\r\n\t\t\t<p>全年</p>\r\n\t\t\t</td>\r\n\t\t\t<td style="height:36px; width:104px">\r\n\t\t\t<p>党支部书记</p>\r\n\t\t\t</td>\r\n\t\t</tr>\r\n\t\t<tr>\r\n\t\t\t<td rowspan="2" style="height:37px; width:104px">\r\n\t\t\t<p>巩固主题教育成果</p>\r\n\t\t\t</td>\r\n\t\t\t<td style="height:37px; width:501px">\r\n\t\t\t<p>8. 认真落实&ldquo;回头看&rdquo;等措施，持续深入抓好主题教育整改落实，注重抓好新发现问题的整改，健全查改问题长效机制。</p>\r\n\t\t\t</td>\r\n\t\t\t<td style="height:37px; width:123px">\r\n\t\t\t<p>全年</p>\r\n\t\t\t</td>\r\n\t\t\t<td style="height:37px; width:104px">\r\n\t\t\t<p>支部班子成员</p>\r\n\t\t\t</td>\r\n\t\t</tr>\r\n\t\t<tr>\r\n\t\t\t<td style="height:38px; width:501px">\r\n\t\t\t<p>9.总结与运用主题教育成果经验，把主题教育成果和经验转化成具体的工作措施和方法，形成不忘初心、牢记使命长效机制。</p>\r\n\t\t\t</td>\r\n\t\t\t<td style="height:38px; width:123px">\r\n\t\t\t<p>全年</p>\r\n\t\t\t</td>\r\n\t\t\t<td style="height:38px; width:104px">\r\n\t\t\t<p>支部班子成员</p>\r\n\t\t\t</td>\r\n\t\t</tr>\r\n\t\t<tr>\r\n\t\t\t<td rowspan="2" style="height:37px; width:104px">\r\n\t\t\t<p>加强意识形态工作</p>\r\n\t\t\t</td>\r\n\t\t\t<td style="height:37px; width:501px">\r\n\t\t\t<p>10.牢牢抓住领导班子宣讲形势任务、厂情发布会、公司领导联系党小组与班组、党群干部&ldquo;跟班&rdquo;、&ldquo;走转树&rdquo;等活动载体，深入开展形势任务宣传教育。</p>\r\n\t\t\t</td>\r\n\t\t\t<td style="height:37px; width:123px">\r\n\t\t\t<p>全年</p>\r\n\t\t\t</td>\r\n\t\t\t<td style="height:37px; width:104px">\r\n\t\t\t<p>支部班子成员</p>\r\n\t\t\t</td>\r\n\t\t</tr>\r\n\t\t<tr>\r\n\t\t\t<td style="height:34px; width:501px">\r\n\t\t\t<p>11.弘扬先进，发挥先进典型在意识形态工作中的示范引领带动作用；定期分析党员、职工队伍的思想状况，做好思想政治工作。</p>\r\n\t\t\t</td>\r\n\t\t\t<td style="height:34px; width:123px">\r\n\t\t\t<p>全年</p>\r\n\t\t\t</td>\r\n\t\t\t<td style="height:34px; width:104px">\r\n\t\t\t<p>支部班子成员</p>\r\n\t\t\t</td>\r\n\t\t</tr>\r\n\t\t<tr>\r\n\t\t\t<td rowspan="2" style="height:34px; width:32px">\r\n\t\t\t<p>三</p>\r\n\t\t\t</td>\r\n\t\t\t<td rowspan="2" style="height:34px; width:85px">\r\n\t\t\t<p>加强党员干部队伍建设</p>\r\n\t\t\t</td>\r\n\t\t\t<td style="height:34px; width:104px">\r\n\t\t\t<p>提高管理、服务能力</p>\r\n\t\t\t</td>\r\n\t\t\t<td style="height:34px; width:501px">\r\n\t\t\t<p>12围绕企业中心工作，提高党员干部管理技能；立足岗位，提升党员干部服务职工、服务基层、当好领导参谋与助手能力。</p>\r\n\t\t\t</td>\r\n\t\t\t<td style="height:34px; width:123px">\r\n\t\t\t<p>全年</p>\r\n\t\t\t</td>\r\n\t\t\t<td style="height:34px; width:104px">\r\n\t\t\t<p>支部班子成员</p>\r\n\t\t\t</td>\r\n\t\t</tr>\r\n\t\t<tr>\r\n\t\t\t<td style="height:38px; width:104px">\r\n\t\t\t<p>落实后备人才推荐工作</p>\r\n\t\t\t</td>\r\n\t\t\t<td style="height:38px; width:501px">\r\n\t\t\t<p>13. 严格&ldquo;20字&rdquo;标准，做好后备干部推荐工作；贯彻公司《人才管理实施办法（试行）》，积极做好后备人才推荐工作。</p>\r\n\t\t\t</td>\r\n\t\t\t<td style="height:38px; width:123px">\r\n\t\t\t<p>全年</p>\r\n\t\t\t</td>\r\n\t\t\t<td style="height:38px; width:104px">\r\n\t\t\t<p>支部班子成员</p>\r\n\t\t\t</td>\r\n\t\t</tr>\r\n\t</tbody>\r\n\t<thead>\r\n\t\t<tr>\r\n\t\t\t<th rowspan="7" style="height:40px; width:32px">\r\n\t\t\t<p>&nbsp;</p>\r\n\r\n\t\t\t<p>&nbsp;</p>\r\n\r\n\t\t\t<p>&nbsp;</p>\r\n\r\n\t\t\t<p>&nbsp;</p>\r\n\r\n\t\t\t<p>&nbsp;</p>\r\n\r\n\t\t\t<p>&nbsp;</p>\r\n\r\n\t\t\t<p>四</p>\r\n\t\t\t</th>\r\n\t\t\t<th rowspan="7" style="height:40px; width:85px">\r\n\t\t\t<p>加强基层党组织建设</p>\r\n\t\t\t</th>\r\n\t\t\t<th rowspan="5" style="height:40px; width:104px">\r\n\t\t\t<p>深化支部党建基础工作</p>\r\n\t\t\t</th>\r\n\t\t\t<th style="height:40px; width:501px">\r\n\t\t\t<p>14.认真落实支部&ldquo;三会一课&rdquo;制度，提高组织生活质量；加强党支部管理平台的应用，提高电子台账记录质量。</p>\r\n\t\t\t</th>\r\n\t\t\t<th style="height:40px; width:123px">\r\n\t\t\t<p>全年</p>\r\n\t\t\t</th>\r\n\t\t\t<th style="height:40px; width:104px">\r\n\t\t\t<p>党支部书记</p>\r\n\r\n\t\t\t<p>各党小组长</p>\r\n\t\t\t</th>\r\n\t\t</tr>\r\n\t\t<tr>\r\n\t\t\t<th style="height:39px; width:501px">\r\n\t\t\t<p>15.精心设计活动主题，积极开展&ldquo;主题党日&rdquo;活动；召开专题组织生活，认真开展民主评议党员和党员志愿服务、深化岗位建功等活动。</p>\r\n\t\t\t</th>\r\n\t\t\t<th style="height:39px; width:123px">\r\n\t\t\t<p>全年</p>\r\n\t\t\t</th>\r\n\t\t\t<th style="height:39px; width:104px">\r\n\t\t\t<p>支部班子成员</p>\r\n\r\n\t\t\t<p>各党小组长</p>\r\n\t\t\t</th>\r\n\t\t</tr>\r\n\t\t<tr>\r\n\t\t\t<th style="height:46px; width:501px">\r\n\t\t\t<p>16.推进&ldquo;党支部书记工作室&rdquo;&ldquo;党支部党员活动中心&rdquo;建设工作；凝聚支部班子合力，促进支部党建工作质量迈上新台阶，努力打造支部特色党建工作品牌。</p>\r\n\t\t\t</th>\r\n\t\t\t<th style="height:46px; width:123px">\r\n\t\t\t<p>全年</p>\r\n\t\t\t</th>\r\n\t\t\t<th style="height:46px; width:104px">\r\n\t\t\t<p>支部班子成员</p>\r\n\t\t\t</th>\r\n\t\t</tr>\r\n\t\t<tr>\r\n\t\t\t<th style="height:37px; width:501px">\r\n\t\t\t<p>17.坚持政治标准，严格规范程序，做好预备党员按期转正和入党积极分子培养考察工作；严格按照党章规定，完成支部换届改选。</p>\r\n\t\t\t</th>\r\n\t\t\t<th style="height:37px; width:123px">\r\n\t\t\t<p>全年</p>\r\n\t\t\t</th>\r\n\t\t\t<th style="height:37px; width:104px">\r\n\t\t\t<p>党支部书记</p>\r\n\r\n\t\t\t<p>组织委员</p>\r\n\t\t\t</th>\r\n\t\t</tr>\r\n\t\t<tr>\r\n\t\t\t<th style="height:37px; width:501px">\r\n\t\t\t<p>18.认真落实&ldquo;国企党建会议精神深化巩固年&rdquo;各项工作和要求，对标党建目标责任制任务指标，落实开展季度自查自纠要求，不断提高党建工作质量。</p>\r\n\t\t\t</th>\r\n\t\t\t<th style="height:37px; width:123px">\r\n\t\t\t<p>全年</p>\r\n\t\t\t</th>\r\n\t\t\t<th style="height:37px; width:104px">\r\n\t\t\t<p>支部班子成员</p>\r\n\t\t\t</th>\r\n\t\t</tr>\r\n\t\t<tr>\r\n\t\t\t<th rowspan="2" style="height:46px; width:104px">\r\n\t\t\t<p>提高党建服务中心能力。</p>\r\n\t\t\t</th>\r\n\t\t\t<th style="height:46px; width:501px">\r\n\t\t\t<p>19.围绕公司经营管理重点工作，组织党员干部积极开展立功竞赛、献计献策等活动，将党建力转化为推动公司发展的生产力。</p>\r\n\t\t\t</th>\r\n\t\t\t<th style="height:46px; width:123px">\r\n\t\t\t<p>&nbsp;&nbsp;&nbsp; 全年</p>\r\n\t\t\t</th>\r\n\t\t\t<th style="height:46px; width:104px">\r\n\t\t\t<p>支部班子成员</p>\r\n\t\t\t</th>\r\n\t\t</tr>\r\n\t\t<tr>\r\n\t\t\t<th style="height:36px; width:501px">\r\n\t\t\t<p>20.把握引领、保障、服务三个环节，进一步发挥党支部战斗堡垒作用；深入开展党员先锋岗等活动，不断强化党员先进性意识，积极发挥先锋模范作用。</p>\r\n\t\t\t</th>\r\n\t\t\t<th style="height:36px; width:123px">\r\n\t\t\t<p>全年</p>\r\n\t\t\t</th>\r\n\t\t\t<th style="height:36px; width:104px">\r\n\t\t\t<p>支部班子成员</p>\r\n\t\t\t</th>\r\n\t\t</tr>\r\n\t</thead>\r\n\t<tbody>\r\n\t\t<tr>\r\n\t\t\t<td rowspan="7" style="height:34px; width:32px">\r\n\t\t\t<p>五</p>\r\n\t\t\t</td>\r\n\t\t\t<td rowspan="7" style="height:34px; width:85px">\r\n\t\t\t<p>加强党风和反腐倡廉工作</p>\r\n\t\t\t</td>\r\n\t\t\t<td rowspan="3" style="height:34px; width:104px">\r\n\t\t\t<p>落实党风廉政建设责任制</p>\r\n\t\t\t</td>\r\n\t\t\t<td style="height:34px; width:501px">\r\n\t\t\t<p>21.学习贯彻2020年度公司党风廉政建设工作要点，认真开展支部和部门领导班子、领导干部党风廉政建设责任分工。</p>\r\n\t\t\t</td>\r\n\t\t\t<td style="height:34px; width:123px">\r\n\t\t\t<p>四月份</p>\r\n\t\t\t</td>\r\n\t\t\t<td style="height:34px; width:104px">\r\n\t\t\t<p>党支部书记</p>\r\n\t\t\t</td>\r\n\t\t</tr>\r\n\t\t<tr>\r\n\t\t\t<td style="height:39px; width:501px">\r\n\t\t\t<p>21.以党风廉政建设责任制为主线，建立&ldquo;三级预控网络&rdquo;责任人队伍，组织关键岗位人员签订《廉洁承诺书》。</p>\r\n\t\t\t</td>\r\n\t\t\t<td style="height:39px; width:123px">\r\n\t\t\t<p>四月份</p>\r\n\t\t\t</td>\r\n\t\t\t<td style="height:39px; width:104px">\r\n\t\t\t<p>党支部书记</p>\r\n\r\n\t\t\t<p>纪检委员</p>\r\n\t\t\t</td>\r\n\t\t</tr>\r\n\t\t<tr>\r\n\t\t\t<td style="height:39px; width:501px">\r\n\t\t\t<p>22.坚持一级抓一级、层层抓落实的要求，把公司加强党风廉政和反腐倡廉建设工作分解、细化到岗位。</p>\r\n\t\t\t</td>\r\n\t\t\t<td style="height:39px; width:123px">\r\n\t\t\t<p>全年</p>\r\n\t\t\t</td>\r\n\t\t\t<td style="height:39px; width:104px">\r\n\t\t\t<p>党支部书记</p>\r\n\r\n\t\t\t<p>纪检委员</p>\r\n\t\t\t</td>\r\n\t\t</tr>\r\n\t\t<tr>\r\n\t\t\t<td rowspan="2" style="height:37px; width:104px">\r\n\t\t\t<p>深化预控源识别和网络预控</p>\r\n\t\t\t</td>\r\n\t\t\t<td style="height:37px; width:501px">\r\n\t\t\t<p>23.继续深入开展预控源识别工作，明确预控岗位，制定预控措施；认真开展&ldquo;三级预控网络&rdquo;季度&ldquo;三检查一评议&rdquo;，规范网络运作，强化网络预控。</p>\r\n\t\t\t</td>\r\n\t\t\t<td style="height:37px; width:123px">\r\n\t\t\t<p>全年</p>\r\n\t\t\t</td>\r\n\t\t\t<td style="height:37px; width:104px">\r\n\t\t\t<p>党支部书记</p>\r\n\r\n\t\t\t<p>纪检委员</p>\r\n\t\t\t</td>\r\n\t\t</tr>\r\n\t\t<tr>\r\n\t\t\t<td style="height:40px; width:501px">\r\n\t\t\t<p>24.以关键岗位为人员为主要对象，认真开展党员干部廉洁从业教育、遵纪守规教育和警示教育；结合上级开展专项督查活动，进一步加强监督力度。</p>\r\n\t\t\t</td>\r\n\t\t\t<td style="height:40px; width:123px">\r\n\t\t\t<p>全年</p>\r\n\t\t\t</td>\r\n\t\t\t<td style="height:40px; width:104px">\r\n\t\t\t<p>党支部书记</p>\r\n\r\n\t\t\t<p>纪检委员</p>\r\n\t\t\t</td>\r\n\t\t</tr>\r\n\t\t<tr>\r\n\t\t\t<td rowspan="2" style="height:38px; width:104px">\r\n\t\t\t<p>加强作风建设</p>\r\n\t\t\t</td>\r\n\t\t\t<td style="height:38px; width:501px">\r\n\t\t\t<p>25.严格执行中央八项规定精神，认真学习和落实公司关于加强党员干部作风建设的措施和要求，牢固树立作风建设永远在路上的意识。</p>\r\n\t\t\t</td>\r\n\t\t\t<td style="height:38px; width:123px">\r\n\t\t\t<p>全年</p>\r\n\t\t\t</td>\r\n\t\t\t<td style="height:38px; width:104px">\r\n\t\t\t<p>支部班子成员</p>\r\n\t\t\t</td>\r\n\t\t</tr>\r\n\t\t<tr>\r\n\t\t\t<td style="height:33px; width:501px">\r\n\t\t\t<p>26. 坚持服务基层、服务职工、当好领导参谋与助手理念，进一步提升机关党员干部服务能力，把加强作风建设与实际工作结合起来。</p>\r\n\t\t\t</td>\r\n\t\t\t<td style="height:33px; width:123px">\r\n\t\t\t<p>全年</p>\r\n\t\t\t</td>\r\n\t\t\t<td style="height:33px; width:104px">\r\n\t\t\t<p>支部班子成员</p>\r\n\t\t\t</td>\r\n\t\t</tr>\r\n\t\t<tr>\r\n\t\t\t<td rowspan="6" style="height:42px; width:32px">\r\n\t\t\t<p>六</p>\r\n\t\t\t</td>\r\n\t\t\t<td rowspan="6" style="height:42px; width:85px">\r\n\t\t\t<p>加强和谐家园建设</p>\r\n\t\t\t</td>\r\n\t\t\t<td rowspan="2" style="height:42px; width:104px">\r\n\t\t\t<p>服务职工群众</p>\r\n\t\t\t</td>\r\n\t\t\t<td style="height:42px; width:501px">\r\n\t\t\t<p>27.关心职工思想、工作和生活，持续推进&ldquo;走转树&rdquo;活动，积极开展帮困送温暖和家访慰问工作，了解和掌握职工及家庭实际状况.</p>\r\n\t\t\t</td>\r\n\t\t\t<td style="height:42px; width:123px">\r\n\t\t\t<p>全年</p>\r\n\t\t\t</td>\r\n\t\t\t<td style="height:42px; width:104px">\r\n\t\t\t<p>支部班子成员</p>\r\n\t\t\t</td>\r\n\t\t</tr>\r\n\t\t<tr>\r\n\t\t\t<td style="height:37px; width:501px">\r\n\t\t\t<p>28.做好综治维稳工作,加强日常综治工作的推进实施，稳妥化解和处理不稳定因素，稳定职工队伍，确保一方平安。</p>\r\n\t\t\t</td>\r\n\t\t\t<td style="height:37px; width:123px">\r\n\t\t\t<p>全年</p>\r\n\t\t\t</td>\r\n\t\t\t<td style="height:37px; width:104px">\r\n\t\t\t<p>支部班子成员</p>\r\n\t\t\t</td>\r\n\t\t</tr>\r\n\t\t<tr>\r\n\t\t\t<td rowspan="2" style="height:37px; width:104px">\r\n\t\t\t<p>推进企业文化</p>\r\n\t\t\t</td>\r\n\t\t\t<td style="height:37px; width:501px">\r\n\t\t\t<p>29.贯彻《企业文化建设三年实施纲要》，组织职工积极参加公司组织开展的形式多样、内容丰富的职工文体活动，共同打造特色企业文化品牌。</p>\r\n\t\t\t</td>\r\n\t\t\t<td style="height:37px; width:123px">\r\n\t\t\t<p>全年</p>\r\n\t\t\t</td>\r\n\t\t\t<td style="height:37px; width:104px">\r\n\t\t\t<p>支部班子成员</p>\r\n\t\t\t</td>\r\n\t\t</tr>\r\n\t\t<tr>\r\n\t\t\t<td style="height:29px; width:501px">\r\n\t\t\t<p>30.加强职工思想道德教育，弘扬企业文化，构建和谐家园，提升职工文明素养和思想道德境界。</p>\r\n\t\t\t</td>\r\n\t\t\t<td style="height:29px; width:123px">\r\n\t\t\t<p>全年</p>\r\n\t\t\t</td>\r\n\t\t\t<td style="height:29px; width:104px">\r\n\t\t\t<p>支部班子成员</p>\r\n\t\t\t</td>\r\n\t\t</tr>\r\n\t\t<tr>\r\n\t\t\t<td rowspan="2" style="height:37px; width:104px">\r\n\t\t\t<p>关心群团工作</p>\r\n\t\t\t</td>\r\n\t\t\t<td style="height:37px; width:501px">\r\n\t\t\t<p>31.认真落实公司群团工作要求，进一步增强群团组织的生机活力，发挥群团组织特殊优势，更好促进公司生产发展。</p>\r\n\t\t\t</td>\r\n\t\t\t<td style="height:37px; width:123px">\r\n\t\t\t<p>全年</p>\r\n\t\t\t</td>\r\n\t\t\t<td style="height:37px; width:104px">\r\n\t\t\t<p>支部班子成员</p>\r\n\t\t\t</td>\r\n\t\t</tr>\r\n\t\t<tr>\r\n\t\t\t<td style="height:34px; width:501px">\r\n\t\t\t<p>32.发挥职工代表作用，畅通职工参政议政渠道；贯彻落实厂务公开要求，推进民主管理规范化、制度化、常态化。</p>\r\n\t\t\t</td>\r\n\t\t\t<td style="height:34px; width:123px">\r\n\t\t\t<p>全年</p>\r\n\t\t\t</td>\r\n\t\t\t<td style="height:34px; width:104px">\r\n\t\t\t<p>支部班子成员</p>\r\n\t\t\t</td>\r\n\t\t</tr>\r\n\t</tbody>\r\n</table>\r\n',
  image:
    "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAMgAAADICAYAAACtWK6eAAAAGXRFWHRTb2Z0d2FyZQBBZG9iZSBJbWFnZVJlYWR5ccllPAAAAyNpVFh0WE1MOmNvbS5hZG9iZS54bXAAAAAAADw/eHBhY2tldCBiZWdpbj0i77u/IiBpZD0iVzVNME1wQ2VoaUh6cmVTek5UY3prYzlkIj8+IDx4OnhtcG1ldGEgeG1sbnM6eD0iYWRvYmU6bnM6bWV0YS8iIHg6eG1wdGs9IkFkb2JlIFhNUCBDb3JlIDUuNi1jMDE0IDc5LjE1Njc5NywgMjAxNC8wOC8yMC0wOTo1MzowMiAgICAgICAgIj4gPHJkZjpSREYgeG1sbnM6cmRmPSJodHRwOi8vd3d3LnczLm9yZy8xOTk5LzAyLzIyLXJkZi1zeW50YXgtbnMjIj4gPHJkZjpEZXNjcmlwdGlvbiByZGY6YWJvdXQ9IiIgeG1sbnM6eG1wTU09Imh0dHA6Ly9ucy5hZG9iZS5jb20veGFwLzEuMC9tbS8iIHhtbG5zOnN0UmVmPSJodHRwOi8vbnMuYWRvYmUuY29tL3hhcC8xLjAvc1R5cGUvUmVzb3VyY2VSZWYjIiB4bWxuczp4bXA9Imh0dHA6Ly9ucy5hZG9iZS5jb20veGFwLzEuMC8iIHhtcE1NOkRvY3VtZW50SUQ9InhtcC5kaWQ6OTk2QkI4RkE3NjE2MTFFNUE4NEU4RkIxNjQ5MTYyRDgiIHhtcE1NOkluc3RhbmNlSUQ9InhtcC5paWQ6OTk2QkI4Rjk3NjE2MTFFNUE4NEU4RkIxNjQ5MTYyRDgiIHhtcDpDcmVhdG9yVG9vbD0iQWRvYmUgUGhvdG9zaG9wIENDIChNYWNpbnRvc2gpIj4gPHhtcE1NOkRlcml2ZWRGcm9tIHN0UmVmOmluc3RhbmNlSUQ9InhtcC5paWQ6NjU2QTEyNzk3NjkyMTFFMzkxODk4RDkwQkY4Q0U0NzYiIHN0UmVmOmRvY3VtZW50SUQ9InhtcC5kaWQ6NjU2QTEyN0E3NjkyMTFFMzkxODk4RDkwQkY4Q0U0NzYiLz4gPC9yZGY6RGVzY3JpcHRpb24+IDwvcmRmOlJERj4gPC94OnhtcG1ldGE+IDw/eHBhY2tldCBlbmQ9InIiPz5WHowqAAAXNElEQVR42uxda4xd1XVe53XvvD2eGQ/lXQcKuDwc2eFlCAGnUn7kT6T86J/+aNTgsWPchJJYciEOCQ8hF+G0hFCIHRSEqAuJBCqRaUEIEbmBppAIBGnESwZje8COZ+y587j3PLq+ffadGJix53HvPevcuz60xPjec89ZZ+39nf04+9vLSZKEFArFzHA1BAqFEkShUIIoFEoQhUIJolAoQRQKJYhCoQRRKJQgCoUSRKFQKEEUCiWIQrFo+Gv/8/YH+f/nsMWSHHMChyhxqPTTdyncWyJ3ScD/ztipiB3wXSqu6P17avN+TyFC5ggv4tRnmoxWTP1+5F+Mz17GPvPl49EKBWd3UsfXllPiso8VcYtmPba3fNuKrBVXrGFCbrdPwXndFL49ltI367roOpSUI4pGypv9s7q+ltj6JxqOQ07Bo/DgxGb2/a8cX0CnAWXJ5etz2TqdHiXHKlKj9w6i9XX8Ic41DmI8FVHhmmXk85MmRhCzJoiTWnig9LfJRHihgydxzAxJhBr7Bh/hK3yu+p9568FliTJF2aKMZfVd/kQOcKP6OBmS9+Rjm4zJ6faoeN0gOUn61MncLX4CJ+MRhe+P/dRxhfew2Df4CF/hs4jWg8vQYUKYMuWyRRkLjeHQ8YP0Z9mekVjA8Qj3VVcuoeDiXu63lkUE0ym6FA5PXBaNVr7qtPumGyPR4Bt8hK/wWUR5chn6XJYoU5StUHL8l+XEx2axhkS6yk+chJuP4rXLyOkIKJkS0B67adcqfL/0Y4pixxSysK6V8Yl9Mz7i3272NRFlhzJsu24Z5l9E9Ahmwfrpoj7uw3fZtktsRZKjIXnndlLxin7+W8ZTBwPf6I+Tg9HwxK2Ob8citbCoBoaxBxMCvsFH+CqjHCtUvLzflKWUcpwB91gupG5f9/Rtx39ZZBtmWyJtphKzHTQW0diP36b4aJmcLj/zGaSkHJPb4SWFi/tOJd8bTqd9s48VBRh4RKeUX/vjgXg8cpyCmz05xkJylxSoa8M5RF0eJaVIIkGOsg2yTc3UgpD94psiWxEOqDNYoOIXuHnGwE5AXUTFi46FTnRw4l/dwEm7/pSxcYnCF/gE3zInh52RRJkVP7/MlKFQcgCbjifHTAQBfsb2qsgBO3e1Cpf3UXBej3nRJKKrxU/rcH/pKzz4vNIQuRJTEmZklbg6EL4SPsE3GQPzinmfhbJDGQolB+r8w58abs5y8DqRt4ABeptLRR7koY9NleybEYw/MPisvF/ayT1/SvDewcnIcG32wfiCAbEvoCZyGaGsitdyz6XdTctQJq6fcT5mloNfYvu5yFZkpEz+RT0UrFoqpxVBV+vQxIrkaPnrbqdvXs6hcjbU+Jq4Nvvwd/BFRNeq2npwWfkX95iyE9p6PM72P/MhCPANTBSKu5WITHcC074Y9CUTkYglKBgcV/aVtlM5Kpp/RHFjDdfka7MP/2wG6m72661QNigjlBXKTGBtsjWKNs5atCf44Uds3xc5YD8Wknd2BxWuGjCzIxLWQzlFj+IjU108OL7bafM5sm5DDdfka/8T+9AJXyTMpqFsUEYoK5SZ0NbjVlvX500Q4Ha2A+JuCcEvhVS8qp/8MzspHhMSfO7mVPaP35BMRp9JsCQldbX+hmvxNfnamzJfqVvtWnGZoGxQRigroYs6UbfvOGHn4ORVkTaIbEWwtqg3MNO+Zql0JGCdVuCayhDuG9uJB7vp+oR17FbZc+NauCauLWLmKkqXr6NsUEYoK6GtxwY6CXXnEs0n2faIHLCPhhR8bikFKwRN+xZddHWu5a7Ol9yCZ2ZwHKdOxufGNeKRqS/hmnLWW1VMmQSrl5oyEkqOPbZu02IJAsic9sU7B+5uF9cOmqUfeLOdOaAZYb/CA+M/Ic9NxUoYMNfD/PT84f7xB807EAnrrbgMUBZt1w1SEpCIqfjF1Om5EuQNth0iu1r8tPLP76LCpX2yWpHDk2dGH018p6brtD5hOHf04cR3okOTZ0lqPVAW3gVdlMhdrfsTW6drRhDgRrYJcbeKZQxTkenvegNt6YBQwrQvOxG+P3ZHEia9TuClS9Br1XKge8XnxLlxjelzZ/2w4tijDMxyoHIsVQg1zvYPcy7KeZx4jG2zyFakFJF7Whu1XT2QvhfJeryeVNdplYPo4Pi9hKd7VVxVC8O5cH4+N65hXgoKuGfEHmWAskjGxI49Ntu6XHOCAD9ie1PcLSepjDNY00fB8m6KpSyJx/jgg9LfJEfLK40818w+LXY5e5zKaMfKl+DcIlSCZp0cd3U59igDI4+WOa2LunvfvDoD9RrcNLqAjDy3yzfrtKqbAkggSDIZmSlYxzz9a8BaJ101zF2rh3BuSTJaCKGMDEGujHbedXch0X2ebbdEkkDC6a9cQoWVguS53P0JP5xcHY1W/tppD9KxgrdAw5QxnwPn4nOukrPeqkzBJb0m9oJltLtt3a07QYD1IkMAeS7/hw0BXMhzJwXJc/eV7kuiyIN8OOGuUhLP06JUeoxz4FxiZLRouTsDM9WO2OdBRtsIgrzHtk3kgH00JO+cTipc2S9jqyCaluf2xwcnfuB6LndHuEsSzdP4N/gtzoFzSZHRIsaQQiPmidyXgttsnW0YQYDvsh2ROGBPxkMqXjNA/qlCFsnZ8UdlX+kfk0pymlnMWH2JOBfz0sWI+C3OMS1dzPphhPVWHOPC5wdMzIUOzFFHb1lwB2ARF+ZOPt0gshWBPLe/wCRZlu6CIkSei/cE0fD4g2ZbVWceyxH5WPwGvzXrrSTJaDnG7oBoGS3qaCULggCPsv1W5IAd8tzLllJwvpx1WthMIfyg9OVotHy1WVQ4V37wsfgNfkuSZLQcW8Q4lruU/RVbRykrggDXiwwN3uQWnXTa1xMkz2W/on2lndNajpNtAGePw2/MOicBMlqs+8K7GBNbjrFgGe2iX0nUgiAvs+0S2YpgndaFPVRc3SdmVanZlfGjifOiw5PrT/oGvPpG/vDkEH4jZ70Vt86rl5rYimmdP41/s3Uzc4Isup9XNxwvz+0tyNAlONPrtO6hctR+QnluKqNt52O3pxvtClhvxTH0egtmEwbBMlrUxU21OFGtCHKYbavIATv3j90z26kIea4QZRtahfhIuT0anrjH7O3rpjNVHzPIaLG3Lh8Tj5TbRQihjlNyehxTwTLarbZOiiEIcBfbPnGhMtroChXW9JN/VqeYdyPEY4nwwPj6ZCL8C1T+T61JhDqRv8MxZgwlJG2BxzEsrBmgeEzseqt9ti6SNIIA8t6wm901eFDZ66d7M4UkQ56LVgTTvvtKaRqFqoTWymjxGb6LpUzrImYcuzaOIWKJmAptPWpaB2sd+V+yvSB1wB6s7qXgwiUyBpbJdBqFq6MjU18mKCKhRsTyEbx558/wnRmYJzLiV+DYBat6JQ/MX7B1UCxBAKHy3IQrH6W7MhY9MWkUMNAN948/8Mm35/jMDIKlpC3gmBWQtsAjifkE61b36kGQP7DdL7KrVZXnXiYpjYKZxj09Gh7f4kB4yIa/8ZmU1brIIYiYIXaJ3Nbjflv3xBME+DZbSVwIzfIIK89dJkSea18Ihu+XflD9yPztCJnW5Ri5VRntpNh8giVb5ygvBIHu9yaRrchYRO6fFU0CSTPQlDLte6zshx9O3g3D3yJajySd4EDaAsQMsRPaetxk61zty+YTCXRqjf9jO19cOLnyYV+p8QffpcreMXJ7BeRgh77Ds6SIYhGbMBgB2tld1DW0nGL4VxbZfKBbdUHdhol1dl7mOi0MOjttGgWT11lAwU9r1mMSsX0oxwSxgYyWOvKXtiAvBPkV239I7GqZdVqX9FDw2V5+UoYipn2nt/WRMK3LMQlW9poYCZ7WfcrWsdwSBNggMrRYdcLdhjas0+q28lzJOc8bOU7jWLh2AwzEyLxclYm6Z2ZuBEE+YLtTZEVA9tzPdBh5biJ3q5rGD8yRjXbNAPkcm0RuyjTUqf3NQBDge2yHJFaGeDyi4tUD5J3WIXmzs8Y9NDgG3un80OCYIDZCHxqHbJ2iZiEIGmnB8twgzYIkd7vMxiBON59GLJyBQLKMdiM1qOPXyMn2f2f7X5EDdshzkUbhAtED0oZMXCAGiIXgtAW/YXusURdr9NsoufLcgmP20zKy2ErrNSNGRuunMUAshL7zABq61q/RBPkd2yNSn57+X3ZTQZA8t7H3H5p7RwwEt6KP2DrUtAQBIIUsiwt99Kf+tydFntuocVhVRltNWyBTRlumGslopRNkhO1mkRVlLCT3jHYzqyU48WSN+1ZWRou0BZDRyp3Ju9nWnaYnCHA3216JlQWy0gKy557dJSaNQn0nKNL1VrhnwTLavbbOUKsQBBApzzVpFHqsPFdIGoW6AfeG7cMwrcv3TC0io80LQZ5me07kU3WkYqSlhYvkpFGoz8C8bO7RyGjlpi14ztaVliMIIFOeizQKbpI+WdsDGfLcWvcmsaK53b4gdUW3lENZXjxrgrzNdq/IAftohbzzOql4eV/zjUUcu96K7w33KFhGi7rxVisTBEBSxWPiiqYqz71mGfmDQuS5tSIHstHyPZnd7+XKaI+RgKSxEggySWmKaXkVaSwi5xSbRmGiSdZpxVZGy/eEexMso73R1o2WJwiwk+11kQNZrNO6oo+Cc7vz39Wy07q4l+CKfnNvQu/ndVsnSAkifcCOAXq7R8W1y9JdRvI87QvfnTRtgdPeujLavBLkv9meEPnUHS2Tf1EPFT67lOKRnE77munrsrkH/+IeydPXqAO/VoLMDMhz5T2irTzXpFHoKeRPnluV0XYX0mlduTLamIRJtKUR5CDbbSIrGPfX/eUdVFyTQ3luku6OaNIW/HmH5LQFt9k6oAQ5Ab7PNiyxkmGndUhRvTNyJM9F1wrZaM9IZbQmG63MocewxIejRIKg+DaKbEXGI3KWBtT2hUFKyonUZeEfB3xkX4vsM3wXvIx/IwmMqCu0WH/B9qLIpzG6Wp/rpWBFj/x1WnaCAb4G7LPgad0XbZmTEmTukDnti0yzgZvKcwNPtDzXyGjZR5ONFincVEbbVAR5je0hkU/lkTL5F3TZzQ2EvjysJr1hH/0LuiVPTz9ky1oJsgB8iwQsN5hplISns5Hn9hXl9eurMlr2zUzrVsQuk5m0ZUxKkIXhKNsWkQN2yHNPhzx3WbqQMRZGYCOjXWZ8FDzjtsWWsRJkEfgh2zvyOvhWnovsucu75GTPtdlo4RN8i+W+s3nHli0pQRaPIXEeVeW53V46YJciz2Uf4IvxiX0juW/9h/JQ8fJCkGfZnpE5YK9QsHIJBZcIkOdW141d3Gt8EiyjfcaWqRKk6Z84kOc6duODjmzluUZGyz4g6Q18UhltaxHkXbbtIgfsRyvknQt5bobZc6dltP3Gl0SudmW7LUslSJ1mPUbFeWVUepDnDpB3SgazRtW0BXxt+ABfhE7rypyVbCKCTLF9U2QrgjQKg3b7zskGv3eI0+XsuDZ8EJy2YJMtQyVIHfEztldFDtghz728j4LzGphGoZq2gK9ZMDuwiH3ngTJ7OG+VLY8EAeTKc9ts9lwk42zEOi2st+JrYZIA1xYso12Xx4qWV4K8xPZzka3ISCrPDVY1YJ1WtfVYZWW0ctdbPW7LTAnSQHyDJCoykEYhTNdpuUsK6YDZqQ85cG5cw6y3CsWmLYBXG/NayfJMkI8oVR/KG7AfC8k7u4MKVw2kM1r1eB2RpDNXuAauJVhGe6stKyVIBrid7YA4r6o5N5BG4cxOI3mtaeWtymj53LiG4FwmKJs78lzB8k4QVIsN4ryqynN7AzP1ShXIc2tYg3GuSpJO6/aKltHK3KWmhQgCPMm2R+SAfTSkANlzV9Rw2rc6MDcyWtHZaPfYsiElSPaQOYVYiSnxiIprB8kpeGn+v8U2mZD8FjxzTpybKjqtqwQ5Od5g2yGyq4Xsued3UeHSvsW3IlUZLZ8L5xSctmCHLRMliCBgN/AJcV7F6SpbjBe8gUWkUaimLeBzmOUsU2JltOMkcbd+JQiNkYB8ErNVbPe0Nmq72i4kXMiwNUnfe+AcOJfgfCWbbVkoQQTiR2xvivPKynODNX0ULF9AGoVq2gL+Lc4hWEaL2N/XTBWq2Qgic3BYled2+ekeVfOV51az0WKNF59DsIx2XbNVpmYkyPNsuyWSBBJYf+USKsxHnlvNRsu/8WXLaHfb2CtBcoD1Ir2CPJf/wxSt2xmkupGT9c6QtoCPNdO66FfJldGub8aK1KwEeY9tm8gB+2hI3jmdVLii/+RbBdktfHAsfpPIfSm4zcZcCZIjfJftiMQBO1IQQBrrn3qCRYZ20SOOMTLacbHrrRDjW5q1EjUzQbiTTzeIbEUgz+232XNne59RfX+CbLT9omW0iHFFCZJPPMr2W5EDdshzL1tKwfkzrNOqrrfi73CMYBntKzbGpATJL64X6RXWZRVtxlnP+VgaBZO2wEu/wzGatkAJUk+8zLZLZCuCdVoXciux+rhVuXYVMD7Dd7Hc9Va7bGyVIE0Amf3kaXnuIHm9qTwXhr/xmWAZbUXk+E4JsmAcZtsqcsAOee6Z7VS08lwY/sZngmW0W21MlSBNhLvY9onzCqtIxipUuKqf3L6iMfyNz4RO6+6zsWwJ+NRawNvep8S1IhMxucie+8VT0o+6PIqPiB17rG+lCtNqBPkl2wts14gbsCONwqVLzT8Fr7d6wcawZeBS60Hm1GSSTu+a6d5EY6cEyQ5/YLtf4oCd4iQ1ma3H/TZ2SpAWwLfZSqSYK0o2ZqQEaQ1AN32T1vs54yYbMyVIC+GBVuwyLLBL+kCr3rzb4oV/vdZ/jZESZHb8iqS9F5GFp2yMlCAtjCENgcZGCTI79rPdqWH4FO60sVGCKOh7bIc0DNM4ZGNCShAFEFKOsyDVARttTJQgGoJpPMb2Gw2DicFjGgYlyExYpyHQGChBZsfv2B5p4ft/xMZAoQSZFZso3TKo1VC2965QgpwQI2w3t+B932zvXaEEOSnuZtvbQve7196zQgkyZ6zXe1UoQWbH02zPtcB9PmfvVaEEmTeG9B6VIIrZ8RbbvU18f/fae1QoQRYMJKU81oT3dYwkJj1VguQOk9REaY2Pw4323hRKkEVjJ9vrTXQ/r9t7UihBaobr9V6UIIrZ8Wu2J5rgPp6w96JQgtQcG2jmhGl5QWzvQaEEqQsOst2WY/9vs/egUILUtZIN59Dv4ZyTWwmSEyDnUx7luRtJar4qJUjT4RdsL+bI3xetzwolSMOwTn1Vgihmx2tsD+XAz4esrwolSMPxLZK9XGPS+qhQgmSCo2xbBPu3xfqoUIJkhh+yvSPQr3esbwolSOYYUp+UIIrZ8SzbM4L8ecb6pFCC6BNbWw8lSB7wLtt2AX5st74olCDikPWskfRZNSVIi2OKst2+c5P1QaEEEYuH2V7N4Lqv2msrlCDisa5FrqkEUSwIL7E93sDrPW6vqVCC5AaN0l/kVZ+iBGlxfMR2awOuc6u9lkIJkjvcwXagjuc/YK+hUILkEgnVdxeRDfYaCiVIbvEk2546nHePPbdCCZJ7rMvJORVKkEzwBtuOGp5vhz2nQgnSNMBu6uM1OM84Nedu80qQFscY1SYfx2Z7LoUSpOlwH9ubi/j9m/YcCiWIDth1YK4EaUU8z7Z7Ab/bbX+rUII0PdY36DcKJUgu8R7btnkcv83+RqEEaRncwnZkDscdsccqlCAthQrbDXM47gZ7rEIJ0nJ4lO2VE3z/ij1GoQRpWaxb4HcKJUhL4GW2XTN8vst+p1CCtDw+Oc6Y6/hEoQRpCRxm23rcv7fazxRKEIXFXZRuwBDZvxUC4GsIREHflguDkyQqaVYotIulUChBFAoliEKhBFEolCAKhRJEoVCCKBRKEIVCCaJQKJQgCoUSRKFQgigUShCFIhP8vwADACog5YM65zugAAAAAElFTkSuQmCC",
  example: `<!DOCTYPE html>
    <html lang="en">
        <head>
            <meta charset="UTF-8" />
            <title>Document</title>
        </head>
        <body>
            <div>
                <p>Taken from wikipedia</p>
                <img
                    src="data:image/png;base64, iVBORw0KGgoAAAANSUhEUgAAAAUAAAAFCAYAAACNbyblAAAAHElEQVQI12P4//8/w38GIAXDIBKE0DHxgljNBAAO9TXL0Y4OHwAAAABJRU5ErkJggg=="
                    alt="Red dot"
                />
            </div>
            <div>
                <h1>This is heading 1</h1>
                <p>Content</p>
                <h2>This is heading 2</h2>
                <p>Content</p>
                <h3>This is heading 3</h3>
                <p>Content</p>
                <h4>This is heading 4</h4>
                <p>Content</p>
                <h5>This is heading 5</h5>
                <p>Content</p>
                <h6>This is heading 6</h6>
                <p>Content</p>
            </div>
            <p>
                <strong>
                    Lorem Ipsum is simply dummy text of the printing and typesetting industry. Lorem Ipsum has been the industry's standard dummy text ever since the 1500s, when an unknown printer took a galley of type and scrambled it to make
                    a type specimen book.
                </strong>
                <i>It has survived not only five centuries, but also the leap into electronic typesetting, remaining essentially unchanged.</i>
                <u>It was popularised in the 1960s with the release of Letraset sheets containing Lorem Ipsum passages,</u>and more recently with desktop publishing software
                <span style="color: hsl(0, 75%, 60%);"> like Aldus PageMaker </span>including versions of Lorem Ipsum.
                <span style="background-color: hsl(0, 75%, 60%);">Where does it come from? Contrary to popular belief, Lorem Ipsum is not simply random text.</span>
                It has roots in a piece of classical Latin literature from 45 BC, making it over 2000 years old.
            </p>
            <p style="font-family: 'Courier New', Courier, monospace;">Look at me, i'm a paragraph in Courier New!</p>
            <p style="font-family: SerifTestFont, serif;">Look at me, i'm a paragraph in SerifTestFont!</p>
            <p style="font-family: SansTestFont, sans-serif;">Look at me, i'm a paragraph in SansTestFont!</p>
            <p style="font-family: MonoTestFont, monospace;">Look at me, i'm a paragraph in MonoTestFont!</p>
            <blockquote>
                For 50 years, WWF has been protecting the future of nature. The world's leading conservation organization, WWF works in 100 countries and is supported by 1.2 million members in the United States and close to 5 million globally.
            </blockquote>
            <p>
                <strong>
                    Lorem Ipsum is simply dummy text of the printing and typesetting industry. Lorem Ipsum has been the industry's standard dummy text ever since the 1500s, when an unknown printer took a galley of type and scrambled it to make
                    a type specimen book.
                </strong>
            </p>
            <p style="margin-left: 40px;">
                <strong>Left indented paragraph:</strong>
                <span>Lorem Ipsum is simply dummy text of the printing and typesetting industry. Lorem Ipsum has been the industry's standard dummy text ever since the 1500s, when an unknown printer took a galley of type and scrambled it to make a type specimen book.</span>
            </p>
            <p style="margin-right: 40px;">
                <strong>Right indented paragraph:</strong>
                <span>Lorem Ipsum is simply dummy text of the printing and typesetting industry. Lorem Ipsum has been the industry's standard dummy text ever since the 1500s, when an unknown printer took a galley of type and scrambled it to make a type specimen book.</span>
            </p>
            <p style="margin-left: 40px; margin-right: 40px;">
                <strong>Left and right indented paragraph:</strong>
                <span>Lorem Ipsum is simply dummy text of the printing and typesetting industry. Lorem Ipsum has been the industry's standard dummy text ever since the 1500s, when an unknown printer took a galley of type and scrambled it to make a type specimen book.</span>
            </p>
            <ul style="list-style-type: circle;">
                <li>Unordered list element</li>
            </ul>
            <br>
            <ol style="list-style-type: decimal;">
                <li>Ordered list element</li>
            </ol>
            <div class="page-break" style="page-break-after: always"></div>
            <ul>
                <li><span style="font-size:10pt"><span style="color:##e28743">I am a teacup <strong><span style="color:#595959">A strong teacup</span></strong></span></span></li>
                <li><span style="font-size:10pt"><span style="color:#4d4f53">I am another teacup <strong><span style="color:#2596be">A blue</span></strong> Teacup</span></span></li>
                <li><span style="font-size:10pt"><span style="color:#cc1177">Stonks only go up if you turn the chart sometimes</span></span></li>
            </ul>
            <div class="page-break" style="page-break-after: always"></div>
            <ul>
                <li>
                    <a href="https://en.wikipedia.org/wiki/Coffee">
                        <strong>
                            <u>Coffee</u>
                        </strong>
                    </a>
                </li>
                <li>Tea
                    <ol>
                        <li>Black tea
                            <ol style="list-style-type:lower-alpha-bracket-end;" data-start="2">
                                <li>Srilankan <strong>Tea</strong>
                                    <ul>
                                        <li>Uva <b>Tea</b></li>
                                    </ul>
                                </li>
                                <li>Assam Tea</li>
                            </ol>
                        </li>
                        <li>Green tea</li>
                    </ol>
                </li>
                <li>Milk
                    <ol>
                        <li>Cow Milk</li>
                        <li>Soy Milk</li>
                    </ol>
                </li>
            </ul>
            <br>
            <table>
                <tr>
                    <th>Country</th>
                    <th>Capital</th>
                </tr>
                <tr>
                    <td>India</td>
                    <td>New Delhi</td>
                </tr>
                <tr>
                    <td>United States of America</td>
                    <td>Washington DC</td>
                </tr>
                <tr>
                    <td>Bolivia</td>
                    <td>
                        <ol>
                            <li>Sucre</li>
                            <li>La Paz</li>
                        </ol>
                    </td>
                </tr>
            </table>
    
            <div class="page-break" style="page-break-after: always"></div>
            <table align="center" class="Table">
              <tbody>
                <tr>
                  <td colspan="2" rowspan="2" style="border-bottom:none; width:249px; padding:5px 11px 5px 11px; border-top:none; border-right:1px solid black; border-left:none" valign="top">
                  <p style="margin-bottom:8px"><span style="font-family:Arial,Helvetica,sans-serif;"><span style="font-size:11pt"><span style="line-height:12pt">&nbsp;</span></span></span></p>
                  </td>
                  <td colspan="3" style="border-bottom:1px solid black; width:374px; padding:5px 11px 5px 11px; background-color:gray; border-top:1px solid black; border-right:1px solid black; border-left:none" valign="top">
                  <p style="margin-bottom:8px"><span style="font-family:Arial,Helvetica,sans-serif;"><span style="font-size:11pt"><span style="line-height:12pt"><span style="color:black">Example Header</span></span></span></span></p>
                  </td>
                </tr>
                <tr>
                  <td style="border-bottom:1px solid black; width:125px; padding:5px 11px 5px 11px; background-color:#d9d9d9; border-top:none; border-right:1px solid black; border-left:none" valign="top">
                  <p style="margin-bottom:8px"><span style="font-family:Arial,Helvetica,sans-serif;"><span style="font-size:11pt"><span style="line-height:12pt"><b><span style="font-size:10.0pt"><span style="color:black">Financial</span></span></b></span></span></span></p>
                  </td>
                  <td style="border-bottom:1px solid black; width:125px; padding:5px 11px 5px 11px; background-color:#d9d9d9; border-top:none; border-right:1px solid black; border-left:none" valign="top">
                  <p style="margin-bottom:8px"><span style="font-family:Arial,Helvetica,sans-serif;"><span style="font-size:11pt"><span style="line-height:12pt"><b><span style="font-size:10.0pt"><span style="color:black">Tech</span></span></b></span></span></span></p>
                  </td>
                  <td style="border-bottom:1px solid black; width:125px; padding:5px 11px 5px 11px; background-color:#d9d9d9; border-top:none; border-right:1px solid black; border-left:none" valign="top">
                  <p style="margin-bottom:8px"><span style="font-family:Arial,Helvetica,sans-serif;"><span style="font-size:11pt"><span style="line-height:12pt"><b><span style="font-size:10.0pt"><span style="color:black">Total Market</span></span></b></span></span></span></p>
                  </td>
                </tr>
                <tr>
                  <td rowspan="3" style="border-bottom:none; width:125px; padding:5px 11px 5px 11px; background-color:gray; border-top:none; border-right:1px solid black; border-left:1px solid black" valign="top">
                  <p style="margin-bottom:8px"><span style="font-family:Arial,Helvetica,sans-serif;"><span style="font-size:11pt"><span style="line-height:12pt"><b><span style="font-size:10.0pt"><span style="color:black">Level of Meme</span></span></b></span></span></span></p>
                  </td>
                  <td style="border-bottom:1px solid black; width:125px; padding:5px 11px 5px 11px; background-color:#d9d9d9; border-top:none; border-right:1px solid black; border-left:none" valign="top">
                  <p style="margin-bottom:8px"><span style="font-family:Arial,Helvetica,sans-serif;"><span style="font-size:11pt"><span style="line-height:12pt"><b><span style="font-size:10.0pt"><span style="color:black">High</span></span></b></span></span></span></p>
                  </td>
                  <td style="border-bottom:1px solid black; width:125px; padding:5px 11px 5px 11px; background-color:red; border-top:none; border-right:1px solid black; border-left:none" valign="top">
                  <p style="margin-bottom:8px"><span style="font-family:Arial,Helvetica,sans-serif;"><span style="font-size:11pt"><span style="line-height:12pt"><span style="color:black">GUSH</span></span></span></span></p>
                  </td>
                  <td style="border-bottom:1px solid black; width:125px; padding:5px 11px 5px 11px; background-color:#ffc000; border-top:none; border-right:1px solid black; border-left:none" valign="top">
                  <p style="margin-bottom:8px"><span style="font-family:Arial,Helvetica,sans-serif;"><span style="font-size:11pt"><span style="line-height:12pt"><span style="color:black">ARKK</span></span></span></span></p>
                  </td>
                  <td style="border-bottom:1px solid black; width:125px; padding:5px 11px 5px 11px; background-color:yellow; border-top:none; border-right:1px solid black; border-left:none" valign="top">
                  <p style="margin-bottom:8px"><span style="font-family:Arial,Helvetica,sans-serif;"><span style="font-size:11pt"><span style="line-height:12pt"><span style="color:black">SPLX</span></span></span></span></p>
                  </td>
                </tr>
                <tr>
                  <td style="border-bottom:1px solid black; width:125px; padding:5px 11px 5px 11px; background-color:#d9d9d9; border-top:none; border-right:1px solid black; border-left:none" valign="top">
                  <p style="margin-bottom:8px"><span style="font-family:Arial,Helvetica,sans-serif;"><span style="font-size:11pt"><span style="line-height:12pt"><b><span style="font-size:10.0pt"><span style="color:black">Medium</span></span></b></span></span></span></p>
                  </td>
                  <td style="border-bottom:1px solid black; width:125px; padding:5px 11px 5px 11px; background-color:#ffc000; border-top:none; border-right:1px solid black; border-left:none" valign="top">
                  <p style="margin-bottom:8px"><span style="font-family:Arial,Helvetica,sans-serif;"><span style="font-size:11pt"><span style="line-height:12pt"><span style="color:black">[̲̅$̲̅(̲̅ ͡&deg; ͜ʖ ͡&deg;̲̅)̲̅$̲̅]</span></span></span></span></p>
                  </td>
                  <td style="border-bottom:1px solid black; width:125px; padding:5px 11px 5px 11px; background-color:yellow; border-top:none; border-right:1px solid black; border-left:none" valign="top">
                  <p style="margin-bottom:8px"><span style="font-family:Arial,Helvetica,sans-serif;"><span style="font-size:11pt"><span style="line-height:12pt"><span style="color:black">TQQQ</span></span></span></span></p>
                  </td>
                  <td style="border-bottom:1px solid black; width:125px; padding:5px 11px 5px 11px; background-color:#92d050; border-top:none; border-right:1px solid black; border-left:none" valign="top">
                  <p style="margin-bottom:8px"><span style="font-family:Arial,Helvetica,sans-serif;"><span style="font-size:11pt"><span style="line-height:12pt"><span style="color:black">( ͡~ ͜ʖ ͡&deg;)</span></span></span></span></p>
                  </td>
                </tr>
                <tr>
                  <td style="border-bottom:1px solid black; width:125px; padding:5px 11px 5px 11px; background-color:#d9d9d9; border-top:none; border-right:1px solid black; border-left:none" valign="top">
                  <p style="margin-bottom:8px"><span style="font-family:Arial,Helvetica,sans-serif;"><span style="font-size:11pt"><span style="line-height:12pt"><b><span style="font-size:10.0pt"><span style="color:black">Low</span></span></b></span></span></span></p>
                  </td>
                  <td style="border-bottom:1px solid black; width:125px; padding:5px 11px 5px 11px; background-color:yellow; border-top:none; border-right:1px solid black; border-left:none" valign="top">
                  <p style="margin-bottom:8px"><span style="font-family:Arial,Helvetica,sans-serif;"><span style="font-size:11pt"><span style="line-height:12pt"><span style="color:black">( ◔ ʖ̯ ◔ )</span></span></span></span></p>
                  </td>
                  <td style="border-bottom:1px solid black; width:125px; padding:5px 11px 5px 11px; background-color:#92d050; border-top:none; border-right:1px solid black; border-left:none" valign="top">
                  <p style="margin-bottom:8px"><span style="font-family:Arial,Helvetica,sans-serif;"><span style="font-size:11pt"><span style="line-height:12pt"><span style="color:black">QQQ</span></span></span></span></p>
                  </td>
                  <td style="border-bottom:1px solid black; width:125px; padding:5px 11px 5px 11px; background-color:#00b050; border-top:none; border-right:1px solid black; border-left:none" valign="top">
                  <p style="margin-bottom:8px"><span style="font-family:Arial,Helvetica,sans-serif;"><span style="font-size:11pt"><span style="line-height:12pt"><span style="color:black">SPY</span></span></span></span></p>
                  </td>
                </tr>
              </tbody>
            </table>
        </body>
    </html>`,
};
