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
    <div id="locationGroup"> <img src="images/youzhijiaoyu.jpg"/>
      <ul class="location">
        <li>首頁 &gt;</li>
        <li> 學與教
          &gt; </li>
        <li>課程 &gt;</li>
        <li>資優教育</li>
      </ul>
    </div>
    
    <!-- //locationGroup -->
    
    <div id="contents_In">
      <div class="Target line">
          <dl class="clearfix">
            <dt><strong class="size fB">資優教育政策：</strong></dt>
            <dd class="txt">本校於本年度成功申請成為教育夥伴學校，並在校內推行校本資優教育課程。教育局的資優教育政策是要有系統、有方向地發掘和培育資賦優異的學生，為他們提供適切的教育機會，使他們能在富彈性的教學和環境下，充分發揮個別潛能。本校實施資優教育原則：</dd>
            <dd class="txt">1. 資優教育普及化，讓本校學生潛能盡展。</dd>
            <dd class="txt">2. 普及教育資優化，讓本校學生得到適切而優質的教育。</dd>
            <dd class="txt">3. 本校參考了由美國哈佛大學教授(Prof. Howard Gardner)提出的多元智能概念，設計校本的資優課程。</dd>
            <dd class="img"><img src="images/lin_1.jpg" class="picimages"/></dd>
          </dl>
      </div>
      <div class="Target line">
			<dl class="clearfix">
            	<dt><strong class="size fB">多元智能分類</strong></dt>
            </dl>
            <table width="93%" border="0" cellpadding="0" cellspacing="1" bgcolor="#F4D5B5" class="distance">
                  <tr>
                    <td width="15%" align="left" bgcolor="#EDF2D8" class="section">多元智能 </td>
                    <td width="85%" align="left" height="30" bgcolor="#FFFFFF" class="section">校本例子 </td>
                  </tr>
                  <tr>
                    <td align="left" bgcolor="#EDF2D8" class="section"> 語言文字智能 </td>
                    <td align="left" height="30" bgcolor="#FFFFFF" class="section">中：故事創作(四至六年級)(創意能力)、閱讀分享(個人及社交能力)、中文辯論隊
<br />英：Speak English Outside Classroom Activities, Kei Oi Supermarket, Fun Fun Group, English Drama Team, Little Dream Lighters
</td>
                  </tr>
                  <tr>
                    <td align="left" bgcolor="#EDF2D8" class="section"> 邏輯數學智能 </td>
                    <td align="left" height="30" bgcolor="#FFFFFF" class="section"> 數：解難教學、英文數、精英班挑戰題、奧數訓練、數學夥伴計劃</td>
                  </tr>
                  <tr>
                    <td align="left" bgcolor="#EDF2D8" class="section"> 音樂韻律智能 </td>
                    <td align="left" height="30" bgcolor="#FFFFFF" class="section"> 音：音樂創作活動、聆聽活動、讀譜訓練、全校歌唱比賽、合唱團、詩班、敲擊樂隊</td>
                  </tr>
                  <tr>
                    <td align="left" bgcolor="#EDF2D8" class="section"> 空間視覺智能 </td>
                    <td align="left" height="30" bgcolor="#FFFFFF" class="section"> 視：合作學習創作課題、名家作品欣賞啟迪學生創作、視藝學會(尖子訓練)、學生工作坊、校園藝術大使(藝術發展局)</td>
                  </tr>
                  <tr>
                    <td align="left" bgcolor="#EDF2D8" class="section"> 人際關係智能 </td>
                    <td align="left" height="30" bgcolor="#FFFFFF" class="section"> 公：禮貌大使、故事演講(誠信)、主題日營、境外學習遊
<br />其他：大哥哥大姐姐計劃、 風紀、學生大使訓練
</td>
                  </tr>
                  <tr>
                    <td align="left" bgcolor="#EDF2D8" class="section"> 個人內省智能 </td>
                    <td align="left" height="30" bgcolor="#FFFFFF" class="section"> 體：高年級同儕互評活動(球類)
<br />公：禮貌大使、故事演講(誠信)
<br />其他：大哥哥大姐姐計劃、 風紀、學生大使訓練、才俊飛昇新一代計劃
</td>
                  </tr>
                  <tr>
                    <td align="left" bgcolor="#EDF2D8" class="section"> 身體動覺智能 </td>
                    <td align="left" height="30" bgcolor="#FFFFFF" class="section"> 體：高年級同儕互評活動(球類)、分組活動(體操)
