






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
    <li class="first"><a href="walking_up_to_fuxing.jsp">走近复兴</a>
      <ul>
        <li class="second"><a href="walking_up_to_fuxing.jsp">复兴概况</a></li>
		<li class="second"><a href="fuxing-lishi.jsp">悠久历史</a></li>
		<li class="second"><a href="fuxing_chengjiu.jsp">辉煌成就</a></li>
		<li class="second"><a href="fuxing_song.jsp">复兴校歌</a></li>
		<li class="second"><a href="fuxing-lrxz.jsp">历任校长</a></li>
        <li class="second"><a href="headmaster_words.jsp">校长寄语</a></li>
        <li class="second"><a href="fuxing_shebei.jsp">复兴设施</a></li>
		<li class="second"><a href="fuxing_shizhiduiwu.jsp">师资队伍</a></li>
        <li class="second"><a href="fuxing_fazhan.jsp">发展规划</a></li>
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
        <li class="second"><a href="fxstudent.jsp">复兴学子</a></li>
        <li class="second"><a href="shehuishijian.jsp">社会实践</a></li>
        <li class="second"><a href="zhusushenghuo.jsp">住宿生活</a></li>
        <li class="second"><a href="kejijie.jsp">科技节</a></li>
        <li class="second"><a href="yishujie.jsp">艺术节</a></li>
        <li class="second"><a href="xiaoyunhui.jsp">校运会</a></li>
      </ul>
    </li>
    <li class="first"><a href="foreign_communication.jsp">对外交流</a>
      <ul>
        <li class="second"><a href="#">国内友好学校</a></li>
        <li class="second"><a href="#">国际学校往来</a></li>
      </ul>
    </li>
    <li class="first"><a href="retrospecting_fuxing.jsp">回眸复兴</a>
      <ul>
        <li class="second" ><a href="xiaoqing.jsp">校友风采</a></li>
        <li class="second" ><a href="liuyan_fuxing.jsp">校友留言</a></li>
        <li class="second" ><a href="../alumni/index.jsp" target="_blank">在线校友会</a></li>
      </ul>
    </li>
    <li class="first"><a href="xianjinxing/index.htm" target="_blank">先进性教育</a></li>
      <li class="first"><a href="xiaoqing.jsp">校庆专栏</a>
	  <ul>
        <li class="second" ><a href="xiaoqing1.jsp">校庆公告</a></li>
        <li class="second" ><a href="xiaoqing.jsp">校友论坛</a></li>
        <li class="second" ><a href="../alumni/index.jsp" target="_blank">在线校友会</a></li>
      </ul>
	  </li>
      <li class="first"><a href="recruiting_students.jsp">招生信息</a>
      <ul>
        <li class="second"><a href="recruiting_students_1.jsp">全国生招生</a></li>
        <li class="second"><a href="recruiting_students_21.jsp">推优生招生</a></li>
        <li class="second"><a href="recruiting_students_31.jsp">5%自主招生</a>		</li>
        <li class="second"><a href="recruiting_students_4.jsp">特长生招生</a></li>
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
  	总访问人数：<span>211382</span>
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
      <div id="main_right2"> <img src="../resource/recruiting_students.jpg" width="560" height="57" /> 
	  	<div id="content_header">复兴高级中学5%自主招生方案</div>
        <br />
        <table width="500" border="1" align="center" cellpadding="0" cellspacing="0">
          <tr>
            <td height="172"><p>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; 根据《上海市教育考试院关于 2006 年本市高中阶段学校招生考试工作的实施意见》中的相关原则，根据市教委的通知精神和区中招办的自主招生工作要求，我校开展的自主招生要求审核的优秀生条件是以综合素质的评价为基本录取依据。综合素质包括初中阶段的思想道德品质、交流与合作能力、自主学习、社会实践、艺体素质、心理素质等。具体实施方案如下： </p>
              <p><strong>一、招生人数 </strong>： 


 15 人</p>
              <p><strong>二、招生范围 </strong>：在虹口区报名参加 2006 年中考的应届优秀初中毕业生 </p>
              <p><strong>三、招生对象 </strong>：<br>
                &nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;凡初三阶段思想品德评定的等第为优秀，身体健康，达到中学生体育合格标准并且符合下列条件之一者均可报名 <br>
                &nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;1、在初中阶段德、智、体、美等方面全面发展，并且初中阶段曾被评为上海市市级或区级三好学生、优秀共青团干部 (员) <br>
                &nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;2 、在数、理、化、英语、信息等学科省（市）级以上各类竞赛中获奖者（限初二、初三年级获奖）<br>
                &nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;3 、 在上海市科技论文评比或科技作品制作中获奖者（初中阶段） <br>
                &nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;4 、在上海市中学生作文竞赛中获奖者（限初二、初三年级获奖） <br>
                &nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;5 ．成绩优良，有一定艺术特长（需上海市学生艺术团重点团队优秀成员）
