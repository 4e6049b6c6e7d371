<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">

<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<title>靜宜大學服務學習發展中心</title>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
<link href="style.css" rel="stylesheet" type="text/css" />
<link href="css/style.css" rel="stylesheet" type="text/css" />
<link href="css/produce.css" rel="stylesheet" type="text/css" />
<link rel="stylesheet" href="css/responsive.css">
	<link rel="stylesheet" href="css/responsiveslides.css" />
<link href="css/zerogrid.css" rel="stylesheet" type="text/css" />
<link href="images/favicon.ico" rel="Shortcut Icon" type="image/x-icon">
<script type="text/javascript" src="js/cufon-yui.js"></script>
<!--<script type="text/javascript" src="js/arial.js"></script>-->
<script type="text/javascript" src="js/cuf_run.js"></script>
<script src="http://cdn.staticfile.org/jquery/1.8.3/jquery.min.js"></script>
<script type="text/javascript" src="js/scroll.js"></script>
	<script src="js/responsiveslides.js"></script>
	<script src="lib/slick/slick.js"></script>
	<link rel="stylesheet" href="lib/slick/slick.css">
	<link rel="stylesheet" href="lib/slick/slick-theme.css">
<!-- CuFon ends -->
<!-- CuFon ends -->
</head>
<body>
<div class="main">
   <?php include_once("header.php");?>
  <div class="clr"></div>
  <div class="content">
    <div class="content_resize">
      <div class="mainbar">
        <div class="article" style="width:700px">
		<p style="font-size:20px"><strong>課程。課程各階段說明</strong></p><div class="clr"></div><p/>
 <hr>
 		<p style="font-size:18px"><strong>一、期初階段重要事項</strong></p><div class="clr"></div><p/>

          　<div class="text">
            <p>&nbsp;&nbsp; &nbsp;　（一）第一次上課，請至文興樓三樓服務學習發展中心領取服務學習學生手冊及服務學習證。
			
            </p>
			<p>（二）學生進入服務機構選擇系統前，請先參閱學生手冊及本校服務學習網站（或由本校首頁進入服務學習專區），請多加利用參考。</p>
			<p>（三）每位修習本課程學生應於服務學習機構選填系統開放期間，至本校服務學習網頁進入「大一服務學習機構選填系統」選擇機構，學生可依自身狀況選擇「各班指定機構區」及「自由選擇機構區」，選擇適合服務機構。</p>
			<p>（四）學生完成機構所提供之服務職前訓練後，必須填寫「服務學習」計劃書，經授課老師簽名確認後，務必於第一次服務時將個人計畫書交予機構督導。</p>
			<p>（五）學生於服務過程遇到困難，應主動和授課老師、機構督導（志工負責人）及課程助理討論，或向服務學習發展中心反應。</p>
			<br>
            <br>
          </div>
			<p style="font-size:18px"><strong>二、期中階段重要事項</strong></p><div class="clr"></div><p/>

          　<div class="text">
            <p>&nbsp;&nbsp; &nbsp;　（一）每週須記錄服務週誌，並繳交給授課教師，未繳交者依規定扣分。
			
            </p>
			<p>（二）學生須定時於課堂進行反思活動，透過服務學習經驗擴展自我視野。</p>
			<p>（三）學生確定服務組別後，若有特殊原因無法於該學期完成服務者，應先告知授課教師，並於校訂停修辦理時間，逕向綜合業務組辦理停修後再至服務學習發展中心告知。</p>
			<p>（四）基礎講座日期由服務學習發展中心另行安排與公告，請務必出席以免造成日後補課的麻煩。</p>
			<p>（五）為確保學生參與校內外活動之人身安全，除學生平安保險外，本校為參與服務學習課程之學生加保100萬意外險。</p>
			<p>（六）請學生們儘量以搭乘大眾交通運輸工具為主，並請學生往返機構時務必注意自身之安全。</p>
			<p>（七）每週三「哈拉時間」協助學生解決服務問題：為協助學生解決服務過程中的問題，瞭解學生服務時的狀況，固定於每週三中午 12:00，於服務學習發展中心討論室（文興樓3F）與同學對談，歡迎對服務過程中需要協助的同學前往諮詢、討論。</p>
			<br>
            <br>
          </div>
			<p style="font-size:18px"><strong>三、期末階段重要事項</strong></p><div class="clr"></div><p/>

          　<div class="text">
            <p>&nbsp;&nbsp; &nbsp;　（一）有關社區服務時數時數不足之同學，應於5月20日前，提前向授課教師及服務學習發展中心聯繫處理。</p>
			<p>&nbsp;&nbsp; &nbsp;　（二）各班進行成果發表會，分享服務成果及成長喜悅。</p>
			<p>&nbsp;&nbsp; &nbsp;　（三）記得繳交任課教師相關規定作業要求，期末報告可參考以下格式。</p>
			<p>&nbsp;&nbsp; &nbsp;　（四）機構督導給予成績，將記錄於「學生服務評核表」，並逕自送至本中心，不會透過學生轉交服務學習成績，除非特殊狀況，將由本中心親自聯繫。</p>
            </p>
          </div> 
			
        </div>
      </div>
      <div class="sidebar">
     
       <div class="gadget">
          <p style="font-size:28px;color:#6C6C6C">大一服學</p>
          <div class="clr"></div>
          <ul class="sb_menu" style="list-style:circle">
            <li style="font-size:16px"><a href="FSLS.php">緣起</a></li>
            <li style="font-size:16px"><a href="FSR.php">服學辦法</a></li>
			
            <li style="font-size:16px"><a href="FSS.php">特色</a></li>
            <li style="font-size:16px"><a href="FSTC.php">師資陣容</a></li>
            <li ><a href="#" style="font-size:16px">課程</a>
				<ul >
					<li><a href="FCCI.php">簡介</a></li>
					<li><a href="FSCU.php">行事曆</a></li>
					<li><a href="FCCA.php">社區服務申請流程</a></li>
					<li><a href="FCCS.php">特殊申請流程</a></li>
					<li><a href="FCCT.php">時數不足處理方法</a></li>
					<li><a href="FCCSG.php">課程各階段說明</a></li>
				</ul>
			</li>
            <li ><a href="#" style="font-size:16px">基礎訓練講座</a>
			<ul>
					<li><a href="FCCR.php">相關規定</a></li>
					<li><a href="FCCP.php">補課流程</a></li>
					<li><a href="FCCL.php">講座場次</a></li>
					
				</ul>
			</li>
			<li style="font-size:16px"><a href="http://www.service-learning.pu.edu.tw:8080/Volunteer/">大一服務學習機構選填系統</a></li>
			<li style="font-size:16px"><a href="FST.php">課程相關表格</a></li>
			<li style="font-size:16px"><a href="FSIM.php">課程補充資料</a></li>
			
          </ul>
        </div>
        
             </div>
      <div class="clr"></div>
    </div>
  </div>
   <?php include_once("footer.php");?>
</div>
</body>
</html>

