<?php
define('IN_SK',true);
require_once('./includes/init.php');
?>
<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01//EN" "http://www.w3.org/TR/html4/strict.dtd">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>家百浓-义工章程</title>

<meta name="keywords" content="孩子"/> 
<meta name="description" content="孩子的健康和未来,义工章程"/>

<link type="text/css" rel="stylesheet" href="css/base.css" />
<link type="text/css" rel="stylesheet" href="css/style.css" />
<link type="text/css" rel="stylesheet" href="css/jScrollPane.css" />
</head>
<body class="bg2">
<?php
	$navNum = 7;
	include "head.php"; 
?>
<div class="w bgfff pt40 ol pb30">
<div class="w960 mau font-green cb f16 tc">[义工申请介绍]</div>
<div class="w960 mau cb ol pb15">
<div class="f14 pt10"><p class="" style=" text-indent:2em; width:918px;">欢迎你的爱心加入，成为家百浓的义工。由于牵涉孩子的健康安全，请你仔细读以下义工工作的职责要求，并在网上填表申请。
我们收到后就即刻与你联系。</p></div>
<div class="fl w460">
<!--<span class="f14 font-green">欢迎你！感谢你阅读本章程！</span>-->
<ul class="freebox cb pt20 freestep f14">
<li>

<dl>
  <dt>A．保育义工：</dt>
  <dd>1．配合保育员，帮助以上各项婴儿生活护理。</dd>
  <dd>2．掌握给婴儿喂食、喂水，以及换尿布的要领。</dd>
  <dd>3．注意自身的健康，清洁卫生。</dd>
  <dd>4．有感冒或身体等须在家休息。</dd>
</dl>

</li>
<li>

<dl>
  <dt>B．教育义工：</dt>
  <dd>1．按照本院婴儿教养守则和核准材料，为婴儿读故事，玩游戏，<br />&nbsp;&nbsp;&nbsp;唱歌，看电视等。</dd>
  <dd>2．根据每个婴儿的情况，配合保育员为婴儿做康复锻炼运动。</dd>
</dl>
</li>


</ul>
</div> 
<div class="fl w460 pl10">
  <ul class="freebox cb pt20 freestep f14">
        <li>
            <dl>
              <dt>C．医疗义工：</dt>
              <dd>1.每周一次健康体检，做好记录。</dd>
              <dd>2.负责联系婴儿的每次健康接种。</dd>
              <dd>3.对个别孩子的身体情况，提供治疗和复健指导。</dd>
            </dl>
      </li>
      <li>
        <dl>
        <dt>D．儿童营养指导义工：</dt>
        <dd>1.为个别孩子的健康成长，定期规划所需摄取食物营养。</dd>
        </dl>
      </li>
      <li>
       <dl>
        <dt>E．各样后勤义工：</dt>
        <dd>1.按需要，提供饭食，交通，打扫，修理等院内各项定期和不定期<br />&nbsp;&nbsp;工作。</dd>
        </dl>
      </li>
    
  </ul>
</div> 

 </div>
 
 
 
 <div class="w960 mau tc"><a href="free_apply.php"><img src="image/applyin.jpg" width="120" border="0" /></a></div>
 
</div>



<div class="w ol pb50 pt10 tags-bottom">
<div class="cb mau w960">
    	<a href="#" class="png fr"><img src="image/social_media_sina.png" class="png"/></a>
</div>
</div>

<!-- footer -->
<?php
	include "foot.php"; 
?>
<!-- footer -->
</body>
</html>
<script language="javascript" src="script/jquery-1.5.1.min.js" type="text/javascript"></script>
<script language="javascript" src="script/common.js" type="text/javascript"></script>
<script language="javascript" src="script/action.js" type="text/javascript"></script>
<script language="javascript" src="script/jScrollPane.js" type="text/javascript"></script>
<script language="javascript" src="script/jquery.mousewheel.js" type="text/javascript"></script>
<script language="javascript">
$(function(){
	$(".right_jpannel").jScrollPane({dragMaxHeight:13,scrollbarWidth:15});	
});
</script>
