<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<%@ page pageEncoding="UTF-8"%>
<%@ taglib prefix="fmt" uri="http://java.sun.com/jsp/jstl/fmt"%>
<%@ taglib prefix="c" uri="http://java.sun.com/jsp/jstl/core"%>
<%@ taglib prefix="fn" uri="http://java.sun.com/jsp/jstl/functions" %>
<%@ taglib prefix="kfn" uri="http://www.knight.com/jsp/jstl/functions"%>
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>施工升降机安装自检表</title>
<style media="print">
.Noprint {
	display: none;
	
}
.PageNext {
	page-break-after: always;
}
</style>

<link href="../css/er_style.css" rel="stylesheet" type="text/css" />
</head>

<body>
<center>
<div class="er_main_detail">

<div class="er_w100" id="page1" style="page-break-after:always">
<div class="er_wrod_title"><br /><br /><br /><br /><p style="font-size:34px;">建筑起重机械维护保养管理制度</p><br />
<br /><br /><br /><br /><br /><br /><br /><br /><br /><br /><br /><br /><br /><br /><br /><br /><br /><br /><br /><br /><p style="font-size:20px;">中国建筑第二工程局有限公司</p></div>
</div>
<div class="PageNext"></div>


<div class="er_wrod_title"><br /><br />目  录</div>
<div class="er_w100" id="page2" style="font-size:18px;line-height:36px;page-break-after:always">
<br />
<p style="text-align:left; ">1．施工起重机械管理规定 <br />
2．塔机操作人员的岗位职责 <br />
3．塔机指挥人员的岗位职责 <br />
4．塔式起重机、施工电梯的例行保养 <br />
&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;1）塔式起重机、施工电梯在每日（班）工作前进行保养作业，称为例行保养，其基本内容： <br />
&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;2）塔式起重机、施工电梯在每日（班）工作后进行检查其基本内容： <br />
5．塔吊安全使用“十不吊</p>
</div>
<div class="PageNext"></div>

<div class="er_wrod_title" style="font-size:18px;">中国建筑第二工程局有限公司<br />施工起重机械管理规定</div>
<div class="er_w100" id="page3" style="page-break-after:always">
&nbsp;
<p style="line-height:30px; font-size:18px; text-align:left;"><strong>一、总则</strong><strong> </strong><br />
  &nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;1.目的:为规范中国建筑第二工程局有限公司施工起重机械的安全管理，防止和减少事故发生，保障职工生命和财产安全，保证公司与项目的安全运营，依据中国建筑第二工程局执行的质量、环境、职业健康管理体系文件中《基础设施管理程序》，特制订本规定。 <br />
  &nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;2.适用范围：本规定适用于中国建筑第二工程局有限公司管理的所有工程项目。实施中除应遵循本规定外，还应符合国家、行业有关法律法规和规范性文件要求以及《深圳市施工起重机械安全管理办法》、《中建总公司机械设备安全管理标准》相关规定。 <br />
  &nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;3.起重机械的范围：主要指塔式起重机、施工升降机、物料提升机等特种起重机械。对流动式起重机械，如履带吊、汽车吊、随车吊、龙门吊（龙门架）等起重机械按照《中建总公司机械设备安全管理标准》专项安全技术管理标准执行。 <br /><br />
  <strong>二、依据的标准、规范</strong><strong> </strong><br />
  1.《深圳市施工起重机械安全管理办法》（本规定的附件） <br />
  2.《中建总公司机械设备安全管理标准》（本规定的附件） <br />
  3.《建筑机械使用安全技术规程》JGJ33—2001<br />
  4.《建筑施工安全检查标准》JGJ59—99<br />
  5.《施工现场临时用电安全技术规范》JGJ46—2005<br />
  6.《建筑机械技术试验规程》JGJ34—88<br /><br />
  <strong>三、管理机构与分工</strong><strong> </strong><br />
  <strong>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;（一）公司物资部职责为</strong>：公司物资部是公司物资机械的主管部门，负责以下工作： <br />
  &nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;1.贯彻执行国家、行业、地方、上级主管部门机械设备的管理方针、政策、法规、条例、制度、规定，制订、修订公司机械设备管理规定； <br />
