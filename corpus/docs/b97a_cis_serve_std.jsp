<%@ page language="java" contentType="text/html;charset=UTF-8"  %>
<script src="/CIS/pages/include/decorate.js"></script>
<table width="100%" height="100%" cellpadding="0" cellspacing="0" border="0">
<script>generateTableBanner('<div class="gray_15"><B>中 華 技 術 學 院 服 務 評 分 標 準</B></div>');</script>	  
<tr><td align="center">
<table cellpadding="0" cellspacing="0" border="0"><tr><td>
<br/>
<style>
<!--
 /* Font Definitions */
 @font-face
	{font-family:新細明體;
	panose-1:2 2 3 0 0 0 0 0 0 0;}
@font-face
	{font-family:華康標楷體;}
@font-face
	{font-family:標楷體;
	panose-1:3 0 5 9 0 0 0 0 0 0;}
@font-face
	{font-family:"\@標楷體";
	panose-1:3 0 5 9 0 0 0 0 0 0;}
@font-face
	{font-family:"\@新細明體";
	panose-1:2 2 3 0 0 0 0 0 0 0;}
@font-face
	{font-family:"\@華康標楷體";}
 /* Style Definitions */
 p.MsoNormal, li.MsoNormal, div.MsoNormal
	{margin:0cm;
	margin-bottom:.0001pt;
	font-size:12.0pt;
	font-family:"Times New Roman";}
p.MsoHeader, li.MsoHeader, div.MsoHeader
	{margin:0cm;
	margin-bottom:.0001pt;
	layout-grid-mode:char;
	font-size:10.0pt;
	font-family:"Times New Roman";}
p.MsoFooter, li.MsoFooter, div.MsoFooter
	{margin:0cm;
	margin-bottom:.0001pt;
	layout-grid-mode:char;
	font-size:10.0pt;
	font-family:"Times New Roman";}
p.MsoBodyTextIndent, li.MsoBodyTextIndent, div.MsoBodyTextIndent
	{margin-top:0cm;
	margin-right:0cm;
	margin-bottom:0cm;
	margin-left:40.5pt;
	margin-bottom:.0001pt;
	font-size:9.0pt;
	font-family:"Times New Roman";}
p.MsoDate, li.MsoDate, div.MsoDate
	{margin:0cm;
	margin-bottom:.0001pt;
	text-align:right;
	font-size:10.0pt;
	font-family:標楷體;}
p.MsoBodyTextIndent2, li.MsoBodyTextIndent2, div.MsoBodyTextIndent2
	{margin-top:0cm;
	margin-right:0cm;
	margin-bottom:0cm;
	margin-left:32.0pt;
	margin-bottom:.0001pt;
	text-indent:-32.0pt;
	font-size:16.0pt;
	font-family:標楷體;}
 /* Page Definitions */
 @page Section1
	{size:595.3pt 841.9pt;
	margin:39.7pt 45.35pt 22.7pt 45.35pt;
	layout-grid:18.0pt;}
div.Section1
	{page:Section1;}
 /* List Definitions */
 ol
	{margin-bottom:0cm;}
ul
	{margin-bottom:0cm;}
-->
</style>
<div class=Section1 style='layout-grid:18.0pt'>

