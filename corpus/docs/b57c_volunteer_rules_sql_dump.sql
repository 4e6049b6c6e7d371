/*
Navicat MySQL Data Transfer

Source Server         : 本地
Source Server Version : 50553
Source Host           : localhost:3306
Source Database       : lzserver

Target Server Type    : MYSQL
Target Server Version : 50553
File Encoding         : 65001

Date: 2018-12-20 15:13:47
*/

SET FOREIGN_KEY_CHECKS=0;

-- ----------------------------
-- Table structure for lz_ increase
-- ----------------------------
DROP TABLE IF EXISTS `lz_ increase`;
CREATE TABLE `lz_ increase` (
  `id` int(11) NOT NULL AUTO_INCREMENT COMMENT '自增',
  `sid` int(11) DEFAULT NULL,
  `addtime` int(11) DEFAULT NULL COMMENT '通过时间',
  PRIMARY KEY (`id`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

-- ----------------------------
-- Records of lz_ increase
-- ----------------------------

-- ----------------------------
-- Table structure for lz_activity
-- ----------------------------
DROP TABLE IF EXISTS `lz_activity`;
CREATE TABLE `lz_activity` (
  `id` int(10) NOT NULL AUTO_INCREMENT,
  `theme` varchar(100) DEFAULT NULL COMMENT '主题',
  `unit` varchar(100) DEFAULT NULL COMMENT '单位',
  `address` varchar(100) DEFAULT NULL COMMENT '地区',
  `project` varchar(100) DEFAULT NULL COMMENT '方案',
  `number` int(10) DEFAULT NULL COMMENT '人数',
  `start_time` int(11) DEFAULT NULL COMMENT '开始时间',
  `over_time` int(11) DEFAULT NULL COMMENT '结束时间',
  `state` varchar(100) DEFAULT '0' COMMENT '状态',
  `intro` varchar(255) DEFAULT NULL COMMENT '活动简介',
  `initiator` varchar(10) DEFAULT NULL COMMENT '发起人',
  `audit_number` varchar(10) DEFAULT NULL COMMENT '审核人员',
  `issue_number` varchar(10) DEFAULT NULL COMMENT '发布人员',
  `initiator_time` int(11) DEFAULT NULL COMMENT '发起日期',
  `audit_time` int(11) DEFAULT NULL COMMENT '审核日期',
  `issue_time` int(11) DEFAULT NULL COMMENT '发布日期',
  `isdelete` tinyint(4) DEFAULT '0',
  `status` int(11) DEFAULT '0',
  `reason` varchar(255) DEFAULT NULL COMMENT '原因',
  `tid` int(11) DEFAULT NULL COMMENT '‘学院id’',
  PRIMARY KEY (`id`)
) ENGINE=MyISAM AUTO_INCREMENT=53 DEFAULT CHARSET=utf8;

-- ----------------------------
-- Records of lz_activity
-- ----------------------------
INSERT INTO `lz_activity` VALUES ('1', '春节联欢晚会', '商学院软件部17php', '商学院软件部班级', '/tmp/uploads/20181213\\da9f4e91284dfb12e2f88472319e14d7.png', '44', '1269383742', '1269389741', '2', '盛大', '刘兆顺', '1', '1', '2018', '2018', '1544954817', '1', '0', ' ', null);
INSERT INTO `lz_activity` VALUES ('12', '2019年商学院元旦晚会', '商学院', '大礼堂', '/tmp/uploads/20181217\\01d4ddf81709954b6b07dcc4a126688f.docx', '10', '1545062400', '1545148800', '2', '2019年商学院元旦晚会定于2018年12月18日于学院大礼堂举行', '韩主任', '1', '1', '1545028842', '2018', '1545029093', '0', '0', null, null);
INSERT INTO `lz_activity` VALUES ('2', '沉思南京', '商务系软件部PHP班', '商务中心', '/tmp/uploads/20181213\\06a86337a38c5998722b0e2ca234ad7c.txt', '1', '1269189742', '1269389742', '4', '民族、', '张孝宇', '1', '0', '2018', '2018', null, '0', '0', '', null);
INSERT INTO `lz_activity` VALUES ('3', '集体朗诵', '商务系软件部PHP班', '北京人人民大会堂', '/tmp/uploads/20181213\\b538d464a3be0b3307ebf251eb6811f5.jpg', '126', '1269389745', '1269389743', '4', '国家项目级比赛', '刘淑媛', '1', '0', '2018', '2018', null, '0', '0', '', null);
INSERT INTO `lz_activity` VALUES ('5', '电竞比赛', '商务系软件部PHP班', '商务中心', '/tmp/uploads/20181213\\a4a4279b3601d44cc25575eb1c1e9464.docx', '22', '1269389740', '1269389745', '2', '网络游戏', '赵顺', '1', '1', '2018', '2018', '2018', '0', '0', '', null);
INSERT INTO `lz_activity` VALUES ('6', '我爱阅读', '商务系软件部PHP班', '商务中心', '/tmp/uploads/20181213\\cc84296aff855dd501c590122004aa27.jpg', '11', '1269389749', '1269389746', '4', '朗诵比赛', '张孝宇', '1', '0', '2018', '2018', null, '1', '0', '对不起', null);
INSERT INTO `lz_activity` VALUES ('10', '程序猿狂欢节', '商务系软件部PHP班', '商务中心', '/tmp/uploads/20181216\\f2526f236a7e4a299bca4c2c98564b95.docx', '44', '1544900580', '1544990640', '1', '狂欢节', '刘兆顺', '1', '0', '1544959003', '2018', null, '0', '0', null, null);
INSERT INTO `lz_activity` VALUES ('52', '1', '1', '1', null, '1', '1543253400', '1543471800', '5', '1', '1', '0', '0', '1545201172', null, null, '1', '0', null, null);

-- ----------------------------
-- Table structure for lz_admin_access
-- ----------------------------
DROP TABLE IF EXISTS `lz_admin_access`;
CREATE TABLE `lz_admin_access` (
  `role_id` smallint(6) unsigned NOT NULL DEFAULT '0',
  `node_id` smallint(6) unsigned NOT NULL DEFAULT '0',
  `level` tinyint(1) unsigned NOT NULL DEFAULT '0',
  `pid` smallint(6) unsigned NOT NULL DEFAULT '0',
  KEY `groupId` (`role_id`),
  KEY `nodeId` (`node_id`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8 ROW_FORMAT=DYNAMIC;

-- ----------------------------
-- Records of lz_admin_access
-- ----------------------------
INSERT INTO `lz_admin_access` VALUES ('6', '141', '3', '91');
INSERT INTO `lz_admin_access` VALUES ('6', '140', '3', '91');
INSERT INTO `lz_admin_access` VALUES ('6', '139', '3', '91');
INSERT INTO `lz_admin_access` VALUES ('6', '138', '3', '91');
INSERT INTO `lz_admin_access` VALUES ('6', '137', '3', '91');
INSERT INTO `lz_admin_access` VALUES ('6', '91', '2', '1');
INSERT INTO `lz_admin_access` VALUES ('6', '136', '3', '81');
INSERT INTO `lz_admin_access` VALUES ('6', '134', '3', '81');
INSERT INTO `lz_admin_access` VALUES ('6', '132', '3', '81');
INSERT INTO `lz_admin_access` VALUES ('6', '131', '3', '81');
INSERT INTO `lz_admin_access` VALUES ('6', '130', '3', '81');
INSERT INTO `lz_admin_access` VALUES ('6', '109', '3', '81');
INSERT INTO `lz_admin_access` VALUES ('6', '106', '3', '81');
INSERT INTO `lz_admin_access` VALUES ('6', '81', '2', '1');
INSERT INTO `lz_admin_access` VALUES ('6', '142', '3', '84');
INSERT INTO `lz_admin_access` VALUES ('6', '129', '3', '84');
INSERT INTO `lz_admin_access` VALUES ('6', '96', '3', '84');
INSERT INTO `lz_admin_access` VALUES ('6', '95', '3', '84');
INSERT INTO `lz_admin_access` VALUES ('6', '94', '3', '84');
INSERT INTO `lz_admin_access` VALUES ('6', '93', '3', '84');
INSERT INTO `lz_admin_access` VALUES ('6', '92', '3', '84');
INSERT INTO `lz_admin_access` VALUES ('6', '84', '2', '1');
INSERT INTO `lz_admin_access` VALUES ('6', '126', '3', '77');
INSERT INTO `lz_admin_access` VALUES ('6', '125', '3', '77');
INSERT INTO `lz_admin_access` VALUES ('6', '124', '3', '77');
INSERT INTO `lz_admin_access` VALUES ('6', '123', '3', '77');
INSERT INTO `lz_admin_access` VALUES ('6', '121', '3', '77');
INSERT INTO `lz_admin_access` VALUES ('6', '120', '3', '77');
INSERT INTO `lz_admin_access` VALUES ('6', '77', '2', '1');
INSERT INTO `lz_admin_access` VALUES ('6', '116', '3', '85');
INSERT INTO `lz_admin_access` VALUES ('6', '108', '3', '85');
INSERT INTO `lz_admin_access` VALUES ('6', '103', '3', '85');
INSERT INTO `lz_admin_access` VALUES ('6', '99', '3', '85');
INSERT INTO `lz_admin_access` VALUES ('6', '85', '2', '1');
INSERT INTO `lz_admin_access` VALUES ('6', '115', '3', '65');
INSERT INTO `lz_admin_access` VALUES ('6', '114', '3', '65');
INSERT INTO `lz_admin_access` VALUES ('6', '112', '3', '65');
INSERT INTO `lz_admin_access` VALUES ('6', '110', '3', '65');
INSERT INTO `lz_admin_access` VALUES ('6', '107', '3', '65');
INSERT INTO `lz_admin_access` VALUES ('6', '104', '3', '65');
INSERT INTO `lz_admin_access` VALUES ('6', '65', '2', '1');
INSERT INTO `lz_admin_access` VALUES ('6', '113', '3', '64');
INSERT INTO `lz_admin_access` VALUES ('6', '111', '3', '64');
INSERT INTO `lz_admin_access` VALUES ('6', '100', '3', '64');
INSERT INTO `lz_admin_access` VALUES ('6', '97', '3', '64');
INSERT INTO `lz_admin_access` VALUES ('6', '64', '2', '1');
INSERT INTO `lz_admin_access` VALUES ('6', '24', '3', '23');
INSERT INTO `lz_admin_access` VALUES ('6', '23', '2', '1');
INSERT INTO `lz_admin_access` VALUES ('6', '26', '3', '22');
INSERT INTO `lz_admin_access` VALUES ('6', '7', '3', '6');
INSERT INTO `lz_admin_access` VALUES ('6', '8', '3', '6');
INSERT INTO `lz_admin_access` VALUES ('6', '22', '2', '1');
INSERT INTO `lz_admin_access` VALUES ('6', '25', '3', '22');
INSERT INTO `lz_admin_access` VALUES ('6', '6', '2', '1');
INSERT INTO `lz_admin_access` VALUES ('6', '1', '1', '0');
INSERT INTO `lz_admin_access` VALUES ('1', '141', '3', '91');
INSERT INTO `lz_admin_access` VALUES ('1', '140', '3', '91');
INSERT INTO `lz_admin_access` VALUES ('1', '138', '3', '91');
INSERT INTO `lz_admin_access` VALUES ('1', '137', '3', '91');
INSERT INTO `lz_admin_access` VALUES ('1', '91', '2', '1');
INSERT INTO `lz_admin_access` VALUES ('1', '136', '3', '81');
INSERT INTO `lz_admin_access` VALUES ('1', '135', '3', '81');
INSERT INTO `lz_admin_access` VALUES ('1', '134', '3', '81');
INSERT INTO `lz_admin_access` VALUES ('1', '132', '3', '81');
INSERT INTO `lz_admin_access` VALUES ('1', '131', '3', '81');
INSERT INTO `lz_admin_access` VALUES ('1', '130', '3', '81');
INSERT INTO `lz_admin_access` VALUES ('1', '109', '3', '81');
INSERT INTO `lz_admin_access` VALUES ('1', '106', '3', '81');
INSERT INTO `lz_admin_access` VALUES ('1', '81', '2', '1');
INSERT INTO `lz_admin_access` VALUES ('1', '122', '3', '77');
INSERT INTO `lz_admin_access` VALUES ('1', '120', '3', '77');
INSERT INTO `lz_admin_access` VALUES ('1', '77', '2', '1');
INSERT INTO `lz_admin_access` VALUES ('1', '118', '3', '85');
INSERT INTO `lz_admin_access` VALUES ('1', '117', '3', '85');
INSERT INTO `lz_admin_access` VALUES ('1', '116', '3', '85');
INSERT INTO `lz_admin_access` VALUES ('1', '99', '3', '85');
INSERT INTO `lz_admin_access` VALUES ('1', '85', '2', '1');
INSERT INTO `lz_admin_access` VALUES ('1', '113', '3', '64');
INSERT INTO `lz_admin_access` VALUES ('1', '100', '3', '64');
INSERT INTO `lz_admin_access` VALUES ('1', '64', '2', '1');
INSERT INTO `lz_admin_access` VALUES ('1', '24', '3', '23');
INSERT INTO `lz_admin_access` VALUES ('1', '23', '2', '1');
INSERT INTO `lz_admin_access` VALUES ('1', '26', '3', '22');
INSERT INTO `lz_admin_access` VALUES ('1', '25', '3', '22');
INSERT INTO `lz_admin_access` VALUES ('1', '22', '2', '1');
INSERT INTO `lz_admin_access` VALUES ('1', '8', '3', '6');
INSERT INTO `lz_admin_access` VALUES ('1', '7', '3', '6');
INSERT INTO `lz_admin_access` VALUES ('1', '6', '2', '1');
INSERT INTO `lz_admin_access` VALUES ('1', '1', '1', '0');

-- ----------------------------
-- Table structure for lz_admin_article
-- ----------------------------
DROP TABLE IF EXISTS `lz_admin_article`;
CREATE TABLE `lz_admin_article` (
  `id` int(10) NOT NULL AUTO_INCREMENT,
  `title` varchar(100) DEFAULT NULL COMMENT '标题',
  `content` text COMMENT '内容',
  `adjunct` text COMMENT '附件',
  `date` int(11) DEFAULT NULL COMMENT '日期',
  `issuer` tinyint(3) DEFAULT NULL COMMENT '发布人',
  `p_id` tinyint(3) DEFAULT NULL COMMENT '二级学院id',
  `grade` varchar(10) DEFAULT 'A' COMMENT '成绩',
  `staff_check` tinyint(3) DEFAULT NULL COMMENT '考核人员',
  `check_date` int(11) DEFAULT NULL COMMENT '考核时间',
  `status` tinyint(1) DEFAULT '1',
  `isdelete` tinyint(1) DEFAULT '0',
  PRIMARY KEY (`id`)
) ENGINE=MyISAM AUTO_INCREMENT=20 DEFAULT CHARSET=utf8;

-- ----------------------------
-- Records of lz_admin_article
-- ----------------------------
INSERT INTO `lz_admin_article` VALUES ('1', '志愿者（义工）管理制度', '<p>第一章 总则\r\n第一条 为倡导“奉献、友爱、互助、进步”的志愿者精神，规范和促进社区志愿服务活动，为推动社区精神文明和和谐社区建设，健全和完善社区保障体系，特制定本制度。\r\n第二条 社区志愿服务是指在各级党委、政府的倡导和扶持下，从社区成员多种需求出发，组建以社区居民为主体的组织网络，开展各种无偿公益服务，协助解决社区问题，倡导社区居民互助，共同推动社区建设的公益服务活动。\r\n社区志愿服务的主体是社区志愿者各社区志愿者组织。\r\n第三条 社区志愿者是在本办事处各社区志愿者组织登记并获得其同意，自愿为他人和社会提供无偿服务的人员。</p>', '', '1543939200', '1', '3', 'B', '1', '1543939200', '2', '0');
INSERT INTO `lz_admin_article` VALUES ('2', '志愿者服务管理办法', '<p>为加强志愿者队伍的管理，充分发挥文化志愿者服务社会、服务大众的作用，推动文化志愿者队伍的建设，结合文化志愿者服务的性质和特点，制定《管理办法》。\r\n\r\n一、 宗旨\r\n坚持党的基本路线，遵守宪法、法律、法规和国家政策，组织、指导和推动图书馆文化志愿服务，促进公共文化服务体系的建立和完善。自愿参与、义务工作、提升自我、服务社会。</p>', '', '1544025600', '1', '3', 'A', '1', '1544025600', '2', '0');
INSERT INTO `lz_admin_article` VALUES ('8', '志愿者管理制度', '<p><b>第一章&nbsp;&nbsp;总&nbsp;&nbsp;则</b></p><p><b>第一条&nbsp;&nbsp;</b>为加强神华爱心志愿者管理，促进实施工作规范化、制度化、科学化，特制定本制度。</p><p><b>第二条&nbsp;</b>&nbsp;本制度适用于所有神华爱心志愿者。</p><p><b>第三条&nbsp;</b>&nbsp;本制度所指的志愿者，是指不为物质报酬，基于良知、信念和责任，自愿参与神华公益基金会（以下简称神华基金会）组织开展的各项公益活动，愿无偿为公益事业提供服务和帮助的人。</p><p><b>第四条&nbsp;&nbsp;</b>神华公益基金会办公室（以下简称办公室）为神华爱心志愿者的组织管理机构。</p><p>&nbsp;</p><p><b>第二章&nbsp;&nbsp;志愿者基本要求</b></p><p><b>第五条</b>&nbsp;&nbsp;神华爱心志愿者招募主要采取主动报名形式，通过发布需求、接收简历、人员筛选、约见面试、确定人选等基本流程确定人选。</p><p><b>第六条</b>&nbsp;&nbsp;&nbsp;神华爱心志愿者，必须具备下列条件：</p><p>1.神华集团及其子（分）公司员工；</p><p>2.对神华基金会所进行的活动有所了解，认同神华基金会的工作理念、宗旨，自愿参加基金会的志愿服务活动；</p><p>3.具有较强的社会责任感和奉献精神；</p><p>4.具有团队合作精神，吃苦耐劳，对工作认真负责；</p><p>5.具备为神华基金会组织开展的有关活动提供志愿服务所必需的技能和时间；</p><p>6.具备与所参加的志愿服务项目及活动相适应的基本素质。</p><p><b>第七条</b>&nbsp;&nbsp;加入神华基金会的志愿者，均需与神华基金会签署《神华公益基金会志愿服务承诺书》（附件一）</p><p>&nbsp;</p><p><b>第三章&nbsp;&nbsp;志愿者的权利和义务</b></p><p><b>第八条&nbsp;&nbsp;</b>神华爱心志愿者的权利：<b></b></p><p>1.了解神华基金会的运作流程，参加基金会组织提供的各类培训；</p><p>2.要求获得从事志愿服务的必需条件和必要保障；</p><p>3.志愿服务工作得到考核和认可之后，可获得神华基金会提供的志愿服务证明；</p><p>4.就志愿服务工作对神华基金会提出建议和意见；</p><p>5.有权参加神华基金会的相关活动；</p><p>6.有权获取神华基金会的相关活动资料。</p><p><b>第九条&nbsp;</b>&nbsp;神华爱心志愿者的义务：</p><p>1.履行志愿服务承诺，服从管理，按照神华基金会的安排参加志愿服务活动；</p><p>2.自觉维护神华基金会形象，不得以志愿者身份从事任何以营利为目的或违背社会公德的活动；</p><p>3.在未征得基金会允许的前提下，不得超出约定的服务范围以神华基金会志愿者的身份对外开展活动；</p><p>4.不得对外披露在神华基金会从事志愿服务期间获得的神华基金会及相关利益人的各种非公开信息；</p><p>5.相关法律、法规及规章制度规定的其它义务。</p><p>&nbsp;</p><p><b>第四章&nbsp;&nbsp;申请加入与退出</b></p><p><b>第十条&nbsp;</b>&nbsp;申请人需填写统一格式的《神华爱心志愿者申请表》（附件二），并获得所在部门或单位负责人签字同意、加盖部门或单位公章后提交至办公室。</p><p><b>第十一条</b>&nbsp;&nbsp;办公室定期对申请者进行筛选，经过考察合格者即成为神华爱心志愿者，由办公室颁发志愿者证书，并组织志愿者审核小组定期审核。</p><p><b>第十二条&nbsp;</b>&nbsp;退出神华爱心志愿者应提交书面申请，并交回神华爱心志愿者证书；神华爱心志愿者如有严重违反志愿者要求和志愿精神的行为，经神华基金会研究决定，予以除名；神华爱心志愿者因工作调动或其他原因离开神华集团或其子（分）公司，按自行退出办理，不再办理有关手续，但其档案将在神华基金会保存三年。</p><p>&nbsp;</p><p><b>第五章&nbsp;&nbsp;志愿者培训和管理</b></p><p><b>第十三条&nbsp;</b>&nbsp;神华基金会为神华爱心志愿者提供培训，帮助神华爱心志愿者熟悉工作内容和工作方法，提升志愿服务理念、知识和有关技能。</p><p><b>第十四条&nbsp;</b>&nbsp;神华基金会负责建立神华爱心志愿者档案库，按小组分类进行制度化和规范化管理。</p><p><b>第十五条</b>&nbsp;&nbsp;神华爱心志愿者定期填写《神华爱心志愿者服务时间登记表》（附件三），办公室按季度和年度汇总，以此作为神华爱心志愿工作评估的依据。</p><p>&nbsp;</p><p>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;<b>第六章&nbsp;&nbsp;志愿者的评估和考核</b></p><p><b>第十六条</b>&nbsp;&nbsp;志愿者服务建立小时服务制，以完成志愿服务的小时作为志愿者的基本标准；计算时数以登记表的记录为主要考核依据。</p><p><b>第十七条</b>&nbsp;&nbsp;神华基金会依据考核结果及小组组长推荐，办公室在一定周期组织相关人员统一审查并评选优秀志愿者，为优秀志愿者颁发证书。</p><p><b>第十八条&nbsp;&nbsp;</b>神华爱心志愿者服务、活动及事迹等在神华基金会网站上定期更新。<b></b></p><p><b>第十九条&nbsp;</b>&nbsp;神华爱心志愿者有如下行为，视为自动退出神华基金会：</p><p>1.做出有损神华基金会声誉，造成重大社会不良影响；</p><p>2.加入志愿者后不参加志愿者活动和培训的。</p><p>&nbsp;</p><p><b>第七章&nbsp;&nbsp;志愿者保密协定及争议处理</b></p><p><b>第二十条&nbsp;</b>&nbsp;办公室需确保志愿者的个人资料保密。</p><p><b>第二十一条&nbsp;</b>&nbsp;如有需要在公众或公共媒体公布神华爱心志愿者姓名或经神华爱心志愿者指定的化名，将不涉及个人其他隐私。</p><p><b>第二十二条</b>&nbsp;&nbsp;神华爱心志愿者要尊重服务对象和合作伙伴的隐私和工作机密，对于机构的项目资料等，未经负责人同意，不得对外泄露或公布。</p><p><b>第二十三条&nbsp;</b>&nbsp;神华爱心志愿者应对自己的行为负责，承担因不符合或违反规定而导致的相关责任。</p><p><b>第二十四条</b>&nbsp;&nbsp;神华爱心志愿者如有违纪或违反社会公德的行为，给神华基金会造成严重影响的，经调查核实后，神华基金会有权做出终止使用该神华爱心志愿者的决定，并在网站和媒体上予以公告。</p><p><b>第二十五条</b>&nbsp;&nbsp;神华爱心志愿者如在履行职责并行使相关权利的时候，有其他违反法律法规的行为，一经发现，将依据法律交由相关部门处置。</p><p><b>第二十六条&nbsp;</b>&nbsp;如神华爱心志愿者对机构和服务有任何意见或不满，可向神华基金会负责人反映意见，谋求做出改善。如若双方就某一问题发生较大争议，可协商解决。</p>', null, '1544457600', '1', '5', 'B', '1', '1545187890', '2', '0');
INSERT INTO `lz_admin_article` VALUES ('19', '志愿者管理办法', '<section><div id=\"imageszoom\"><p align=\"center\"><strong>第一章&nbsp; 总&nbsp; 则</strong></p>\r\n<p>&nbsp;&nbsp;&nbsp; 第一条 为组织和动员社会各界人士以志愿服务的形式参与发展中国人民与世界各国人民之间的友好事业，推动国际合作，维护世界和平，促进共同发展，加强对志愿者工作的管理，特制定本办法。</p>\r\n<p>&nbsp;&nbsp;&nbsp;&nbsp;第二条 志愿者（Volunteer，也称志愿人员、义工、志工）是指不以物质报酬为目的，基于良知、信念和责任，利用自己的时间、技能等资源，自愿参与本基金会组织开展的各项工作和活动，无偿为本基金会公益事业提供服务和帮助的人。</p><p align=\"center\"></p>\r\n<p align=\"center\"><strong>第二章&nbsp; 加入与退出</strong></p><p>&nbsp;&nbsp;&nbsp;&nbsp;第三条 基本条件：</p><p>&nbsp;&nbsp;&nbsp;&nbsp;（一）年满18周岁，身体健康；</p><p>&nbsp;&nbsp;&nbsp;&nbsp;（二）具有良好的思想道德品质和社会奉献精神；</p><p>&nbsp;&nbsp;&nbsp;&nbsp;（三）遵守国家的各项法律、法规和规章制度；</p>\r\n<p>&nbsp;&nbsp;&nbsp;&nbsp;（四）具备为本基金会组织开展的有关活动提供志愿服务所必需的技能和时间。</p><p>&nbsp;&nbsp;&nbsp;&nbsp;第四条 本基金会常年招募志愿者，并根据工作需要制定长期性志愿者招募计划和短期性志愿者招募计划。招募长期性志愿者应明确服务内容、服务时间和所需条件；短期性志愿者的招募由各部门根据项目基金活动需要，\r\n提出志愿者招募计划，或者直接推荐志愿者人选。有关志愿者的招募由项目部门统一负责，报秘书长办公室审批。</p><p>&nbsp;&nbsp;&nbsp;&nbsp;第五条 志愿者可根据本基金会网站和其他媒体公布的服务需求信息，下载或向本基金会索取申请表格，填报并寄送本基金会，或者通过电子信箱递交加入申请表。</p>\r\n<p>&nbsp;&nbsp;&nbsp;&nbsp;第六条 申请者经本基金会批准确认，填写相关表格后即为本基金会注册志愿者。</p><p>&nbsp;&nbsp;&nbsp;&nbsp;第七条 在履行志愿服务之前，本基金会与志愿者签订志愿者服务协议书。</p><p>&nbsp;&nbsp;&nbsp;&nbsp;第八条 志愿者若遇特殊情况中止服务，须向本基金会提出书面申请。</p>\r\n<p align=\"center\"></p><p align=\"center\"><strong>第三章　权利和义务</strong></p><p>&nbsp;&nbsp;&nbsp;&nbsp;第九条&nbsp; 权利</p><p>&nbsp;&nbsp;&nbsp;&nbsp;（一）参加志愿服务活动；　　</p><p>&nbsp;&nbsp;&nbsp;&nbsp;（二）接受本基金会提供的与服务相关的志愿服务培训；　　</p>\r\n<p>&nbsp;&nbsp;&nbsp;&nbsp;（三）获得从事志愿服务的必需条件和必要保障；</p><p>　　（四）优先获得志愿者组织和其他志愿者提供的服务；</p><p>　　（五）对志愿服务工作提出意见和建议； 　　</p><p>&nbsp;&nbsp;&nbsp;&nbsp;（六）相关法律、法规、政策所赋予的权利；　　</p>\r\n<p>&nbsp;&nbsp;&nbsp;&nbsp;（七）可申请取消注册志愿者身份。</p><p>&nbsp;&nbsp;&nbsp;&nbsp;第十条&nbsp; 义务</p><p>&nbsp;&nbsp;&nbsp; （一）遵守中国法律法规，志愿服务，不计报酬；</p><p>&nbsp;&nbsp;&nbsp; （二）遵守本基金会的有关规定，履行服务承诺，服从管理，按照本基金会管理部门的安排积极参加服务活动；</p>\r\n<p>&nbsp;&nbsp;&nbsp; （三）自觉抵制任何以志愿者身份从事的赢利活动或其他违背社会公德的活动（行为）；</p><p>&nbsp;&nbsp;&nbsp; （四）自觉维护本基金会志愿者的形象；</p><p>&nbsp;&nbsp;&nbsp; （五）自觉维护服务对象的合法权益；</p><p>&nbsp;&nbsp;&nbsp; （六）履行相关法律法规及其他规章制度规定的其它义务。</p>\r\n<p align=\"center\"></p><p align=\"center\"><strong>第四章　志愿服务</strong></p><p>&nbsp;&nbsp;&nbsp;&nbsp;第十一条&nbsp; 志愿者服务领域：符合本基金会宗旨和本基金会所开展的各类公益项目、活动；促进中外民间交往的活动；与和平、发展相关的其他公益活动。</p>\r\n<p>&nbsp;&nbsp;&nbsp;&nbsp;第十二条 志愿者服务形式包括但不限于翻译、文秘、档案、法律服务、财务服务、项目活动、礼仪接待、导游服务、后勤保障及本基金会其他工作的需要。</p><p align=\"center\"></p><p align=\"center\"><strong>第五章　组织与管理</strong></p><p>&nbsp;&nbsp;&nbsp; 第十三条 组织机构 　　</p>\r\n<p>&nbsp;&nbsp;&nbsp;&nbsp;（一）本基金会负责志愿者工作的规划、协调和指导；　　</p><p>&nbsp;&nbsp;&nbsp;&nbsp;（二）本基金会负责注册志愿者的管理服务，建立健全宣传动员、注册登记、管理培训、考核评价、激励表彰等制度。 　</p><p>&nbsp;&nbsp;&nbsp;&nbsp;第十四条 日常管理</p>\r\n<p>&nbsp;&nbsp;&nbsp;&nbsp;（一）凡申请成为本基金会志愿者，须填写《中国友好和平发展基金会志愿人员申请表》（后附个人简历），经志愿者录用部门审核后，报秘书长办公室及理事会审批。审批通过后，本基金会与申请者签订志愿服务协议，开始计算志愿服务期限。</p>\r\n<p>&nbsp;&nbsp;&nbsp; 以集体形式为本基金会大型公益活动提供志愿服务的临时志愿者，以集体名义与本基金会签订志愿服务协议，在协议后附上志愿者名单，并由志愿者本人签字认同志愿服务协议内容。</p><p>&nbsp;&nbsp;&nbsp; 本基金会为志愿者统一标识。志愿者在参加志愿服务时，要统一佩戴本基金会志愿者统一标识。</p>\r\n<p>&nbsp;&nbsp;&nbsp; （二）本基金会志愿者需接受相关志愿服务培训。由本基金会项目部门负责组织对志愿者进行培训，或由本基金会指派专业的第三方志愿者培训机构对志愿者进行培训。</p>\r\n<p>&nbsp;&nbsp;&nbsp; （三）志愿者由本基金会项目部门统一管理。管理内容包括：指导志愿者按照我基金会的有关规定和志愿服务协议开展工作，检查志愿者工作，评估其志愿服务质量，填写《志愿者服务评估表》。项目部门负责统一建立和管理志愿者档案和志愿者信息库。</p>\r\n<p>&nbsp;&nbsp;&nbsp; （四）项目部门如发现志愿者违反志愿服务协议的情况，可提前解除协议，报秘书长办公室及理事会批准后由项目部门办理。</p><p>&nbsp;&nbsp;&nbsp;&nbsp;（五）本基金会对在开展活动中提供良好服务、表现出色的志愿者，采取以下鼓励措施：</p>\r\n<p>&nbsp;&nbsp;&nbsp;&nbsp;1.将志愿者的表现和工作成绩反馈给其所在的单位或社区，或在本基金会自办刊物、网站进行宣传、推介；</p><p>&nbsp;&nbsp;&nbsp;&nbsp;2.向中国志愿者协会、北京市青年志愿者协会组织推荐，参与有关奖项的评比；</p><p>&nbsp;&nbsp;&nbsp;&nbsp;3.本基金会作为公益性组织，可作为在校学生实习基地，并为志愿者做出实习鉴定；</p>\r\n<p>&nbsp;&nbsp;&nbsp;&nbsp;4.志愿者若申请本基金会项目资助，在同等条件下，享有优先权；</p>\r\n<p>&nbsp;&nbsp;&nbsp;&nbsp;5.根据本制度上述原则，本基金会招募的长期性或短期性志愿者，均为本基金会提供无偿志愿服务。但本基金会亦或根据具体项目基金活动情况对服务于相应活动的长期性或短期性志愿者象征性地提供小额志愿服务补贴，相应费用从项目基金活动费用中列支。</p>\r\n<p>&nbsp;&nbsp;&nbsp;&nbsp;（六）凡有以下行为之一的志愿者，本基金会将注销其志愿者资格：</p><p>&nbsp;&nbsp;&nbsp;&nbsp;1.违反国家有关法律法规的；</p><p>&nbsp;&nbsp;&nbsp;&nbsp;2.违反本基金会相关规定和本管理办法的；</p><p>&nbsp;&nbsp;&nbsp;&nbsp;3.向本基金会申请自愿退出的。</p>\r\n<p>&nbsp;&nbsp;&nbsp;&nbsp;（七）志愿者服务期满，志愿服务协议自动解除。若志愿者愿意继续提供志愿服务，须由本人提出书面申请，由项目部门对其志愿服务进行评估，提出是否续签协议的意见，经秘书长办公室及理事会审批后，交项目部门办理手续。</p><p align=\"center\"></p><p align=\"center\"><strong>第六章&nbsp; 附则</strong></p>\r\n<p>&nbsp;&nbsp;&nbsp;&nbsp;第十五条 本办法解释权属于中国友好和平发展基金会。</p><p>&nbsp;&nbsp;&nbsp;&nbsp;第十六条 本办法自批准之日起执行。</p><p></p></div></section>\r\n', '20181219\\e2170c91ac0cd553e03a85f74492e722.doc', '1545148800', '1', '19', 'A', '1', '1545187431', '2', '0');

