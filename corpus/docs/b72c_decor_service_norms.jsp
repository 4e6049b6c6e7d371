<%@ page contentType="text/html;charset=UTF-8" %>
<%@ include file="/WEB-INF/views/include/taglib.jsp"%>
<html lang="en">
<head>
	<meta charset="utf-8">
	<meta name="viewport" content="width=device-width, initial-scale=1,maximum-scale=1, user-scalable=no">
	<meta content="yes" name="apple-mobile-web-app-capable">
	<meta content="black" name="apple-mobile-web-app-status-bar-style">
	<meta content="telephone=no" name="format-detection">
	<meta content="email=no" name="format-detection">
	<title>服务规范</title>
	<link rel="stylesheet" type="text/css" href="${ctxStatic}/mobile/modules/Manager/css/reset.css"/>
	<link rel="stylesheet" type="text/css" href="${ctxStatic}/mobile/modules/Manager/css/header.css"/>
	<link rel="stylesheet" type="text/css" href="${ctxStatic}/mobile/modules/Manager/css/waterPower.css"/>
	<link rel="stylesheet" type="text/css" href="${ctxStatic}/mobile/modules/Manager/css/service.css"/>
</head>
<body>
	 <div class="g-waterpow">
	 	<header>
			<a class="back_btn" onclick="history.go(-1)"></a>
			<h2 class="title">服务规范</h2>
		</header><!-- /header -->
		<nav class="enginner" style="height:0;"></nav>
		<section class="waterpow_list">
			<h3>文明施工</h3>
			<ul>
				<li class="clearfix">
					<p>项目经理及施工人员服务准则</p>
					<span>考核</span>
				</li>
				<li class="clearfix">
					<p>1.项目经理及施工现场人员与客户沟通时，须用礼貌用语，严禁情绪激动，顶撞辱骂客户等行为； </p>
					<span>辞退</span>
				</li>
				<li class="clearfix">
					<p>2.施工人员衣着整齐，形象亲切和蔼，不允许着外公司制服；</p>
					<span>罚100元/次</span>
				</li>
				<li class="clearfix">
					<p>3.施工现场严禁居住，严禁在施工现场做饭，睡觉（午休除外），娱乐，吃零食；</p>
					<span>罚100元/次</span>
				</li>
				<li class="clearfix">
					<p>4.处处为业主着想，诚心为业主提供力所能及的服务，认真听取客户的建议，让客户100%满意，</p>
					<span>考核</span>
				</li>
				<li class="clearfix">
					<p>4．剔槽要求横平竖直，严禁斜开槽，严禁剔≥300mm横槽，严禁切断钢筋，按照物业要求施工；</p>
					<span></span>
				</li>
				<li class="clearfix" style="height:70px;">
					<p style="height:inherit;">5.不允许私自变更项目，增项，严禁私自收费；</p>
					<span>第一次：罚1000元 第二次：辞退+罚5000元</span>
				</li>
			</ul>
			<h3>内部服务意识</h3>
			<ul>
				<li class="clearfix">
					<p>施工工艺规范与验收规范</p>
					<span>考核</span>
				</li>
				<li class="clearfix">
					<p>6.项目经理在接到开工资料的24小时内要对图纸进行审核，如有错误应及时通知并协助设计师采取补救措施；</p>
					<span>罚100元/次</span>
				</li>
				<li class="clearfix">
					<p>7.项目经理在接到开工资料的24小时内要通知设计师开工时间，并根据工地的实际进度提前告知设计师工地各阶段的完工时间，方便设计师对工地的跟踪服务；</p>
					<span>罚100元/次</span>
				</li>
				<li class="clearfix">
					<p>8.及时反馈客户对工地设计方面的意见或要求。在各阶段验收前一天通知监理参与工地验收；</p>
					<span>罚100元/次</span>
				</li>
				<li class="clearfix">
					<p>9.工地发生变更，应在24小时内通知设计师，协助设计师在规定的时间做出变更图纸；</p>
					<span>罚100元/次</span>
				</li>
				<li class="clearfix">
					<p>10.特殊造型或工艺必须现场放样，项目经理与施工班组长共同完成；</p>
					<span>罚100元/次</span>
				</li>
				<li class="clearfix">
					<p>11.多余的材料有项目经理专场到下一个工地；</p>
					<span>罚100元/次</span>
				</li>
				<li class="clearfix">
					<p>12.项目经理在完成核尺后24小时内发送数据到订单管理员处，并在跟踪木制品生产的过程中配合订单管理员对木制品相关问题的咨询问答；</p>
					<span>罚100元/次</span>
				</li>
			</ul>
			<h3>外部服务意识</h3>
			<ul>
				<li class="clearfix">
					<p>施工工艺规范与验收规范</p>
					<span>考核</span>
				</li>
				<li class="clearfix">
					<p>13.开工当天，项目经理对客户进行宣誓，要求宣誓仪式全程表情庄重，语言清晰，表达明确，宣誓完成后主动握手；（拍照）</p>
					<span>罚100元/处</span>
				</li>
				<li class="clearfix">
					<p>14.项目经理施工前须告知客户此次施工中有哪些施工重点与验收节点，并邀请客户到场参加，如客户未到场，项目经理拍照留底；；</p>
					<span>罚100元/处</span>
				</li>
				<li class="clearfix">
					<p>15.项目经理每天必须对客户微信播报当天施工情况，并告知次日工作内容和施工重点(微信播报具体内容详见附件)；</p>
					<span>罚100元/处</span>
				</li>
				<li class="clearfix">
					<p>12．所有线路在管内无接头，总线径不能超过线管截面40%、单管内走线不超过3根线；</p>
					<span>罚100元/处</span>
				</li>
				<li class="clearfix">
					<p>13．空调，厨房，卫生间电源插座及照明电源等回路设置均按照回路表（详见备注①）；</p>
					<span>罚100元/处</span>
				</li>
				<li class="clearfix">
					<p>14．回路设置合理，空气开关负荷配置合理，厨房与卫生间插座回路必须有漏电保护器；</p>
					<span>罚100元/处</span>
				</li>
				<li class="clearfix">
					<p>15．空调，厨房，卫生间插座电源主导线铜芯截面应为≥4平方，普通插座为≥2.5平方，灯头开关为≥2.5平方；</p>
					<span>罚100元/处</span>
				</li>
				<li class="clearfix">
					<p>16.项目经理在施工过程中配合对业主的自购材料和自理项目的验收，解答业主在过程中的疑问并给出中肯的意见，保持和客户良好的沟通关系；</p>
					<span>罚100元/处</span>
				</li>
				<li class="clearfix">
					<p>17.施工中遇材料断货，项目经理要及时反馈到公司材料员解决，如短时间内无法到货，要积极与客户协调更换材料并安抚客户情绪；</p>
					<span>罚100元/处</span>
				</li>
				<li class="clearfix">
					<p>18.施工进展到定制主材安装阶段，本次安装日期延误，项目经理要及时协调材料员得到准确安装日期告知业主，并按抚客户情绪；</p>
					<span>罚100元/处</span>
				</li>
				<li class="clearfix">
					<p>19.主材安装完成后，发现主材存在质量问题或安装过程中损坏其他主材，项目经理应48小时内做好协调和维修工作；</p>
					<span>罚100元/处</span>
				</li>
				<li class="clearfix">
					<p>20.客户对设计师如有意见，项目经理须在24小时内反馈给设计师，并协调现场解决工地的一切问题；</p>
					<span>罚100元/处</span>
				</li>
				<li class="clearfix">
					<p>21. 项目经理每日到场时主动电话和客户沟通，了解施工过程的中客户的意见并在1天内对客户提出的问题做出解决方案并回复；</p>
					<span>罚100元/处</span>
				</li>
				<li class="clearfix">
					<p>22.项目经理施工中必须严格按照材料使用说明及施工标准进行施工；</p>
					<span>罚100元/处</span>
				</li>
			</ul>
		</section>
	</div>
	<script type="text/javascript" src="${ctxStatic}/mobile/modules/Manager/js/lib/jquery-2.1.1.min.js"></script>
	<script type="text/javascript" src="${ctxStatic}/mobile/modules/Manager/js/utils/calcRootFontSize.js"></script>
	<script type="text/javascript" src="${ctxStatic}/mobile/modules/Manager/js/utils/history.js"></script>
</body>
</html>