校隊和區隊陪訓
</td>
                  </tr>
                  <tr>
                    <td align="left" bgcolor="#EDF2D8" class="section"> 自然博物智能 </td>
                    <td align="left" height="30" bgcolor="#FFFFFF" class="section"> 常：戶外學習日、種植比賽</td>
                  </tr>
                  <tr>
                    <td align="left" bgcolor="#EDF2D8" class="section"> 領導才能 </td>
                    <td align="left" height="30" bgcolor="#FFFFFF" class="section"> 大哥哥大姐姐計劃、 風紀、學生大使訓練
<br />電：大哥哥大姐姐活動
</td>
                  </tr>
              </table>
      </div>
      <div class="Target line">
			<dl class="clearfix">
            	<dt><strong class="size fB">校本資優教學的推行模式</strong></dt>
            </dl>
            <table width="93%" border="0" cellpadding="0" cellspacing="1" bgcolor="#F4D5B5" class="distance">
                  <tr>
                    <td width="13%" align="center" bgcolor="#EDF2D8" class="section"> 模式 </td>
                    <td width="43%" height="30" align="center" bgcolor="#FFFFFF" class="section">方法 </td>
                    <td width="44%" height="30" align="center" bgcolor="#FFFFFF" class="section">校本例子 </td>
                  </tr>
                  <tr>
                    <td align="center" bgcolor="#EDF2D8" rowspan="2" class="section">第一層次全班式(校本)</td>
                    <td height="30" bgcolor="#FFFFFF" class="section">在正規課程內加入高層次思維技巧、創造力和個人及社交能力等三大資優教育元素。</td>
                    <td height="30" bgcolor="#FFFFFF" class="section">中：故事創作(四至六年級)(創意能力)、閱讀分享(個人及社交能力)
<br />數：解難教學、英文數、合作學習
<br />常：情境教學
<br />音：音樂創作活動
<br />視：合作學習創作課題、名家作品欣賞啟迪學生創作
<br />體：高年級同儕互評活動(球類)
<br />普：分組討論、課外聆聽
<br />宗：祈禱勇士(帶領同學祈禱及為別人需要互相代禱)
<br />電：分組合作學習

</td>
                  </tr>
                  <tr>
                    
                    <td height="30" bgcolor="#FFFFFF" class="section"> 在正規課堂按學生的特質實施分組教學、增潤及延伸專門性學習領域的課程內容。</td>
                    <td height="30" bgcolor="#FFFFFF" class="section">數：精英班挑戰題
<br />常：戶外學習日、專題研習、科技日、種植比賽、常識適異課程
<br />音：聆聽活動、讀譜訓練、全校歌唱比賽
<br />體：分組活動(體操)
<br />公：祖國的傳統文化活動


</td>
                  </tr>
                  <tr>
                    <td align="center" bgcolor="#EDF2D8" rowspan="2" class="section">第二層次抽離式(校本)</td>
                    <td height="30" bgcolor="#FFFFFF" class="section"> 以抽離方式在正規課堂以外進行一般性增潤課程（例如:創造力訓練、領袖才能訓練等）。</td>
                    <td height="30" bgcolor="#FFFFFF" class="section"> 常：午間新聞報導
<br />公：禮貌大使、故事演講(誠信)、公民教育歌唱比賽、主題日營、境外學習遊、中國文化日
<br />其他：大哥哥大姐姐計劃、 風紀、學生大使訓練、才俊飛昇新一代計劃


</td>
                  </tr>
                  <tr>
                    
                    <td height="30" bgcolor="#FFFFFF" class="section"> 以抽離方式在正規課堂以外進行專科特定範疇的延伸課程（例如:數學、美術等）。</td>
                    <td height="30" bgcolor="#FFFFFF" class="section"> 中：中文辯論隊
<br />英：Speak English Outside Classroom Activities, Kei Oi Supermarket
<br />數：奧數訓練
<br />常：常識問答比賽
<br />視：視藝學會(尖子訓練)、學生工作坊
<br />普：普通話日攤位活動、五年級參觀大眾書局認識書籍的製作、午間普通話天氣報告
<br />宗：福音日營(校內同學)、福音營(畢業生)
<br />電：大哥哥大姐姐活動
<br />音：合唱團、詩班、敲擊樂隊
<br />體：校隊和區隊陪訓



