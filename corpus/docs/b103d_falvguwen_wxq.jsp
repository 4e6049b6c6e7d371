<!DOCTYPE html>
<html lang="zh-cn">
<head>
<%@ page language="java" contentType="text/html; charset=UTF-8" pageEncoding="UTF-8"%>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<link rel="stylesheet" type="text/css" href="/wechatass/Static/Bootstrap/css/bootstrap.min.css" />
<link rel="stylesheet" type="text/css" href="/wechatass/Static/Plugin/sweetalert/css/sweetalert.css" />
<link rel="stylesheet" type="text/css" href="/wechatass/Static/Plugin/webui-popover/css/jquery.webui-popover.css" />
<link rel="stylesheet" type="text/css" href="/wechatass/CSS/RSWechatMgrStyle.css" />
<title>群管理制度</title>
</head>
<body>
	<div class="container">
		<div class="page-header" style="text-align:center;">
  			<h2>全省村(社区)法律顾问</h2>
  			<h2>微信群管理办法(试行)</h2>
		</div>
		<br/><h3 style="text-align:center;"><strong>第一章 总则</strong></h3><hr/>
		<p>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;<strong>第一条</strong>&nbsp;&nbsp;为规范村(社区)法律顾问微信群管理，提升村(社区)法律顾问服务质量，根据《互联网新闻信息服务管理规定》《互联网信息服务管理办法》《互联网群组信息服务管理规定》等规章制度，制定本办法。</p>
		<p>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;<strong>第二条</strong>&nbsp;&nbsp;本办法适用于各县(市、区)“法律顾问之家群”和所有村(社区)“法润民生群”微信群。</p>
		<br/><h3 style="text-align:center;"><strong>第二章 管理职责</strong></h3><hr/>
		<p>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;<strong>第三条</strong>&nbsp;&nbsp;各设区市司法局负责指导辖区内法律顾问微信群运行管理工作，县(市、区)司法局负责管理本县(市、区)“法律顾问之家群”及辖区内村(社区)“法润民生群”，乡镇(街道)司法所负责监督管理辖区内“法润民生群”。</p>
		<p>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;<strong>第四条</strong>&nbsp;&nbsp;县(市、区)“法律顾问之家群”的管理员由县(市、区)司法局指定主管业务科室专人担任；村(社区)“法润民生群”的管理员由村(社区)法律顾问担任。</p>
		<p>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;<strong>第五条</strong>&nbsp;&nbsp;司法所工作人员按照分工负责原则，加入辖区所有村(社区)“法润民生群”，开展日常监督管理工作。</p>
		<p>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;<strong>第六条</strong>&nbsp;&nbsp;按照“谁建群谁管理、谁建群谁负责”原则，微信群管理员承担微信群的日常管理责任，具体职责有：</p>
		<p>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;（一）&nbsp;&nbsp;发布群规，规定群内交流规则、允许交流和禁止交流的内容范围；</p>
		<p>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;（二）&nbsp;&nbsp;每天查看县(市、区)“法律顾问之家群”至少一次，及时受领工作指示，交流工作情况，转发资讯信息；</p>
		<p>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;（三）&nbsp;&nbsp;每天巡查本群内信息内容至少两次，按照顾问职责主功发布相关信息；</p>
		<p>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;（四）&nbsp;&nbsp;发现一般性违反群规的内容要及时制止、警告，并在群内发布群规提醒；</p>
		<p>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;（五）&nbsp;&nbsp;发现有本办法第十五条禁止发布的信息，或者其他存在严重问题的信息，应当立即制止，并将信息发送人清除出群；</p>
		<p>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;（六）&nbsp;&nbsp;管理员未能在第一时间发现违规内容，其他人发现后提醒的，管理员应当及时回应，立即采取清理措施，消除负面影响。</p>
		<p>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;<strong>第七条</strong>&nbsp;&nbsp;司法所工作人员、村(社区)专职人民调解员协助群管理员监督管理村(社区)“法润民生群”，具体职责有：</p>
		<p>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;（一）&nbsp;&nbsp;每天巡查本人所在“法润民生群”至少一次；</p>
		<p>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;（二）&nbsp;&nbsp;发现一般性违反群规的内容要及时制止、警告，并在群内发布群规提醒；</p>
		<p>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;（三）&nbsp;&nbsp;发现有本办法第十五条禁止发布的信息，或者其他存在严重问题的信息，应当立即制止，并联系群管理员将信息发送人清除出群。</p>
		<p>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;<strong>第八条</strong>&nbsp;&nbsp;设区市司法局、县(市、区)司法局应组织发动机关工作人员、法律服务志愿者加入所在村(社区)的“法润民生群”，协助管理员监督管理。</p>
		<br/><h3 style="text-align:center;"><strong>第三章 成员管理</strong></h3><hr/>
		<p>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;<strong>第九条</strong>&nbsp;&nbsp;“法律顾问之家群”成员主要包括：县(市、区)司法局局长、分管副局长、主管业务科室负责人、司法所所长和相关工作人员，本辖区所有村(社区)法律顾问。</p>
		<p>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;<strong>第十条</strong>&nbsp;&nbsp;“法润民生群”成员主要包括村(社区)法律顾问，专职人民调解员、法律援助和法律服务工作人员，所在乡镇(街道)司法所、村(社区)司法行政服务站工作人员，所在村(社区)“两委”成员、村民组长、村(社区)企业业主、居民。</p>
		<p>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;<strong>第十一条</strong>&nbsp;&nbsp;“法润民生群”成员人数应当达到一定规模，一般应在100人以上，各乡镇(街道)司法所负责督促本辖区各村(社区)符合条件的人员加入微信群。</p>
		<p>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;<strong>第十二条</strong>&nbsp;&nbsp;各群成员实行实名制管理，群昵称应明确姓名和单位信息。成员入群时采取管理员审查模式，由村(社区)“两委”成员、专职人民调解员协助管理员做好入群审核工作。</p>
		<p>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;<strong>第十三条</strong>&nbsp;&nbsp;对已经入群成员，发表一般性违规信息的，管理员应予以警告，警告不改的，管理员应将其清除出群，对发表严重不当言论或造成严重影响的，应将其立即清除出群，限制再次入群。</p>
		<br/><h3 style="text-align:center;"><strong>第四章 内容管理</strong></h3><hr/>
		<p>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;<strong>第十四条</strong>&nbsp;&nbsp;微信群发布内容应倡导正能量导向，应与村(社区)法律顾问工作紧密联系。</p>
		<p>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;“法律顾问之家群”主要内容包括：村(社区)法律顾问工作的计划安排、问题探讨、社情民意收集、法律服务需求分析、法治宣传资料提供等。</p>
		<p>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;"法润民生群"主要内容包括</p>
		<p>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;（一）&nbsp;&nbsp;为群众提供的法律咨询，公证、司法鉴定和法律援助指引，矛盾纠纷调处等法律服务的意见；</p>
		<p>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;（二）&nbsp;&nbsp;法治宣传的有关资讯、图片、音视频等资料；</p>
		<p>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;（三）&nbsp;&nbsp;有关法律服务的工作安排；</p>
		<p>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;（四）&nbsp;&nbsp;群众的个体法律服务需求；</p>
		<p>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;（五）&nbsp;&nbsp;其他与村(社区)法律顾问工作有关的内容。</p>
		<br/><h3 style="text-align:center;"><strong>第五章 效能管理</strong></h3><hr/>
		<p>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;<strong>第十五条</strong>&nbsp;&nbsp;“法律顾问之家群”和“法润民生群”群内成员应遵守《互联网群组信息服务管理规定》等法律法规，对自身发布内容的合法性、准确性、时效性负责，不得发布以下信息：</p>
		<p>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;（一）&nbsp;&nbsp;政治敏感话题或涉及反党、反国家、反社会的信息；</p>
		<p>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;（二）&nbsp;&nbsp;涉黄、涉毒、涉分类信息或其他低俗、无聊的图片、视频、信息；</p>
		<p>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;（三）&nbsp;&nbsp;涉及国家秘密的文件、资料；</p>
		<p>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;（四）&nbsp;&nbsp;涉及个人隐私或对他人进行人格污辱、人身攻击的信息；</p>
		<p>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;（五）&nbsp;&nbsp;未经官方途径发布的有关港澳台和军事方面的资料、新闻信息，所谓的内部资料信息，未经核实的传言、谣言信息；</p>
		<p>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;（六）&nbsp;&nbsp;商业广告类信息；</p>
		<p>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;（七）&nbsp;&nbsp;其他有悖社会主义核心价值观的信息。</p>
		<p>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;<strong>第十六条</strong>&nbsp;&nbsp;管理员应通过微信群常态开展相关工作，充分发挥微信群作用。“法律顾问之家群”管理员应当开展下列工作通过微信群开展业务工作指导、受领、安排；指导督促“法润民生群”管理员认真履职；收集汇总所辖村(社区)“法润民生群”服务数据和典型案例；组织业务交流和问题探讨等工作。“法润民生群”管理员应当开展下列工作：</p>
		<p>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;（一）&nbsp;&nbsp;及时回应群众在微信群中提出的法律司题、法律需求，做到有求必应；</p>
		<p>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;（二）&nbsp;&nbsp;接受12348网络和热线平台发出的工作指令、解决辖区内群众提出的法律服务需求；</p>
		<p>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;（三）&nbsp;&nbsp;通过转载各级司法行政官网、“双微”平台、法治宣传网络、12348平台的资讯等方式，及时发布有关法律服务动态信息，每天至少在微信群中发布一次有针对性的法治宣传信息；</p>
		<p>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;（四）&nbsp;&nbsp;每半月至少在微信群中发布一次以案释法案例。</p>
		<p>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;<strong>第十七条</strong>&nbsp;&nbsp;设区市司法局、县(市、区)司法局应结合本地情况，制定考核办法，对辖区内法律顾问微信群工作网络建立、运行和监督管理情况实施考核，考核结果应与司法行政机关及其具体责任部门、责任人和管理员的绩效考核挂钩，“法润民生群”建立运行和监督管理考核结果应作为顾问续聘和顾问经费发放的依据。</p>
		<p>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;<strong>第十八条</strong>&nbsp;&nbsp;各地应定期检查“法律顾问之家群”和“法润民生群”运行情况，省厅每月抽查一次，设区市司法局每月抽查一次，县(市、区)司法局每月检查辖区内三分之一以上的“法润民生群”，抽查情况应及时通报并作为考核重要依据。</p>
		<p>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;<strong>第十九条</strong>&nbsp;&nbsp;各地法律顾问微信群建立、运行和监督管理情况，作为各地村(杜区)法律顾问工作开展的重要内容，纳入对设区市司法局、县(市、区)司法局的绩效考核。</p>
		<br/><h3 style="text-align:center;"><strong>第六章 舆情监测</strong></h3><hr/>
		<p>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;<strong>第二十条</strong>&nbsp;&nbsp;管理员应对群内信息进行日常监测管理，对于单个一般性违规信息进行提醒和警告，对于苗头性、倾向性的信息应立即采取措施，做好疏导和控制工作，并及时上报微信群所属管理机关。</p>
		<p>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;<strong>第二十一条</strong>&nbsp;&nbsp;各级司法行政机关工作人员、专职人民调解员发现所在微信群内的重要舆情信息，应立即联络微信群所属管理单位和管理员，做好疏导和控制工作。</p>
		<p>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;<strong>第二十二条</strong>&nbsp;&nbsp;各地发现微信群内重要舆情的，应及时向上级司法行政机关报告舆情信息和处置情况，并做好记录。</p>
		<p>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;<strong>第二十三条</strong>&nbsp;&nbsp;县(市、区)司法局应建立微信群舆情分析研判报告机制，定期开展群内信息分析研判，及时掌握舆情动态，妥善管控群内舆情。</p>
		<br/><h3 style="text-align:center;"><strong>第七章 责任追究</strong></h3><hr/>
		<p>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;<strong>第二十四条</strong>&nbsp;&nbsp;对于违反上述规定的微信群成员，及时通报有关部门，提请有关部门依法依纪处理。</p>
		<p>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;<strong>第二十五条</strong>&nbsp;&nbsp;对负有微信群管理责任的各级司法行政机关、具体部门和管理员，以及负有舆情监测责任的各级监测部门和责任人，因履职不力，造成不良后果的，依照有关规定批评教育和追责问责。</p>
		<hr/><br/><br/>
	</div>
    <script type="text/javascript" src="/wechatass/Static/jQuery/jquery-3.1.0.min.js"></script>
	<script type="text/javascript" src="/wechatass/Static/Bootstrap/js/bootstrap.min.js"></script>
	<script type="text/javascript" src="/wechatass/Static/Plugin/sweetalert/js/sweetalert.min.js"></script>
	<script type="text/javascript" src="/wechatass/Static/Plugin/webui-popover/js/jquery.webui-popover.js"></script>
	<script type="text/javascript" src="/wechatass/Business/common/common.js"></script>
</body>
</html>