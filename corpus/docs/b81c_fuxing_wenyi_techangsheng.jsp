






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
	    <li class="second"><a href="https://fx.xxoo.skin/schinfo">互动数字校园</a></li>
        <li class="second"><a href="fxstudent.jsp">复兴学子</a></li>
        <li class="second"><a href="shehuishijian.jsp">社会实践</a></li>
        <li class="second"><a href="zhusushenghuo.jsp">住宿生活</a></li>
        <li class="second"><a href="kejijie.jsp">科技节</a></li>
        <li class="second"><a href="yishujie.jsp">艺术节</a></li>
        <li class="second"><a href="xiaoyunhui.jsp">校运会</a></li>
      </ul>
    </li>
<li class="first"><a href="open government.jsp">信息公开</a>
  <ul>
 <li class="second"><a href="xinxi-zzjg.jsp">组织机构</a></li>
     <li class="second"><a href="fuxing_fazhan.jsp">发展规划</a></li> 
<li class="second"><a href="xinxi-ndjh.jsp">年度计划</a></li>
 <li class="second"><a href="xinxi-ndxj.jsp">年度总结</a></li>
 <li class="second"><a href="fuxing_shizhiduiwu.jsp">师资队伍</a></li>
 <li class="second"><a href="xinxi-jxky.jsp">教学科研</a></li>
 
    
<li class="second"><a href="fuxing_shf.jsp">教育收费</a></li>
 <li class="second"><a href="xinxi-xuesheng.jsp">学生工作</a></li>
<li class="second"><a href="xinxi-twyk.jsp">体卫艺科</a></li>
        <li class="second"><a href="fuxing_anquan.jsp">后勤安全</a></li> 
</ul>
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
    <li class="first"><a href="xianjinxing/index.htm" target="_blank">复兴党建</a></li>
      <li class="first"><a href="xiaoqing.jsp">校庆专栏</a>
	  <ul>
        <li class="second" ><a href="xiaoqing1.jsp">校庆公告</a></li>
<li class="second" ><a href="xiaoqing2.jsp">邀请函</a></li>
		   <li class="second" ><a href="xiaoqing.jsp">校友论坛</a></li>
		   <li class="second" ><a href="retrospecting_fuxing-3.jsp">60校庆一瞥</a></li>
         <li class="second" ><a href="../alumni/index.jsp" target="_blank">在线校友会</a></li>
      </ul>
	  </li>
      <li class="first"><a href="recruiting_students.jsp">招生考试</a>
      <ul>
      
 <li class="second"><a href="2008recruiting_students_20.jsp">零志愿招生</a></li>        
<li class="second"><a href="2008 recruiting_students_21.jsp">推优生招生</a></li>
        <li class="second"><a href="2008recruiting_students_21.jsp">自主招生</a>		</li>
        <li class="second"><a href="2008recruiting_students_4.jsp">艺术特长生招生</a></li>
	</li>
        <li class="second"><a href="fxjx/index.html">进修学校招生</a></li>
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
  	总访问人数：<span>699964</span>
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
      <div id="main_right2"><img src="../resource/recruiting_students.jpg" width="560" height="57" />        <div id="content_header">2007年复兴高级中学文艺特长生招生办法</div>
        <br />
        <table width="500" height="1049" border="1" align="center" cellpadding="0" cellspacing="0">
          <tr>
            <td height="1047"><p>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;根据沪教委体【2006】2号文件对今年初三应届毕业生艺术特长加分的有关精神，结合我校学生艺术社团的发展需要，以加强学校特色项目为主，2007年复兴高级中学按市中招办计划，复兴高级中学招收声乐特长学生2名，舞蹈特长学生2名。 <br>
              </p> <p> <span style="font-weight: bold">一、招生范围及招生要求：</span> <br>
              </p> <p> 1、上海市学生艺术团重点团队中的应届初中毕业生，连续团龄2年以上，艺术团团籍档案完整的正式团(队) 员，思想品德评定等第为优秀，具备一定文艺特长，经所在团队、就读学校、区县教育局及上海市艺术教育中心认定取得文艺特长生资格的的应届初三毕业生。<br>
              2、参加由复兴高级中学组织的文艺特长测试，成绩考核为优良。<br>
              3、 参加全市统一组织的初中毕业学业考试，取得文艺特长生资格的考生，需以相应学校公费志愿为第一志愿，方可享受相应学校规定的加分政策(加分幅度：20分)；加分录取工作由招办组织落实。<br>
           </p> <p> <span style="font-weight: bold">二、招生办法及录取程序</span><br>
              </p> <p> 1. 文艺特长生招生办法实施日起接受报名咨询，咨询电话： 65426658 <br>
              2. 学生需向报考学校自荐，时间：2007年4月12日----4月22日。材料中必须要有2007年上海市学生艺术团优秀团员（初三毕业生）资格审查表(下载附表1) (请在邮件封面注明“艺术特长生自荐材料”)<br>
              3. 自荐材料还包括：2007年复兴高级中学文艺特长生报名表（下载附表3），同时将获奖复印件附在后面。 (A4 标准统一装订 ) <br>
              4. 录取选拔由校招生工作小组采取材料审核和文艺特长测试相结合的办法。凡初审通过的同学，学校会以电话通知及书面通知的形式告知学生本人，学生要准备参加学校组织的文艺特长测试。<br>
              5. 学校招生工作小组将根据对学生的综合评价拟定录取名单，同时在网上公示，并报市、区招生主管部门备案。<br>
              </p> <p> <span style="font-weight: bold">三、组织管理：</span> <br>
              </p> <p> 1、认真贯彻 “阳光招生”要求，规范操作程序。经核准拟降分录取的文艺特长生名单应予公示，未经招办集中公示的考生，学校不得予以降分录取。 <br>
              2、 运用校监督机制，确保文艺特长生招生工作的公开、公平、公正。凡通过不正当途径获得加分录取的学生，一经查实，取消该生录取资格和学籍，并追究相关人员责任。 <br>
              注:按市教委文件规定,录取分数线分为复兴录取分数线和复兴扩招生录取分数线<br>
              </p> <p> <span style="font-weight: bold">四、联系方式 </span><br>
              </p> <p> 校址：上海市车站南路 28 号 <br>
              邮编： 200434<br>
              学校网址： www.fuxing.sh.cn<br>
              联系电话： 65426658<br>
              交通：轨道交通 3 号线，公交 97 、 133 、 874 、 51 、 101 、 875 、 751 、 217 、 537 、 552 <br>
              <p align="right">上海市复兴高级中学<br>
              2007年3月<br></p>
<p>&nbsp;</p><p>&nbsp;</p><p>&nbsp;</p>
             <p align="left">附表： </p>            
            <p align="center"><a href="07zhaosheng/yibiao1.doc" target="_blank">1、2007 复兴高级中学文艺特长生招生办法（初三毕业生）资格审查表</a></p>
            <p align="center"><a href="07zhaosheng/yibiao2.doc" target="_blank">2、2007年可推荐文艺特长生的艺术团队名单</a></p>
            <p align="center"><a href="07zhaosheng/yibiao3.doc" target="_blank">3、2007年复兴高级中学文艺特长生报名表</a></p>
            <p align="center">&nbsp;</p>          </tr>
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