&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;2.推行设备“购、用、养、修、算”一体化的综合管理，强化采购、调配、验收、监督等环节的工作。根据施工需要，按照技术先进、规格统一、服务稳定优良的思路，经公司领导同意后进行设备采购，以改善和提高企业技术装备素质；</p>
</div>
<div class="PageNext"></div>

<div class="er_w100" id="page4" style="page-break-after:always">
<P style="line-height:32px; font-size:18px; text-align:left;">根据项目机械设备使用计划，进行全公司设备的调配；检查监督机械设备效能，重点推行标准化作业，受理相关各方投诉、建议； <br />
&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;3.合理调配项目设备管理人员，指导、监督、检查项目机械管理工作，进行全面、及时、有效的综合管理，执行季检制度，对外埠分公司按公司规定执行半年检查制度，以确保各项目起重机械符合分公司规定要求； <br />
&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;4.建立健全有效的设备垂直管理和水平管理的体系，作好技术支持服务工作，制订操作规程、维修制度、修理制度、履历制度、工作流程等规范制度，编制归档电子版的技术资料包、配件供应商名录、设备原始技术资料档案； <br />
&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;5.按局程序文件要求成立设备验收小组，组织起重机械验收，填写《施工机械验收鉴定单》； <br />
&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;6.组织设备的大修理及修竣检查验收工作，组织设备状况的鉴定工作；负责设备报废申报工作，对所有列入固定资产的机械设备净值为零且无法达到安全使用要求的，每年年末汇总填写《固定资产单机报废签认表》统一寄局工程部审批后报废； <br />
<strong>（二）租赁分公司管理职责为：</strong>租赁分公司是公司塔式起重机管理的实施组织，负责以下工作： <br />
&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;1.严格执行法律法规相关规定与公司管理规定，实施起重机械的“用、养、修、算”工作，确保起重机械使用安全及保值增值。对于闲置设备的对外租赁，经公司主管生产副总经理批准后方可进行，为了规避风险，原则上只进行设备的出租，不进行设备的安装与服务。 <br />
&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;2.根据项目对起重机械的使用要求，配备管理人员及作业人员。建立机械设备安全岗位责任制，执行定机、定人、定岗，坚持机长和机组长负责制；对机械设备实行挂牌制度，内容包括机长姓名、操作规程、安全警示、限载限负荷、安装验收合格和检测合格的标牌；多班作业机械应认真执行交接班制度，交接应当面交接并签字，司机应认真填写运行记录及存在的问题。 <br />
&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;3. 认真编制操作规程、作好安全技术交底工作，作到操作、使用有章可循；编制风险识别手册及应急预案，以确保操作人员不会违章作业、危险作业，并能及时处理应急情况。操作维修人员要严格遵守《建筑机械使用安全操作规程》，对违章指挥，机操人员有权拒绝执行。
</P>
</div>
<div class="PageNext"></div>


<div class="er_w100" id="page5" style="page-break-after:always">
 <p style="line-height:34px; font-size:18px; text-align:left;">
&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;4.应逐步扩大现场管理的深度与力量，对于现场三台塔机以上的项目应派工长或专职安全员以实施具体管理，未达到此规模的工地实行按月巡检制度、维修检查制度以主动消除隐患； <br />
&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;5.服从项目指挥、执行起重机械安全月检制度及定期起重机械安全检查制度（按照相关标准及《建筑施工安全检查标准》JGJ59—99中相关内容），及时消除隐患，作好检查记录及总结，掌握设备状况及管理状况，确保人身及机械设备安全；<br />
&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;6.坚持例保、定期检修制度，作好维修保养记录及台帐，作好单机台帐履历；<br />
&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;7.对于起重设备安拆、验收、使用等环节，必须严格执行安全生产法、安全生产条例、深圳市相关规定，对于特殊情况的安装、拆除、附墙等工作申请公司组织专项方案的专家评审； <br />
&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;8.按照起重机械安全施工的要求配备齐全有效的保险、限位等安全设施和装置，相关配件应从原厂采购或使用原品牌型号产品。 <br />
&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;9.凡进入现场的机械设备操作人员、维修人员，都要遵守现场安全管理制度。项目经理部对进入现场的机操、维修人员有权实施安全监督和管理，有权对不服从管理的人员予以警告、罚款直至清退，有权向租赁分公司提出建议、批评、处罚，有权向公司物资部进行投诉； <br />
  <strong>（三）项目管理职责为：</strong>公司设备使用的具体组织，是分公司施工项目的安全责任组织。<strong> </strong><br />
    1.严格执行公司的管理规定，对公司不能调配的起重机械，经公司物资部对设备状态、价格、服务等内容确认后方可进行租赁。 <br />
    2.机械设备的操作、使用要有章可循，严格遵守操作规程，执行定机、定人、定岗，坚持机长和机组长负责制及持证上岗制。对于进入项目的特种作业人员必须持证上岗，项目安全主证负责查验证件原件识别真伪，存档特种作业复印件（证件持有人签名并承诺真实性、安全主任注明与原件相同）和身份证复印件； 
  3.建立机械设备安全岗位责任制和机械设备安全检查制度，定期、不定期地进行机械设备安全检查，及时消除隐患，确保机械设备及人身安全。操作维修人员要严格遵守《建筑机械使用安全操作规程》，对违章指挥，机操人员有权拒绝
