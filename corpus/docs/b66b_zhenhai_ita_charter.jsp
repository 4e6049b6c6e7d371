<%@ page language="java" import="java.util.*" pageEncoding="utf-8"%>
<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>协会概况</title>
<link type="text/css" rel="stylesheet" href="css/base.css" />
<link type="text/css" rel="stylesheet" href="css/css.css" />
<script type="text/javascript" src="js/jquery1.42.min.js" ></script>
<script type="text/javascript" src="js/jquery.SuperSlide.2.1.1.js" ></script>
 <script type="text/javascript" src="js/jquery.scroll.js"></script>
</head>
<body>

<!--header -->
<div id="header">
  <div class="w1190"><img src="image/head.gif" /></div>
</div>

<!--menu -->
<div id="menu" class="clearfix ofw mb15">
  <ul>
    <li><a href="index.jsp">网站首页 </a> </li>
    <li><a href="xhgk.jsp" class="current">协会概况</a> </li>
    <li><a href="hydt.jsp?Cat=8">行业动态</a> </li>
    <li><a href="hyzz.jsp">会员组织</a> </li>
    <li><a href="zxfw.jsp?Cat=17">咨询服务</a> </li>
  </ul>
</div>
 
 <div class="w1190 clearfix ofw">
 <!--left -->
  <div class="col">
     <div class="sub_nav mb15">
      <div class="nav_heading">
        <h2>协会概况</h2>
      </div>
      <ul class="toptab">
        <li class="bdrn"><a class="cur"><span></span>协会介绍</a></li>
        <li><a><span></span>协会章程</a></li>
        <li><a><span></span>组织机构</a></li>
      </ul>
    </div>      
   <div class="sub_icon icon_btn">
<a href="zxwyh.jsp" class="btn-icon btn-zx">咨询委员会</a> 
<a href="wyrh.jsp" class="btn-icon btn-wy">我要入会</a>  
</div>      
    </div>
    
    
   
     <!--right -->
<!--   协会介绍 -->
<div class="main contab">
    <div class="box-header clearfix ovr">
      <h2>关于我们</h2>
      <p class="tree">您的位置：<a href="index.jsp">首页</a>&gt;<a href="xhgk.jsp">协会概况</a>&gt;协会介绍</p>
    </div>
    
    <div class="content"><img src="image/xiehui.jpg"/ width="380" class="fl mr15">
      <p class="p"><p class="MsoNormal" style="text-indent:2em;">
	<span >镇海区信息技术协会成立于<b>2012</b>年<b>11</b>月，拥有单位会员和个人会员共<b>40</b>余个，其中单位会员以信息技术开发服务企业和应用企业为主，个人会员以政府部门和企业信息技术人员为主。协会成立3年时间以来，在广大会员的共同努力下，取得了长足的发展，对我区信息产业发展和信息化建设产生重要和积极的推动作用。
为进一步做好协会发展工作，近期信息技术协会拟改组为行业协会，依照《社会团体登记管理条例》和《宁波市促进行业协会发展规定》的要求，已着手进行相关工作。本会的业务主管单位是宁波市镇海区经济和信息化局。
改组后的镇海区信息技术协会将继续秉承协会宗旨，适应新常态，实现新作为，积极推进镇海区信息技术和产业发展战略，充分发挥协助政府、服务企业的桥梁纽带作用，维护会员合法权益，促进行业公平竞争，向社会提供信息技术服务，促进我区信息技术及产业发展。
区内从事信息技术应用和推广、从事信息产业的企业和其他相关工业企业，各科研院所、高等院校和社会团体均可自愿申请加入本会，成为本会会员。</span>
</p>
<p class="MsoNormal" style="text-indent:2em;">
	<br />
</p> </p>
    </div>
  </div>





<!-- 协会章程 -->
<div class="main contab" style="display:none">    
                    <div class="box-header clearfix ovr">
      <h2>协会章程</h2>
      <p class="tree">您的位置：<a href="index.php">首页</a>&gt;<a href="xhgk.jsp">协会概况</a>&gt;协会章程</p>
    </div>
    
    <div class="content">
      <p class="p"><p class="MsoNormal" align="center" style="text-align:center;text-indent:2em;">
	第一章&nbsp; 总则
