






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
  	总访问人数：<span>1092038</span>
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
	  	<div id="content_header">2010年上海市复兴高级中学“提前录取”招生方案</div>
        <br />
        <table width="500" border="1" align="center" cellpadding="0" cellspacing="0">
          <tr>
           
              <p>&nbsp;&nbsp;&nbsp;&nbsp;<strong>一、推荐生招生办法与录取程序 </strong>：<br>  </p>
             
              <p>&nbsp;&nbsp;&nbsp;&nbsp;<strong>1、招生要求： </strong><strong></strong></p>
              <p>&nbsp;&nbsp;&nbsp;&nbsp;综合素质评价各项指标达到优良，并且优先考虑符合下列条件之一的“推荐生”： </p>
              <p>&nbsp;&nbsp;&nbsp;&nbsp; ⑴初中阶段获市、区（县）三好学生、优秀学生干部或优秀共青团干部（员）称号。 </p>
              
              <p>&nbsp;&nbsp;&nbsp;&nbsp;⑵初中阶段全面发展，学业成绩优秀。</p>
              <p>&nbsp;&nbsp;&nbsp;&nbsp;⑶初中阶段某些学科成绩特别突出，在市、区（县）级竞赛中获奖。 </p>
 <p>&nbsp;&nbsp;&nbsp;&nbsp;⑷具有创新能力和实践能力，并在某一方面有突出成绩。 </p>
<p> &nbsp;&nbsp;&nbsp;&nbsp;⑸艺术(舞蹈)或体育(排球)方面有特长。（需提供相关获奖证书或证明）</p>

              <p>&nbsp;&nbsp;&nbsp;&nbsp;<strong>2．招生办法及录取程序 </strong></p>
              <p>&nbsp;&nbsp;&nbsp;&nbsp;⑴5月13日至15日登录“上海招考热线”网上填报志愿。</p>
              <p>&nbsp;&nbsp;&nbsp;&nbsp;
⑵当第一志愿报考复兴高级中学的人数少于计划数时，经面试后原则上如数预录取。</p>
              <p>&nbsp;&nbsp;&nbsp;&nbsp;如在面试过程中发现确有不符合推荐程序的学生，则学校上报市教育考试院中招办，及时予以处理。</p>
              <p>&nbsp;&nbsp;&nbsp;&nbsp;⑶当第一志愿报考复兴高级中学的人数超过计划数时，则经面试后择优预录取。</p>
              <p>&nbsp;&nbsp;&nbsp;&nbsp;⑷学校将采取综合评价、集体讨论的方式研究确定预录取名单并上报市教育考试院中招办。</p>
<p>&nbsp;&nbsp;&nbsp;&nbsp;⑸被确定预录取的推荐生需参加初中毕业统一学业考试，其考试成绩达到市统一划定的高中“提前录取”最低控制分数线，即被正式录取。</p>

<p> &nbsp;&nbsp;&nbsp;&nbsp;</p>

<p>&nbsp;&nbsp;&nbsp;&nbsp;<strong>二、自荐生招生办法及录取程序</strong>：<br>  </p>
             
              <p>&nbsp;&nbsp;&nbsp;&nbsp;<strong>1、招生范围 </strong><strong></strong></p>
              <p>&nbsp;&nbsp;&nbsp;&nbsp;全市范围内符合自荐条件的应届初中毕业生。 </p>

  <p>&nbsp;&nbsp;&nbsp;&nbsp;<strong>2、招生要求 </strong><strong></strong></p>
              <p>&nbsp;&nbsp;&nbsp;&nbsp;品学兼优、综合素质好、个性特长明显，并且优先考虑符合下列条件之一的“自荐生”： </p>
              <p>&nbsp;&nbsp;&nbsp;&nbsp; ⑴初中阶段获市、区（县）三好学生、优秀学生干部或优秀共青团干部（员）称号。 </p>
              
              <p>&nbsp;&nbsp;&nbsp;&nbsp;⑵初中阶段全面发展，学业成绩优秀。</p>
              <p>&nbsp;&nbsp;&nbsp;&nbsp;⑶具有较强的社会活动能力，担任区（县）级以上中学生社团的主要负责人。</p>
 <p>&nbsp;&nbsp;&nbsp;&nbsp;⑷具有较强的学科探究能力，在市教委批准的市级以上各类学科竞赛中获奖。</p>
