






<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "https://www.w3.org/TR/html4/loose.dtd">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=GBK" />
<title>上海市复兴高级中学网站 Portal Website of Shanghai Fuxing Senior High School</title>
<meta http-equiv="expires" content="0" />
<meta http-equiv="Pragma" content="no-cache" />
<link href="../style/style.css" rel="stylesheet" type="text/css" />
<script language="javascript" src="../script/script.js"></script>
</head>
<body>
<div id="center">
<div id="header">
  <ul>
    <a href="index.jsp">首　页</a> | <a href="website_map.jsp">站点地图</a> | <a href="contact_us.jsp">联系我们</a> | <a href="english.jsp">English Version</a>
  </ul>
</div>
<!-- end of #header -->
<div id="logo">
  <div id="logo_chn"> <img src="../resource/logo.jpg" /> </div>
  <div id="logo_eng"> <img src="../resource/logo_english.jpg" /> </div>
</div>
<!-- end of #logo -->
<div id="top_nav">
  <div id="date_time">
    <object classid="clsid:D27CDB6E-AE6D-11cf-96B8-444553540000" codebase="../resource/swflash.cab#version=6,0,29,0" width="180" height="29">
      <param name="movie" value="../resource/date.swf">
      <param name="quality" value="high">
      <param name="wmode" value="transparent">
      <embed src="../resource/date.swf" width="180" height="29" quality="high" pluginspage="https://www.macromedia.com/go/getflashplayer" type="application/x-shockwave-flash" wmode="transparent"></embed>
    </object>
  </div>
  <ul id="nav">
    <li class="first"><a href="walking_up_to_fuxing.jsp">复兴概况</a>
      <ul>
        <li class="second"><a href="walking_up_to_fuxing.jsp">复兴概况</a></li>
		<li class="second"><a href="fuxing-lishi.jsp">悠久历史</a></li>
		<li class="second"><a href="fuxing_chengjiu.jsp">辉煌成就</a></li>
		<li class="second"><a href="fuxing_song.jsp">复兴校歌</a></li>
		<li class="second"><a href="fuxing-lrxz.jsp">历任校长</a></li>
       <li class="second"><a href="headmaster_words.jsp">校长寄语</a></li>
<li class="second"><a href="xinxiang.jsp">校长信箱</a></li>
        <li class="second"><a href="fuxing_shebei.jsp">复兴设施</a></li>
	
       
        <li class="second"><a href="panorama/index.htm" target="_blank">校园全景</a></li>
      </ul>
    </li>
    <li class="first"><a href="education_features.jsp">教育特色</a>
      <ul>
        <li class="second"><a href="keji.jsp">科技特色</a></li>
        <li class="second"><a href="yishutese.jsp">艺术特色</a></li> 
		<li class="second"><a href="tiyutese.jsp">体育特色</a></li>   
		<li class="second"><a href="xinli.jsp">心理健康</a></li>
        <li class="second"><a href="xiaobenkecheng.jsp">校本课程</a></li>
        <li class="second"><a href="shetuan.jsp">学生社团</a></li>
      </ul>
    </li>
    <li class="first"><a href="campus_activities.jsp">校园生活</a>
      <ul>
	    <li class="second"><a href="https://fx.xxoo.skin/schinfo2009">互动数字校园</a></li>
 <li class="second"><a href="tyjlb.jsp">体育俱乐部</a></li>
        <li class="second"><a href="fxstudent.jsp">复兴学子</a></li>
        <li class="second"><a href="shehuishijian.jsp">社会实践</a></li>
        <li class="second"><a href="zhusushenghuo.jsp">住宿生活</a></li>
        <li class="second"><a href="kejijie.jsp">科技节</a></li>
        <li class="second"><a href="yishujie.jsp">艺术节</a></li>
        <li class="second"><a href="xiaoyunhui.jsp">校运会</a></li>
      </ul>
    </li>