</p>
<p class="MsoNormal" style="text-indent:2em;">
	第一条 为加强内部管理，规范本会运作，根据国务院《社会团体登记管理条例》及相关规定，制订本章程。
</p>
<p class="MsoNormal" style="text-indent:2em;">
	第二条 本会的名称为镇海区信息技术协会，简称为镇海信息技术协会。本会英文译名为
</p>
<p class="MsoNormal" style="text-indent:2em;">
	ZHENGHAI INFORMATION TECHNOLOGY ASSOCIATION，缩写为ZHITA。
</p>
<p class="MsoNormal" style="text-indent:2em;">
	第三条 镇海区信息技术行业协会是依照《社会团体登记管理条例》和《宁波市促进行业协会发展规定》的要求组建，由从事信息技术、信息产业的企业和其他相关企业为主体，有关科研院所、高等院校和社会团体自愿参加的跨部门、跨所有制的非营利性的行业性社会团体法人。
</p>
<p class="MsoNormal" style="text-indent:2em;">
	第四条　本会的业务主管单位是宁波市镇海区经济和信息化局，社团登记管理机关是宁波市镇海区民政局。本会接受宁波市镇海区经济和信息化局、宁波市镇海区民政局的业务指导和监督管理。
</p>
<p class="MsoNormal" style="text-indent:2em;">
	第五条　本会住所设在浙江省宁波市镇海区。
</p>
<p class="MsoNormal" style="text-indent:2em;">
	<br />
</p>
<p class="MsoNormal" align="center" style="text-align:center;text-indent:2em;">
	第二章&nbsp;宗旨和业务范围
</p>
<p class="MsoNormal" style="text-indent:2em;">
	第六条　本会宗旨：在遵守有关的法律、法规、规章和政策，遵守社会道德风尚的前提下，积极推进镇海区信息技术和产业发展战略，搭建会员与政府、社会及相互间联系的桥梁，维护会员合法权益，促进行业公平竞争，向社会提供信息技术服务，促进我区信息技术及产业发展。
</p>
<p class="MsoNormal" style="text-indent:2em;">
	第七条　本会的业务范围：
</p>
<p class="ListParagraph" style="margin-left:36pt;text-indent:2em;">
	(一)提供政策与应用咨询，发挥政府与企业、企业与企业、企业与技术之间的桥梁纽带作用。提供国家、省、市在信息化方面的扶持政策咨询、辅导会员单位开展申报立项等工作；面向企业开展信息化改造的咨询和技术协作
</p>
<p class="ListParagraph" style="margin-left:36pt;text-indent:2em;">
	(二)开展交流研讨，宣传和推广国际前沿和实际应用的企业信息化技术，发挥媒介作用。组织各类研讨、论坛、讲座、考察、以及信息化相关产品、技术展览会等，提高会员企业信息化应用水平。
</p>
<p class="ListParagraph" style="margin-left:36pt;text-indent:2em;">
	(三)贯彻政府有关信息产业方面的方针、政策，组织开展信息技术和产业发展战略的研究，为政府部门决策和管理提供科学客观依据；
</p>
<p class="ListParagraph" style="margin-left:36pt;text-indent:2em;">
	(四)协助政府主管部门进行行业管理，承办政府主管部门委托交办的工作事项，开展其他代办业务，向社会提供信息技术服务；
</p>
<p class="ListParagraph" style="margin-left:36pt;text-indent:2em;">
	(五)组织开展技术交流活动，传播推广先进信息技术、产品和项目；
</p>
<p class="ListParagraph" style="margin-left:36pt;text-indent:2em;">
	(六)提供信息技术培训、促进知识更新，发挥扩充和建设本地信息化人才队伍，提高信息化相关人员的业务和服务素养，加强本地信息人才的联络和交流，提高信息技术人才的市场地位。
</p>
<p class="MsoNormal" style="text-indent:2em;">
	<br />