<p> &nbsp;&nbsp;&nbsp;&nbsp;⑸具有较强的创新意识和创新能力，在市教委批准的市级以上科技或人文类竞赛中获奖。</p>
<p> &nbsp;&nbsp;&nbsp;&nbsp;⑹成绩优秀，有一定体育特长（排球，需提供相关证明）或艺术特长（声乐、舞蹈，需上海市学生艺术团重点团队成员）。
</p>

              <p>&nbsp;&nbsp;&nbsp;&nbsp;<strong>3、招生办法及录取程序 </strong></p>
              <p>&nbsp;&nbsp;&nbsp;&nbsp;
⑴5月13日至15日登录“上海招考热线”网上填报志愿。</p>
              <p>&nbsp;&nbsp;&nbsp;&nbsp;
⑵凡填报我校的自荐生必须于5月20日前（以邮戳日期为准）将相关申请材料用挂号信（请在邮件封面注明“自荐生报名材料”）邮寄至我校。
</p>
              <p>&nbsp;&nbsp;&nbsp;&nbsp;⑶学校根据考生填报的志愿和提供的相关材料，于5月21日17：00前在复兴高级中学网站上公布确定的面试对象名单。</p>
              <p>&nbsp;&nbsp;&nbsp;&nbsp;⑷学校将采取综合评价、集体讨论的方式研究确定预录取名单并报区教育局审定后与自荐预录取生及其家长签约。</p>
              <p>&nbsp;&nbsp;&nbsp;&nbsp;⑸学校向市教育考试院中招办上报预录取生名单。</p>
<p>&nbsp;&nbsp;&nbsp;&nbsp;⑹被确定预录取的自荐生需参加初中毕业统一学业考试，其考试成绩达到市统一划定的高中“提前录取”最低控制分数线，即被正式录取。</p>
<p> &nbsp;&nbsp;&nbsp;&nbsp;</p>

               <p>&nbsp;&nbsp;&nbsp;&nbsp;<strong>4、需要提供的材料等 </strong></p>
<p>&nbsp;&nbsp;&nbsp;&nbsp;递交的材料须遵照以下顺序按Ａ４标准装订成册，其中包括以下内容： </p>
              <p>&nbsp;&nbsp;&nbsp;&nbsp;①《2010年上海市应届初中毕业生“提前录取”自荐表》复印件。
</p>
              <p>&nbsp;&nbsp;&nbsp;&nbsp;②《2010年上海市复兴高级中学招生情况表》（可从复兴高级中学网站下载）。</p>
              <p>&nbsp;&nbsp;&nbsp;&nbsp;③初中阶段各类获奖证书的复印件。</p>

              <p>&nbsp;&nbsp;&nbsp;&nbsp;④能反映个性特长的材料的复印件。 </p>

              <p>&nbsp;&nbsp;&nbsp;&nbsp;⑤若是艺术特长生，需提供上海市学生艺术团的证明材料（表格可从复兴高级中学网站下载）。</p>

             <p> &nbsp;&nbsp;&nbsp;&nbsp;</p>
              <p>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;学校地址：上海市车站南路 28 号 </p>
              <p>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;邮编： 200434 </p>
 <p>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;收件人：教导处  储老师 </p>
