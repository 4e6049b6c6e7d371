<%@page contentType="text/html;charset=UTF-8" language="java" isErrorPage="false" %>
<!DOCTYPE html PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">
<title>入馆须知</title>
<link rel="stylesheet" type="text/css" href="/css/nav.css">
</head>
	<body>
		<div class="header">
	    	<%@include file="banner.jsp" %>
		</div>
	    <div class="wrapper" id="d-container">
			<div class="inner clearfix">
				<div class="infobox">
					<div class="article" frag="窗口3" portletmode="simpleArticleAttri">
				    	<h1 class="arti_title">入馆须知</h1>
						<h2 class="arti_title"></h2>
						<p class="arti_metas"><span class="arti_publisher">发布单位：图书馆</span>
						<span class="arti_update">编辑：</span><span class="arti_update">发布日期：2018/08/17</span></p>
							<div class="entry">
								<div class="read"><div class='wp_articlecontent'>
									<p style="margin:0px 0px 10px;padding:0px;color:#333333;text-transform:none;line-height:1.75;text-indent:0px;letter-spacing:normal;font-size:14px;font-style:normal;font-weight:400;word-spacing:0px;orphans:2;widows:2;background-color:#ffffff;font-variant-ligatures:normal;font-variant-caps:normal;-webkit-text-stroke-width:0px;text-decoration-style:initial;text-decoration-color:initial;"><span><span style="font-family:仿宋_gb2312,fangsong_gb2312;font-size:18px;">一、</span></span><span><span style="font-family:仿宋_gb2312,fangsong_gb2312;font-size:18px;">本校读者凭一卡通入馆，校外来访人员凭介绍信和本人证件到图书馆读者服务部办理接待手续。</span></span></p>
									<p style="margin:0px 0px 10px;padding:0px;color:#333333;text-transform:none;line-height:1.75;text-indent:0px;letter-spacing:normal;font-size:14px;font-style:normal;font-weight:400;word-spacing:0px;orphans:2;widows:2;background-color:#ffffff;font-variant-ligatures:normal;font-variant-caps:normal;-webkit-text-stroke-width:0px;text-decoration-style:initial;text-decoration-color:initial;"><span><span style="font-family:仿宋_gb2312,fangsong_gb2312;font-size:18px;">二、</span></span><span><span style="font-family:仿宋_gb2312,fangsong_gb2312;font-size:18px;">读者入馆应保持馆内安静，维护馆内秩序，不用物品抢占阅览座位。禁止大声喧哗、打闹，入馆后请将手机调至振动或关机。</span></span></p>
									<p style="margin:0px 0px 10px;padding:0px;color:#333333;text-transform:none;line-height:1.75;text-indent:0px;letter-spacing:normal;font-size:14px;font-style:normal;font-weight:400;word-spacing:0px;orphans:2;widows:2;background-color:#ffffff;font-variant-ligatures:normal;font-variant-caps:normal;-webkit-text-stroke-width:0px;text-decoration-style:initial;text-decoration-color:initial;"><span><span style="font-family:仿宋_gb2312,fangsong_gb2312;font-size:18px;">三、</span></span><span><span style="font-family:仿宋_gb2312,fangsong_gb2312;font-size:18px;">图书馆是公共场所，个人物品需妥善保管，丢失由读者本人负责，离开时将个人物品带走。</span></span></p>
									<p style="margin:0px 0px 10px;padding:0px;color:#333333;text-transform:none;line-height:1.75;text-indent:0px;letter-spacing:normal;font-size:14px;font-style:normal;font-weight:400;word-spacing:0px;orphans:2;widows:2;background-color:#ffffff;font-variant-ligatures:normal;font-variant-caps:normal;-webkit-text-stroke-width:0px;text-decoration-style:initial;text-decoration-color:initial;"><span><span style="font-family:仿宋_gb2312,fangsong_gb2312;font-size:18px;">四、</span></span><span><span style="font-family:仿宋_gb2312,fangsong_gb2312;font-size:18px;">自觉维护馆内环境卫生，严禁随地吐痰，禁止携带食品、饮料进入阅览室和书库，严禁乱丢纸屑、果皮等杂物。</span></span></p>
									<p style="margin:0px 0px 10px;padding:0px;color:#333333;text-transform:none;line-height:1.75;text-indent:0px;letter-spacing:normal;font-size:14px;font-style:normal;font-weight:400;word-spacing:0px;orphans:2;widows:2;background-color:#ffffff;font-variant-ligatures:normal;font-variant-caps:normal;-webkit-text-stroke-width:0px;text-decoration-style:initial;text-decoration-color:initial;"><span><span style="font-family:仿宋_gb2312,fangsong_gb2312;font-size:18px;">五、</span></span><span><span style="font-family:仿宋_gb2312,fangsong_gb2312;font-size:18px;">要爱护图书、资料，不得在书上涂改、划线、圈点；不得撕书、窃书；不得毁坏条形码、撕磁条。</span></span></p>
									<p style="margin:0px 0px 10px;padding:0px;color:#333333;text-transform:none;line-height:1.75;text-indent:0px;letter-spacing:normal;font-size:14px;font-style:normal;font-weight:400;word-spacing:0px;orphans:2;widows:2;background-color:#ffffff;font-variant-ligatures:normal;font-variant-caps:normal;-webkit-text-stroke-width:0px;text-decoration-style:initial;text-decoration-color:initial;"><span><span style="font-family:仿宋_gb2312,fangsong_gb2312;font-size:18px;">六、</span></span><span><span style="font-family:仿宋_gb2312,fangsong_gb2312;font-size:18px;">自觉爱护馆内公共设施，严禁随意涂抹刻画和损坏设备，严禁在馆内张贴或散发广告及其他宣传品。</span></span></p>
									<p style="margin:0px 0px 10px;padding:0px;color:#333333;text-transform:none;line-height:1.75;text-indent:0px;letter-spacing:normal;font-size:14px;font-style:normal;font-weight:400;word-spacing:0px;orphans:2;widows:2;background-color:#ffffff;font-variant-ligatures:normal;font-variant-caps:normal;-webkit-text-stroke-width:0px;text-decoration-style:initial;text-decoration-color:initial;"><span><span style="font-family:仿宋_gb2312,fangsong_gb2312;font-size:18px;">七、</span></span><span><span style="font-family:仿宋_gb2312,fangsong_gb2312;font-size:18px;">图书馆是重点防火单位，严禁在馆内吸烟、严禁使用明火。</span></span></p>
									<p style="margin:0px 0px 10px;padding:0px;color:#333333;text-transform:none;line-height:1.75;text-indent:0px;letter-spacing:normal;font-size:14px;font-style:normal;font-weight:400;word-spacing:0px;orphans:2;widows:2;background-color:#ffffff;font-variant-ligatures:normal;font-variant-caps:normal;-webkit-text-stroke-width:0px;text-decoration-style:initial;text-decoration-color:initial;"><span><span style="font-family:仿宋_gb2312,fangsong_gb2312;font-size:18px;">八、</span></span><span><span style="font-family:仿宋_gb2312,fangsong_gb2312;font-size:18px;">读者入馆请注意仪表，言谈举止文明礼貌、衣着整洁。</span></span></p>
									<p style="margin:0px 0px 10px;padding:0px;color:#333333;text-transform:none;line-height:1.75;text-indent:0px;letter-spacing:normal;font-size:14px;font-style:normal;font-weight:400;word-spacing:0px;orphans:2;widows:2;background-color:#ffffff;font-variant-ligatures:normal;font-variant-caps:normal;-webkit-text-stroke-width:0px;text-decoration-style:initial;text-decoration-color:initial;"><span><span style="font-family:仿宋_gb2312,fangsong_gb2312;font-size:18px;">九、</span></span><span><span style="font-family:仿宋_gb2312,fangsong_gb2312;font-size:18px;">请读者自觉遵守本馆各项规章制度，支持工作人员按章办事。</span></span></p>
									<p class="p_text_indent_2" style="margin:0px;padding:0px;color:#333333;text-transform:none;line-height:2em;text-indent:2em;letter-spacing:normal;font-size:14px;font-style:normal;font-weight:400;word-spacing:0px;orphans:2;widows:2;background-color:#ffffff;font-variant-ligatures:normal;font-variant-caps:normal;-webkit-text-stroke-width:0px;text-decoration-style:initial;text-decoration-color:initial;"><br /></p>
									<p class="p_text_indent_2" style="margin:0px;padding:0px;color:#333333;text-transform:none;line-height:2em;text-indent:2em;letter-spacing:normal;font-family:仿宋_gb2312,fangsong_gb2312;font-size:18px;font-style:normal;font-weight:400;word-spacing:0px;orphans:2;widows:2;background-color:#ffffff;font-variant-ligatures:normal;font-variant-caps:normal;-webkit-text-stroke-width:0px;text-decoration-style:initial;text-decoration-color:initial;">馆内布局图：</p>
									<p><img src="../img/f.png" ></p>
								</div></div></div></div></div></div></div>
		<div class="footer">
		    <%@include file="copyright.jsp" %>
		</div>
	</body>
</html>