<li class="first"><a href="https://fx.xxoo.skin/xxgk">信息公开</a>
  
    </li>    

    <li class="first"><a href="retrospecting_fuxing.jsp">回眸复兴</a>
      <ul>
        <li class="second" ><a href="retrospecting_fuxing-1.jsp">校友风采</a></li>
		<li class="second" ><a href="retrospecting_xiaoyoubao.jsp">校友通讯</a></li>
		<li class="second" ><a href="retrospecting_fuxing-3.jsp">60校庆一瞥</a></li>
		<li class="second" ><a href="liuyan_fuxing.jsp">校友留言</a></li>
        <li class="second" ><a href="../alumni/index.jsp" target="_blank">在线校友会</a></li>
      </ul>
    </li>
    <li class="first"><a href="#" target="_blank">复兴党建</a></li>
      <li class="first"><a href="xiaoqing.jsp">校庆专栏</a>
	  <ul>
        <li class="second" ><a href="xiaoqing1.jsp">校庆64周年公告</a></li>
<li class="second" ><a href="xiaoqing2.jsp">邀请函</a></li>
		   <li class="second" ><a href="xiaoqing.jsp">校友论坛</a></li>
		   <li class="second" ><a href="retrospecting_fuxing-3.jsp">60校庆一瞥</a></li>
         <li class="second" ><a href="../alumni/index.jsp" target="_blank">在线校友会</a></li>
      </ul>
	  </li>
      <li class="first"><a href="recruiting_students.jsp">招生考试</a>
      <ul>
      
 
<li class="second"><a href="2010recruiting_students_2.jsp">提前录取</a></li>

<li class="second"><a href="recruiting_students_2010ms.jsp">2010年"提前录取"面试通知</a>		</li>

        <li class="second"><a href="2010recruiting_students_21.jsp">招生宣传咨询</a>		</li>
        <li class="second"><a href="2010recruiting_students_4.jsp">艺术特长生招生</a></li>
	</li>
        
      </ul>
    </li>
  </ul>
</div>
<!-- end of #top_nav -->

  <div id="main">
    






<div id="main_left">
  <div align="center">
  	<!--a href="login.jsp">网站用户登录</a-->
  	
  </div>
  <br />
	<div id="saying">
    <object classid="clsid:D27CDB6E-AE6D-11cf-96B8-444553540000" codebase="../resource/swflash.cab#version=6,0,29,0" width="125" height="200">
      <param name="movie" value="../resource/saying.swf">
      <param name="quality" value="high">
      <param name="wmode" value="transparent">
      <embed src="../resource/saying.swf" width="125" height="200" quality="high" pluginspage="https://www.macromedia.com/go/getflashplayer" type="application/x-shockwave-flash" wmode="transparent"></embed>
    </object>
  </div>
  <!-- end of #saying -->
  <div id="counter">
  	总访问人数：<span>1243334</span>
  </div>
  <!-- end of #counter -->
  <div id="links">
    <div>:: 友情链接 ::</div>
    <ul>
	  <li><a href="https://www.shmec.gov.cn" target="_blank">上海市教育委员会</a></li>
	  <li><a href="https://www.hkedu.sh.cn" target="_blank">虹口区教育信息专网</a></li>
      <li><a href="https://www.pku.edu.cn" target="_blank">北京大学</a>　<a href="https://www.tsinghua.edu.cn" target="_blank">清华大学</a></li>
      <li><a href="https://www.fudan.edu.cn" target="_blank">复旦大学</a>　<a href="https://www.sjtu.edu.cn" target="_blank">上海交通大学</a></li>
      <li><a href="https://www.software.fudan.edu.cn" target="_blank">复旦大学软件学院</a></li>
      <li><a href="https://www.fdfz.cn" target="_blank">复旦附中</a>　<a href="https://www.jdfz.sh.cn" target="_blank">交大附中</a></li>
      <li><a href="https://www.hsefz.com" target="_blank">华师大二附中</a>　<a href="https://www.shs.sh.cn" target="_blank">上海中学</a></li>
<li><a href="../page/fxchzh/index.html" target="_blank">上海市复兴初级中学</a>　</li>
    </ul>
  </div>
  <!-- end of #links -->
  <div id="icons"> <img src="../resource/get_flash_player.gif">
    <div>获取Flash7.0播放器<br/>
	[<a href="../resource/Install Flash Player 7 AX.exe">IE浏览器</a>] [<a href="../resource/Install Flash Player 7.exe">其他浏览器</a>]
</div>
  </div>
  <!-- end of #icons -->