</p>
<p class="MsoNormal" align="center" style="text-align:center;text-indent:2em;">
	第三章&nbsp; 会员
</p>
<p class="MsoNormal" style="text-indent:2em;">
	第八条　本区境内从事信息技术、信息产业的企业和其他相关企业，以及有关科研院所、高等院校和社会团体可自愿申请加入本会，成为本会会员。
<p class="MsoNormal" style="text-indent:2em;">本会仅在镇海区境内发展会员，不接受以个人名义提出的入会申请。</p>
</p>
<p class="MsoNormal" style="text-indent:2em;">
	第九条　申请加入本会，必须具备下列条件：
</p>
<p class="ListParagraph" style="margin-left:36pt;text-indent:2em;">
	(一)拥护本会的章程；
</p>
<p class="ListParagraph" style="margin-left:36pt;text-indent:2em;">
	(二)属本行业的企业、事业、科研、社团等组织；
</p>
<p class="ListParagraph" style="margin-left:36pt;text-indent:2em;">
	(三)有加入本会、为行业服务的意愿；　
</p>
<p class="MsoNormal" style="text-indent:2em;">
	第十条　会员入会的程序是：
</p>
<p class="ListParagraph" style="margin-left:36pt;text-indent:2em;">
	(一)提交入会申请书；
</p>
<p class="ListParagraph" style="margin-left:36pt;text-indent:2em;">
	(二)经理事会讨论通过；
</p>
<p class="ListParagraph" style="margin-left:36pt;text-indent:2em;">
	(三)由理事会授权秘书处审核同意，并发给同意吸收入会的有关证书。
</p>
<p class="MsoNormal" style="text-indent:2em;">
	第十一条　会员享有的权力和承担的义务一律平等。
</p>
<p class="MsoNormal" style="text-indent:2em;">
	第十二条　会员充分享有下列权利：
</p>
<p class="ListParagraph" style="margin-left:36pt;text-indent:2em;">
	(一)出席会员大会(会员代表大会)，参加本会活动；
</p>
<p class="ListParagraph" style="margin-left:36pt;text-indent:2em;">
	(二)选举和被选举权、表决权；
</p>
<p class="ListParagraph" style="margin-left:36pt;text-indent:2em;">
	(三)获得本会服务的优先权；
</p>
<p class="ListParagraph" style="margin-left:36pt;text-indent:2em;">
	(四)对本会工作的批评建议权和监督权；
</p>
<p class="ListParagraph" style="margin-left:36pt;text-indent:2em;">
	(五)入会自愿、退会自由；
</p>
<p class="MsoNormal" style="text-indent:2em;">
	第十三条　会员应自觉承担下列义务：
</p>
<p class="ListParagraph" style="margin-left:36pt;text-indent:2em;">
	(一)遵守本会章程；
</p>
<p class="ListParagraph" style="margin-left:36pt;text-indent:2em;">
	(二)执行本会决议；
</p>
<p class="ListParagraph" style="margin-left:36pt;text-indent:2em;">
	(三)维护本会合法权益；
</p>
<p class="ListParagraph" style="margin-left:36pt;text-indent:2em;">
	(四)按规定交纳会费；
</p>
<p class="ListParagraph" style="margin-left:36pt;text-indent:2em;">
	(五)完成本会交办的工作；
</p>
<p class="ListParagraph" style="margin-left:36pt;text-indent:2em;">
	(六)向本会反映情况，提供相关资料；
</p>
<p class="MsoNormal" style="text-indent:2em;">
	第十四条　本会会员不得利用在经营规模、市场份额等方面的优势，侵害其他会员和相关经济活动主体的合法权益。
</p>
<p class="MsoNormal" style="text-indent:2em;">
	第十五条　会员退会，应当及时书面通知本会，并交回会员证件。拒不交回的，由本会宣告作废。
未经许可，会员一年不交纳会费或连续一年不参加本会活动的，视为自动退会。经理事会确认，本会取消其会员资格。
</p>
<p class="MsoNormal" style="text-indent:2em;">
	第十六条　会员存在违反章程的行为，由理事会提出批评教育。批评教育无效，或情节严重的，经理事会提交会员大会(会员代表大会)表决通过，取消其会员资格。
