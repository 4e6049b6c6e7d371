<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>聖公會基愛小學 S.K.H. Kei Oi Primary School</title>
<link href="css/all.css" rel="stylesheet" type="text/css" />
<link href="css/global.css" rel="stylesheet" type="text/css" />
</head>

<body><?php include('top_growup.php'); ?>


<!-- container -->
<div id="container">


      <!-- lnb -->
      <div id="lnb">
            <h2 class="lnbTitle"><img src="images/images/lnb3.png" /></h2>
			<?php include('GrowUp_Left.php'); ?>
		 </div>
      <!-- //lnb -->
	  
	  
	  
	  <!-- contents -->
      <div id="contents">
	  
	  
	     <!-- locationGroup -->
	      <div id="locationGroup">
             <img src="images/title_studentSupport.jpg" />
            <ul class="location">
                <li>首頁 &gt;</li>
						<li>							
							學生成長
 &gt; 						</li>
						<li>學生支援</li>
            </ul>
        </div>
	  <!-- //locationGroup -->
	  
	  <div id="contents_In">
            <div class="Target line">
          <dl class="clearfix">
            <dt><strong class="f16">非以役人，乃役於人</strong></dt>
            <dd class="txt">學校及早識別學生的需要，並為他們提供適切的支援及輔導服務，以建立關愛共融的校園。</dd>
          </dl>
        </div> 
           <div class="Target line">
			<dl class="clearfix">
            	<dt><strong class="size fB">(一) 學習上的支援</strong></dt>
            </dl>
           </div>
            <div class="zxkjjy line">
              <dl class="clearfix">
                <dt class="fK fB f16">加強輔導班</dt>
                <dd class="pic"><img src="images/b_60.jpg" /></dd>
                <dd class="txt">為了加強照顧在學習上有需要的學生，以抽離上課的小組形式為他們提供更有效的學習支援。</dd>
              </dl>
              <dl class="clearfix">
                <dt class="fK fB f16">課後輔導課</dt>
                <dd class="pic"><img src="images/b_56.jpg" /></dd>
                <dd class="txt">由老師挑選基礎較弱的學生進行中文、英文或數學科的輔導，以協助學生達致應有的水平。</dd>
              </dl>
              <dl class="clearfix">
                <dt class="fK fB f16">功輔班(區本課後學習支援計劃)、關愛基金課餘託管班、苗圃留校輔導班</dt>
                <dd class="pic"><img src="images/b_57.jpg" /></dd>
                <dd class="txt">由校外機構聘請導師，以小組形式免費為有需要的家庭於課後指導學生完成家課。</dd>
              </dl>
              <dl class="clearfix">
                <dt class="fK fB f16">領羊計劃</dt>
                <dd class="pic"><img src="images/b_58.jpg" /></dd>
                <dd class="txt">由老師擔任學生的牧羊人，陪伴學生成長，協助學生解決學習、行為及情緒等方面的問題，讓他們的身心能健康發展。</dd>
              </dl>
              <dl class="clearfix">
                <dt class="fK fB f16">興趣小組(校本課後學習支援計劃)</dt>
                <dd class="pic"><img src="images/b_59.jpg" /></dd>
                <dd class="txt">為有需要的家庭提供免費興趣班，如藝術體操班、醒獅班、花式跳繩班、非洲鼓班、詠春班及中國舞班等，以擴闊學生課堂以外的學習經驗，並發展他們的潛能。</dd>
              </dl>
              <dl class="clearfix">
                <dt class="fK fB f16">小老師培訓計劃</dt>
                <dd class="pic"></dd>
                <dd class="txt">由校外機構提供免費輔導，以指導學生完成家課，並提供多元化的學習體驗，以培育學生的領導才能。</dd>
              </dl>
       		</div>
            <div class="Target line">
          		<dl class="clearfix">
                    <dt><strong class="size fB">(二) 校本言語治療服務計劃</strong></dt>
                    <dd class="txt">由駐校言語治療師為學生提供評估及治療服務，以幫助學生克服有關聲線、發音、表達及說話流暢等言語問題。</dd>
                    <dd class="txt">定期為家長舉辦講座，讓家長增加對言語治療的認識，並學習提升學生言語能力的技巧。</dd>
                  </dl>
              </div>
            <div class="Target line">
          		<dl class="clearfix">
                    <dt><strong class="size fB">(三) 校本教育心理服務</strong></dt>
                    <dd class="txt">由駐校教育心理學家為有需要的學生進行評估，以識別學生的學習問題，並向學校及家長作出支援學生的建議，亦為有需要的學生提供轉介服務及針對性的支援。</dd>
                    <dd class="txt">以講座及工作坊等形式，協助家長認識提升學生學習效能的方法及情緒管理等技巧。</dd>
                  </dl>
              </div>
              <div class="Target line">
          		<dl class="clearfix">
                    <dt><strong class="size fB">(四) 小組培訓</strong></dt>
                    <dd class="txt">學校根據學生的需要，設立伴讀小組、專注力小組、社交小組及讀寫小組，針對性地改善學生在學習及社交等方面的問題。</dd>
                  </dl>
              </div>
	    </div>
      </div>
      <!-- //contents -->
	  
	  
	  
</div>
<!-- //container --><?php include('foot.php'); ?>
</body>
</html>
