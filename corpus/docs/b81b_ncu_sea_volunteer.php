<?php
	session_start();
?>
<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
	<head>
		<meta http-equiv="content-type" content="text/html; charset=utf-8" />
		<title>國立中央大學服務學習網</title>
		<link href="css/default.css" rel="stylesheet" type="text/css" />
		<link href="css/menuTheme.css" rel="stylesheet" type="text/css" />
		<link href="SpryAssets/SpryTabbedPanels.css" rel="stylesheet" type="text/css" />	
		<script type="text/javascript" src="js/JSCookMenu.js"></script>
		<script type="text/javascript" src="js/effect.js"></script>
		<script type="text/javascript" src="js/theme.js"></script>
		<script src="SpryAssets/SpryTabbedPanels.js" type="text/javascript"></script>
		<link href="css/bg.css" rel="stylesheet" type="text/css" />
		<link rel="stylesheet" href="https://maxcdn.bootstrapcdn.com/bootstrap/3.3.7/css/bootstrap.min.css">
		<link rel="stylesheet" href="https://cdnjs.cloudflare.com/ajax/libs/font-awesome/4.7.0/css/font-awesome.min.css">
		<script src="https://ajax.googleapis.com/ajax/libs/jquery/3.1.1/jquery.min.js"></script>
		<script src="https://maxcdn.bootstrapcdn.com/bootstrap/3.3.7/js/bootstrap.min.js"></script>
		<link href="css/bg.css" rel="stylesheet" type="text/css" />
	</head>
	<body>
		<? require_once("logo.php");?>
		<? require_once("menu.php");?>

<!-- Content -->
		<div id="content">
			<? require_once("sidebar.php");?>

<!-- News -->
			<div id="main">
			
				<div class="post" style="font-family: 微軟正黑體;" >
					
					<div id="TabbedPanels1" class="TabbedPanels" style="margin-bottom: 10px;">
						<div class="TabbedPanelsContentGroup">
							<div class="TabbedPanelsContent">
								<ul>
								<h5 style="font-family: 微軟正黑體;" ><b>一、緣起：</b></h5>
								有鑒於桃園新住民人口數逐年增加，新住民家庭的子女有著迫切的課後輔導及
								<br>暑期生活照顧需求，尤其經濟弱勢或單親的雙重弱勢新住民家庭。為照顧在台
								<br>灣新住民及其二代子女，在生活中可能面臨許多適應問題；因此，規劃運用社
								<br>區在地關懷、在地照顧的志願服務人力資源，以小團輔、個別諮詢輔導及課業
								<br>輔導全人關懷陪伴方式，認輔適應或學習困難之新住民家庭學童，使其朝向健
								<br>全的學習與發展，發揮社區愛、厝邊情守望相助的精神。
                                <br>為此，於2017 年 10 月份開始，由學務處服務學習辦公室開始招募東南亞國際
								<br>志工團隊。
								<br>
								<br>本團隊以東南亞國家為服務據點，一方面給予僑生回到自己的家鄉服務回饋社
								<br>會的機會；另一方面，也為培養學生對東南亞人文風情的了解，並希望藉由規
								<br>劃國際種子志工團隊，為台灣的多元文化注入更豐富的元素，進而發展與國際
								<br>接軌的力量。
								<br>
								<br>同時也是屬於常態性、延續性的團隊，有別以往每學年三月份所招募的任務型
								<br>國際志工團隊，任務結束即告解散。
								<br>
								<h5 style="font-family: 微軟正黑體;" ><b>二、志工培訓：</b></h5>
								<p style="margin-right:40px;">								
								<div align="center">
									<img src="images/Group.png" style="width: 40%;">
								</div>
								<br>
								<br>需必須配合全程參與團隊所籌辦之訓練課程及服務活動，並經過考核審查後，
								<br>始可參與暑期國際志工活動。於志工徵選過後給與志工各項基礎及專業培訓，
								<br>除了基礎培訓之外，課程中亦穿插紀錄片拍攝教學、企劃書撰寫及簡報技巧教
								<br>學、東南亞語言課程等實用課程，並於營隊活動中設計團康活動，激發志工們
								<br>的潛能，培養團隊默契。
								<br>
								<br>
								<h5 style="font-family: 微軟正黑體;" ><b>三、行前準備：</b></h5>
								（一）寒假培訓。
								<br>（二）學期間每周的服務：
								<br>1、服務機構：台灣新住民萌芽協會（中壢區自立五街5號1樓）。
								<br>2、服務內容：加強輔導新住民子女之語言及社會文化學習，提供課後學習輔導。
								<br>3、服務時段：每週至少安排一次服務。PM18:00～18:50（不含例假日，但若有
								<br>營隊活動則除外）。
								<br>（三）教育訓練（東南亞語文課程學習）。
								<br>（四）暑期集訓。
								<br>（五）其他訓練：如讀書會、工作坊、經驗分享講座、專業技能課程、活動企劃
								<br>課程、自我成長課程等。
								<br>
								<br>
								<h5 style="font-family: 微軟正黑體;" ><b>四、團隊願景：</b></h5>
								（一）Solve（問題解決）：系統化收集相關資訊，有效解決個人、團隊及受服務對象
								<br>的問題，並累積處理問題的經驗。
								<br>（二）Originality（思維創新）：調整思維和做法，提出嶄新的觀點或見解，並勇
								<br>於嘗試與執行。
								<br>（三）Feedback（關懷回饋）：關心周遭人事物，服務人群，回饋社會，傳承服務精神。
								<br>（四）Teamwork（團隊合作）：建立具凝聚力的夥伴關係，結合同儕力量共同完成任務。
								<br>（五）Reflection & Explore（反思探索）：反思服務體驗，探索自我優缺點，檢討與改
								<br>進並體認終身學習的重要性。
								<br>
								<br>
								<h5 style="font-family: 微軟正黑體;" ><b>五、團隊Logo設計說明：</b></h5>
								<div align="center">
									<img src="images/LogoInfo.png" style="width: 40%;">
								</div>
								<br>海浪符文｜
								<br>主視覺規劃採用傳統符文中的海浪形象，一方面呼應東南亞志工團英文縮寫
								<br>（SEA）的文字聯想意象，另一方面也表現出本志工團的目標：意圖跨越臺灣
								<br>的國界，越過海洋，與世界建立交流。
								<br>
								<br>漣漪意象、同心圓｜
								<br>就如同志工服務一般，期許本團能夠發揮漣漪的效應，將志工服務的精神，
								<br>不斷地向外擴散出去。交疊的同心圓，也代表著希望透過志工活動的交流，
								<br>能讓不同國家、族群之間的人， 乃至於志工團內的成員彼此，能夠以同理為
								<br>基礎，相互交流進而有更深層的了解與認識。
								<br>
								<br>旭日東昇｜
								<br>顏色的設計規劃中，最上方以如同日出的黃?般，代表著新生的活力與志工的熱
								<br>情，如同旭日東昇，將不斷的成長與茁壯。

								</p>
								</ul>
							</div>
						</div>				
					</div>
				</div>	
		</div>

		
		<? require_once("footer.php");?>

	</body>
</html>
