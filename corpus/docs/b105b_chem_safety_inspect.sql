INSERT INTO Sys_Set(SetId,SetName,IsAuto,SetValue)
VALUES(-100,'安全生产监督检查管理办法',0,'<p style="text-align: center;">
    <strong><span style="font-family: 宋体; font-size: 24px;font-size:18px">安全生产监督检查管理办法</span></strong>
</p>
<p>
    <strong><span style="font-family: 宋体; font-size: 16px;">&nbsp;&nbsp;&nbsp; </span></strong>
</p>
<p style="text-align: center;">
    <strong><span style="font-family: 宋体; font-size: 16px;">目&nbsp; 录</span></strong>
</p>
<p>
    <strong><span style="font-family: 宋体; font-size: 16px;">&nbsp;&nbsp;&nbsp; </span></strong>
</p>
<p style="text-indent: 32px;">
    <span style="font-family: 宋体; font-size: 16px;color:#000000">第一章&nbsp; 总&nbsp; 则</span>
</p>
<p style="text-indent: 32px;">
    <span style="color:#000000"><span style="font-family: 宋体; font-size: 16px;">第二章&nbsp; 职责</span><span style="font-family: 宋体; font-size: 16px;">权限</span></span>
</p>
<p style="text-indent: 32px;">
    <span style="font-family: 宋体; font-size: 16px;color:#000000">第三章&nbsp; 检查层级及频次</span>
</p>
<p style="text-indent: 32px;">
    <span style="font-family: 宋体; font-size: 16px;color:#000000">第四章&nbsp; 检查内容及标准</span>
</p>
<p style="text-indent: 32px;">
    <span style="font-family: 宋体; font-size: 16px;color:#000000">第五章&nbsp; 监督检查实施</span>
</p>
<p style="text-indent: 32px;">
    <span style="font-family: 宋体; font-size: 16px;color:#000000">第六章&nbsp; 检查结果及运用</span>
</p>
<p style="text-indent: 32px;">
    <span style="font-family: 宋体; font-size: 16px;"><span style="color: rgb(0, 0, 255);color:#000000">第七章&nbsp; 附&nbsp; 则</span></span>
</p>
<p style="line-height: 27px;">
    <strong><span style="font-family: 宋体; font-size: 16px;">&nbsp;&nbsp;&nbsp; </span></strong>
</p>
<h3 style="text-align: center; line-height: 27px; page-break-after: auto;">
    <a name="_Toc440901551" href="http://"></a><span style="font-family: 宋体; font-size: 16px;">第一章&nbsp; 总&nbsp; 则</span><strong><span style="font-family: 宋体; font-size: 16px;">&nbsp;&nbsp;&nbsp; </span></strong>
</h3>
<p style="line-height: 27px; text-indent: 31px;">
    <strong><span style="font-family: 宋体; font-size: 16px;">第一条&nbsp; </span></strong><span style="font-family: 宋体; font-size: 16px;">为促进中国化学工程集团公司（以下简称集团公司）所属各企业安全发展，夯实安全管理基础，提高安全监督检查效能，防止和减少生产安全事故发生，依据《中华人民共和国安全生产法》、《建筑施工安全检查标准》、《施工企业安全生产评价标准》、《建筑施工企业负责人及项目负责人施工现场带班暂行办法》、《中国化学工程集团公司安全生产管理规定》等有关法规、制度，制定本办法。</span>
</p>
<p style="line-height: 27px; text-indent: 32px;">
    <strong><span style="font-family: 宋体; font-size: 16px;">第二条</span></strong><span style="font-family: 宋体; font-size: 16px;">&nbsp; </span><span style="font-family: 宋体; font-size: 16px;">本办法适用于集团公司及所属企业分别组织的不同层级安全监督检查管理工作。</span>
</p>
<p style="line-height: 27px; text-indent: 32px; -ms-layout-grid-mode: char;">
    <strong><span style="font-family: 宋体; font-size: 16px;">第三条</span></strong><span style="font-family: 宋体; font-size: 16px;">&nbsp; </span><span style="font-family: 宋体; font-size: 16px;">安全监督检查按时间、人员、内容等不同，分为以下几种方式，具体含义如下：</span>
</p>
<p style="line-height: 27px; text-indent: 32px; -ms-layout-grid-mode: char;">
    <span style="font-family: 宋体; font-size: 16px;">（一）定期检查：指按照特定周期（时间）组织开展的系统性、综合性检查。</span>
</p>
<p style="line-height: 27px; text-indent: 32px; -ms-layout-grid-mode: char;">
    <span style="font-family: 宋体; font-size: 16px;">（二）不定期检查：指针对重点单位、重点项目、重点区域、特殊环境、生产安全事件等的临时性检查。</span>
</p>
<p style="line-height: 27px; text-indent: 32px; -ms-layout-grid-mode: char;">
    <span style="font-family: 宋体; font-size: 16px;">（三）季节性专项检查：指针对季节的特点，在每年的冬季、夏季、雨季开展专项的检查。</span>
</p>
<p style="line-height: 27px; text-indent: 32px; -ms-layout-grid-mode: char;">
    <span style="font-family: 宋体; font-size: 16px;">（四）节假日检查：指针对节假日前后施工管理人员和作业人员安全意识不强、思想麻痹等特点，在每年的“五一”、“十一”、“元旦”、“春节”等节假日开展的检查。</span>
</p>
<p style="line-height: 27px; text-indent: 32px; -ms-layout-grid-mode: char;">
    <span style="font-family: 宋体; font-size: 16px;">（五）专业检查:指针对事故易发的薄弱环节或管理难度较大的施工机械、临时用电、脚手架、安全防护设施、大型机械设备、消防安全等专业安全问题开展的检查。</span>
</p>
<p style="line-height: 27px; text-indent: 32px; -ms-layout-grid-mode: char;">
    <span style="font-family: 宋体; font-size: 16px;">（六）带班检查：指由企业负责人（法定代表人、总经理）、主管质量安全和生产工作的副总经理、总工程师、副总工程师等带队实施对工程项目质量安全生产状况及项目负责人带班生产情况的检查。</span>
</p>
<p style="line-height: 27px; text-indent: 32px;">
    <span style="font-family: 宋体; font-size: 16px;">（七）日常检查：指各级专职安全管理人员在施工现场进行的巡查；各级管理人员在对施工现场进行生产、进度、质量、技术等检查时，同时进行的安全巡查；班组长和班组兼职安全员进行的班前、班中与班后安全检查。&nbsp; </span>
</p>
<p style="line-height: 27px; text-indent: 32px; -ms-layout-grid-mode: char;">
    <span style="font-family: 宋体; font-size: 16px;">&nbsp;</span>
</p>
<h3 style="text-align: center; line-height: 27px; page-break-after: auto;">
    <a name="_Toc440901552" href="http://"></a><span style="font-family: 宋体; font-size: 16px;">第二章&nbsp; 职责</span><span style="font-family: 宋体; font-size: 16px;">权限</span>
</h3>
<p style="line-height: 27px; text-indent: 32px;">
    <span style="font-family: 宋体; font-size: 16px;">&nbsp;</span>
</p>
<p style="line-height: 27px; text-indent: 32px;">
    <strong><span style="font-family: 宋体; font-size: 16px;">第四条</span></strong><span style="font-family: 宋体; font-size: 16px;">&nbsp; </span><span style="font-family: 宋体; font-size: 16px;">集团公司安全生产部牵头组织有关部门及集团公司级安全生产专家负责对所属企业总部及项目施工现场的监督检查。</span>
</p>
<p style="line-height: 27px; text-indent: 32px;">
    <strong><span style="font-family: 宋体; font-size: 16px;">第五条</span></strong><span style="font-family: 宋体; font-size: 16px;">&nbsp; </span><span style="font-family: 宋体; font-size: 16px;">各企业安全监督管理部门和负有安全生产职责的部门负责对本企业分支机构、项目施工现场的安全监督检查。</span>
</p>
<p style="line-height: 27px; text-indent: 32px;">
    <strong><span style="font-family: 宋体; font-size: 16px;">第六条</span></strong><span style="font-family: 宋体; font-size: 16px;">&nbsp; </span><span style="font-family: 宋体; font-size: 16px;">各企业分支机构安全监督管理部门和负有安全生产职责的部门负责对本单位项目施工现场的安全监督检查。</span>
</p>
<p style="line-height: 27px; text-indent: 32px;">
    <strong><span style="font-family: 宋体; font-size: 16px;">第七条</span></strong><span style="font-family: 宋体; font-size: 16px;">&nbsp; </span><span style="font-family: 宋体; font-size: 16px;">各级项目经理部安全监督部门和负有安全生产职责的部门负责对本项目施工现场的安全监督检查。</span>
</p>
<p style="line-height: 27px; text-indent: 32px;">
    <strong><span style="font-family: 宋体; font-size: 16px;">第八条</span></strong><span style="font-family: 宋体; font-size: 16px;">&nbsp; </span><span style="font-family: 宋体; font-size: 16px;">各级企业负责人、分支机构负责人负责带班安全监督检查。</span>
</p>
<p style="line-height: 27px; text-indent: 32px;">
    <strong><span style="font-family: 宋体; font-size: 16px;">第九条</span></strong><span style="font-family: 宋体; font-size: 16px;">&nbsp; </span><span style="font-family: 宋体; font-size: 16px;">项目经理负责项目施工现场带班生产及组织项目级监督检查。</span>
</p>
<p style="line-height: 27px; text-indent: 32px;">
    <strong><span style="font-family: 宋体; font-size: 16px;">第十条</span></strong><span style="font-family: 宋体; font-size: 16px;">&nbsp; </span><span style="font-family: 宋体; font-size: 16px;">项目现场专职安全管理人员和负有安全生产职责的人员（施工、技术、质量、材料、设备、人力资源、经营、财务、政工、施工队长、班组长等）负责项目现场的日常检查。</span>
</p>
<p style="line-height: 27px; text-indent: 32px;">
    <strong><span style="font-family: 宋体; font-size: 16px;">第十一条</span></strong><span style="font-family: 宋体; font-size: 16px;">&nbsp; </span><span style="font-family: 宋体; font-size: 16px;">开展安全监督检查工作的各级、各类人员具有检查权、建议权、责令整改权、经济处罚权、警告权、停工权等权力。</span>
</p>
<p style="line-height: 27px;">
    <span style="font-family: 宋体; font-size: 16px;">&nbsp;</span>
</p>
<h3 style="text-align: center; line-height: 27px; page-break-after: auto;">
    <a name="_Toc440901553" href="http://"></a><span style="font-family: 宋体; font-size: 16px;">第三章&nbsp; 检查层级及频次</span>
</h3>
<p style="line-height: 27px;">
    <span style="font-family: 宋体; font-size: 16px;">&nbsp;</span>
</p>
<p style="line-height: 27px; text-indent: 32px;">
    <strong><span style="font-family: 宋体; font-size: 16px;">第十二条</span></strong><span style="font-family: 宋体; font-size: 16px;">&nbsp; </span><span style="font-family: 宋体; font-size: 16px;">集团公司对所属企业总部的定期监督检查每两年进行一次，对所属企业项目施工现场的不定期或季节性专项监督检查每年开展，并覆盖全部所属企业。</span>
</p>
<p style="line-height: 27px; text-indent: 32px;">
    <strong><span style="font-family: 宋体; font-size: 16px;">第十三条</span></strong><span style="font-family: 宋体; font-size: 16px;">&nbsp; </span><span style="font-family: 宋体; font-size: 16px;">各企业对本企业分支机构的定期监督检查应每年进行一次，对本企业所属项目施工现场的不定期或季节及专业性监督检查应至少每年进行一次，覆盖全部在建项目。</span>
</p>
<p style="line-height: 27px; text-indent: 32px;">
    <strong><span style="font-family: 宋体; font-size: 16px;">第十四条</span></strong><span style="font-family: 宋体; font-size: 16px;">&nbsp; </span><span style="font-family: 宋体; font-size: 16px;">各企业分支机构对本单位项目施工现场的不定期或季节性及专业性监督检查，应至少每年进行两次，覆盖全部在建项目。</span>
</p>
<p style="line-height: 27px; text-indent: 32px;">
    <strong><span style="font-family: 宋体; font-size: 16px;">第十五条</span></strong><span style="font-family: 宋体; font-size: 16px;">&nbsp; </span><span style="font-family: 宋体; font-size: 16px;">项目经理部对施工现场应每月至少进行一次定期安全自查，每月至少进行一次专业性安全检查，在节假日、季节性来临时应开展节假日及季节性安全检查。</span>
</p>
<p style="line-height: 27px; text-indent: 32px;">
    <strong><span style="font-family: 宋体; font-size: 16px;">第十六条</span></strong><span style="font-family: 宋体; font-size: 16px;">&nbsp; </span><span style="font-family: 宋体; font-size: 16px;">项目现场专职安全生产管理人员和负有安全生产职责的人员，应至少每天进行一次日常检查。</span>
</p>
<p style="line-height: 27px; text-indent: 32px;">
    <strong><span style="font-family: 宋体; font-size: 16px;">第十七条</span></strong><span style="font-family: 宋体; font-size: 16px;">&nbsp; </span><span style="font-family: 宋体; font-size: 16px;">企业负责人带班检查及项目负责人带班生产按相关规定执行。</span>
</p>
<p style="line-height: 27px; text-indent: 32px;">
    <span style="font-family: 宋体; font-size: 16px;">&nbsp;</span>
</p>
<p style="text-align: center; line-height: 27px; text-indent: 32px;">
    <strong><span style="font-family: 宋体; font-size: 16px;">第四章&nbsp; 检查内容及标准</span></strong>
</p>
<p style="line-height: 27px; text-indent: 32px;">
    <span style="font-family: 宋体; font-size: 16px;">&nbsp;</span>
</p>
<p style="line-height: 27px; text-indent: 32px;">
    <strong><span style="font-family: 宋体; font-size: 16px;">第十八条</span></strong><span style="font-family: 宋体; font-size: 16px;">&nbsp; </span><span style="font-family: 宋体; font-size: 16px;">集团公司对所属企业总部、所属企业对分支机构的监督检查，主要查验“五落实五到位”安全生产责任体系的建立及落实、事故隐患排查治理、安全技术、职业健康管理等内容。分别按照《建设公司总部安全监督检查标准》（附件1）、《工程公司总部安全监督检查标准》（附件2）进行量化评分。</span>
</p>
<p style="line-height: 27px; text-indent: 32px;">
    <strong><span style="font-family: 宋体; font-size: 16px;">第十九条</span></strong><span style="font-family: 宋体; font-size: 16px;">&nbsp; </span><span style="font-family: 宋体; font-size: 16px;">集团公司、所属企业及所属企业分支机构对项目施工现场的监督检查、项目部定期自查，主要查验项目部安全生产直接管理主体责任落实、事故隐患排查治理、安全技术、职业健康管理、现场实体防护等内容。分别按照《建设公司项目现场安全监督检查标准》（附件3）、《工程公司项目现场安全监督检查标准》（附件4）进行量化评分。</span>
</p>
<p style="line-height: 27px; text-indent: 32px;">
    <strong><span style="font-family: 宋体; font-size: 16px;">第二十条</span></strong><span style="font-family: 宋体; font-size: 16px;">&nbsp; </span><span style="font-family: 宋体; font-size: 16px;">所属企业及分支机构、项目部对项目现场的节假日、专业性、季节性检查，主要按照不同情况有针对性地进行。所属企业可依据有关标准规范统一编制相应检查表开展检查。</span>
</p>
<p style="line-height: 27px; text-indent: 32px;">
    <strong><span style="font-family: 宋体; font-size: 16px;">第二十一条</span></strong><span style="font-family: 宋体; font-size: 16px;">&nbsp; </span><span style="font-family: 宋体; font-size: 16px;">专职安全生产管理人员和负有安全生产职责人员的日常检查，应按照本岗位安全职责和专业安全要求，开展现场检查。</span>
</p>
<p style="line-height: 27px; text-indent: 32px;">
    <span style="font-family: 宋体; font-size: 16px;">&nbsp;</span>
</p>
<p style="text-align: center; line-height: 27px; text-indent: 32px;">
    <strong><span style="font-family: 宋体; font-size: 16px;">第五章&nbsp; 监督检查实施</span></strong>
</p>
<p style="line-height: 27px; text-indent: 32px;">
    <span style="font-family: 宋体; font-size: 16px;">&nbsp;</span>
</p>
<p style="line-height: 27px; text-indent: 32px;">
    <strong><span style="font-family: 宋体; font-size: 16px;">第二十二条</span></strong><span style="font-family: 宋体; font-size: 16px;">&nbsp; </span><span style="font-family: 宋体; font-size: 16px;">各级安全监督检查应由3－5人组成工作组，采取“听、查、看、签”的工作方法，即听受检单位的介绍，现场查隐患，看各项制度和记录，并由受检单位签字确认的工作程序。</span>
</p>
<p style="line-height: 27px; text-indent: 32px;">
    <strong><span style="font-family: 宋体; font-size: 16px;">第二十三条</span></strong><span style="font-family: 宋体; font-size: 16px;">&nbsp; </span><span style="font-family: 宋体; font-size: 16px;">各级安全监督检查工作组，工作结果记录（附件1－附件8）应先手工填写，经工作组长审核后，录入各级《安全生产信息化管理系统》，形成电子文档保存。</span>
</p>
<p style="line-height: 27px; text-indent: 32px;">
    <strong><span style="font-family: 宋体; font-size: 16px;">第二十四条</span></strong><span style="font-family: 宋体; font-size: 16px;">&nbsp; </span><span style="font-family: 宋体; font-size: 16px;">总部、项目现场安全监督检查标准中的扣减分值为基准分的最大值，扣完为止，实得分不得为负分。</span>
</p>
<p style="line-height: 27px; text-indent: 32px;">
    <strong><span style="font-family: 宋体; font-size: 16px;">第二十五条</span></strong><span style="font-family: 宋体; font-size: 16px;">&nbsp; </span><span style="font-family: 宋体; font-size: 16px;">各级安全监督检查中发现的事故隐患，检查人员应拍摄照片并填写《安全事故隐患登记表》（附件5），并经受检单位负责人确认，能立即整改的，应立即完成整改；需要限期整改的，应启动各级《安全生产信息化管理系统》中的安全监督平台，进行立项、消项闭环管理。</span>
</p>
<p style="line-height: 27px; text-indent: 32px;">
    <strong><span style="font-family: 宋体; font-size: 16px;">第二十六条</span></strong><span style="font-family: 宋体; font-size: 16px;">&nbsp; </span><span style="font-family: 宋体; font-size: 16px;">集团公司安全监督检查中发现的《企业总部安全生产负面清单》（附件6）、《项目现场安全生产负面清单》（附件7）所列负面内容，实行“零容忍”，应针对负面内容进行罚分并处罚款。罚款金额计算公式：罚分分值×500元。</span>
</p>
<p style="line-height: 27px; text-indent: 32px;">
    <strong><span style="font-family: 宋体; font-size: 16px;">第二十七条</span></strong><span style="font-family: 宋体; font-size: 16px;">&nbsp; </span><span style="font-family: 宋体; font-size: 16px;">集团公司安全监督检查中对企业总部、项目现场安全生产负面清单的罚款，由集团公司安全生产部编制处罚通知书，下发受检企业，由受检企业财务部门上缴集团公司财务部门指定帐户。</span>
</p>
<p style="line-height: 27px; text-indent: 32px;">
    <span style="font-family: 宋体; font-size: 16px;">&nbsp;</span>
</p>
<p style="text-align: center; line-height: 27px; text-indent: 32px;">
    <strong><span style="font-family: 宋体; font-size: 16px;">第六章&nbsp; 检查结果及应用</span></strong>
</p>
<p style="line-height: 27px; text-indent: 32px;">
    <span style="font-family: 宋体; font-size: 16px;">&nbsp;</span>
</p>
<p style="line-height: 27px; text-indent: 32px;">
    <strong><span style="font-family: 宋体; font-size: 16px;">第二十八条</span></strong><span style="font-family: 宋体; font-size: 16px;">&nbsp; </span><span style="font-family: 宋体; font-size: 16px;">各级安全监督检查结果，由对应的检查标准最终得分与负面清单罚分之差确定，评定为合格、基本合格、不合格三个等级。其中：80分及以上为合格，71－79分为基本合格，70分及以下为不合格。</span>
</p>
<p style="line-height: 27px; text-indent: 32px;">
    <strong><span style="font-family: 宋体; font-size: 16px;">第二十九条</span></strong><span style="font-family: 宋体; font-size: 16px;">&nbsp; </span><span style="font-family: 宋体; font-size: 16px;">各级安全监督检查中对被评定为不合格的单位，应给予警告和停工整改处理。其中，对于因安全管理缺失、失控而存有重大事故隐患的单位应给予停工整改。</span>
</p>
<p style="line-height: 27px; text-indent: 32px;">
    <span style="font-family: 宋体; font-size: 16px;">集团公司安全监督检查中对不合格单位的警告处理，由监督检查工作组作出决定，不合格单位的所在企业负责督促其整改，并经监督检查工作组进行复验合格后，撤销警告。</span>
</p>
<p style="line-height: 27px; text-indent: 32px;">
    <span style="font-family: 宋体; font-size: 16px;">集团公司级安全监督检查中对不合格单位的停工整改处理，由监督检查工作组提出建议，经集团公司安全生产部审核，履行相关核准程序后，作出停工整改处理决定。不合格单位的所在企业负责督促其整改，并经监督检查工作组进行复验合格后，方可复工。</span>
</p>
<p style="line-height: 27px; text-indent: 32px;">
    <strong><span style="font-family: 宋体; font-size: 16px;">第三十条</span></strong><span style="font-family: 宋体; font-size: 16px;">&nbsp; </span><span style="font-family: 宋体; font-size: 16px;">集团公司安全监督检查工作结束后，监督检查工作组应形成《安全监督检查工作报告》（附件8），并与事故隐患登记表、监督检查标准、负面清单等过程记录，通过集团公司《安全生产信息化管理系统》上传至安全监督平台备查。</span>
</p>
<p style="line-height: 27px; text-indent: 32px;">
    <strong><span style="font-family: 宋体; font-size: 16px;">第三十一条</span></strong><span style="font-family: 宋体; font-size: 16px;">&nbsp; </span><span style="font-family: 宋体; font-size: 16px;">所属企业安全监督检查工作结束后，应及时进行工作总结，并于总结完成后2个工作日内，将工作总结，通过集团公司《安全生产信息化管理系统》上传至安全监督平台备查。</span>
</p>
<p style="line-height: 27px;">
    <span style="font-family: 宋体; font-size: 16px;">&nbsp;</span>
</p>
<h3 style="text-align: center; line-height: 27px; page-break-after: auto;">
    <a name="_Toc440901557" href="http://"></a><span style="font-family: 宋体; font-size: 16px;">第七章&nbsp; 附&nbsp; 则</span>
</h3>
<p style="line-height: 27px;">
    <span style="font-family: 宋体; font-size: 16px;">&nbsp;</span>
</p>
<p style="line-height: 27px; text-indent: 32px;">
    <strong><span style="font-family: 宋体; font-size: 16px;">第三十二条</span></strong><span style="font-family: 宋体; font-size: 16px;">&nbsp; </span><span style="font-family: 宋体; font-size: 16px;">本办法如与现行国家、行业法律法规、标准规范等相抵触的，按国家、行业法律法规、标准规范执行。</span>
</p>
<p style="line-height: 27px; text-indent: 32px;">
    <strong><span style="font-family: 宋体; font-size: 16px;">第三十三条</span></strong><span style="font-family: 宋体; font-size: 16px;">&nbsp; </span><span style="font-family: 宋体; font-size: 16px;">本办法由集团公司授权安全生产部负责解释。</span>
</p>
<p style="line-height: 27px; text-indent: 32px;">
    <strong><span style="font-family: 宋体; font-size: 16px;">第三十四条</span></strong><span style="font-family: 宋体; font-size: 16px;">&nbsp; </span><span style="font-family: 宋体; font-size: 16px;">本办法自发布之日起施行。原《施工现场质量安全定期检查评价暂行规定》（中国化学集团安发﹝2011﹞187号）同时废止。</span>
</p>
