<%--
Created by IntelliJ IDEA.
User: SPARK
Date: 2021/12/6
Time: 20:32
To change this template use File | Settings | File Templates.
--%>
<%@ page contentType="text/html;charset=UTF-8" language="java" %>
<%@ taglib prefix="c" uri="http://java.sun.com/jsp/jstl/core" %>
<%@ page isELIgnored="false" %>
<html>
<head>
  <meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
  <title>自习室管理系统</title>
  <style type="text/css">
    *{
      padding:0;margin:30px}
    body{
      font:14px/24px "宋体";
      color:#000}
    h2{
      font:normal 22px/35px "黑体";
      color:#000;
      text-align:center;}
    .one{
      font-size:12px;
      text-align:center}
    p{
      text-indent:2em;}
    .blue{
      color:#00C}
    .gray{
      color:#666}
  </style>
</head>
<body>
<h2>关于寒假期间自习室正常开放的通知</h2>
<hr/>
  <p>各单位：</p>
 <p>根据学校常态化疫情防控和网格化管理工作需要，为留校学生提供学习场地，创造学习条件，学校在寒假期间提供教四楼三间公共自习室（共373个自习座位）。现将管理工作安排如下：
<p>一、时间安排
2021年1月23日起，每周一至周日8:00-22:00。</p>
<p>二、强化自习教室管理
1.自习教室由后勤保障部负责按时开门、锁门，门窗全程打开，严格按照防控要求做好卫生环境清扫、消杀、通风等工作，并做好记录。
2.学生必须严格按照网格化管理要求，在规定楼宇、楼层、教室进行自习；同时主动做好个人防护，确保做到佩戴口罩、分散落座、及时通风等防控要求。
3.自习期间应增强自我安全防范意识，注意人身和财产安全，个人物品请自行妥善保管，并在离开教室时随身带走，以便保洁人员清场、保洁、消毒，如若丢失，后果自负。</p>
<p>三、相关部门职责
后勤保障部：
1. 认真检查相关教室的公共设施，确保使用安全。
2. 加强寒假期间教四楼的安全管理，确保学生在教四楼内的安全。
3. 按时打扫教室，确保学习环境整洁卫生。
4. 关注教室使用情况，及时调整开放教室，确保学生学习不受影响。
学生所在学院：
1. 各学院要安排专人对学生自习秩序和是否严格按照防控要求进行检查，及时了解和协调出现的问题。
2. 各学院应要求学生加强自我管理和自律意识教育，共同营造良好学习氛围。
教室使用与管理中发现问题，请及时与教务处联系。谢谢配合！</p></p>
  <p style="text-align: right;">渭南师范学院院长办公室</p>
  <p class="vsbcontent_end" style="text-align: right;">2021年12月30日</p>
</body>
</html>