<p> &nbsp;&nbsp;&nbsp;&nbsp;</p>
<p>&nbsp;&nbsp;&nbsp;&nbsp;<strong>三、面试时间及要求 </strong></p>
<p>&nbsp;&nbsp;&nbsp;&nbsp;1、面试时间： </p>
<p>&nbsp;&nbsp;&nbsp;&nbsp;⑴推荐生面试时间为5月22日（周六）上午8：00——12：00。</p>

              <p>&nbsp;&nbsp;&nbsp;&nbsp;⑵自荐生面试时间为5月22日（周六）下午1：30——5：30。</p>              <p>&nbsp;&nbsp;&nbsp;&nbsp;2、面试地点：复兴高级中学（车站南路28号）。</p>
              <p>&nbsp;&nbsp;&nbsp;&nbsp;3、面试要求： </p>

              <p>&nbsp;&nbsp;&nbsp;&nbsp;须随身携带学生证、学生成长手册、各类证书的原件以及书写工具，参加综合素质面试。</p>

 <p> &nbsp;&nbsp;&nbsp;&nbsp;</p>
              <p>&nbsp;&nbsp;&nbsp;&nbsp;<strong>四、招生咨询与信息服务</strong> </p>
<p>&nbsp;&nbsp;&nbsp;&nbsp;2009年上海市复兴高级中学“提前推荐自主录取”招生方案 </p>
<p>&nbsp;&nbsp;&nbsp;&nbsp;1、集中咨询 </p>
 <p>&nbsp;&nbsp;&nbsp;&nbsp;时间：5月9日（周日） 13：30—16：00</p>
 <p>&nbsp;&nbsp;&nbsp;&nbsp;地点：复兴高级中学（车站南路28号）</p>
<p>&nbsp;&nbsp;&nbsp;&nbsp;2、咨询电话：65426658。</p>

              <p>&nbsp;&nbsp;&nbsp;&nbsp;3、学校网址：www.fuxing.sh.cn</p>         
 <p>&nbsp;&nbsp;&nbsp;&nbsp;4、学校地址：车站南路28号（新市南路口），轨道交通3号线，公交97、133、874、51、101、875、751、217、537、552路等均可到达。</p>
 <p> &nbsp;&nbsp;&nbsp;&nbsp;</p>

   <p>&nbsp;&nbsp;&nbsp;&nbsp;<strong>五、监督机制</strong><p>
&nbsp;&nbsp;&nbsp;&nbsp;1、学校招生工作领导小组将严格遵循选拔程序，加强过程管理，接受社会监督和投诉。
</p>

              <p>&nbsp;&nbsp;&nbsp;&nbsp;2、考生及家长（监护人）应本着“诚信”原则如实申报相关材料，对于弄虚作假者，学校将取消该考生的录取资格。</p>         
 <p>&nbsp;&nbsp;&nbsp;&nbsp;3、学校将及时在复兴高级中学网站上公布相关招生信息，请各位考生及家长及时关注。</p>


 <p> &nbsp;&nbsp;&nbsp;&nbsp;</p>
             
       <tr>

            <td height="125">
  <br /> 
<div align="left"><strong>&nbsp;&nbsp;&nbsp;&nbsp;学校“提前推荐自主录取”招生计划、招生方案及主要日程公示如下：</strong></div> 
  <br /> 
<div align="center"><strong>
<a href="2010zs/tj.htm"  target="_blank">1、“推荐生”招生计划</a></strong> </div>   

  <br /> 
   <div align="center"><strong>
<a href="2010zs/zj.htm"  target="_blank">2、“自荐生”招生计划</a></strong> </div>   
  <br /> 
<div align="center"><strong>
<a href="2010zs/rc.htm"  target="_blank">3、招生主要日程</a></strong> </div>   
  <br /> 
<div align="center"><strong>
<a href="2010zs/zjb.doc"  target="_blank"> 4、自荐表</a></strong> </div>   
  <br /> 
<div align="center"><strong><a href="2010zs/tjb.doc"  target="_blank">5、推荐表</a></strong> </div>       
 <br /> 
<div align="center"><strong><a href="2010zs/2010qkb.doc"  target="_blank">6、2010年上海市复兴高级中学招生情况表</a></strong> </div>       

             
           <br />   
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