</div>
<!-- end of #main_left -->

    <div id="main_right">
      <div id="main_right2"> <img src="../resource/education_features.jpg" width="560" height="57" /> 
        <div id="content_header">上海虹口区复兴求真青少年体育俱乐部</div>
		<table width="487" height="1756" border="0" align="center">
          <tr bgcolor="#99CCFF">
            <td>&nbsp;</td>
          </tr>
          <tr>
            <td><div align="center">游泳卡和充值卡购买使用须知<br>
  （试行）</div></td>
          </tr>
          <tr>
            <td><div align="left">一、 游泳卡<br>
  1、 游泳年卡、季卡为泳客自愿购买，一经售出，概不退换。<br>
  2、 使用游泳年卡、季卡的同时，须持有当年有效体检卡。<br>
  3、 年卡：1500元/年 季卡：450元/季，使用期限在购买时 <br>
  注明并确认，过期或涂改无效。<br>
  4、 本卡不记名、不挂失，请泳客妥善保管，遗失概不负责。<br>
  5、 本卡在授权范围内的使用时间：<br>
  星期一 至 星期五 19：00--20：30 （每天使用一次）<br>
  国定节假日、寒假期间、特殊时间（如高考等）以及闭馆整修等除外，可见门口通知。<br>
  6、 最终解释权为俱乐部所有。 </div>
              <p align="left">二、 充值卡<br>
  1、 本卡为俱乐部会员卡，自愿购买后即成为本俱乐部的会员。<br>
  2、 会员凭卡在俱乐部开放的所有场馆进行活动。<br>
  3、 本卡为充值卡，充值后即可使用，充值金额最低400元，可享<br>
  受500元的消费金额，另收押金20元/卡，退卡时返还押金。<br>
  4、 本卡为记名会员卡，请会员妥善保管本卡，发生遗失会员本人<br>
  应立即挂失，否则损失自负。<br>
  5、 注意防磁、防腐，因会员自身原因造成会员卡损坏，换卡时不<br>
  返还押金。<br>
  6、 本卡在授权范围内的使用时间：<br>
  周一至周五18：30—21：30；周六、日13：00—21：00<br>
  国定节假日、学校寒假期间、特殊时间（如高考等）除外，可<br>
  见门口通知<br>
  7、 最终解释权为俱乐部所有。</p>
            </td>
          </tr>
          <tr>
            <td>                                <div align="right">                上海虹口区复兴求真青少年体育俱乐部<br>
                2008年9月</div>              <div align="left"></div>              
              <div align="center">
                <p align="left">&nbsp;</p>
              </div></td>
          </tr>
          <tr bgcolor="#99CCFF">
            <td><p></p></td>
          </tr>
          <tr>
            <td height="52"><div align="center">
              <p>上海虹口区复兴求真青少年体育俱乐部<br>
    排球培训班招生通知<br>
</p>
            </div></td>
          </tr>
          <tr>
            <td>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;复兴中学是一所市属重点中学，排球项目是复兴中学的传统项目，已有五十四年的历史，复兴排球队培养目标是：培养真正的中学生运动员，运动员必须德、智、体、美全面发展，为高校输送优秀的人材。为了发掘人材，培养青少年排球运动员，本俱乐部举办青少年排球训练班，要求如下：<br>              <br>
一．招收对象<br>
1．小学三、四年级男、女学生<br>
2．中预年级男、女学生<br><br>
二．要求<br>
1．热爱（喜欢）排球运动<br>
2．身高条件，小学三、四年级1.60米 女生1.55米<br>
中预年级 男生1.70米 女生1.65米<br>
3．上海户籍学生<br><br>
三．上课时间、地点<br>
1．时间：2008年11月1日——12月30日 每周五下午4：00——5：30<br>
每周日上午8：30——10：30<br>
2．地点：复兴高级中学（车站南路28号）<br><br>
四．收费标准：每人200元/期<br><br>
五．对热爱排球运动，有一定培养前途的动员员，将进入长训班，毕业后由俱乐部向复兴初级中学、江湾初级和复兴高级中学推荐。</td>
          </tr>
          <tr>
            <td><div align="center">
                <p align="right"><br>
                  复兴求真青少年体育俱乐部<br>
      2008.9.20</p>
                <p align="left">&nbsp;</p>
            </div>              
              </td>
          </tr>
          <tr bgcolor="#99CCFF">
            <td><p></p></td>
          </tr>
          <tr>
            <td><div align="center">游泳培训班</div></td>
          </tr>
          <tr>
            <td><div align="center">
                <p align="left">　　                  <br>
                  “一对一”培训班，1200元/人，共12次课，每次1小时，包教会，全年开班；<br>
                  “一对二”培训班， 750元/人，共10次课，每次1小时，暑期开班；<br>
                  “一对三”培训班， 650元/人，共10次课，每次1小时，暑期开班。<br>
                  <br>
                  招收对象：小学三年级（包含三年级）以上<br>
                  <br>
