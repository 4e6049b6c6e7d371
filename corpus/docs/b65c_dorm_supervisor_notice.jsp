<%@ page contentType="text/html;charset=UTF-8" language="java" %>
<%@ taglib prefix="c" uri="http://java.sun.com/jsp/jstl/core" %>
<%@ taglib uri="http://java.sun.com/jsp/jstl/fmt"  prefix="fmt"%>
<html>
<head>
    <title>负责人须知</title>
    <meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
    <link href="${pageContext.request.contextPath}/resources/css/known.css" rel="stylesheet">
    <link href="${pageContext.request.contextPath}/resources/css/common.css" rel="stylesheet">
    <script type="text/javascript" src="${pageContext.request.contextPath}/resources/js/main.js"></script>
    <script src="http://libs.baidu.com/jquery/1.9.1/jquery.min.js"></script>
    <link href="${pageContext.request.contextPath}/resources/css/font-awesome.css" rel="stylesheet" type="text/css" />

</head>
<body>

<%@ include file="common_top.jsp"%>

<div id="center1">
    <%@ include file="common_left.jsp"%>
    <div id="right">
        <br>
        <strong id="xueshe" >&nbsp;&nbsp;※<a href="stu_list" style="text-decoration: none;color: black">当前位置》学生管理》有关须知</a>※</strong><br> <hr>
        <div id="zhize">
            <i id="zhize1" class="fa fa-joomla"><br>工<br>作<br>职<br>责</i>
            <br><span>1、严格督促住宿学生执行所在学校的《内宿生管理制度》</span>
            <span>2、按时开关宿舍楼大门，值班时间严守岗位，认真值班；</span>
            <span>3、督促住宿学生整理内务，清洁宿舍、楼梯、走廊，督促住宿学生下楼上课，晚上考勤查房清点登记住宿人数；</span>
            <span>4、监督不让住宿学生使用任何大功率用电器，严禁学生违规用电；</span>
            <span>5、防火、防盗、防止住宿学生破坏公物，防止住宿学生打架闹事；</span>
            <span>6、若住宿学生生病，要及时通报班主任或学生处，重大病情及时告之家长并及时送医院治疗；</span>
            <span>7、要常巡查，发现设备设施需维修的、需更换的，要及时维修、更换；</span>
            <span>8、及时消除安全隐患，确保安全；</span>
            <span>9、建立住宿学生信息库（姓名、专业、班级、家庭电话、家庭住址情况等）。<</span>
        </div>

        <div id="yaoqiu">
            <i class="fa fa-joomla" id="yaoqiu1"><br>工<br>作<br>要<br>求</i><br>
            <span>1、立足岗位，热爱本职；</span>
            <span>2、要尽职、尽责，要细心、耐心；</span>
            <span>3、遵守工作纪律，严格按工作流程办事，值班时不得脱离工作岗位；</span>
            <span>4、团结协作，相互关照；严于律己，宽以待人；不互相推诿，不收受住宿学生物品。对住宿学生不开“人情”门，不办“关系”事；</span>
            <span>5、工作中，督促住宿学生严格按住宿生管理规定办事，既要严格要求，又要关心爱护，善于化解矛盾，在管理工作中解决矛盾；</span>
            <span>6、要经常督促住宿学生搞好内务整理，打扫卫生，保持宿舍整洁，让住宿学生做文明人，创文明宿舍；</span>
        </div>

        <div id="zhuyi">
            <i class="fa fa-joomla" id="zhuyi1"><br>注<br>意<br>事<br>项<br></i><br>
            <span>1、应本着关心爱护的心态对住宿学生进行管理；</span>
            <span>2、若住宿学生出现违纪行为应先制止，再对其进行耐心地教育，屡教不改者再予以扣分或停宿处理；</span>
            <span>3、应以身作则，不抽烟、不喝酒、不赌博，为住宿学生做好榜样；</span>
                <span>4、休息时间不得以任何理由影响住宿学生的正常休息，严格遵守道德规范；</span>
        </div>



    </div>
</div>




<%@ include file="common_bottom.jsp"%>
</body>
</html>





