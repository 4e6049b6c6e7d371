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
						<!--<ul class="TabbedPanelsTabGroup">
							<li class="TabbedPanelsTab" tabindex="0">近期招募</li>	
						</ul>-->
						<div class="TabbedPanelsContentGroup">
							<div class="TabbedPanelsContent">
								<ul>
								<!--<h3 style="font-family: 微軟正黑體;" ><i class="fa fa-circle" style="font-size:12px;"></i> 最新消息</h3>-->
								<div id="welcome" class="post"> 
								<h3>招募活動</h3>
								</div>
								<h5 style="font-family: 微軟正黑體;" ><b>～讓心。飛「越」視界～東南亞國際志工「新」力軍強力招募！！</b></h5>
								<p style="margin-right:40px;">								
								我們知道絲路的盡頭，歐洲國家的國債問題；
								<br>我們知道大洋的彼端，比佛利山莊內名人的生活細節；
								<br>我們甚至知道火星上面發現了水資源，開啟了各種天馬行空的想像。
								<br>
								<br>你知道，新加坡的選舉制度，有著什麼樣明顯的流弊嗎？
								<br>你知道柬埔寨脫離共產主義後，人民迎來的是什麼樣的生活嗎？
								<br>你知道那個每次只有遇到颱風才會出現在新聞上的鄰國－菲律賓，
								<br>仍然存在非法金礦場和嚴重的童工問題嗎？
								<br>
								<br>論地緣，它們是台灣在地球上的鄰居；
								<br>但我們對這些國度的了解，卻和他們對我們的影響不成比例。
								<br>雖然台灣與東南亞比鄰，
								<br>雖然台灣人和東南亞新住民朝夕相處，
								<br>不過並不表示我們很了解東南亞；
								<br>相反的，我們很不認識東南亞。
								<br>
								<br>【一】報名條件
								<br>
								<br>（一）具服務熱忱具有團隊精神之本校學生（研究生可）。
								<br>
								<br>（二）愛好東南亞文化與美食，準備好開放的心胸和大腦，面對「文化驚奇」。
								<br>
								<br>（三）持高度的學習意願、可以降低物質需求。
								<br>
								<br>（四）有「隨時解決問題」的心態。
								<br>
								<br>【二】活動內容
								<br>
								<br>（一）服務據點：Sa Dec City, Dong Thap, Vietnam。
								<br>
								<br>（二）服務時間：2019年暑假（約八月上旬）。
								<br>
								<br>（三）錄取名額：20名（額滿為止，僑生尤佳）。
								<br>
								<br>【三】注意事項
								<br>
								<br>錄取者需必須配合全程參與學校籌辦之訓練課程，始可參與暑期國際志工活動；並於行前和團員共同完成計畫的規劃和準備服務歸國後，協助引導下一屆國際志工團隊運作。
								<br>
								<br>一、行前準備：
								<br>
								<br>（一）寒假培訓（國內服務）
								<br>
								<br>（二）學期間每周的服務：
								<br>
								<br>1、服務機構：台灣新住民萌芽協會（中壢區自立五街5號1樓）。
								<br>2、服務內容：加強輔導新住民子女之語言及社會文化學習，提供課後學習輔導。
								<br>3、服務時段：採取排班制。每週至少安排一次服務。PM15:30～18:50（時段可選擇，不含例假日，但若有營隊活動則除外）。
								<br>
								<br>（三）暑期集訓（國外服務）
								<br>
								<br>【四】費用說明
								<br>
								<br>（一）補助國內志工服務期間所需的費用，如保險費、膳食費、交通費等。
								<br>
								<br>（二）國際志工服務依據「國立中央大學國際服務學習獎學金」獎勵，最高獎勵上限為25,000元，不足額部分需由參加學生自行負擔（自付額部分，需視經費補助狀況而調整）。
								<br>
								<br>（三）志工服務結束後之參訪行程費用由學生自行負擔。
								<br>
								<br>【五】志工福利：
								<br>
								<br>1、核發學生學習護照四大類時數認證：
								<br>
								<br>（1）自我學習滿 300 認證時數（基本+200 認證時數）可獲得金質獎。
								<br>（2）銀質進階認證為自我學習滿 200 認證時數（基本+100 認證時數）可獲得銀質獎。
								<br>（3）依志工服勤時數，即可兌換相關紀念品，服勤時數越多，可兌換的紀念品種類越多。
								<br>
								<br>2、參與活動之團員，表現優異者，給予嘉獎至記功及頒發獎狀以示獎勵。
								<br>
								<br>3、網絡建立與經驗交流：為聯繫志工感情，增進志工間的交流，每學年末舉辦志工聯誼餐敘，並於歲末年終舉辦感恩餐會，提供有願參與志工的學員可以認識學長姐及結交新的志工學員，讓經驗可以傳承、友誼得以維繫。
								<br>
								<br>4、可免費學習東南亞語言課程。
								<br>
								<br>5、學員參與國際志工團隊，可於服務完成後經評估，取得中、英文服務證書，並於頒獎典禮接受公開表揚。
								<br>
								<br>【六】10/23（二）10:30～12:00 於圖書館 B1藝文走廊辦理「～跨『越』疆界。打開『視』界～越南國際志工成果發表會」，全程參與活動，可獲得時數認證（開幕式：生活知能2H；靜態展：人文藝術1H）。
								<br>
								<br>【七】11/13（二）11:00～12:00 於綜教館 O314辦理「越南際志工團招募說明會」，可獲得生活知能1HR，請同學踴躍參加。
								<br>
								<br>【八】報名網址：<br><a href="https://drive.google.com/file/d/1HCMk8daVPTrRCLREezTEJgEKzAIoQ12B/view">https://drive.google.com/file/d/1HCMk8daVPTrRCLREezTEJgEKzAIoQ12B/view</a>
								<br>
								<br>【九】招募說明會簡報：<br><a href="https://drive.google.com/file/d/1Y4yfvOt_yojY5nHbD5cRa8qgC7rcBcjK/view?usp=sharing">https://drive.google.com/file/d/1Y4yfvOt_yojY5nHbD5cRa8qgC7rcBcjK/view?usp=sharing</a>
								<br>
								<br>名額有限，趕快把握機會，將您服務的熱情付諸行動吧！
								</p>
								</ul>
							</div>
						</div>				
					</div>
				</div>	
	
				<!--	
						<tr>
						<td align="left" style="margin: 10px; margin-left:3%;">
							<button style="margin: 10px; margin-left:3%;" type="button" class="btn btn-info" data-toggle="collapse" data-target="#demo4"><h3 style="font-family: 微軟正黑體;" >新聞報導</h3></button>
							<div id="demo4" class="collapse">
								<p style="margin: 10px; margin-left:6%;">
										<a href="http://ncusec.ncu.edu.tw/news/headlines_content.php?H_ID=518"><i class="fa fa-play-circle" style="font-size:24px"></i>2007 泰緬邊境海外服務　學子「五人行」整裝待發</a><br>
										<a href="http://ncusec.ncu.edu.tw/news/press_content.php?P_ID=7090"><i class="fa fa-play-circle" style="font-size:24px"></i>2008 中大志工隊　送愛到中印</a><br>
										<a href="http://ncusec.ncu.edu.tw/news/headlines_content.php?H_ID=1213"><i class="fa fa-play-circle" style="font-size:24px"></i>2012 返鄉、饋鄉－僑生返鄉服務計畫</a><br>
										<a href="http://ncusec.ncu.edu.tw/news/headlines_content.php?H_ID=1400"><i class="fa fa-play-circle" style="font-size:24px"></i>2013 中央聯蒙、古動你心－國際志工前進蒙古育幼院</a><br>
										<a href="http://ncusec.ncu.edu.tw/news/headlines_content.php?H_ID=1719"><i class="fa fa-play-circle" style="font-size:24px"></i>2015 日本「里山文化」服務學習　找回人與自然的和諧關係</a><br>
										<a href="http://www.ncu.edu.tw/campus/article/2007"><i class="fa fa-play-circle" style="font-size:24px"></i>2017 夢想「蘭」圖　國際志工前進斯里蘭卡</a><br>
										<a data-toggle="collapse" data-target="#demo5"><i class="fa fa-play-circle" style="font-size:24px"></i>2018讓心。飛「越」幸福</a></br>
										<div id="demo5" class="collapse">
										<p style="margin: 10px; margin-left:6%;">
										（一）<a href="https://www.ncu.edu.tw/campus/article/2165">中大新聞</a><br>
										（二）<a href="https://money.udn.com/money/story/6722/3319896">經濟日報</a><br>
										（三）<a href="https://www.ettoday.net/news/20180820/1239842.htm">ETtoday新聞雲</a><br>
										（四）<a href="http://www.cdns.com.tw/news.php?n_id=0&nc_id=247443">中華日報</a><br>
										（五）<a href="http://www.epochtimes.com/b5/18/8/20/n10652086.htm">台灣大紀元</a><br>
										（六）<a href="https://times.hinet.net/news/21920241">HiNet新聞</a><br>
										（七）<a href="https://news.sina.com.tw/article/20180821/27910222.html">新浪新聞</a>
										</p>
									</p>
							</div>
						</td>
						</tr>
					</table>
	
				</div>	

			</div>-->
		</div>
<!--		
		<script type="text/javascript">

var TabbedPanels1 = new Spry.Widget.TabbedPanels("TabbedPanels1");

</script>	
		<style type="text/css">
								.schedule{
									margin: 10px;									
									border: 4px solid black;
									text-align: center;
									border-collapse: collapse;
									width: 200px;
								}
								.schedule td, .schedule th {
									border: 1px solid black;									
									padding: 5px;
									word-wrap:break-word;
								}
								.schedule th {    
									word-break: keep-all;
								}
								.schedule .slash{
									height: 100%;
									width: 100%;
									border-top: solid gray 1px;
									transform: matrix(1, 0.4, 0, 1, 0, 0);
								}
								.schedule #work{
									position: absolute;
									top: 0px;
									left: 0px;
								}
								.schedule #job_time{
									position: absolute;
									bottom: 0px;
									right: 0px
								}
							</style>
		
	!-->	
		
		<? require_once("footer.php");?>

	</body>
</html>