</p>
</div>

<div class="PageNext"></div>

<div class="er_w100" id="page6" style="page-break-after:always">
<p style="line-height:31px; font-size:18px; text-align:left;">
执行；对违章操作，现场施工管理人员和机械设备管理人员应坚决予以制止； <br />
&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;3.项目经理部坚持每月检查制度（按照《建筑施工安全检查标准》JGJ59—99相关规定），作好检查记录及总结，掌握设备状况及管理状况； <br />
&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;4.凡进入现场的机械设备操作人员、维修人员（含分包队人员），都要遵守现场安全管理制度，项目经理部要对进入现场的机操、维修人员进行入场安全教育、岗位安全教育，实施安全监督和管理； <br />
&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;5.坚持例保、定期检修制度，作好维修保养记录及台帐，设备退场时设备单机履历上交公司物资部。 <br />
  <strong>四、管理规定要点：</strong><strong> </strong><br />
&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;1.起重机械备案制度：根据深圳市施工起重机械的管理要求，公司所有项目应将项目所使用的起重机械（含自有设备和租赁设备）在公司安全部及物资部进行备案，备案内容如下： <br />
&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;A.设备基本情况、主要技术参数、操作人员情况、维修人员情况、验证或机械管理人员情况等，具体表格附后。 <br />
&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;B.租赁合同、安装拆除合同（加盖公章的安装拆除单位资质、营业执照复印件）、安全协议书、安装拆除专项方案、使用登记证。 <br />
&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;2.设备进场前检验制度：对于租赁设备，公司物资部必须组织项目机械管理部门、安全部对拟进场设备进行现场查验。应检查设备的状况、机械管理状况，应租赁出厂合格证和生产许可证齐全、设备新、管理好、运行档案齐全、操作人员持证上岗的设备，条件许可时应进行载荷试验，严把设备进场关。 <br />
&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;3.安装和加节过程的控制：项目必须对设备安装和加节过程中“人、机、料、法、环”等要素进行严格控制，对安装环境（含安全警戒区域和监护人员）、安装进度安排、设备基础（含附墙节点）、安装人员、现场安装指挥人员、安全技术交底、劳保用品、索具、吊装设备（特殊情况必须做试吊实验）等都必须与方案对比一一查验。严禁临时改变安装或拆除方案，严禁无项目专业管理人员监督，严禁安装单位与安装人员不符，严禁无资质人员实施指挥、无特种作业人员安装作业，严禁天黑后吊装作业（关键吊装作业应严格执行厂家产品说明书，以形成稳定平衡结构）。 <br />
&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;4. 起重机械验收制度：项目必须严把安装单位的安装验收和特种设备检验机构的验收关。 </p>

</div>
<div class="PageNext"></div>