</td>
                  </tr>
                  <tr>
                    <td align="center" bgcolor="#EDF2D8"  class="section">第三層次校外支援</td>
                    <td height="30" bgcolor="#FFFFFF" class="section"> 教育局、資優教育組及香港資優教育學院聯同各大專院校的有關人士成立專家小組，發展及推動專為培育特別資優學生而設的活動。</td>
                    <td height="30" bgcolor="#FFFFFF" class="section"> 英：Fun Fun Group,English Drama Team, Little Dream Lighters
<br />數：數學夥伴計劃
<br />常：資優教師網絡(常識科)
<br />視：校園藝術大使(藝術發展局)
<br />宗：佈道會(福音機構)
<br />電：資訊科技挑戰獎勵計劃
<br />其他：馮漢柱資優教育中心增益課程、香港中文大學教育學院資優課程、ICAS 國際聯校學科評估及比賽



</td>
                  </tr>
              </table>
      </div>
      <div class="Target line">
          <dl class="clearfix">
            <dt><strong class="size fB">資優教育統籌小組：</strong></dt>
          </dl>
             
              <table width="98%" border="0" cellspacing="0" cellpadding="0">
                <tr>
                  <td height="10" colspan="3" align="right" valign="top"></td>
                </tr>
                <tr>
                  <td width="2%">&nbsp;</td>
                  <td width="3%" align="left"><img src="images/arrow.png" width="4" height="7" /></td>
                  <td width="92%" align="left" class="section">(一)  目的： </td>
                </tr>
              </table>
              <table width="98%" border="0" cellspacing="0" cellpadding="0">
                <tr>
                  <td width="5%">&nbsp;</td>
                  <td width="3%" height="28" align="left" valign="middle" class="padTop10 section"><img src="images/arrow_01.jpg" width="5" height="5" /></td>
                  <td width="89%" colspan="2" align="left" class="section">1.策劃及統籌校本資優教育。</td>
                </tr>
                <tr>
                  <td>&nbsp;</td>
                  <td height="28" align="left" valign="middle" class="padTop10 section"><img src="images/arrow_01.jpg" width="5" height="5" /></td>
                  <td height="28" colspan="2" align="left" class="section">2.推行各項校本資優教育課程。</td>
                </tr>
                <tr>
                  <td>&nbsp;</td>
                  <td height="28" align="left" valign="middle" class="padTop10 section"><img src="images/arrow_01.jpg" width="5" height="5" /></td>
                  <td height="28" colspan="2" align="left" class="section">3.監察及評估校本資優教育課程。</td>
                </tr>
              </table>
              <table width="98%" border="0" cellspacing="0" cellpadding="0">
                <tr>
                  <td height="10" colspan="3" align="right" valign="top"></td>
                </tr>
                <tr>
                  <td width="2%">&nbsp;</td>
                  <td width="3%" align="left"><img src="images/arrow.png" width="4" height="7" /></td>
                  <td width="92%" align="left" class="section">(二)  資優教育統籌小組名單：</td>
                </tr>
              </table>
              <table width="705" border="0" cellpadding="0" cellspacing="1" bgcolor="#F4D5B5" class="lin_margin">
                  <tr>
                    <td width="100%" colspan="2" align="center" bgcolor="#FFFFFF" class="section"> 資優教育統籌小組 </td>
                  </tr>
                  <tr>
                    <td align="center" bgcolor="#EDF2D8" class="section"> 本校顧問 </td>
                    <td height="30" bgcolor="#FFFFFF" class="section"> 陳嘉文校長
</td>
                  </tr>
                  <tr>
                    <td align="center" bgcolor="#EDF2D8" class="section"> 小組統籌 </td>
                    <td height="30" bgcolor="#FFFFFF" class="section"> 陳芝蘭主任</td>
                  </tr>
                  <tr>
                    <td align="center" bgcolor="#EDF2D8" class="section"> 小組成員 </td>
                    <td height="30" bgcolor="#FFFFFF" class="section"> 李月貞副校長
