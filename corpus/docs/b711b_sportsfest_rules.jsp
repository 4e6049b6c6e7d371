<%@ page language="java" contentType="text/html; charset=UTF-8"
    pageEncoding="UTF-8"%>
<!DOCTYPE html>
<html>
<head>
<meta charset="UTF-8">
<title>赛事概况</title>
<link rel="stylesheet" type="text/css" href="web.css" />

</head>
<body>

<h1>运动员管理系统</h1> <br/> <br/>
<table width="1000" bgcolor="#FFFFFF"border="0"  cellpadding="0" cellspacing="0">
  <tr bgcolor="#804040">
    <td><table border="0" cellspacing="0" cellpadding="0" class="nav">
  <tr>
    <td width="150" height="45" align="center" valign="middle"><a href="index_sport.jsp">赛事概况</a></td>
    <td width="150" height="45" align="center" valign="middle"><a href="signup_sport.jsp">赛事报名</a></td>
    <td width="150" height="45" align="center" valign="middle"><a href="">个人比赛详情</a></td>
    <td width="150" height="45" align="center" valign="middle"><a href="">成绩查询</a></td>
    <td width="150" height="45" align="center" valign="middle"><a href="">退出系统</a></td>
  </tr>
</table>
</td>
  </tr>
  <tr>
    <td>
    <br />
    </td>
  </tr>
  <tr>
    <td>
    <p>　　一、运动会比赛时间和地点：<br /></p>
    </td>
  </tr>
  <tr>
    <td>
    <p>　　2018年12月1-7日在旗山校区东区田径场（主赛场）、西区田径场、南区田径场举行。<br /></p>
    </td>
  </tr>
    <tr>
    <td>
    <p>　　二、参赛单位：<br /></p>
    </td>
  </tr>
  <tr>
    <td>
    <p>　　传播学院、地理科学学院、法学院、光电与信息工程学院、公共管理学院、环境科学与工程学院、海外教育学院、化学与材料学院、经济学院、教育学院、教师教育学院、旅游学院、马克思主义学院、美术学院、社会历史学院、生命科学学院、数学与信息学院、外国语学院、物理与能源学院、文学院、心理学院、音乐学院等22个单位。<br /></p>
    </td>
  </tr>
      <tr>
    <td>
    <p>　　三、比赛项目：<br /></p>
    </td>
  </tr>
<tr>
    <td>
    <p>　　1、男子组（共18项）：100米、200米、400米、800米、1500米、3000米、110米栏、400米栏、4x100米、4x400米、跳高、跳远、三级跳远、撑杆跳高、铅球、标枪、十项全能。<br /></p>
    </td>
  </tr>
<tr>
    <td>
    <p>　　2、女子组（共17项）：100米、200米、400米、800米、1500米、3000米、100米栏、400米栏、4x100米、4x400米、跳高、跳远、三级跳远、铅球、标枪、七项全能。<br /></p>
    </td>
  </tr>
<tr>
    <td>
    <p>　　四、参加办法：<br /></p>
    </td>
  </tr>  
<tr>
    <td>
    <p>　　1、凡正式录取的普通高校全日制在校本科生、研究生；其身体健康者均可报名参加比赛。<br /></p>
    </td>
  </tr>   
<tr>
    <td>
    <p>　　2、单项赛事每位运动员最多可报2项，群体项目各单位每人限报1项。<br /></p>
    </td>
  </tr>    
<tr>
    <td>
    <p>　　3、凡参加1500米及以上项目的运动员必须参加体检，体检不合格者不得参赛，运动员体检费由各学院自行负责。<br /></p>
    </td>
  </tr>    
<tr>
    <td>
    <p>　　五、比赛办法：<br /></p>
    </td>
  </tr>
  <tr>
    <td>
    <p>　　1、田径单项比赛执行中国田协审定的最新《田径竞赛规则》。<br /></p>
    </td>
  </tr>
 <tr>
    <td>
    <p>　　2、100米-400米进行预、决赛，单项报名人数不足3人则取消该项比赛（提前通知报名单位，可更改报名项目）。<br /></p>
    </td>
  </tr>
 <tr>
    <td>
    <p>　　3、群体其他项目参照相关规则执行。<br /></p>
    </td>
  </tr>
   <tr>
    <td>
    <p>　　六、录取名次与计分方法：<br /></p>
    </td>
  </tr>
 <tr>
    <td>
    <p>　　田径单项取前8名（报名人数不足8人减1录取），按9、7、6、5、4、3、2、1计分（全能与接力项目双倍计分）。<br /></p>
    </td>
  </tr>
   <tr>
    <td>
    <p>　　七、其他：<br /></p>
    </td>
  </tr>
    <tr>
    <td>
    <p>　　1、仲裁委员、总裁判长、副总裁判长由大会指派，其他裁判员由体育科学学院教师和学生担任。<br /></p>
    </td>
  </tr>
 <tr>
    <td>
    <p>　　2、比赛期间如被发现违规行为，将取消单项比赛成绩，并扣除单位团队总分15分。欢迎各单位对违规现象的监督、举报和提供证据。<br /></p>
    </td>
  </tr>
  <tr>
    <td>
    <p>　　3、本规程解释权属第十六届体育节组委会。未尽事宜，另行通知。<br /></p>
    </td>
  </tr>
  <tr>
    <td height="50" align="center" valign="middle" bgcolor="#804040" style="color:#FFFFFF;">欢迎使用运动员管理系统</td>
  </tr>
</table>
</body>
</html>