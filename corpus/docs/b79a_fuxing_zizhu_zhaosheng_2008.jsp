






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
    <li class="first"><a href="xianjinxing/index.htm" target="_blank">复兴党建</a></li>
      <li class="first"><a href="xiaoqing.jsp">校庆专栏</a>
	  <ul>
        <li class="second" ><a href="xiaoqing1.jsp">校庆63周年公告</a></li>
<li class="second" ><a href="xiaoqing2.jsp">邀请函</a></li>
		   <li class="second" ><a href="xiaoqing.jsp">校友论坛</a></li>
		   <li class="second" ><a href="retrospecting_fuxing-3.jsp">60校庆一瞥</a></li>
         <li class="second" ><a href="../alumni/index.jsp" target="_blank">在线校友会</a></li>
      </ul>
	  </li>
      <li class="first"><a href="recruiting_students.jsp">招生考试</a>
      <ul>
      
 <li class="second"><a href="#2008recruiting_students_20.jsp">零志愿招生</a></li>        
<li class="second"><a href="2009recruiting_students_21.jsp">提前推荐自主录取</a></li>

<li class="second"><a href="recruiting_students_2009ms.jsp">2009年"提前推荐自主录取"面试通知</a>		</li>

        <li class="second"><a href="2008recruiting_students_21.jsp">招生宣传咨询</a>		</li>
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
  	总访问人数：<span>1054058</span>
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
      <div id="main_right2"> <img src="../resource/recruiting_students.jpg" width="560" height="57" /> 
	  	<div id="content_header">2008年复兴高级中学自主招生方案</div>
        <br />
              <table width="500" border="1" align="center" cellpadding="0" cellspacing="0">
          <tr>
           
<p>
</p>
　　<strong>一、招生范围：</strong> <br>
 &nbsp; &nbsp; &nbsp; 面向全市招生，招生人数29人。<br>
 
<p>
</p>
　<strong>　二、招生要求：</strong> <br>
 &nbsp; &nbsp; &nbsp; 凡初三阶段思想品德评定的等第为优，身体健康，达到中学生体育合格标准且符合下列条件之一者均可报名<br>
 &nbsp; &nbsp; &nbsp; 1、在初中阶段德、智、体、美等方面全面发展，并且初中阶段曾被评为上海市市级或区级三好学生、优秀学生干部、优秀共青团干部(员)。<br>
 &nbsp; &nbsp; &nbsp;2、初中阶段全面发展，学业成绩优秀。<br>
 &nbsp; &nbsp; &nbsp;3、有较强的社会活动能力，组织或主持过区县规模以上的中学生大型活动，或担任区县以上的中学生组织的主要负责人。<br>
 &nbsp; &nbsp; &nbsp;4、初中阶段在市教委批准的数、理、化、英语、信息等学科省（市）级以上各类竞赛中获奖者和在上海市中学生作文竞赛中获奖者。<br>
 &nbsp; &nbsp; &nbsp;5、具有较强的创新意识和创新能力，初中阶段能独立开展研究并取得突出成果：获得科技创新大赛奖励，在上海市科技论文评比或科技作品制作中获奖者。