<br />霍燕玲主任 (課程主任)
<br />黃雪如主任 (中文科科主席)
<br />周雅思主任 (英文科科主席)
<br />梁景泰主任 (常識科科主席)
</td>
</tr>
                  
              </table>
            </td>
          </tr>
        </table>
        <table width="98%" border="0" cellspacing="0" cellpadding="0">
                <tr>
                  <td height="10" colspan="3" align="right" valign="top"></td>
                </tr>
                <tr>
                  <td width="2%">&nbsp;</td>
                  <td width="3%" align="left"><img src="images/arrow.png" width="4" height="7" /></td>
                  <td width="92%" align="left" class="section">(三)  運作程序： </td>
                </tr>
              </table>
              <table width="98%" border="0" cellspacing="0" cellpadding="0">
                <tr>
                  <td width="5%">&nbsp;</td>
                  <td width="3%" height="28" align="left" valign="middle" class="padTop10 section"><img src="images/arrow_01.jpg" width="5" height="5" /></td>
                  <td width="89%" colspan="2" align="left" class="section">1.專責策劃全校式的發展。</td>
                </tr>
                <tr>
                  <td>&nbsp;</td>
                  <td height="28" align="left" valign="middle" class="padTop10 section"><img src="images/arrow_01.jpg" width="5" height="5" /></td>
                  <td height="28" colspan="2" align="left" class="section">2.協調各項資優教育的實施。</td>
                </tr>
                <tr>
                  <td>&nbsp;</td>
                  <td height="28" align="left" valign="middle" class="padTop10 section"><img src="images/arrow_01.jpg" width="5" height="5" /></td>
                  <td height="28" colspan="2" align="left" class="section">3.與資優教育統籌主任就制定校本資優政策提供意見。</td>
                </tr>
              </table>
      </div>
      
      <div class="Target line">
          <dl class="clearfix">
            <dt><strong class="size fB">學生大使：</strong></dt>
          </dl>
          <table width="98%" border="0" cellspacing="0" cellpadding="0">
         		 <tr>
                  <td height="10" colspan="3" align="right" valign="top"></td>
                </tr>
                 <tr>
                  <td><table border="0" cellspacing="0" width="100%" cellpadding="0">
                    <tbody>
                    <tr>
                      <td><img src="images/lin_hd1.jpg" class="picimages"></td>
                      <td><img src="images/lin_hd5_01.jpg" class="picimages"></td>
                      <td><img src="images/lin_hd3.jpg" class="picimages"></td>
                    </tr>
                  </tbody></table></td>
                </tr>
          </table>
      </div>
      
      <div class="Target line">
          <dl class="clearfix">
            <dt><strong class="size fB">才俊飛昇新一代：</strong></dt>
          </dl>
          <table width="98%" border="0" cellspacing="0" cellpadding="0">
         		 <tr>
                  <td height="10" colspan="3" align="right" valign="top"></td>
                </tr>
                 <tr>
                  <td><table border="0" cellspacing="0" width="100%" cellpadding="0">
                    <tbody>
                    <tr>
                      <td><img src="images/lin_hd4.jpg" class="picimages"></td>
                      <td><img  src="images/lin_hd5.jpg" class="picimages"></td>
                      <td><img src="images/lin_hd6.jpg" class="picimages"></td>
                    </tr>
                  </tbody></table></td>
                </tr>
          </table>
      </div>
      
      <div class="Target line">
          <dl class="clearfix">
            <dt><strong class="size fB">常識適異課程：</strong></dt>
          </dl>
          <table width="98%" border="0" cellspacing="0" cellpadding="0">
         		 <tr>
                  <td height="10" colspan="3" align="right" valign="top"></td>
                </tr>
                 <tr>
                  <td><table border="0" cellspacing="0" width="100%" cellpadding="0">
                    <tbody>
                    <tr>
                      <td width="33%"><img src="images/lin_hd7.jpg" class="picimages"></td>
                      <td><img src="images/lin_hd8.jpg" class="picimages"></td>
                    </tr>
                  </tbody></table></td>
                </tr>
          </table>
      </div>
      
      <div class="Target line">
          <dl class="clearfix">
            <dt><strong class="size fB">相關連結：</strong></dt>
            <dd class="txt">1. 資優教育學苑</dd>
            <dd class="txt">2. 資優教育- 馮漢柱資優教育中心</dd>
            <dd class="txt">3. 教育局─資優教育</dd>
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