</p>
<p class="MsoNormal" style="text-indent:2em;">
	第十七条　本会建立完整的会员名册，并根据变化情况及时调整。
</p>
<p class="MsoNormal" style="text-indent:2em;">
	<br />
</p>
<p class="MsoNormal" align="center" style="text-align:center;text-indent:2em;">
	第四章&nbsp; 组织机构和负责人产生、罢免
</p>
<p class="MsoNormal" style="text-indent:2em;">
	第十八条　本会的最高权力机构是会员大会。会员大会由全体会员组成，其议事表决采取无记名投票的方式。会员大会的职权是：
</p>
<p class="ListParagraph" style="margin-left:36pt;text-indent:2em;">
	（一）制定和修改章程；
</p>
<p class="ListParagraph" style="margin-left:36pt;text-indent:2em;">
	（二）决定和调整本会在法律、法规规定范围内的业务范围和工作职能；
</p>
<p class="ListParagraph" style="margin-left:36pt;text-indent:2em;">
	（三）制定会员大会、理事会选举办法，选举和罢免理事，及选举和罢免会长、副会长。
</p>
<p class="ListParagraph" style="margin-left:36pt;text-indent:2em;">
	（四）制定和修改会费标准；
</p>
<p class="ListParagraph" style="margin-left:36pt;text-indent:2em;">
	(五)制定和修改分支机构、代表机构管理办法；
</p>
<p class="ListParagraph" style="margin-left:36pt;text-indent:2em;">
	(六)听取和审议理事会的工作报告、财务报告和其他专项报告；
</p>
<p class="ListParagraph" style="margin-left:36pt;text-indent:2em;">
	(七)受理会员的投诉和意见、建议，改变或撤销理事会的不当决定；
</p>
<p class="ListParagraph" style="margin-left:36pt;text-indent:2em;">
	(八)决定本会的解散、分立、合并和终止等事宜；
</p>
<p class="ListParagraph" style="margin-left:36pt;text-indent:2em;">
	(九)决定其他重大事宜。
</p>
<p class="MsoNormal" style="text-indent:2em;">
	第十九条　会员大会每一年召开一次。会员大会须有2/3以上的会员出席方能召开。经半数以上理事或者五分之一以上会员提议，可以召开临时会员大会。
</p>
<p class="MsoNormal" style="text-indent:2em;">
	第二十条　会长、副会长不得来自同一单位；秘书长为专职。
</p>
<p class="MsoNormal" style="text-indent:2em;">
	第二十一条　会员大会作出的决议须经会员半数以上表决通过方能生效。但对第十八条第(一)、(三)、(六)、(八)事项作出决议，应当经会员2/3以上表决通过。
</p>
<p class="MsoNormal" style="text-indent:2em;">
	第二十二条　会员大会每届3年。因特殊情况需提前或延期换届的，须由理事会表决通过，报业务主管单位审查并经登记管理机关批准同意。延期换届最长不超过1年。
</p>
<p class="MsoNormal" style="text-indent:2em;">
	第二十三条　理事会是会员大会的执行机构，在会员大会闭会期间领导本会开展日常工作，对会员大会负责。
</p>
<p class="MsoNormal" style="text-indent:2em;">
	第二十四条　理事会的职权是：
</p>
<p class="ListParagraph" style="margin-left:36pt;text-indent:2em;">
	(一)执行会员大会的决议；
</p>
<p class="ListParagraph" style="margin-left:36pt;text-indent:2em;">
	(二)决定秘书长的聘任或解聘；
</p>
<p class="ListParagraph" style="margin-left:36pt;text-indent:2em;">
	(三)筹备召开会员大会；
</p>
<p class="ListParagraph" style="margin-left:36pt;text-indent:2em;">
	(四)向会员大会报告工作和财务状况；
</p>
<p class="ListParagraph" style="margin-left:36pt;text-indent:2em;">
	(五)决定会员的吸收；