师资队伍：聘请具有游泳教练员资质的教练员执教</p>
                <p>                  <br>
              </p>
                </div>
                </td>
          </tr>
          <tr bgcolor="#99CCFF">
            <td><p></p></td>
          </tr>
          <tr>
            <td height="49"><div align="center">上海虹口复兴求真青少年体育俱乐部<br>
  场馆收费标准（试行）</div></td>
          </tr>
          <tr>
            <td><div align="center">
              <p align="left">对外开放时间：<br>
    周一至周五晚上18：30—21：30<br>
    双休日及寒、暑假期下午13：00—21：00</p>
            </div>
              <p align="left">游泳馆：（暑期时段全天，其他时段详见办卡须知）<br>
  上午 09：00—11：50 15.00元/人 <br>
  下午 13：00—17：50 25.00元/人<br>
  晚上 18：30—20：50 30.00元/人</p>
              <p align="left">羽毛球馆： 30.00元/小时</p>
              <p align="left">乒乓馆： 13：00—18：00 10.00元/小时<br>
  18：00以后 15.00元/小时</p>
              <p align="left">网球场： 13：00—18：00 30.00元/小时<br>
  18：00以后 50.00元/小时</p>
              <p align="left">篮球场： 半场 15.00元/小时</p>
              <p align="left">备注：1、教学时段本校学生一律不收费。<br>
  2、参加活动和培训班遵循自愿、自费、自律原则。<br>
  3、票子售出当天有效，过期作废。<br>
  4、预约电话：65606498 65162154<br>
              </p></td>
          </tr>
          <tr>
            <td><div align="center">
                <p align="right"><br>
    俱乐部办公室<br>
    2008.6
                    <br>
              </p>
              </div>
                </td>
          </tr>
          <tr bgcolor="#99CCFF">
            <td>&nbsp;</td>
          </tr>
        </table>
		<br />

        <div id="panorama"><img src="../resource/panorama.jpg" /></div>
        <!-- end of #panorama -->
      </div>
      <!-- end of #main_right2 -->
    </div>
    <!-- end of #main_right -->
  </div>
  <!-- end of #main -->
  

<div id="bottom_nav">
  <ul>
    <a href="index.jsp">首　页</a> | <a href="walking_up_to_fuxing.jsp">走近复兴</a> | <a href="education_features.jsp">教育特色</a> | <a href="campus_activities.jsp">校园生活</a> | <a href="foreign_communication.jsp">对外交流</a> | <a href="retrospecting_fuxing.jsp">回眸复兴</a> | <a href="teaching_job_opportunities.jsp">招聘信息</a> | <a href="recruiting_students.jsp">招生信息</a> | <a href="website_map.jsp">站点地图</a> | <a href="contact_us.jsp">联系我们</a> | <a href="english.jsp">English Version</a>
  </ul>
</div>
<!-- end of #bottom_nav -->
<div id="bottom">
  <div> 
    <p>上海市复兴高级中学版权所有　(c)　1999-2005　联系<a href="mailto:fxhs@163.com">网站管理员</a>　设计开发：<a href="mailto:0261127@fudan.edu.cn">崔伟毅</a>（2002届校友）<br />
    上海市复兴高级中学联系地址：中国上海市车站南路28号　邮编：200434　电话：+86-021-65606715 <br>
    <span style="color: gold;">沪ICP备05021150号</span>    </p>
  </div>
</div>
<!-- end of #bottom -->
</div>
<!-- end of #center -->
</body>
</html>