<div class="er_w100" id="page7" style="page-break-after:always">
<p style="line-height:34px; font-size:18px; text-align:left;">
&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;4.1安装单位完成设备安装后，项目必须安排有资格人员旁站见证安装单位按照深圳市统表（安装及验收资料）完成安装单位的自检工作，对荷载试验拍照记录；并认真组织具有相应资质的检验检测机构进行设备的检验、备案。严禁采取手段将不合格或存在隐患或存在质疑的设备验收过关，未经检验合格的设备禁止使用。 <br />
&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;4.2项目完成4.1工作内容，或者安装单位完成自检后，由项目通知物资部进行企业检查，由物资部组织起重机械验收小组进行检查。 <br />
&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;5.起重机械使用制度：必须执行持证上岗制度、项目月度检查制度、运转记录/交接班签字制度、维修验证制度（对于重大危险源的维修必须经过认可的维修验证人员认可或者经过荷载试验方可重新使用，并应做维修使用交接记录，由项目机械管理部门与安全部门备案）。 <br />
  <strong>五、附件：</strong><strong> </strong><br />
&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;5.1《深圳市施工起重机械安全管理办法》 <br />
&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;5.2《中建总公司机械设备安全管理标准》 <br />
  <strong>六、起重机械的档案资料：</strong>以下资料须留档，项目结束时上交公司物资部留档。 <br />
&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;6.1 《项目机械设备管理规定》； <br />
&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;6.2 机械管理人员、安全管理人员、机械操作人员、机械维修人员岗位责任制； <br />
&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;6.3 《机械设备操作规程》； <br />
&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;6.4 机械设备租赁合同； <br />
&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;6.5垂直运输设备安装、拆除资料包括：《产品合格证》、《产品生产许可证》、《安装方案》、《拆除方案》、《垂直运输设备安装资质证书》、安全许可证、特种作业人员操作证等； <br />
&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;6.6《安装验收报告书》、《施工机械验收鉴定单》（程序文件要求）、专业检验检测机构出具的报告、《起重机械使用登记证》等； <br />
&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;6.7 操作证名册及复印件； 机械维修人员名册及复印件； <br />
&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;6.9履历书 </p>
</div>
<div class="PageNext"></div>

<div class="er_w100" id="page8" style="page-break-after:always">
	<p style="line-height:40px; font-size:21px; text-align:center;"><strong>机长的岗位职责</strong></p><br />
	<p  style="line-height:40px; font-size:18px; text-align:left;">
	1.	掌握机械的工作原理，结构特点，性能，不断提高自己的业务水平。<br />
	2.	负责机械设备的使用计划的实施并及时反馈实施后的信息。<br />
	3.	负责机械设备的日常维修、保养计划的实施并作好详细的记录。<br />
	4.	督促检查机操人员填写机械运转记录和交接班记录。<br />
	5.	负责机械设备的安全措施的实施。<br />
	6.	及时向上级主管部门填写各种机械报表。<br />
	</p> <br />
	
	<p style="line-height:40px; font-size:21px; text-align:center;"><strong>塔机驾驶员的岗位职责</strong></p><br />
	<p  style="line-height:40px; font-size:18px; text-align:left;">
	7.	不得擅自接纳非机组人员登机并在机上停留。<br />
	8.	必须按正常工作班作息时间提前登机完成准备作业。<br />
	9.	不仅要熟悉所驾驶的塔机构造特点、技术性能、操作规程及安全驾驶注意事项，而且要通过勤学苦练，精通塔机驾驶技术，掌握塔机一般维护技术。<br />
	10.	必须爱护机械，精心操作，精心保养，努力提高塔机的生产效能，并延长机械的使用寿命。<br />
	11.	必须严格遵守操作规程及有关各项规定，拒绝执行违反操作规程的各项指令，保护机上各项安全装置以及检测、指示和报警装置。<br />
	12.	随起重机进入施工现场之后，应主动积极熟悉工程概况、工地环境及施工条件，服从调度，遵守现场有关安全技术的各项规定，不擅自离开职守，认真如实的填写机器履历书和填写运转记录。<br />

</p>
</div>
<div class="PageNext"></div>