</p>
<p class="ListParagraph" style="margin-left:36pt;text-indent:2em;">
	(六)决定设立办事机构、分支机构、代表机构和实体机构；
</p>
<p class="ListParagraph" style="margin-left:36pt;text-indent:2em;">
	(七)决定机构主要负责人的聘任或解聘；
</p>
<p class="ListParagraph" style="margin-left:36pt;text-indent:2em;">
	(八)领导本会各机构开展工作；
</p>
<p class="ListParagraph" style="margin-left:36pt;text-indent:2em;">
	(九)制定内部管理制度；
</p>
<p class="ListParagraph" style="margin-left:36pt;text-indent:2em;">
	(十)决定其他重大事项。
</p>
<p class="MsoNormal" style="text-indent:2em;">
	第二十五条　理事会组成人员应为奇数，理事数最多不得超过会员总数的三分之一。理事可连选连任。理事会会议须有2/3以上理事出席方能召开，其决议须经到会全体理事的半数以上表决通过方能生效。
<p class="MsoNormal">秘书长列席理事会。</p>
</p>
<p class="MsoNormal" style="text-indent:2em;">
	第二十六条　理事会每年至少召开一决会议；情况特殊的，也可采用通讯形式召开。
</p>
<p class="MsoNormal" style="text-indent:2em;">
	第二十七条　本会会长、副会长、秘书长须具备下列条件：
</p>
<p class="ListParagraph" style="margin-left:36.75pt;text-indent:2em;">
	(一)坚持党的路线、方针、政策，政治素质较好；
</p>
<p class="ListParagraph" style="margin-left:36.75pt;text-indent:2em;">
	(二)在本会业务领域内有较大影响；
</p>
<p class="ListParagraph" style="margin-left:36.75pt;text-indent:2em;">
	(三)最高任职年龄不超过70周岁。其中秘书长为专职，最高任职年龄不超过60周岁；
</p>
<p class="ListParagraph" style="margin-left:36.75pt;text-indent:2em;">
	(四)身体健康，能够胜任正常工作；
</p>
<p class="ListParagraph" style="margin-left:36.75pt;text-indent:2em;">
	(五)未受过剥夺政治权利的刑事处罚；
</p>
<p class="ListParagraph" style="margin-left:36.75pt;text-indent:2em;">
	(六)具有完全民事行为能力；
</p>
<p class="MsoNormal" style="text-indent:2em;">
	第二十八条　本会会长、副会长、秘书长如超过最高任职年龄的，须经理事会表决通过，报业务主管单位审查同意并经社团登记管理机关批准后方可任职。
</p>
<p class="MsoNormal" style="text-indent:2em;">
	第二十九条　本会会长、副会长、任期3年，任期最长不得超过两届。因情况特殊需延长任期的，须经会员大会2/3以上会员表决通过，报业务主管单位审查同意并经登记管理机关批准后方可任职。
</p>
<p class="MsoNormal" style="text-indent:2em;">
	第三十条 本会法定代表人不得兼任其他社团的法定代表人。
</p>
<p class="MsoNormal" style="text-indent:2em;">
	第三十一条　会长行使下列职权：
</p>
<p class="ListParagraph" style="margin-left:36pt;text-indent:2em;">
	(一)主持会员大会，召集和主持理事会
</p>
<p class="ListParagraph" style="margin-left:36pt;text-indent:2em;">
	(二)督促检查会员大会、理事会、常务理事会决议的落实情况；
</p>
<p class="ListParagraph" style="margin-left:36pt;text-indent:2em;">
	(三)代表本会签署有关重要文件；
</p>
<p class="ListParagraph" style="margin-left:36pt;text-indent:2em;">
	(四)提名秘书长聘任人选，提交理事会决定
</p>
<p class="ListParagraph" style="margin-left:36pt;text-indent:2em;">
	(五)理事会授予的其他职权；
</p>
<p class="MsoNormal" style="text-indent:2em;">
	第三十二条　秘书长行使下列职权：