<table class=MsoNormalTable border=1 cellspacing=0 cellpadding=0
 width=686 style='width:514.4pt;border-collapse:collapse;border:none;
 margin-left:6.75pt;margin-right:6.75pt'>
 <tr>
  <td width=134 valign=top style='width:100.4pt;border:solid windowtext 1.0pt;
  padding:0cm 1.4pt 0cm 1.4pt'>
  <p class=MsoNormal align=center style='margin-left:10.0pt;text-align:center;
  layout-grid-mode:char'><span style='font-family:標楷體'>考評項目</span></p>
  </td>
  <td width=396 valign=top style='width:297.0pt;border:solid windowtext 1.0pt;
  border-left:none;padding:0cm 1.4pt 0cm 1.4pt'>
  <p class=MsoNormal align=center style='margin-left:9.9pt;text-align:center;
  layout-grid-mode:char'><span style='font-family:標楷體'>評分細項及標準</span></p>
  </td>
  <td width=156 valign=top style='width:117.0pt;border:solid windowtext 1.0pt;
  border-left:none;padding:0cm 1.4pt 0cm 1.4pt'>
  <p class=MsoNormal align=center style='margin-left:-9.95pt;text-align:center;
  text-indent:2.3pt;layout-grid-mode:char'><span style='font-family:標楷體'>備</span><span
  lang=EN-US>&nbsp; </span><span style='font-family:標楷體'>註</span></p>
  </td>
 </tr>
 <tr>
  <td width=134 style='width:100.4pt;border:solid windowtext 1.0pt;border-top:
  none;padding:0cm 1.4pt 0cm 1.4pt'>
  <p class=MsoNormal style='layout-grid-mode:char'><span style='font-family:
  標楷體'>兼任校內行政職務</span></p>
  </td>
  <td width=396 style='width:297.0pt;border-top:none;border-left:none;
  border-bottom:solid windowtext 1.0pt;border-right:solid windowtext 1.0pt;
  padding:0cm 1.4pt 0cm 1.4pt'>
  <p class=MsoNormal style='margin-left:12.0pt;text-indent:-12.0pt;layout-grid-mode:
  char'><span lang=EN-US>1.</span><span style='font-family:標楷體'>兼任校內一級主管職務每學年加</span><span
  lang=EN-US>15</span><span style='font-family:標楷體'>&#12316;</span><span lang=EN-US>20</span><span
  style='font-family:標楷體'>分。</span></p>
  <p class=MsoNormal style='layout-grid-mode:char'><span lang=EN-US>2.</span><span
  style='font-family:標楷體'>兼任校內二級主管職務每學年加</span><span lang=EN-US>5</span><span
  style='font-family:標楷體'>&#12316;</span><span lang=EN-US>10</span><span
  style='font-family:標楷體'>分。</span></p>
  </td>
  <td width=156 valign=top style='width:117.0pt;border-top:none;border-left:
  none;border-bottom:solid windowtext 1.0pt;border-right:solid windowtext 1.0pt;
  padding:0cm 1.4pt 0cm 1.4pt'>
  <p class=MsoNormal style='margin-left:-1.3pt;text-align:justify;text-justify:
  inter-ideograph;layout-grid-mode:char'><span style='font-family:標楷體'>一級主管由校長給分，二級主管由單位主管建議再由校長給分。</span></p>
  </td>
 </tr>
 <tr style='height:26.25pt'>
  <td width=134 style='width:100.4pt;border:solid windowtext 1.0pt;border-top:
  none;padding:0cm 1.4pt 0cm 1.4pt;height:26.25pt'>
  <p class=MsoNormal style='layout-grid-mode:char'><span style='font-family:
  標楷體'>招生事務之參與</span></p>
  </td>
  <td width=396 style='width:297.0pt;border-top:none;border-left:none;
  border-bottom:solid windowtext 1.0pt;border-right:solid windowtext 1.0pt;
  padding:0cm 1.4pt 0cm 1.4pt;height:26.25pt'>
  <p class=MsoNormal style='margin-left:18.0pt;text-align:justify;text-justify:
  inter-ideograph;text-indent:-18.0pt;layout-grid-mode:char'><span lang=EN-US>1.<span
  style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span><span
  style='font-family:標楷體'>協助推廣教育招生開班成功者，每班次加</span><span lang=EN-US>1</span><span
  style='font-family:標楷體'>分，學生</span><span lang=EN-US>20</span><span
  style='font-family:標楷體'>人以上再加</span><span lang=EN-US>1</span><span
  style='font-family:標楷體'>分。</span></p>
  <p class=MsoNormal style='margin-left:18.0pt;text-align:justify;text-justify:
  inter-ideograph;text-indent:-18.0pt;layout-grid-mode:char'><span lang=EN-US>2.<span
  style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span><span
  style='font-family:標楷體'>協助系所招生事宜，依參與程度酌加</span><span lang=EN-US>1~2</span><span
  style='font-family:標楷體'>分。</span></p>
  </td>
  <td width=156 style='width:117.0pt;border-top:none;border-left:none;
  border-bottom:solid windowtext 1.0pt;border-right:solid windowtext 1.0pt;
  padding:0cm 1.4pt 0cm 1.4pt;height:26.25pt'>
  <p class=MsoNormal style='margin-left:-.1pt;text-align:justify;text-justify:
  inter-ideograph;layout-grid-mode:char'><span style='font-family:標楷體'>依推廣教育中心及各系提供資料為準</span></p>
  </td>
 </tr>
 <tr style='height:155.75pt'>
  <td width=134 rowspan=8 style='width:100.4pt;border:solid windowtext 1.0pt;
  border-top:none;padding:0cm 1.4pt 0cm 1.4pt;height:155.75pt'>
  <p class=MsoNormal style='layout-grid-mode:char'><span style='font-family:
  標楷體'>校內事務之參與</span></p>
  </td>
  <td width=396 style='width:297.0pt;border-top:none;border-left:none;
  border-bottom:solid windowtext 1.0pt;border-right:solid windowtext 1.0pt;
  padding:0cm 1.4pt 0cm 1.4pt;height:155.75pt'>
  <p class=MsoNormal style='margin-left:12.0pt;text-align:justify;text-justify:
  inter-ideograph;text-indent:-12.0pt;layout-grid-mode:char'><span lang=EN-US>1.</span><span
  style='font-family:標楷體'>擔</span><span style='font-family:標楷體'>任導師，每學年加</span><span
  lang=EN-US>2</span><span style='font-family:標楷體'>分，系（科）主任酌加</span><span
  lang=EN-US>0~2</span><span style='font-family:標楷體'>分。</span><span
  style='font-family:標楷體'>經學務處處務會議依表現評量，每學年酌加</span><span lang=EN-US>0</span><span
  style='font-family:標楷體'>&#12316;</span><span lang=EN-US>4</span><span
  style='font-family:標楷體'>分或酌減</span><span lang=EN-US>1</span><span
  style='font-family:標楷體'>&#12316;</span><span lang=EN-US>2</span><span
  style='font-family:標楷體'>分，獲得當年度優良導師第一名加</span><span lang=EN-US>6</span><span
  style='font-family:標楷體'>分、第二名加</span><span lang=EN-US>5</span><span
  style='font-family:標楷體'>分、第三名及第四名加</span><span lang=EN-US>4</span><span
  style='font-family:標楷體'>分、第五名加</span><span lang=EN-US>3</span><span
  style='font-family:標楷體'>分（優良導師評量標準依導師遴選辦法之導師考核事項評定之）。</span><span lang=EN-US>
  </span></p>
  <p class=MsoNormal style='margin-left:12.0pt;text-align:justify;text-justify:
  inter-ideograph;text-indent:-12.0pt;layout-grid-mode:char'><span lang=EN-US>2.</span><span
  style='font-family:標楷體'>擔</span><span style='font-family:標楷體'>任校級委員會委員且為義務性者，每委員每學年加</span><span
  lang=EN-US>1</span><span style='font-family:標楷體'>分，擔任召集人加</span><span
  lang=EN-US>2</span><span style='font-family:標楷體'>分，每學年未出席委員會達兩次（含）以上者，不予加分（因有課或公假除外）。</span></p>
  <p class=MsoNormal style='margin-left:12.0pt;text-indent:-12.0pt;layout-grid-mode:
  char'><span lang=EN-US>3.</span><span style='font-family:標楷體'>擔任系級委員會委員及其召集人、實驗室管理等，且為義務性質者，每項加</span><span
  lang=EN-US>1</span><span style='font-family:標楷體'>分其加分上限為</span><span
  lang=EN-US>5</span><span style='font-family:標楷體'>分。</span></p>
  </td>
  <td width=156 style='width:117.0pt;border-top:none;border-left:none;
  border-bottom:solid windowtext 1.0pt;border-right:solid windowtext 1.0pt;
  padding:0cm 1.4pt 0cm 1.4pt;height:155.75pt'>
  <p class=MsoNormal style='layout-grid-mode:char'><span style='font-family:
  標楷體'>依學務處資料為準</span></p>
  <p class=MsoNormal style='layout-grid-mode:char'><span lang=EN-US>&nbsp;</span></p>
  </td>
 </tr>
 <tr style='height:15.5pt'>
  <td width=396 valign=top style='width:297.0pt;border-top:none;border-left:
  none;border-bottom:solid windowtext 1.0pt;border-right:solid windowtext 1.0pt;
  padding:0cm 1.4pt 0cm 1.4pt;height:15.5pt'>
  <p class=MsoNormal style='margin-left:12.0pt;text-indent:-12.0pt;layout-grid-mode:
  char'><span lang=EN-US>4.</span><span style='font-family:標楷體'>擔任校內學術期刊之編輯，每學年加</span><span
  lang=EN-US>3</span><span style='font-family:標楷體'>分。</span></p>
  </td>
  <td width=156 rowspan=3 style='width:117.0pt;border-top:none;border-left:
  none;border-bottom:solid windowtext 1.0pt;border-right:solid windowtext 1.0pt;
  padding:0cm 1.4pt 0cm 1.4pt;height:15.5pt'>
  <p class=MsoNormal style='margin-left:-9.95pt;text-indent:9.85pt;layout-grid-mode:
  char'><span style='font-family:標楷體'>依學務處資料為準</span></p>
  </td>
 </tr>
 <tr style='height:15.5pt'>
  <td width=396 valign=top style='width:297.0pt;border-top:none;border-left:
  none;border-bottom:solid windowtext 1.0pt;border-right:solid windowtext 1.0pt;
  padding:0cm 1.4pt 0cm 1.4pt;height:15.5pt'>
  <p class=MsoNormal style='layout-grid-mode:char'><span lang=EN-US>5.</span><span
  style='font-family:標楷體'>擔任社團（含系學會）指導老師，每學年加</span><span lang=EN-US>2</span><span
  style='font-family:標楷體'>分。</span></p>
  </td>
 </tr>
 <tr style='height:15.5pt'>
  <td width=396 valign=top style='width:297.0pt;border-top:none;border-left:
  none;border-bottom:solid windowtext 1.0pt;border-right:solid windowtext 1.0pt;
  padding:0cm 1.4pt 0cm 1.4pt;height:15.5pt'>
  <p class=MsoNormal style='layout-grid-mode:char'><span lang=EN-US>6.</span><span
  style='font-family:標楷體'>擔任校代表隊指導老師，每學年加</span><span lang=EN-US>3</span><span
  style='font-family:標楷體'>分。</span></p>
  </td>
 </tr>
 <tr style='height:32.0pt'>
  <td width=396 style='width:297.0pt;border-top:none;border-left:none;
  border-bottom:solid windowtext 1.0pt;border-right:solid windowtext 1.0pt;
  padding:0cm 1.4pt 0cm 1.4pt;height:32.0pt'>
  <p class=MsoNormal style='margin-left:12.0pt;text-indent:-12.0pt;layout-grid-mode:
  char'><span lang=EN-US>7.</span><span style='font-family:標楷體'>承辦系科申請教育部專案，經學校甄選通過者，每案加</span><span
  lang=EN-US>2</span><span style='font-family:標楷體'>分。</span></p>
  </td>
  <td width=156 style='width:117.0pt;border-top:none;border-left:none;
  border-bottom:solid windowtext 1.0pt;border-right:solid windowtext 1.0pt;
  padding:0cm 1.4pt 0cm 1.4pt;height:32.0pt'>
  <p class=MsoNormal style='margin-left:-9.95pt;text-indent:9.85pt;layout-grid-mode:
  char'><span style='font-family:標楷體'>依系上提供資料為準</span></p>
  </td>
 </tr>
 <tr style='height:35.8pt'>
  <td width=396 style='width:297.0pt;border-top:none;border-left:none;
  border-bottom:solid windowtext 1.0pt;border-right:solid windowtext 1.0pt;
  padding:0cm 1.4pt 0cm 1.4pt;height:35.8pt'>
  <p class=MsoNormal style='margin-left:12.0pt;text-align:justify;text-justify:
  inter-ideograph;text-indent:-12.0pt;layout-grid-mode:char'><span lang=EN-US>8.</span><span
  style='font-family:標楷體'>未出席全校性</span><span style='font-family:標楷體'>會議（以年度行事曆及會議通知單為準），若無事先請假者，每次扣</span><span
  lang=EN-US>2</span><span style='font-family:標楷體'>分。請假</span><span lang=EN-US>(</span><span
  style='font-family:標楷體'>因公、婚、產、喪假除外</span><span lang=EN-US>)</span><span
  style='font-family:標楷體'>三次</span><span lang=EN-US>(</span><span
  style='font-family:標楷體'>含</span><span lang=EN-US>)</span><span
  style='font-family:標楷體'>以上，每次扣</span><span lang=EN-US>1</span><span
  style='font-family:標楷體'>分。</span></p>
  </td>
  <td width=156 style='width:117.0pt;border-top:none;border-left:none;
  border-bottom:solid windowtext 1.0pt;border-right:solid windowtext 1.0pt;
  padding:0cm 1.4pt 0cm 1.4pt;height:35.8pt'>
  <p class=MsoNormal style='margin-left:-9.95pt;text-indent:9.85pt;layout-grid-mode:
  char'><span style='font-family:標楷體'>依各會議資料為準</span></p>
  </td>
 </tr>
 <tr style='height:30.85pt'>
  <td width=396 valign=top style='width:297.0pt;border-top:none;border-left:
  none;border-bottom:solid windowtext 1.0pt;border-right:solid windowtext 1.0pt;
  padding:0cm 1.4pt 0cm 1.4pt;height:30.85pt'>
  <p class=MsoNormal style='margin-left:12.0pt;text-indent:-12.0pt;layout-grid-mode:
  char'><span lang=EN-US>9.</span><span style='font-family:標楷體'>擔任學輔中心輔導老師每學年加</span><span
  lang=EN-US>2</span><span style='font-family:標楷體'>分，學輔中心義務輔導老師加</span><span
  lang=EN-US>1</span><span style='font-family:標楷體'>分。</span></p>
  </td>
  <td width=156 rowspan=2 style='width:117.0pt;border-top:none;border-left:
  none;border-bottom:solid windowtext 1.0pt;border-right:solid windowtext 1.0pt;
  padding:0cm 1.4pt 0cm 1.4pt;height:30.85pt'>
  <p class=MsoNormal style='margin-left:-9.95pt;text-indent:9.85pt;layout-grid-mode:
  char'><span style='font-family:標楷體'>依學務處資料為準</span></p>
  </td>
 </tr>
 <tr style='height:84.15pt'>
  <td width=396 style='width:297.0pt;border-top:none;border-left:none;
  border-bottom:solid windowtext 1.0pt;border-right:solid windowtext 1.0pt;
  padding:0cm 1.4pt 0cm 1.4pt;height:84.15pt'>
  <p class=MsoNormal style='margin-left:12.0pt;text-indent:-12.0pt;layout-grid-mode:
  char'><span lang=EN-US>10.</span><span style='font-family:標楷體'>擔任</span><span
  lang=EN-US>4</span><span style='font-family:標楷體'>至</span><span lang=EN-US>6</span><span
  style='font-family:標楷體'>項指導</span><span style='font-family:標楷體'>老師，帶領學生參加校外競賽加</span><span
  lang=EN-US>1</span><span style='font-family:標楷體'>分，並依區域性層級及獲得獎項酌加</span><span
  lang=EN-US>1</span><span style='font-family:標楷體'>&#12316;</span><span lang=EN-US>10</span><span
  style='font-family:標楷體'>分。<u>（參加國際性競賽加</u></span><u><span lang=EN-US>10</span></u><u><span
  style='font-family:標楷體'>分；全國性競賽及教育部舉辦之全國大專校院競賽，獲得冠軍加</span></u><u><span
  lang=EN-US>8</span></u><u><span style='font-family:標楷體'>分、亞軍加</span></u><u><span
  lang=EN-US>6</span></u><u><span style='font-family:標楷體'>分、季軍加</span></u><u><span
  lang=EN-US>5</span></u><u><span style='font-family:標楷體'>分、四至六名加</span></u><u><span
  lang=EN-US>3</span></u><u><span style='font-family:標楷體'>分。縣市級及教育部辦大專分區競賽，獲得冠軍加</span></u><u><span
  lang=EN-US>3</span></u><u><span style='font-family:標楷體'>分，亞軍加</span></u><u><span
  lang=EN-US>2</span></u><u><span style='font-family:標楷體'>分、季軍加</span></u><u><span
  lang=EN-US>1</span></u><u><span style='font-family:標楷體'>分。）</span></u></p>
  </td>
 </tr>
 <tr style='height:98.4pt'>
  <td width=134 style='width:100.4pt;border:solid windowtext 1.0pt;border-top:
  none;padding:0cm 1.4pt 0cm 1.4pt;height:98.4pt'>
  <p class=MsoNormal style='layout-grid-mode:char'><span style='font-family:
  標楷體'>校外專業服務</span></p>
  </td>
  <td width=396 style='width:297.0pt;border-top:none;border-left:none;
  border-bottom:solid windowtext 1.0pt;border-right:solid windowtext 1.0pt;
  padding:0cm 1.4pt 0cm 1.4pt;height:98.4pt'>
  <p class=MsoNormal style='margin-left:12.0pt;text-indent:-12.0pt;layout-grid-mode:
  char'><span lang=EN-US>1.</span><span style='font-family:標楷體'>主辦對外學術會議、講習會、研討會者，每次加</span><span
  lang=EN-US>3</span><span style='font-family:標楷體'>分。</span></p>
  <p class=MsoNormal style='margin-left:12.0pt;text-indent:-12.0pt;layout-grid-mode:
  char'><span lang=EN-US>2.</span><span style='font-family:標楷體'>擔任校外學術期刊之編輯，每學年加</span><span
  lang=EN-US>2</span><span style='font-family:標楷體'>分。</span></p>
  <p class=MsoNormal style='margin-left:12.0pt;text-indent:-12.0pt;layout-grid-mode:
  char'><span lang=EN-US>3.</span><span style='font-family:標楷體'>擔任政府機關專案計畫之顧問或評審，每案加</span><span
  lang=EN-US>2</span><span style='font-family:標楷體'>分。</span></p>
  <p class=MsoNormal style='layout-grid-mode:char'><span lang=EN-US>4.</span><span
  style='font-family:標楷體'>主持國際會議，每次加</span><span lang=EN-US>2</span><span
  style='font-family:標楷體'>分。</span></p>
  <p class=MsoNormal style='layout-grid-mode:char'><span lang=EN-US>5.</span><span
  style='font-family:標楷體'>校外學術演講，每次加</span><span lang=EN-US>1</span><span
  style='font-family:標楷體'>分。</span></p>
  <p class=MsoNormal style='layout-grid-mode:char'><span lang=EN-US>6.</span><span
  style='font-family:標楷體'>獲頒專業優良服務獎項者，每項加</span><span lang=EN-US>2</span><span
  style='font-family:標楷體'>分。</span></p>
  <p class=MsoNormal style='margin-left:16.55pt;text-indent:-16.55pt;
  layout-grid-mode:char'><u><span lang=EN-US>7.</span></u><u><span
  style='font-family:標楷體'>校外專業服務，其加分上限為</span></u><u><span lang=EN-US>10</span></u><u><span
  style='font-family:標楷體'>分。</span></u></p>
  </td>
  <td width=156 style='width:117.0pt;border-top:none;border-left:none;
  border-bottom:solid windowtext 1.0pt;border-right:solid windowtext 1.0pt;
  padding:0cm 1.4pt 0cm 1.4pt;height:98.4pt'>
  <p class=MsoNormal style='margin-left:.1pt;text-align:justify;text-justify:
  inter-ideograph;text-indent:-.1pt;layout-grid-mode:char'><u><span
  style='font-family:標楷體'>依佐證資料為準</span></u></p>
  </td>
 </tr>
 <tr style='height:30.5pt'>
  <td width=134 style='width:100.4pt;border:solid windowtext 1.0pt;border-top:
  none;padding:0cm 1.4pt 0cm 1.4pt;height:30.5pt'>
  <p class=MsoNormal style='layout-grid-mode:char'><span style='font-family:
  標楷體'>其他服務事項</span></p>
  </td>
  <td width=396 style='width:297.0pt;border-top:none;border-left:none;
  border-bottom:solid windowtext 1.0pt;border-right:solid windowtext 1.0pt;
  padding:0cm 1.4pt 0cm 1.4pt;height:30.5pt'>
  <p class=MsoNormal style='layout-grid-mode:char'><span style='font-family:
  標楷體'>其他足以證明有關服務表現優劣事件，<u>經校教評會評定，其加扣分上下限為</u></span><u><span lang=EN-US>1~20</span></u><u><span
  style='font-family:標楷體'>分</span></u><span style='font-family:標楷體'>。</span></p>
  </td>
  <td width=156 style='width:117.0pt;border-top:none;border-left:none;
  border-bottom:solid windowtext 1.0pt;border-right:solid windowtext 1.0pt;
  padding:0cm 1.4pt 0cm 1.4pt;height:30.5pt'>
  <p class=MsoNormal style='margin-left:-1.3pt;text-align:justify;text-justify:
  inter-ideograph;text-indent:1.3pt;layout-grid-mode:char'><u><span
  style='font-family:標楷體'>依佐證資料為準</span></u></p>
  </td>
 </tr>
</table>

<p class=MsoNormal><span lang=EN-US>&nbsp; </span><span style='font-family:
標楷體'>註：基本分為</span><span lang=EN-US>70</span><span style='font-family:標楷體'>分，最高分數為</span><span
lang=EN-US>100</span><span style='font-family:標楷體'>分。</span></p>
</div>
<br/>
</td></tr></table>
</td></tr>
<script>generateTableBanner('');</script>
</table>
