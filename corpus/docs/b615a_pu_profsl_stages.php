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
</head>
<body>
<div class="main">
  <?php include_once("header.php");?>
  <div class="clr"></div>
  <div class="content">
    <div class="content_resize">
      <div class="mainbar">
        <div class="article">
          <p style="font-size:20px"><strong>運作流程</strong></p><div class="clr"></div><p/>
		  <hr>
          <td width="730" valign="top" class="text_area">
		  <p  style="font-size: 24px;text-align:center">專業服務學習課程/制度 各階段任務</p>
          <p ><img src="images/graph_03-04.gif" width="650" height="277"></p>
          <p>一、期初階段：</p>
          <ol>
            <li>1. 公告訊息：公告訊息與計畫書，並附計畫書範本及TA基本資料。</li>
            <li>	2. 舉辦說明會：有意申請之教師或代表出席。參加對象主要以第一次申請之老師、不清楚申請流程及相關要求者，會中將解說計畫書撰寫重點、申請計畫之相關注意事項。老師並可提出疑問、討論進行方式，或探索未來可能的模式與方向。</li>
            <li>	3. 申請對象：本校各系所專任教師，有意將「服務學習精神」納入現行專業課程者，歡迎各系所教師提出申請。在此，專業課程亦包含通識課程。其實，在此僅排除大一服務學習課程，其他現行之正式課程，皆歡迎教師投入與參與。</li>
            <li>	4. 申請方式：由各系所有意申請之授課教師，於申請期限內提繳「專業服務學習課程」計畫書，包含「課程綱要」、「服務學習內涵與步驟」，並由服務學習發展中心組成審核小組，針對申請計畫進行審核。</li>
            <li>	5. 截止送件與審核計畫：由數位具相關經驗的本校專任教師組成審核小組，進行討論與審核。只要經費許可，並且站在鼓勵教師出來嘗試新的教學方法，只要符合服務學習精神，多予以支持。若是有部分疑慮，評審小組也會提出建議，要求修訂課程計畫。</li>
            <li>	6. 進行教師期初座談會：待公告通過課程名單後，隨即舉行期初座談會，報告相關注意事項。審核通過之課程教師必須參加期初舉辦之專業服務學習授課座談會。</li>
            </ol>
          <p>二、期中階段： </p>
          <ol>
            <li>1. TA每月定期座談會：TA除了期初之外，每個月都必須定期進行座談會，除了交代相關行政業務，也代為分享每個課程目前進行的狀況，讓服務學習發展中心能夠了解與掌握狀況。</li>
            <li>	2. 專業課程及服務方案執行：各系所或單位依據所規劃之計畫書，執行專業課程及服務方案。</li>
            </ol>
          <p>三、期末階段： </p>
          <ol>
            <li>	1. 教師期末座談會：學期末，所有授課教師出席座談會，分享經驗，並提出意見與建議。</li>
            <li>	2. 各班成果發表會：授課教師視各班課程狀況，舉辦成果發表。若是舉辦，也多會邀請合作機構督導參與，由於全班服務同一機構，督導多會出席，一方面觀賞學生的服務成果；一方面給予學生正面回饋。</li>
            <li>	3. 期末聯合成果發表會：近兩年，校內逐漸出現想要了解專業服務學習課程在做些什麼的聲音，服務學習發展中心也開始籌辦聯合發表會。每學期20幾門課都要上台分享，時間實在不夠。因此，每學期徵詢授課教師意願，安排具特色課程進行分享。成果發表會將呈現各式課程之服務結果，並且讓師生充分瞭解其他專業服務學習團隊，頗具引導效果與啟發作用。服務學習發展中心並廣邀台中海線(在地)的社會福利組織單位共襄盛舉，讓全校及機構了解靜宜專業服務學習課程涵蓋的深度與廣度，創造學校教師與機構督導的對話平台，探索未來合作之可能性。</li>
            <li>	4. 各課程之書面成果報告：每個專業服務學習課程必須繳交期末成果報告，內含簽署之合作意向書、服務計畫書、課程綱要、課程相關講義資料、學生服務成果與照片、與合作機構或受服務對象的期末意見。 </li>
          </ol></td>
        </div>
      </div>
      <div class="sidebar">
     
        <div class="gadget">
         <p style="font-size:28px;color:#6C6C6C">專業服學</p>
          <div class="clr"></div>
          <ul class="sb_menu" style="list-style:circle">
            <li><a href="PSLS.php">課程簡介</a></li>
            <li><a href="PSR.php">實施辦法</a></li>
            <li><a href="PSF.php">申請作業</a></li>
            <li><a href="PSLST.php">運作流程</a></li>
            <li><a href="PST.php">課程申請/評估表格</a></li>
            
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