</p>
<p class="ListParagraph" style="margin-left:36pt;text-indent:2em;">
	（一）主持本会开展日常业务活动，组织实施年度工作计划；
</p>
<p class="ListParagraph" style="margin-left:36pt;text-indent:2em;">
	（二）协调办事机构、分支机构、代表机构、实体机构开展工作；
</p>
<p class="ListParagraph" style="margin-left:36pt;text-indent:2em;">
	（三）提名副秘书长以及各办事机构、分支机构、代表机构和实体机构主要负责人，交理事会、常务理事会决定；
</p>
<p class="ListParagraph" style="margin-left:36pt;text-indent:2em;">
	（四）决定办事机构、分支机构、代表机构、实体机构专职工作人员的聘用；
</p>
<p class="ListParagraph" style="margin-left:36pt;text-indent:2em;">
	（五）处理其他日常事务。
</p>
<p class="MsoNormal" style="text-indent:2em;">
	第三十三条　本会会员大会、理事会对所议事项均作会议纪要，并向全体会员公告。未作纪要并公告的，视为无效。
</p>
<p class="MsoNormal" style="text-indent:2em;">
	<br />
</p>
<p class="MsoNormal" align="center" style="text-align:center;text-indent:2em;">
	第五章&nbsp; 资产管理、使用原则
</p>
<p class="MsoNormal" style="text-indent:2em;">
	第三十四条 本团体经费来源：
</p>
<p class="ListParagraph" style="margin-left:36pt;text-indent:2em;">
	(一)会费；
</p>
<p class="ListParagraph" style="margin-left:36pt;text-indent:2em;">
	(二)捐赠；
</p>
<p class="ListParagraph" style="margin-left:36pt;text-indent:2em;">
	(三)承办政府部门委托事项获得的资助；
</p>
<p class="ListParagraph" style="margin-left:36pt;text-indent:2em;">
	(四)在核准的业务范围内开展活动或服务的收入；
</p>
<p class="ListParagraph" style="margin-left:36pt;text-indent:2em;">
	(五)政府专项补助；
</p>
<p class="ListParagraph" style="margin-left:36pt;text-indent:2em;">
	(六)其他合法收入。
</p>
<p class="MsoNormal" style="text-indent:2em;">
	第三十五条 会费按照会员大会制定的标准收取。会费标准并报同级财政部门、业务主管单位和登记管理机关备案。
</p>
<p class="MsoNormal" style="text-indent:2em;">
	第三十六条 本会依法接受社会捐赠，并按捐赠人意愿使用捐赠财物。捐赠人可向本会查询有关财物的管理、使用情况。
</p>
<p class="MsoNormal" style="text-indent:2em;">
	第三十七条 本会资产必须用于章程规定的业务范围和事业的发展，本会的任何管理人员、工作人员和会员均不得侵占、私分和挪用。
</p>
<p class="MsoNormal" style="text-indent:2em;">
	第三十八条 本会执行《民间非营利组织会计制度》及国家关于会计制度的其他规定，依法进行会计核算。本会严格会计监管，保证会计资料合法、真实、准确、完整。
</p>
<p class="MsoNormal" style="text-indent:2em;">
	第三十九条 本会配备具有专业资格的会计人员。会计不得兼任出纳。会计人员必须进行会计核算，实行会计监督。会计人员调动工作或离职时，必须与接管人员办清交接手续。
</p>
<p class="MsoNormal" style="text-indent:2em;">
	第四十条 本会的资产管理执行国家规定的财务管理制度，接受会员大会和财政部门的监督。资产来源属于国家拨款和社会捐赠、资助的，必须接受审计机构的监督，并将有关情况以适当方式向社会公布。
</p>
<p class="MsoNormal" style="text-indent:2em;">
	第四十一条 本会理事会换届或更换法定代表人，须按照有关规定进行财务审计。　　
</p>
<p class="MsoNormal" style="text-indent:2em;">
	第四十二条 本会专职工作人员实行聘任制，其工资和保险、福利待遇等由理事会参照国家有关规定确定。本会与聘用人员订立劳动合同，明确双方的权利义务关系。