<br>
&nbsp; &nbsp; &nbsp;6、成绩优良，有一定艺术特长(声乐、舞蹈  需上海市学生艺术团重点团队成员)。
<br>
<p>
</p>
   &nbsp; &nbsp; &nbsp;   <strong>    三．招生办法及录取程序： </strong> <br>
 &nbsp; &nbsp; &nbsp; 1、自主招生方案实施日起接受报名咨询，咨询电话：65426658<br>
 &nbsp; &nbsp; &nbsp; 2、2008年4月23日前（以邮戳为准，在邮件封面注明“自主招生材料”）学生将自主招生申请材料寄至上海市复兴高级中学。递交的自主申请材料包括：<br>
 &nbsp; &nbsp; &nbsp; ①2008年上海市复兴高级中学自主招生申请表（见附表1，可从学校网站上下载）<br>
 &nbsp; &nbsp; &nbsp; ②数、理、化、英语、信息、作文等竞赛获奖证书的复印件 <br>
 &nbsp; &nbsp; &nbsp; ③初中阶段所获各种荣誉证书的复印件<br>
 &nbsp; &nbsp; &nbsp; ④有关科技类专利或研究成果的证明材料的复印件<br>
 &nbsp; &nbsp; &nbsp; ⑤能反映个性特长的材料的复印件<br>
 &nbsp; &nbsp; &nbsp; ⑥若是艺术特长生，需提供上海市学生艺术团的证明材料（见附表2，可从学校网站上下载）<br>
 &nbsp; &nbsp; &nbsp; 注：复印件随“自主招生申请表”一起装订成册（须Ａ４标准））。<br>
 &nbsp; &nbsp; &nbsp; 3、4月20日---23日，报名学生登陆“上海招考热线”网站（https://www.shmeea.edu.cn或https://www.shmeea.com.cn）进行报名。<br>
 &nbsp; &nbsp; &nbsp; 4、 4月23日--5月29日由校招生工作小组采取材料审核和综合素质考察相结合的办法进行录取选拔。<br>
 &nbsp; &nbsp; &nbsp; ①学校在对学生“综合素质表现”、“学业成绩”进行综合考察的基础上，对学生的“个性特长”和“发展潜质”等指标进行认定并择优录取。<br>
 &nbsp; &nbsp; &nbsp; ②凡初审通过的同学，十天内以书面通知的形式告知学生本人准备面试（面试时间为5月3日），同时面试名单上报市教育考试院中招办。学生也可登陆复兴网站查询面试名单。<br>
 &nbsp; &nbsp; &nbsp; 5．5月15日前学校招生工作小组将根据对学生的综合评价按1：2的比例拟定预录取名单，预录取名单在面试名单中产生。<br>
 &nbsp; &nbsp; &nbsp; 6、5月15日前学校通知自主招生预录取考生将学校志愿填报在志愿表相应栏目内。<br>
 &nbsp; &nbsp; &nbsp; 7、5月28日学校向区教育局上报预录取学生的名单。<br>
 &nbsp; &nbsp; &nbsp; 8、5月29日学校向市中招办上报预录取考生名单。<br>
 &nbsp; &nbsp; &nbsp; 9、 7月17、18日，学校“自主”招生录取、退档。<br>
 &nbsp; &nbsp; &nbsp; 10、录取原则：<br>
 &nbsp; &nbsp; &nbsp; 对学校自主招生预录取的同学，必须将志愿填写在本市统一的《2008年上海市高中阶段学校招生报考志愿表》“提前录取志愿栏”中的“自主招生志愿”内， 对不低于上海市零志愿投档控制线线下5分的自主招生预录取对象，我校将根据考生的学业考试成绩和综合素质评价择优录取。<br>
 &nbsp; &nbsp; &nbsp; 11、监督机制：<br>
 &nbsp; &nbsp; &nbsp; ①我校招生领导小组将严格选拔程序，加强过程管理，并接受社会监督和投诉。<br>
 &nbsp; &nbsp; &nbsp; ②自荐人及家长(监护人)应本着“诚信”原则如实申报相关材料，对于弄虚作假者，我校将取消该考生的录取资格。<br>
 &nbsp; &nbsp; &nbsp; ③学校将及时在校园网上公布有关自主招生等相关招生信息，请各位考生及家长及时关注。
<br>
<p>
</p>
&nbsp; &nbsp; &nbsp;  <strong>四、招生咨询</strong> <br>
&nbsp; &nbsp; &nbsp;  学校网址：www.fuxing.sh.cn<br>
              &nbsp; &nbsp; &nbsp; 招生咨询电话：65426658<br>
&nbsp; &nbsp; &nbsp; 学校地址：上海市车站南路28号<br>
&nbsp; &nbsp; &nbsp; 邮编：200434<br>
&nbsp; &nbsp; &nbsp; 交通：轨道交通3号线，公交97、133、874、51、101、875、751、217、537、552<br>
<p>
</p>

<p>&nbsp; &nbsp; &nbsp;<a href="08zhaosheng/biao1.doc" target="_blank"><strong>附表1: 2008复兴高中自主招生报名表.doc</strong></a></p>
              <p>&nbsp; &nbsp; &nbsp;<a href="08zhaosheng/biao2.doc" target="_blank"><strong>附表2: 2008年上海市学生艺术团优秀团员资格审查表.doc</strong></a></p>
<p>
</p>

&nbsp; &nbsp; &nbsp; 注：本方案解释权在上海市复兴高级中学自主招生领导小组。在招生工作中出现的问题，由学校负责向学生或家长（监护人）解释<br>
<p>
</p>
              <div align="right">上海市复兴高级中学 <br>
  2008年4月</div>            </tr>
      
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
