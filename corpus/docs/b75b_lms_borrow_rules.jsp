<%@ page language="java" contentType="text/html; charset=UTF-8"
    pageEncoding="UTF-8"%>
<!DOCTYPE html PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
   <link rel="stylesheet" href="${pageContext.request.contextPath}/static/css/login.css">
     <script src="${pageContext.request.contextPath}/static/bootstrap/js/jquery.min.js"></script>
    <script src="${pageContext.request.contextPath}/static/bootstrap/js/bootstrap.min.js"></script>
    <link rel="stylesheet" href="${pageContext.request.contextPath}/static/bootstrap/css/bootstrap.min.css">
<title>借阅须知</title>
</head>
<body style="background:url(/LMS/static/images/2.jpg);background-size:100% 100%;">
<div id="container" >
 <div id="content" style="width:900px;left:50%;text-align:left";>
 <li><a href="${pageContext.request.contextPath}/readerBookCallno"><font size="3"><i class="glyphicon glyphicon-home fa fa-android"></i>返回首页</font></a></li>
<h2><font color="white">借阅须知:</font></h2>
    <!--背景图片-->
<h4><font color="white">1、凡持有本馆借书证者，均可凭证借阅图书。</font></h4>
<h4><font color="white">2、本馆图书采取开架为主闭架为辅的借阅方法。读者可进入规定开架书库选借图书，借书手续在借书处（出纳台）办理。入库时必须遵守《读者入库选书守则》和有关规定。</font></h4>
<h4><font color="white">3、持证读者，教工每证借书量不超过15册，研究生不超过10册，本、专科生不超过5册，成教生不超过3册，临时借书证不超过2册。</font></h4>
<h4><font color="white">4、借书期限：教工为3个月，学生为1个月。借阅期满可续借1次。</font></h4>
<h4><font color="white"> 5、馆藏线装书、善本书、近10年进口原版书、部分工具书等珍贵图书以及期刊不外借，只限在阅览室阅览。馆藏机密资料（地形图）按照国家机密资料管理办法和学校机密资料借阅规定办理借阅手续。
</font></h4>
<h4><font color="white"> 6、 读者应按期归还所借图书。如过期不还也不办理续借手续， 从过期当天起计算借书逾期费，每册每天5分，累计到还书日止。
所借书刊到期时适逢法定节假日、寒暑假，不计逾期费。</font></h4>
<h4><font color="white"> 7、预约借书。读者所需图书已被他人借走时，可填写"预约借书单"或电话、网上预约，书到后即通知预约人来馆办理借书手续。读者应在一周内到借书处办理借书手续，逾期不予保留。</font></h4>
<h4><font color="white"> 8、遇有特殊需要时，本馆有权随时催还借出的图书。</font></h4>
<h4><font color="white"> 9、所借图书如有损坏遗失等情况，按《书刊遗失、损坏赔偿办法》处理。</font></h4>
</div>
</div>
</body>
</html>