</p>
<p class="MsoNormal" style="text-indent:2em;">
	<br />
</p>
<p class="MsoNormal" align="center" style="text-align:center;text-indent:2em;">
	第六章&nbsp; 章程的修改程序
</p>
<p class="MsoNormal" style="text-indent:2em;">
	第四十三条 对本会章程的修改，须经理事会提交会员大会表决通过。
</p>
<p class="MsoNormal" style="text-indent:2em;">
	第四十四条 本会修改的章程，须在会员大会通过后15日内，经业务主管单位审查同意，并报社团登记管理机关核准后生效。
</p>
<p class="MsoNormal" style="text-indent:2em;">
	第七章&nbsp; 终止程序及终止后的财产处理
</p>
<p class="MsoNormal" style="text-indent:2em;">
	第四十五条 本会完成宗旨或自行解散或由于分立、合并等原因需要注销的，由理事会提出终止动议。
</p>
<p class="MsoNormal" style="text-indent:2em;">
	第四十六条 本会终止动议须经会员大会表决通过，并报业务主管单位审查同意。
</p>
<p class="MsoNormal" style="text-indent:2em;">
	第四十七条 本会终止前，须在业务主管单位及有关机关的指导下成立清算组织，清理债权债务，妥善处理善后事宜。清算期间，不得开展除清算外的其它活动。
</p>
<p class="MsoNormal" style="text-indent:2em;">
	第四十八条 本会在清算结束之日起15日内向登记管理机关申请办理注销登记手续。经登记管理机关办理注销登记手续后，本会即行终止。
</p>
<p class="MsoNormal" style="text-indent:2em;">
	第四十九条 本会终止后的剩余财产，在业务主管单位和登记管理机关的监督下，按照国家有关规定，用于发展与本会宗旨相关的事业。
</p>
<p class="MsoNormal" style="text-indent:2em;">
	<br />
</p>
<p class="MsoNormal" align="center" style="text-align:center;text-indent:2em;">
	第八章　 附则
</p>
<p class="MsoNormal" style="text-indent:2em;">
	第五十条 本章程经2016年1月11日会员大会表决通过。
</p>
<p class="MsoNormal" style="text-indent:2em;">
	第五十一条 本章程的解释权属本会理事会。
</p>
<p class="MsoNormal" style="text-indent:2em;">
	第五十二条 本章程自登记管理机关镇海区民政局核准之日起生效。
</p> </p>
    </div>
  </div>





<!-- 组织机构 -->
  <div class="main contab" style="display:none">    
      <div class="box-header clearfix ovr">
      <h2>组织机构</h2>
      <p class="tree">您的位置：<a href="index.jsp">首页</a>&gt;<a href="xhgk.jsp">协会概况</a>&gt;组织机构</p>
    </div>
    
    <div class="content">
      <p class="p">
	<img src="image/zzjg.gif" title="zzjg.jpg" alt="zzjg.jpg" /> 
</p>
<p>
	<span>-&nbsp;</span>镇海区信息技术协会<br />
<span>-&nbsp;</span>会长单位（拟定）：镇海智慧城市运营<br />
<span>-&nbsp;</span>副会长单位（拟定）：中国电信镇海分公司、中国移动镇海分公司、中国联通镇海分公司<br />
<span>-&nbsp;</span>监事单位（待定）：<br />
<span>-&nbsp;</span>秘书长:（待定） &nbsp;<br />
<span>-&nbsp;</span>副秘书长：（待定） &nbsp;
</p> </p>
    </div>
  </div>
</div>

<script>

       $(".toptab a").click(function(){
 	   $('.toptab a').removeClass('cur');
       $(this).addClass('cur');
	   $('.contab').hide();
	   var index = $(this).parent().index();
	   $('.contab:eq('+index+')').show(); 
   })

</script>


<!-- footer-->
<!-- footer-->
<div class="ofw clearfix  mt15 box" id="footer">
  <div class="w1190 tc">CopyRight&nbsp;&nbsp;主办单位：镇海区信息技术协会<br /></div>
</div>

</body>
</html>