<%@ page contentType="text/html;charset=UTF-8"%>

<%@ include file="/includes/imports.jsp"%>

<head>
<title><f:message key="ss.register.admission.notice"/></title>
<%@ include file="/includes/styles.jsp"%>
<style>
body{
  background-image:url("../szcea/statics/images/rbp.png");
  background-size:cover;
}
#zhuce{ width: 100%; }
#zhuce .zhuce-container{ width: 50%; margin:0 auto; margin-top: 50px;}
#zhuce .zhuce-container .top{  background: #ececec; height: 55px; line-height: 55px; color: #363636; text-align: center; font-family: "Microsoft YaHei" ! important; font-size: 18px; border-radius: 10px 10px 0 0;}

#zhuce .zhuce-container .mid{ background: #ececec; height:500px; margin: 0; padding: 20px 10px; font-family: "Microsoft YaHei" ! important; font-size: 14px; border:0; border-radius: 0; width:100%; overflow-x:hidden; overflow-y:auto; white-space: pre-wrap; word-wrap: break-word;}

#zhuce .zhuce-container .btm{ background: #dbdbdb; height: 55px; line-height: 55px; color: #323232; text-align: center; font-family: "Microsoft YaHei" ! important; font-size: 18px; border-radius:0 0 10px 10px; display: block; text-decoration: none; }
</style>
</head>
<body>
  <div id="zhuce">
    <div class="zhuce-container">
      <div class="top">苏州市会展行业协会入会须知</div>
        <pre class="mid">
&#12288;&#12288;苏州市会展行业协会是由苏州市从事会议、展览业及相关的企事业单位以及其他经济组织组成的具有法人资格的行业性、非营利性社会团体。协会遵守国家法律、法规，在政府有关部门的指导下，协助政府从事行业管理，保护会员的合法权益，提高行业整体素质，形成行业自律机制，组织国际交流与合作，促进会展行业的健康发展。
一、入会资格
&#12288;&#12288;具备会展资格的各类会议、展览场馆以及从事会展组织、会展工程和与会展服务相关的社会团体以及各类企事业单位(如会议、酒店、学校、运输、广告、礼仪、旅游、装饰、多媒体技术等)，愿意遵守和拥护《苏州市会展行业协会章程》，按时缴纳会费的，均可申请入会。协会吸收会员，实行“入会自愿、退会自由”原则。
二、会员拥有以下权利
&#12288;&#12288;拥有会展协会的选举权、被选举权和表决权。
&#12288;&#12288;参加会展协会的活动。
&#12288;&#12288;获得会展行业服务的优先权。
&#12288;&#12288;会展协会工作的批评、建议和监督权。
&#12288;&#12288;自愿入会、自由退会。
&#12288;&#12288;获得会展协会信息服务的优惠，举办各类展览的优先权。
&#12288;&#12288;工程广告类公司可获得资质认证权。
&#12288;&#12288;享有协会举办的各类人才与业务培训活动的权利。
&#12288;&#12288;享有参加由协会主办的各项评比活动的权利。
三、会员履行下列义务：
&#12288;&#12288;遵守协会《章程》。
&#12288;&#12288;维护协会和整个会展行业的合法利益。
&#12288;&#12288;努力完成协会委托的工作，积极参加协会组织的培训活动。
&#12288;&#12288;按规定缴交会费。
&#12288;&#12288;如实、及时向协会提供相关的统计资料，反映有关会展业的业务活动和管理上的情况。
四、入会程序
&#12288;&#12288;填写入会申请表(同时提交营业执照复印件)——协会审核批准——缴交会费——颁发会员证
五、会员会费
&#12288;&#12288;会员会费为每年人民币2000元
&#12288;&#12288;理事单位为人民币5000元
&#12288;&#12288;副会长单位为人民币10000元
&#12288;&#12288;会长单位为人民币20000元
　　

六、 账务：
&#12288;&#12288;名  称：苏州市会展行业协会
&#12288;&#12288;开户行：中国银行苏州三元支行
&#12288;&#12288;帐  号：517058375316
&#12288;&#12288;七、联系方法：
&#12288;&#12288;地址：苏州市西环路1638号国际经贸大厦2801室
&#12288;&#12288;电话（传真）：0512-68700757 
&#12288;&#12288;E-mail：1347045552@qq.com
&#12288;&#12288;联系人：朱容青
</pre>
<a class="btm" href="<c:url value="/customer/register.jsp"/>">开始填写入会申请</a>
</div>
  </div>
  <div id="footer" style="color:#FFF"><div id="copyright"><f:message key="in.footer.copyright"/></div></div>
</body>
</html>