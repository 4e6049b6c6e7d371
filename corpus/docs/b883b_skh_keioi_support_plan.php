<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>聖公會基愛小學 S.K.H. Kei Oi Primary School</title>
<link href="css/all.css" rel="stylesheet" type="text/css" />
<link href="css/global.css" rel="stylesheet" type="text/css" />
</head>

<body>
<?php include('top_learn.php'); ?>

<!-- container -->
<div id="container" class="clearfix"> 
  
  <!-- lnb -->
  <div id="lnb">
    <h2 class="lnbTitle"><img src="images/images/lnb2.png" alt="정시모집" /></h2>
    <div id="snb">
      <?php include('LearnTeach_Left.php'); ?>
    </div>
  </div>
  <!-- //lnb --> 
  
  <!-- contents -->
  <div id="contents" class="clearfix"> 
    
    <!-- locationGroup -->
    <div id="locationGroup"> <img src="images/jyx_title1.jpg" />
      <ul class="location">
        <li>首頁 &gt;</li>
        <li> 學與教
          &gt; </li>
        <li>課程 &gt;</li>
        <li>校本專業支援計劃</li>
      </ul>
    </div>
    
    <!-- //locationGroup -->
    
    <div id="contents_In">
          <div class="Target line">
             <dl class="clearfix">
                <dt><strong class="f16 fb">校本專業支援計劃</strong></dt>
                <dd class="txt">1. 數學科參與教育局小學校本課程發展組的夥伴計劃，友校的同工定期到校與教師共同發展縱向校本課程，並透過共同備課、觀課及分享會等進行協作交流。</dd>
                <dd class="txt">2. 常識科參與資優教育組資優教師網絡(常識科)，透過定期與友校進行共同備課及觀課，以助發展校本高階思維課程(高階思維十三招)，促進教師專業發展，以提升學與教的效能。</dd>
              </dl>
          </div>
    </div>
  </div>
  <!-- //contents -->
  <div class="clearfix"></div>
</div>
<!-- //container -->
<?php include('foot.php'); ?>
</body>
</html>