</p>
              <p><strong>四、招生程序 <br>
              </strong>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;1 、自招生方案实施日起接受报名咨询，咨询电话： 65426658 <br>
              &nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;2 、 4 月 9 日 ( 周日上午 8 ： 30---11 ： 00) 学校自主招生报名。报名地点：学校求真厅（其中 10 ： 00 我校在大礼堂举行自主招生咨询活动）。学生或学生家长报名时应递交的材料如下 <br>
              &nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;① 学生基本情况表（见附表 1 ，可从学校网站上下载。）<br>
              &nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;②数、理、化、英语、信息、作文等竞赛获奖证书和复印件<br>
              &nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;③初中阶段 所获各种荣誉证书 和复印件<br>
              &nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;④ 有关科技类专利或研究成果的证明材料 和复印件<br>
              &nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;⑤能反映个性特长的材料和复印件&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;<br>
              &nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;⑥若是艺术特长生，需提供 上海市学生艺术团的证明材料（见附表 2 ，可从学校网站上下载） <br>
              &nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;注：<br> 
              <strong>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;①所有证明材料均 </strong><strong>验原件，收证书复印件。复印件随“ </strong><strong>学生基本情况表 </strong><strong>”一起装订成册（须Ａ４标准） </strong><strong>。<br>
              </strong>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;<strong> ② </strong><strong>考生提供的材料需真实有效，否则本次自主招生将不予考虑。 <br>
              </strong><strong> &nbsp;&nbsp;&nbsp;&nbsp;&nbsp; ③ </strong><strong>“ </strong><strong>学生基本情况表” </strong><strong>需所在中学在照片上盖公章。 </strong><strong><em></em></strong><strong></strong></p>
              <p>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;3、录取选拔由校招生工作小组采取材料审核和面谈相结合的办法。 <br>
                凡初审通过的同学，两周内会以电话通知及书面通知的形式告知学生本人。学生也可登陆复兴 网站查询。凡未接到书面通知的学生被视为不符合本校的自主招生要求。 <br>
              &nbsp;&nbsp;&nbsp;&nbsp;&nbsp;4．面谈后学校招生工作小组将根据对学生的综合评价 按 1：1的比例 拟录取名单。 <br>
              &nbsp;&nbsp;&nbsp;&nbsp;&nbsp;5、5月20日前学校向区教育局上报预录取学生的名单。（上报名单前我校将在复兴网站招生信息栏上公示拟录取名单）
</p>
              <p><strong>五、录取原则 <br>
              </strong>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; 对学校自主招生拟录取名单上的同学， 必须参加上海市 2006 年初中毕业生统一学业考试，考分 达到普通高中投档控制线的考生，我校将根据考生的学业考试成绩和综合素质评价择优录取。 </p>
              <p><strong>六、</strong><strong>联系方式 <br>
              </strong><strong>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;校址 </strong>：上海市车站南路 28 号<br>
              <strong>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;邮编 </strong>： 200434<br>
              <strong>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;学校网址 </strong>： <a href="https://fx.xxoo.skin/">www.fuxing.sh.cn<br>
              </a><strong>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;联系电话 </strong>： 65426658<br>
              <strong>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;交通 </strong>： 轨道交通 3 号线， 公交 97 、 133 、 874 、 51 、 101 、 875 、 751 、 217 、 537 、 552 </p>
              <p>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;注：在招生工作中出现的问题，由学校负责向学生或家长（监护人）解释 </p>
              <p align="right">上海市复兴高级中学 </p>
            <p align="right">2006年3月 </p>            </tr>
          <tr>
            <td height="125"> <div align="center">
              <p><a href="06zhaosheng/biao1.doc" target="_blank">附表1: 2006复兴高中自主招生报名表.doc</a></p>
              <p><a href="06zhaosheng/biao2.doc" target="_blank">附表2: 2006年上海市学生艺术团优秀团员资格审查表.doc</a></p>
            </div>              
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
    <p>上海市复兴高级中学版权所有　(c)　1999-2005　联系<a href="mailto:youdi_300@hotmail.com">网站管理员</a>　设计开发：<a href="mailto:0261127@fudan.edu.cn">崔伟毅</a>（2002届校友）<br />
    上海市复兴高级中学联系地址：中国上海市车站南路28号　邮编：200434　电话：+86-021-65606715 <br>
    <span style="color: gold;">沪ICP备05021150号</span>    </p>
  </div>
</div>
<!-- end of #bottom -->
</div>
<!-- end of #center -->
</body>
</html>
