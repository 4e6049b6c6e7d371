<%@ page language="java" import="java.util.*" pageEncoding="UTF-8"%>
<%
String path = request.getContextPath();
String basePath = request.getScheme()+"://"+request.getServerName()+":"+request.getServerPort()+path+"/";
%>

<!DOCTYPE html>
<html lang="zh-cn">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1.0, maximum-scale=1.0, user-scalable=no" />
<meta name="renderer" content="webkit">
<title></title>
<link rel="stylesheet" href="${path}/library/static/css/pintuer.css">
<link rel="stylesheet" href="${path}/library/static/css/admin.css">
 <script src="${path}/library/static/js/jquery.js"></script> 
<script src="${path}/library/static/js/pintuer.js"></script>
</head>
<body>
<div class="panel admin-panel">
  <div class="panel-head"><strong><span class="icon-key"></span>管理员须知</strong></div>
  <div class="body-content">
  <div style="padding-left: 30px;">
   1、图书管理员要坚守岗位，要努力为学校教育、教学工作服务。<br>
<br>
2、图书室要建立明细的图书帐册，做到帐物相符。<br>
<br>
3、图书要分类摆放，方便寻找，一目了然。<br>
<br>
4、对于内容陈旧和破损严重的图书要定期修补、 剔除，报请校长，及时注销。<br>
<br>
5、工具书、大型成套书只供查阅，不得出借。<br>
<br>
6、新购置的图书必须及时登记上架，服务教育教学。<br>
<br>
7、积极采取措施，做好防火、防盗、防尘、防霉变、防虫蛀、防鼠咬等项工作，保持图书完好。<br>
<br>
8、教工调离和学生休学、转学、毕业要主动还清借阅图书.<br>
<br>
9、落实图书的赔偿制度，并进行登记上报教导处和财务处。<br>
<br>
10、做好循环使用课本的回收和再次发放工作。<br>
<br>
11、做好教学用书的发放和回收工作，做到及时有序。<br>
<br>
12、每天必须彻底清理一次室内卫生，经常保持室内整洁。<br>
<br>
13、图书管理员要对图书室全面负责，不得将图书室钥匙随意交给他人。<br>
    <br>
  </div>
  </div>
</div>
</body></html>
