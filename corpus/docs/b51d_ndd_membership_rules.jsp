<%@ page language="java" contentType="text/html; charset=utf-8"
	pageEncoding="utf-8"%>
<%@taglib uri="/struts-tags" prefix="s"%>
<!DOCTYPE html>
<html lang="en">

<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta http-equiv="X-UA-Compatible" content="ie=edge">
<title>北京神经变性病学会</title>
<link rel="stylesheet"
	href="${pageContext.request.contextPath}/css/style.css"/>
<link rel="stylesheet"
	href="${pageContext.request.contextPath}/css/article.css"/>
<link rel="stylesheet" href="${pageContext.request.contextPath}/css/textStyle.css"/>
<script src="${pageContext.request.contextPath}/js/jquery-1.8.3.js"></script>
<script src="${pageContext.request.contextPath}/js/index.js"></script>
<link rel="icon" href="${pageContext.request.contextPath}/images/logo.ico" type="image/x-icon" />
<link rel="shortcut icon" href="${pageContext.request.contextPath}/images/logo.ico" type="image/x-icon" />
</head>

<body>
	<%@include file="../menu.jsp"%>
	<!--内容  -->
	<div class="section slide">
		<div class="container">
			<div class="right fl">
				<%@include file="../attach.jsp"%>
			</div>
			<div class="aritcle fl">
				<div class="text">
					<div class="textStyle">
						<span class="textFigure">
							--> &nbsp;&nbsp;<s:property value="#session.csName"/>
						</span>
					</div>
					<%--<p style="margin: 10px 0px; padding: 0px; font-weight: normal; color: rgb(9, 113, 159); font-size: 16px; line-height: 30px; font-family: 'Microsoft Yahei', SimSun, sans-serif; font-style: normal; font-variant: normal; letter-spacing: normal; orphans: auto; text-indent: 0px; text-transform: none; white-space: normal; widows: 1; word-spacing: 0px; -webkit-text-stroke-width: 0px; text-align: justify; background-color: rgb(255, 255, 255);"><span style="color:#000000;"><span style="font-size:14px;"><span style="font-family:微软雅黑;"><strong>会员管理</strong><br />
					中国微循环学会神经变性病专业委员会（以下简称&ldquo;学会&rdquo;）是由中国微循环学会批准设立的全国性、学术性、非营利性的二级专业委员会。<br />
					<br /> <strong>第一章 &nbsp;总 则</strong><br /> 
					<strong>第一条&nbsp;</strong>
					为了积极实现本会的宗旨，建立和完善以会员为主体的社团管理体制，进一步加强与广大会员的联系，热心为会员服务和取得会员对学会工作的支持，根据中国科学技术协会全国性学会组织通则和中国微循环学会神经变性病专业委员会章程的规定，特制定本会员管理制度。<br />
					<strong>第二条&nbsp;</strong> 
					中国微循环学会神经变性病专业委员会会员的入会、退会和日常活动的管理，适用本办法。<br />
					<strong>第三条</strong>&nbsp;
					学会会员种类：个人会员和团体会员。个人会员分为：主任委员、副主任委员、常务委员、委员、青年委员、会员；团体会员分为：理事长单位、理事单位、会员单位。<br />
					<strong>第四条&nbsp;</strong>
					中国微循环学会神经变性病专业委员会会员管理，遵循严格审批、入会自愿、退会自由的原则。<br /> 
					<strong>第五条&nbsp;</strong>
					中国微循环学会神经变性病专业委员会会员遵守国家法律法规和中国微循环学会神经变性病专业委员会《章程》的规定，积极参加学会活动，维护学会名誉，为促进我国神经变性病科研与临床事业发展作贡献。<br /><br /> 
					<strong>第二章 &nbsp;个人会员（以下简称会员）</strong><br /> 
					<strong>第六条</strong>&nbsp;
					申请加入本学会的个人会员，必须承认中国微循环学会神经变性病专业委员会章程，自愿申请加入，并具备下列条件之一：<br />
					（一）具有医生执业资格；<br />
					（二）热心和积极支持学会工作的卫生行政干部，或从事医疗教育的教师；团体会员中符合条件的个人可同时申请加入个人会员。<br /> 
					<strong>第七条</strong>&nbsp;
					有意愿成为中国微循环学会神经变性病专业委员会会员者，应由本人填写并提交《中国微循环学会神经变性病专业委员会个人会员入会申请书》，经所在单位推荐，中国微循环学会神经变性病专业委员会审批后；由学会秘书处颁发个人会员证。新入会会员审批办理时间在每年第一季度。<br />
					<strong>第八条</strong>&nbsp; 
					个人会员享有以下权利：<br /> 
					（一）本会的选举权、被选举权和表决权；<br />
					（二）参加本学会活动；<br /> 
					（三）获得本学会服务的优先权；<br /> 
					（四）享有对本会工作的批评、建议权和监督权；<br />
					（五）在本会举办的刊物及各种学术会议上享有论文及信息发布的优先权；<br /> 
					（六）入会自愿，退会自由。<br /> 
					<strong>第九条</strong>&nbsp;
					个人会员应履行以下义务：<br />
					（一）遵守本会章程，执行本会的决议、决定；<br />
					（二）维护本会的合法权益；<br /> 
					（三）完成本会交办的工作任务；<br /> 
					（四）参加本会组织的有关社会公益活动；<br />
					（五）按期缴纳会费；<br /> 
					（六）保守国家机密；<br /> 
					（七）支持本会事业发展，反映情况，提供信息。<br /> <br /> 
					<strong>第三章 &nbsp;团体会员</strong><br /> 
					<strong>第十条&nbsp;</strong>
					凡具有一定数量科技人员的医疗卫生、医学教育、医学科研机构、企业单位与社团，承认本会章程，愿意参加本会活动，支持本会工作，按时缴纳会费，均可成为本会团体会员。团体会员由宁波市护理学会直接发展和管理。<br />
					<strong>第十一条&nbsp;</strong> 
					凡有意成为本会团体会员的医疗卫生、医学教育、医学科研机构、企业单位与社会团体单位应提出申请，并填写《团体会员入会申请登记表》，报中国微循环学会神经变性病专业委员会批准，颁发证书。<br />
					<strong>第十二条</strong>&nbsp;
					团体会员享有以下权利：<br />
					（一）优先参加本会组织的各类学术活动；<br />
					（二）优先取得本会有关学术资料、技术咨询和会议信息；<br /> 
					（三）优先协办本会举办的各类学术活动；<br /> 
					（四）对本会工作提出意见和建议；<br />
					（五）获得本会颁发的团体会员证书，在本会信息发布媒体上刊登有关单位信息；<br /> 
					（六）商请本会协办正当的科技咨询活动（培训班、学习班等），召开各类学术研讨会和学术活动；<br /> 
					（七）入会自愿，退会自由。<br />
					<strong>第十三条&nbsp;</strong>
					团体会员须履行以下义务：<br /> 
					（一）遵守本会章程，执行本会决议及接受本会委托的相关工作；<br />
					（二）协助本会开展有关学术和科普活动；<br /> 
					（三）为发展本会事业自愿捐赠及募集资金；<br /> 
					（四）按期缴纳团体会员费。<br /><br /> 
					<strong>第四章 &nbsp;会费管理</strong><br /> 
					<strong>第十四条&nbsp;</strong>
					会费缴纳标准：<br /> 
					（一）个人会员会费标准：个人会员免交会费（暂行）。<br />
					（二）团体会员标准：理事长单位5000元/年，理事单位3000元/年，会员单位1000元/年。<br /> 
					<strong>第十五条&nbsp;</strong>
					学会各类会员均在每年l2月31目前缴纳当年会费。<br /> 
					<strong>第十六条&nbsp;</strong>
					会费用途：<br /> 
					（一）用于本会开展的各类学术活动；<br />
					（二）用于本学会会员的骨干培训学习；<br /> 
					（三）用于本会举办的各种类型的专题讲座、继续医学教育、医学科普活动及其公益性活动；<br /> 
					（四）用于奖励有学术成就的会员和优秀论文作者；<br />
					（五）用于奖励有突出贡献的会员；<br /> 
					（六）用于本会为会员服务的管理费用。<br /> 
					<strong>第十七条 &nbsp;</strong>
					会费管理按中国微循环学会神经变性病专业委员会的有关财务制度执行。<br /> <br />
					<strong>第五章 &nbsp; 附则</strong><br /> 
					<strong>第十八条&nbsp;</strong>
					退会程序和取消会员资格的规定：<br />
					（一）会员有退会的自由。会员要求退会，应当经常务理事会讨论后宣布除名，并在护理学会备案。<br />
					（二）各类会员两年不缴纳会费（免交会费者除外），按自动退会处理；并在中国微循环学会神经变性病专业委员会备案。<br /> 
					（三）各类会员从事违反本会章程和有损本会声誉的一切活动，未经本会允许，擅自以本会名义从事商业活动，经常务委员会决定，取消其会员资格，宣布除名，收回会员证书，并在中国微循环学会神经变性病专业委员会备案。<br />
					<strong>第十九条&nbsp;</strong>
					本办法自发布之日起施行。
					</span></span></span>
					</p> --%>
					<div class="t-content">
						<input type="hidden" id="pageInfo" value="<s:property value="pageInfo"/>"/>
					</div>
				</div>
			</div>
		</div>
	</div>
	<div class="footer">
		<%@include file="../footer.jsp"%>
	</div>

</body>

</html>
<script>
	var announInfo = $("#pageInfo").val();
	$(".t-content").html(announInfo);
</script>