<div class="er_w100" id="page9" style="page-break-after:always">
	<p  style="line-height:40px; font-size:18px; text-align:left;">
	13.	遇到设备发生故障或安全事故时，应提高警惕，尽力抢救，保护现场，并立即报上级和有关部门协助处理。<br />
	14.	严禁让塔机代病作业，在物件重量不清，绑扎不劳或不合理，塔机安全装置失灵，信号不明和无人指挥等情况下司机均不得操作。<br />
	15.	工作期间，不许看书报杂志等，不许闲谈，严禁酒后操作。<br />
	16.	大雨、大雾、六级以上大风必须停止作业。<br />
	</p><br /><br />
	<p style="line-height:40px; font-size:21px; text-align:center;"><strong>塔机指挥人员的岗位职责</strong></p><br />
	
	<p style="line-height:40px; font-size:18px; text-align:left;">
	1.	必须认真执行起重机的安全技术规程，了解塔机的构造原理、技术性能，严格遵守塔机安全技术规程。<br />
	2.	认真检查起重用的钢丝绳、索具、绳卡等的完好性，杜绝腐蚀、损坏等不合格的吊索具的使用，保证安全吊装。<br />
	3.	指挥人员必须仔细观察吊物周围一切状况，严禁无人在吊臂下穿行和逗留。<br />
	4.	指挥信号必须清楚明确，严禁模糊不清。<br />
	5.	检查吊点的正确位置，绑扎牢固。散件要用规范的容器吊运。吊运重大物件时，要进行试吊并留有保险绳。
	坚持“十不吊”的原则。拒绝违章指挥。<br />
	</p>
</div>
<div class="PageNext"></div>
<P style="clear:both;"></P>


<div class="er_w100" id="page10" style="page-break-after:always">
	<p style="line-height:40px; font-size:21px; text-align:center;"><strong>例塔式起重机、施工电梯的行保养</strong></p><br />
	<p style="line-height:40px; font-size:21px; text-align:left;"><strong>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;塔式起重机、施工电梯在每日（班）工作前进行保养作业，称为例行保养，其基本内容：</strong></p>
	<br />
	<p style="line-height:40px; font-size:18px; text-align:left;">
	1.清洁：清除塔式起重机上的污泥，洗擦塔机设备上的灰尘，保持塔<br />式起重的整洁。<br />
	2.紧固：紧固各处松动的螺栓。<br />
	3.调整：调整各处不正常的行程和间隙。<br />
	4.润滑：按规定做好润滑注油工作。<br />
	5.防腐：采取措施做好机身的防腐蚀工作。<br />
	</p><br /><br />
  <p style="line-height:40px; font-size:21px; text-align:left;"><strong>&nbsp;塔式起重机、施工电梯在每日（班）工作后进行检查其基本内容：</strong></p>
  <p style="line-height:40px; font-size:18px; text-align:left;">
6.	检查动力部分的运转情况是否有异常现象。<br />
7.	检查各传动部分包括齿轮、链条、皮带、油压、钢丝绳等的运转情况，是否有故障、异响和发热。<br />
8.	检查工作装置和行走部分，是否有变形、脱焊、裂纹和松动。<br />
9.	检查油、电容量情况，是否有不足和泄漏。<br />
10.	检查操作系统、安全装置和仪表，是否有失灵现象。<br />
11.	检查各处配合行程和间隙，是否有异变和松动。<br />
  </p>
	<br />
</div>
<div class="PageNext"></div>
<P style="clear:both;"></P>


<div class="er_w100" id="page11" style="page-break-after:always">
<p style="line-height:40px; font-size:21px; text-align:center;"><strong>塔吊安全使用“十不吊”</strong></p><br />
<p style="line-height:40px; font-size:18px; text-align:left;">
1、无指挥与指挥信号不明或指挥错误不吊；<br />
2、吊物捆绑、吊挂不牢或吊索、吊具不安全不吊；<br />
3、吊装现场与电气线路小于安全距离又无可靠防护措施不吊；<br />
4、起重设备主要安全装置缺乏或失灵、未采取安全措施不吊；<br />
5、视线不清不吊；<br />
6、吊索绑挂于棱角物件上，没有设置衬垫等安全防护措施不吊；<br />
7、斜拉吊物或超过起重设备允许负荷不吊；<br />
8、吊具、吊物上面有人或浮置物不吊；<br />
9、物体埋在地下或起重物重量不明的不吊；<br />
10、遇六级和六级以上大风以及大雨、大雪、大雾等恶劣天气不吊。<br />

</p>

</div>


</div>
<div class="PageNext"></div>
</center>
</body>
</html>
