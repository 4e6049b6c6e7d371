<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>聖公會基愛小學 S.K.H. Kei Oi Primary School</title>
<link href="css/all.css" rel="stylesheet" type="text/css" />
</head>

<body><?php include('top_about.php'); ?>


<!-- container -->
<div id="container">


      <!-- lnb -->
     <div id="lnb">
            <h2 class="lnbTitle"><img src="images/images/lnb1.png" alt="정시모집" /></h2>
			<div id="snb"><?php include('About_Left.php'); ?></div>
      </div>
      <!-- //lnb -->
	  
	  
	  
	  <!-- contents -->
      <div id="contents">
	  
	  
	     <!-- locationGroup -->
	      <div id="locationGroup">
            <img src="images/default.jpg" width="361" height="110" />

            <ul class="location">
                <li>首頁 &gt;</li>
						<li>							
							學校簡介
 &gt; 						</li>
						<li>學校事務 &gt;</li> <li>午膳安排</li>
            </ul>
        </div>
	  <!-- //locationGroup -->
	  
	  <div id="contents_In">
      <div style="width:19%;float:left; text-align:center;">
          <img class="imgborder" width="150" height="225" src="images/_DSC8224.JPG">
      </div>
	    

        <table width="77%" style="float:right;" border="0" cellspacing="0" cellpadding="0">
          <tr>
            <td width="4%" align="right" valign="top" bgcolor="#FEFEF2" class="content_top"><table width="100%" height="15" border="0" cellpadding="0" cellspacing="0">
                    <tr>
                      <td></td>
                    </tr>
                  </table>
                    <img src="images/arrow_02.jpg" width="13" height="13" /></td>
            <td class="section" width="96%" height="40" bgcolor="#FEFEF2">
                <strong class="table_title">&nbsp;&nbsp;&nbsp;本校學生午膳時間為下午十二時三十分至一時正。有關膳食方式及安排如下︰</strong>
            </td>
          </tr>
        </table>
            
        <table width="77%" style="float:right;text-align:justify;" border="0" cellpadding="0" cellspacing="0" class="distance">
            <tr>
              <td height="40" colspan="2" valign="top" class="table_title" style="padding-left:6%;"> (1) 學生可自行帶備午膳。</td>
            </tr>
            <tr>
              <td height="40" colspan="2" valign="top" class="table_title" style="padding-left:6%;"> (2) 家長送飯到校安排︰</td>
            </tr>       
            <tr>
              <td width="11%"><img src="images/arrow.png" width="4" height="7" style="margin-left:89%;margin-bottom:28px;"  /></td>
              <td width="89%" height="28" class="section">家長送餐時間為中午十一時四十五分至十二時十五分，請把已扣上本校午膳名牌的飯盒放到三樓禮堂預設的各班午膳膠箱中。 </td> 
            </tr>
            <tr>
              <td width="11%"><img src="images/arrow.png" width="4" height="7" style="margin-left:89%;margin-bottom:28px;"  /></td>
              <td width="89%" height="28" class="section">為安全起見，請家長使用塑膠或不銹鋼內膽之飯壺盛載午飯，切勿使用玻璃內膽之飯壺。 </td> 
            </tr>
            <tr>
              <td width="11%"><img src="images/arrow.png" width="4" height="7" style="margin-left:89%;"  /></td>
              <td width="89%" height="28" class="section">為確保飯箱清潔，保障同學膳食衞生，切勿使用紙杯裝飲品，以免因翻瀉而造成污染。 </td> 
            </tr>
            <tr>
              <td height="15" colspan="2" valign="top" class="table_title"> </td>
            </tr>
            <tr>
              <td height="40" colspan="2" valign="top" class="table_title" style="padding-left:6%;"> (3) 訂購午餐：</td>
            </tr>
            <tr>
              <td style="padding-left:10%" height="40" colspan="2" valign="top" class="table_title">本校午膳供應商於每月中旬發出餐單，家長可選擇以①支票②7-ELEVEN付款，<u>家長必須於指定日期前交回訂購表格及支票╱7-ELEVEN機印收據予班主任。如有機印收據，家長必須在收據背面寫上學生姓名、班別及學號，才能作實。</u>逾期者，恕不受理。
  若學生中途退出，已繳交的款項將不獲發還，惟以下情況例外︰</td>
            </tr>
            <tr>
              <td width="11%"><img src="images/arrow.png" width="4" height="7" style="margin-left:89%;margin-bottom:28px;"  /></td>
              <td width="89%" height="28" class="section">如遇惡劣天氣或特殊情況，教育局或學校於早上宣佈該日停課，則當日已繳之餐費，將於下月自動退回。 </td> 
            </tr>
            <tr>
              <td width="11%"><img src="images/arrow.png" width="4" height="7" style="margin-left:89%;margin-bottom:28px;"  /></td>
              <td width="89%" height="28" class="section">如學生請假或因身體不適退餐，請於早上九時前致電學校，校方會代通知午膳供應商，以便退款安排。 </td> 
            </tr>
            <tr>
              <td width="11%"><img src="images/arrow.png" width="4" height="7" style="margin-left:89%;margin-bottom:28px;"  /></td>
              <td width="89%" height="28" class="section">九時後早退之學生恕不能安排退款，唯家長可選擇於當天十二時三十分至一時十五分回校取回飯盒(須於早退時提出)。 </td> 
            </tr>
    </table>
              
              
              <table width="77%" style="float:right;" border="0" cellspacing="0" cellpadding="0">
                <tr>
                  <td width="4%" align="right" valign="top" bgcolor="#FEFEF2" class="content_top"><table width="100%" height="15" border="0" cellpadding="0" cellspacing="0">
                          <tr>
                            <td></td>
                          </tr>
                        </table>
                          <img src="images/arrow_02.jpg" width="13" height="13" /></td>
                  <td class="section" width="96%" height="40" bgcolor="#FEFEF2">
                      <strong class="table_title">&nbsp;&nbsp;&nbsp;備註︰</strong>
                  </td>
                </tr>
              </table>
                  
              <table width="77%" style="float:right;text-align:justify;" border="0" cellpadding="0" cellspacing="0" class="distance">
                  <tr>
                    <td width="6%"></td>
                    <td width="94%" height="28" class="section">1. 為保持個人清潔，學生應自備手帕或消毒濕紙巾抺手及抺嘴。 </td> 
                   </tr>
                   <tr>
                    <td width="6%"></td>
                    <td width="94%" height="28" class="section">2. 如家長自備午膳，請注意午膳的衞生及營養，衛生署建議五穀類，蔬菜類和肉類佔飯盒容量比例為３：２：１。 </td>
                    </tr>
                   <tr> 
                    <td width="6%"></td>
                    <td width="94%" height="28" class="section">3. 為保護環境，所有學生須自行攜帶餐具（叉、匙、筷子等）及枱墊，並每日清洗，確保衞生。午膳供應商於學期初為訂餐學生送贈環保餐具一份，同時亦為訂餐同學提供托盤。 </td> 
                    </tr>
                   <tr>
                    <td width="6%"></td>
                    <td width="94%" height="28" class="section">4.	關愛基金午膳津貼﹕合資格並有意申請上述津貼之家長，必須把有效的「資格評估申請結果通知書」或「資格證明書」副本及午膳供應商發出最近一期之餐單一併交回班主任辦理，校方核實資格後，將會代合資格學生繳付有關費用。家長亦須於接獲資助結果後，把有關文件副本及午膳供應商發出最近一期之餐單)交回校方核實，方能安排代為繳付有關費用。</td> 
                  </tr>
                  <tr>
                    <td height="15" colspan="2" valign="top" class="table_title"> </td>
                  </tr>
              </table>
              
              <table width="77%" style="float:right;" border="0" cellspacing="0" cellpadding="0">
                <tr>
                  <td width="4%" align="right" valign="top" bgcolor="#FEFEF2" class="content_top"><table width="100%" height="15" border="0" cellpadding="0" cellspacing="0">
                          <tr>
                            <td></td>
                          </tr>
                        </table>
                          <img src="images/arrow_02.jpg" width="13" height="13" /></td>
                  <td class="section" width="96%" height="40" bgcolor="#FEFEF2">
                      <strong class="table_title">&nbsp;&nbsp;&nbsp;愉快午膳</strong>
                  </td>
                </tr>
              </table>
              
             <table width="77%" style="float:right;padding-left:5%;" border="0" cellpadding="0" cellspacing="0" class="distance">
                 
                 <tr>
                      <td width="98%"><img src="images/affair_lunch.jpg" width="600" /></td>
                 </tr>
             </table>
	    </div>
      </div>
      <!-- //contents -->
	  
	  
	  
</div>
<!-- //container --><?php include('foot.php'); ?>
</body>
</html>
